import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { discoverEnvironments, scanRepo } from '../../src/core/discover.ts';
import { defaultConfig, parseConfig } from '../../src/config/config.ts';

const k = 'resources: []\n';

function envsOf(files: Record<string, string>, configYaml?: string) {
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, c]) => [`/repo/${p}`, c])));
  const config = configYaml ? parseConfig(configYaml, '.gitops-gate.yaml') : defaultConfig();
  return discoverEnvironments(scanRepo(fs, '/repo'), config).map((e) => ({
    name: e.config.name,
    branch: e.config.branch,
    promotesFrom: e.config.promotesFrom,
    entrypoints: e.entrypoints.map((x) => `${x.kind}:${x.path}`),
  }));
}

test('per-app overlays (seed 002) give one environment per overlay name, in promotion order', () => {
  const envs = envsOf({
    'apps/web/base/kustomization.yaml': k,
    'apps/web/overlays/prod/kustomization.yaml': k,
    'apps/web/overlays/dev/kustomization.yaml': k,
    'apps/db/overlays/dev/kustomization.yaml': k,
    'apps/web/overlays/staging/kustomization.yaml': k,
  });
  assert.deepEqual(envs.map((e) => e.name), ['dev', 'staging', 'prod']);
  assert.deepEqual(envs[0]!.entrypoints, ['kustomization:apps/db/overlays/dev', 'kustomization:apps/web/overlays/dev']);
  assert.equal(envs[2]!.branch, 'main');
  assert.equal(envs[2]!.promotesFrom, 'staging');
});

test('env-first overlays (seed 003) take the topmost kustomizations under overlays/<env>', () => {
  const envs = envsOf({
    'k8s-manifests/overlays/dev/apps/frontend/kustomization.yaml': k,
    'k8s-manifests/overlays/dev/apps/frontend/patches/kustomization.yaml': k,
    'k8s-manifests/overlays/dev/infra/ingress/kustomization.yaml': k,
    'k8s-manifests/overlays/prod/kustomization.yaml': k,
    'k8s-manifests/overlays/prod/apps/frontend/kustomization.yaml': k,
  });
  assert.deepEqual(envs[0]!.entrypoints, [
    'kustomization:k8s-manifests/overlays/dev/apps/frontend',
    'kustomization:k8s-manifests/overlays/dev/infra/ingress',
  ]);
  assert.deepEqual(envs[1]!.entrypoints, ['kustomization:k8s-manifests/overlays/prod']);
});

test('Flux clusters (seed 004) give one environment per cluster', () => {
  const envs = envsOf({
    'clusters/staging/infrastructure.yaml': 'kind: Kustomization',
    'clusters/production/apps.yaml': 'kind: Kustomization',
    'infrastructure/controllers/kustomization.yaml': k,
  });
  assert.deepEqual(envs.map((e) => [e.name, e.entrypoints[0]]), [
    ['staging', 'flux-tree:clusters/staging'],
    ['production', 'flux-tree:clusters/production'],
  ]);
});

test('a lone k8s/ kustomization (seed 001) is the default environment', () => {
  const envs = envsOf({ 'k8s/kustomization.yaml': k, 'src/main.go': '' });
  assert.deepEqual(envs, [{ name: 'default', branch: 'default', promotesFrom: undefined, entrypoints: ['kustomization:k8s'] }]);
});

test('configured entrypoints are globs over the repository', () => {
  const envs = envsOf(
    { 'argocd/overlays/dev/kustomization.yaml': k, 'apps/a/overlays/dev/kustomization.yaml': k },
    'environments:\n  - name: dev\n    entrypoints: ["argocd/overlays/dev", "nothing/*"]\n',
  );
  assert.deepEqual(envs[0]!.entrypoints, ['kustomization:argocd/overlays/dev']);
});
