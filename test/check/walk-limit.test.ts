// Discovery walks at most MAX_DIRS directories (a vendored tree or a build output can hold millions): a
// repository past it gets a finding that says so and how to lift it, not a silent partial check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/config/config.ts';
import { MAX_DIRS } from '../../src/core/discover/scan.ts';
import { runChecks } from '../../src/core/run.ts';
import type { SchemaSource } from '../../src/core/schema/source.ts';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';

const ROOT = '/repo';
const NO_SCHEMAS: SchemaSource = { lookup: async () => ({ outages: [] }) };

function repo(extraDirs: number): MemoryFileSystem {
  const files: Record<string, string> = {
    [`${ROOT}/overlays/dev/kustomization.yaml`]: 'resources:\n  - cm.yaml\n',
    [`${ROOT}/overlays/dev/cm.yaml`]: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app\n',
  };
  for (let i = 0; i < extraDirs; i++) files[`${ROOT}/vendor/d${i}/x.txt`] = '';
  return new MemoryFileSystem(files);
}

async function walkFindings(fs: MemoryFileSystem, exclude: string[] = []) {
  const config = parseConfig(exclude.length > 0 ? `exclude: [${exclude.join(', ')}]\n` : '', '.gitops-gate.yaml');
  const { report } = await runChecks({ fs, repoRoot: ROOT, config, repoURLs: [], schemaSource: NO_SCHEMAS });
  return report.findings.filter((f) => /discovery looked at/.test(f.message));
}

test(`a repository over ${MAX_DIRS.toLocaleString('en-US')} directories is said to be walked in part; exclude: lifts it`, async () => {
  const big = repo(MAX_DIRS);
  const stopped = await walkFindings(big);
  assert.equal(stopped.length, 1);
  assert.equal(stopped[0]!.ruleId, 'render/skipped');
  assert.match(stopped[0]!.message, /over 100,000 directories.*exclude: in \.gitops-gate\.yaml/);
  assert.deepEqual(await walkFindings(big, ['vendor']), []);
  assert.deepEqual(await walkFindings(repo(10)), []);
});
