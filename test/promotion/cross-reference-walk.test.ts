// promotion/cross-environment follows an environment's kustomizations as far as they go: the walk is
// bounded by the directories it has seen (each once), not by a count that a large repository reaches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/config/config.ts';
import type { EnvironmentModel } from '../../src/core/cluster/model.ts';
import { checkPromotion } from '../../src/core/checks/promotion.ts';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';

const ROOT = '/repo';

function environment(name: string, entrypoint: string): EnvironmentModel {
  return {
    config: { name, branch: name === 'prod' ? 'main' : name, entrypoints: [entrypoint], allowedSources: [], targetRevisions: [] },
    entrypoints: [{ path: entrypoint, resources: 0, failed: false }],
    resources: [],
    findings: [],
  };
}

test('a reference into another environment is found past thousands of kustomizations, and once', () => {
  const parts = 6_000;
  const files: Record<string, string> = {
    [`${ROOT}/apps/web/overlays/dev/kustomization.yaml`]: 'resources: []\n',
    // prod builds on 6,000 shared parts; the one walked last reaches into dev's overlay.
    [`${ROOT}/apps/web/overlays/prod/kustomization.yaml`]: `resources:\n${Array.from({ length: parts }, (_, i) => `  - ../../../../shared/part-${i}\n`).join('')}`,
  };
  for (let i = 0; i < parts; i++) files[`${ROOT}/shared/part-${i}/kustomization.yaml`] = i === 0 ? 'resources:\n  - ../../apps/web/overlays/dev\n' : 'resources: []\n';
  const config = parseConfig('environments:\n  - name: dev\n    entrypoints: [apps/web/overlays/dev]\n  - name: prod\n    branch: main\n    entrypoints: [apps/web/overlays/prod]\n', '.gitops-gate.yaml');
  const findings = checkPromotion({
    config,
    models: [environment('dev', 'apps/web/overlays/dev'), environment('prod', 'apps/web/overlays/prod')],
    repoURLs: [],
    repoRoot: ROOT,
    fs: new MemoryFileSystem(files),
  }).filter((f) => f.ruleId === 'promotion/cross-environment');
  assert.deepEqual(
    findings.map((f) => [f.environment, f.file, f.line, f.path]),
    [['prod', `${ROOT}/shared/part-0/kustomization.yaml`, 2, '/resources/0']],
  );
});
