// Golden and differential tests over the bundled example repositories (examples/).
//
// golden:       every kustomization directory under examples/ is built with the builtin engine and
//               compared byte for byte with test/golden/examples/<dir>/expected.yaml (generated from
//               `kubectl kustomize`). `UPDATE_GOLDEN=1 npm test -- examples` rewrites those files.
// differential: when `kubectl` or `kustomize` is on PATH, the engine must print exactly what the real
//               tool prints for the same directory.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EXAMPLES_ROOT = join(REPO_ROOT, 'examples');
const GOLDEN_ROOT = join(REPO_ROOT, 'test', 'golden', 'examples');
const GOLDEN_FILE = 'expected.yaml';
const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
const SKIP_DIFFERENTIAL = 'kubectl kustomize not found: differential tests skipped';

/** Every directory below `root` that holds a kustomization file, as `/`-separated paths relative to root. */
function findKustomizationDirs(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    const names = readdirSync(dir).sort();
    if (names.some((n) => KUSTOMIZATION_FILES.includes(n))) found.push(toPosix(relative(root, dir)));
    for (const name of names) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
    }
  };
  walk(root);
  return found;
}

/** Every directory below `root` that holds a golden file, relative to root. */
function findGoldenDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === GOLDEN_FILE) found.push(toPosix(relative(root, dir)));
    }
  };
  walk(root);
  return found;
}

function toPosix(path: string): string {
  return path.split(sep).join('/');
}

function goldenPath(rel: string): string {
  return join(GOLDEN_ROOT, ...rel.split('/'), GOLDEN_FILE);
}

interface EngineOutput {
  yaml: string;
  warnings: string[];
}

type EngineBuild = (absDir: string) => EngineOutput;

// The engine is imported lazily, once: if it cannot even load, every directory's subtest fails
// with that reason instead of the whole file crashing at import time.
let engine: Promise<EngineBuild> | undefined;

function loadEngine(): Promise<EngineBuild> {
  engine ??= (async () => {
    const [{ buildKustomization }, { stringifyResources }, { NodeFileSystem }] = await Promise.all([
      import('../../src/core/kustomize/build.ts'),
      import('../../src/core/yaml/stringify.ts'),
      import('../../src/io/node-fs.ts'),
    ]);
    return (absDir: string): EngineOutput => {
      const result = buildKustomization(new NodeFileSystem(), absDir, {});
      return {
        yaml: stringifyResources(result.resources.map((r) => r.obj)),
        warnings: result.warnings.map((w) => `${w.field}: ${w.message}`),
      };
    };
  })();
  return engine;
}

/** Builds one example dir with the engine; any failure becomes an assertion naming the directory. */
async function buildWithEngine(rel: string): Promise<EngineOutput> {
  let build: EngineBuild;
  try {
    build = await loadEngine();
  } catch (err) {
    assert.fail(`examples/${rel}: cannot load the builtin engine: ${describe(err)}`);
  }
  try {
    return build(join(EXAMPLES_ROOT, ...rel.split('/')));
  } catch (err) {
    assert.fail(`examples/${rel}: builtin engine failed: ${describe(err)}`);
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

type RealTool = { name: string; build: (absDir: string) => { status: number | null; stdout: string; stderr: string } };

/** `kubectl kustomize` if kubectl is on PATH, else `kustomize build`, else undefined. */
function findRealTool(): RealTool | undefined {
  const run = (cmd: string, args: string[]) => {
    const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { status: r.error ? null : r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? '') };
  };
  if (run('kubectl', ['kustomize', '--help']).status === 0) {
    return { name: 'kubectl kustomize', build: (dir) => run('kubectl', ['kustomize', dir]) };
  }
  if (run('kustomize', ['version']).status === 0) {
    return { name: 'kustomize build', build: (dir) => run('kustomize', ['build', dir]) };
  }
  return undefined;
}

const exampleDirs = findKustomizationDirs(EXAMPLES_ROOT).filter((d) => !d.startsWith('mistakes/'));

test('examples: every example has kustomization dirs to test', () => {
  for (const example of ['homelab', 'flux']) {
    assert.ok(
      exampleDirs.some((d) => d.startsWith(`${example}/`)),
      `examples/${example} has no kustomization directory`,
    );
  }
});

test('examples: every golden file belongs to an example dir', () => {
  const stale = findGoldenDirs(GOLDEN_ROOT).filter((d) => !exampleDirs.includes(d));
  assert.deepEqual(stale, [], `golden files without an example dir (delete them): ${stale.join(', ')}`);
});

test('examples: no plaintext Secret in the rendered examples', () => {
  for (const rel of exampleDirs) {
    const path = goldenPath(rel);
    if (!existsSync(path)) continue; // reported by the golden test
    assert.doesNotMatch(readFileSync(path, 'utf8'), /^kind: Secret$/m, `examples/${rel} renders a Secret`);
  }
});

test('golden: builtin engine output of each example dir', async (t) => {
  for (const rel of exampleDirs) {
    await t.test(rel, async () => {
      const { yaml, warnings } = await buildWithEngine(rel);
      const path = goldenPath(rel);
      if (UPDATE_GOLDEN) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, yaml);
      } else {
        assert.ok(existsSync(path), `no golden file ${relative(REPO_ROOT, path)}: run UPDATE_GOLDEN=1 npm test -- examples`);
        assert.equal(yaml, readFileSync(path, 'utf8'));
      }
      // The examples use only current fields: a deprecation notice means the example or the engine is wrong.
      assert.deepEqual(warnings, [], `examples/${rel}: unexpected warnings`);
    });
  }
});

const realTool = findRealTool();

test('differential: builtin engine vs the real tool on each example dir', { skip: realTool ? false : SKIP_DIFFERENTIAL }, async (t) => {
  if (!realTool) return;
  for (const rel of exampleDirs) {
    await t.test(rel, async () => {
      // The engine first: while it fails, there is no point in paying for a real-tool run.
      const { yaml } = await buildWithEngine(rel);
      const real = realTool.build(join(EXAMPLES_ROOT, ...rel.split('/')));
      assert.equal(real.status, 0, `examples/${rel}: ${realTool.name} failed: ${real.stderr.trim()}`);
      assert.equal(yaml, real.stdout);
    });
  }
});
