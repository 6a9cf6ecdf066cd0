// Differential test on random kustomization trees: for seeds 1..N, random-tree-generator.ts writes a
// tree mixing kustomize's features, and the builtin engine must print byte for byte what the real
// `kubectl kustomize` (or `kustomize build`) prints — or fail where the real tool fails.
//
// RANDOM_TREES=300       run more seeds (default 40)
// RANDOM_TREES_SEED=17   run one seed only (its tree is kept on disk and its path printed)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildKustomization } from '../../src/core/kustomize/build.ts';
import { stringifyResources } from '../../src/core/yaml/stringify.ts';
import { NodeFileSystem } from '../../src/io/node-fs.ts';
import { generateTree, writeTree, type GeneratedTree } from './random-tree-generator.ts';

const SKIP_DIFFERENTIAL = 'kubectl kustomize not found: differential tests skipped';
const ONE_SEED = process.env.RANDOM_TREES_SEED ? Number(process.env.RANDOM_TREES_SEED) : undefined;
const SEED_COUNT = Number(process.env.RANDOM_TREES ?? 40);
/** Real-tool processes running at once: enough to hide their start-up, few enough not to starve the engine. */
const CONCURRENCY = 2;

interface Outcome {
  ok: boolean;
  /** The YAML output when ok, the error message otherwise. */
  text: string;
}

interface RealTool {
  name: string;
  command: string;
  args: (dir: string) => string[];
}

function findRealTool(): RealTool | undefined {
  const works = (cmd: string, args: string[]): boolean => {
    const r = spawnSync(cmd, args, { encoding: 'utf8' });
    return !r.error && r.status === 0;
  };
  if (works('kubectl', ['kustomize', '--help'])) return { name: 'kubectl kustomize', command: 'kubectl', args: (d) => ['kustomize', d] };
  if (works('kustomize', ['version'])) return { name: 'kustomize build', command: 'kustomize', args: (d) => ['build', d] };
  return undefined;
}

function runReal(tool: RealTool, dir: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(tool.command, tool.args(dir), { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => resolve({ ok: false, text: e.message }));
    child.on('close', (code) => {
      resolve(code === 0 ? { ok: true, text: Buffer.concat(out).toString('utf8') } : { ok: false, text: Buffer.concat(err).toString('utf8').trim() });
    });
  });
}

function runEngine(dir: string): Outcome {
  try {
    const result = buildKustomization(new NodeFileSystem(), dir, {});
    return { ok: true, text: stringifyResources(result.resources.map((r) => r.obj)) };
  } catch (err) {
    return { ok: false, text: err instanceof Error ? `${err.constructor.name}: ${err.message}` : String(err) };
  }
}

/** Runs `jobs` with at most `limit` in flight; each promise settles when its job does. */
function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T>[] {
  const results: Promise<T>[] = [];
  let running = 0;
  const waiting: (() => void)[] = [];
  for (const job of jobs) {
    results.push(
      (async () => {
        if (running >= limit) await new Promise<void>((r) => waiting.push(r));
        running++;
        try {
          return await job();
        } finally {
          running--;
          waiting.shift()?.();
        }
      })(),
    );
  }
  return results;
}

/** The first line where two outputs differ, with a little context, for the failure message. */
function firstDifference(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      const from = Math.max(0, i - 3);
      return (
        `line ${i + 1}:\n  real tool: ${JSON.stringify(a[i])}\n  engine:    ${JSON.stringify(b[i])}\n` +
        `  context (real):\n${a.slice(from, i + 3).map((l) => `    | ${l}`).join('\n')}`
      );
    }
  }
  return '(no line differs)';
}

function describeTree(tree: GeneratedTree, dir: string): string {
  return `seed ${tree.seed} (tree kept at ${dir}):\n  ${tree.features.join('\n  ')}`;
}

const tool = findRealTool();

test('random trees: builtin engine vs the real tool', { skip: tool ? false : SKIP_DIFFERENTIAL }, async (t) => {
  if (!tool) return;
  const seeds = ONE_SEED !== undefined ? [ONE_SEED] : Array.from({ length: SEED_COUNT }, (_, i) => i + 1);
  const root = mkdtempSync(join(tmpdir(), 'random-trees-'));
  const failed: number[] = [];
  /** Trees the real tool rejected (the engine too, or the seed fails): few, or the generator is off. */
  const rejected: string[] = [];
  try {
    const trees = seeds.map((seed) => {
      const tree = generateTree(seed);
      const dir = join(root, `seed-${seed}`);
      writeTree(dir, tree);
      return { tree, dir, buildDir: join(dir, tree.entry) };
    });
    const real = pool(
      trees.map(({ buildDir }) => () => runReal(tool, buildDir)),
      CONCURRENCY,
    );
    for (const [i, { tree, dir, buildDir }] of trees.entries()) {
      await t.test(`seed ${tree.seed}`, async () => {
        const engine = runEngine(buildDir);
        const expected = await (real[i] as Promise<Outcome>);
        try {
          if (!expected.ok) {
            rejected.push(`seed ${tree.seed}: ${expected.text.split('\n').pop() ?? ''}`);
            assert.ok(!engine.ok, `${tool.name} failed but the engine built it: ${expected.text}`);
          } else {
            assert.ok(engine.ok, `the engine failed where ${tool.name} built: ${engine.text}`);
            if (engine.text !== expected.text) assert.fail(`output differs at ${firstDifference(expected.text, engine.text)}`);
          }
        } catch (err) {
          failed.push(tree.seed);
          if (err instanceof Error) err.message = `${describeTree(tree, dir)}\n${err.message}`;
          throw err;
        }
      });
    }
    t.diagnostic(`${seeds.length - rejected.length} of ${seeds.length} trees built by ${tool.name}`);
    for (const line of rejected) t.diagnostic(`rejected: ${line}`);
  } finally {
    // Keep the trees that failed (or the one asked for) so they can be rebuilt by hand.
    if (failed.length === 0 && ONE_SEED === undefined) rmSync(root, { recursive: true, force: true });
    else t.diagnostic(`trees kept under ${root}; failing seeds: ${failed.join(' ') || 'none'}`);
  }
});
