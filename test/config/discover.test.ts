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

function detected(files: Record<string, string>) {
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, c]) => [`/repo/${p}`, c])));
  return discoverEnvironments(scanRepo(fs, '/repo'), defaultConfig()).map((e) => ({
    name: e.config.name,
    isolated: e.config.isolated ?? false,
    entrypoints: e.entrypoints.map((x) => `${x.kind}:${x.path}${x.selected ? ' (selected)' : ''}`),
  }));
}

const fluxKs = (name: string, path: string, source = 'GitRepository') =>
  `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: ${name}\n  namespace: flux-system\nspec:\n  path: ${path}\n  sourceRef:\n    kind: ${source}\n    name: flux-system\n`;
const argoApp = (name: string, path: string) =>
  `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ${name}\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://git.example.test/x.git\n    path: ${path}\n  destination:\n    namespace: ${name}\n`;

test('envs/<env> and env/<env> are environments, whatever their names', () => {
  assert.deepEqual(
    detected({ 'envs/prod-eu/kustomization.yaml': k, 'envs/load-gpu/kustomization.yaml': k, 'base/kustomization.yaml': k, 'env/qa/app/kustomization.yaml': k }),
    [
      { name: 'qa', isolated: false, entrypoints: ['kustomization:env/qa/app'] },
      { name: 'load-gpu', isolated: false, entrypoints: ['kustomization:envs/load-gpu'] },
      { name: 'prod-eu', isolated: false, entrypoints: ['kustomization:envs/prod-eu'] },
    ],
  );
});

test('a Flux bootstrap directory nothing else renders is the default environment; what its Kustomizations render is theirs', () => {
  const envs = detected({
    'kubernetes/flux/cluster/ks.yaml': fluxKs('cluster-apps', './kubernetes/apps'),
    'kubernetes/apps/web/ks.yaml': fluxKs('web', './kubernetes/apps/web/app'),
    'kubernetes/apps/web/app/kustomization.yaml': k,
  });
  assert.deepEqual(envs, [{ name: 'default', isolated: false, entrypoints: ['flux-tree:kubernetes/flux/cluster'] }]);
});

test('an Argo CD app-of-apps root is the default environment; the directories its Applications render are not roots', () => {
  const envs = detected({
    'k8s/sets/kustomization.yaml': 'resources: [apps.yaml]\n',
    'k8s/sets/apps.yaml': argoApp('apps', 'k8s/apps'),
    'k8s/apps/kustomization.yaml': k,
    'k8s/apps/web/kustomization.yaml': k,
  });
  assert.deepEqual(envs, [{ name: 'default', isolated: false, entrypoints: ['kustomization:k8s/sets'] }]);
});

test('catalogue variants are checked as isolated roots; environment names and selected overlays stay environments', () => {
  const envs = detected({
    'operators/a/overlays/stable/kustomization.yaml': k,
    'operators/a/overlays/v1.11/kustomization.yaml': k,
    'operators/b/overlays/stable/kustomization.yaml': k,
    'operators/b/base/kustomization.yaml': k,
    'apps/web/overlays/prod/kustomization.yaml': k,
    'apps/web/overlays/edge/kustomization.yaml': k,
    'argocd/app.yaml': argoApp('web-edge', 'apps/web/overlays/edge'),
    'components/x/kustomization.yaml': 'kind: Component\n',
  });
  assert.deepEqual(envs, [
    { name: 'prod', isolated: false, entrypoints: ['kustomization:apps/web/overlays/prod'] },
    { name: 'edge', isolated: false, entrypoints: ['kustomization:apps/web/overlays/edge (selected)'] },
    { name: 'catalog', isolated: true, entrypoints: ['kustomization:operators/a/overlays/stable', 'kustomization:operators/a/overlays/v1.11', 'kustomization:operators/b/overlays/stable'] },
  ]);
});

test('with no environment layout, every kustomization root is checked on its own; Components, included bases and charts are not roots', () => {
  const envs = detected({
    'manifests/install/kustomization.yaml': 'resources: [../base]\n',
    'manifests/ha/kustomization.yaml': 'resources: [../base]\n',
    'manifests/base/kustomization.yaml': k,
    'manifests/component/kustomization.yaml': 'kind: Component\n',
    'chart/Chart.yaml': 'name: x\n',
    'chart/templates/kustomization.yaml': k,
  });
  assert.deepEqual(envs, [{ name: 'default', isolated: true, entrypoints: ['kustomization:manifests/ha', 'kustomization:manifests/install'] }]);
});

test('an overlay a Flux Kustomization renders is built as Flux builds it, after the tree that owns it', () => {
  const envs = detected({
    'kubernetes/clusters/prod/ks.yaml': fluxKs('cluster', './apps/overlays/prod', 'OCIRepository'),
    'kubernetes/apps/overlays/prod/kustomization.yaml': k,
  });
  assert.deepEqual(envs, [{ name: 'prod', isolated: false, entrypoints: ['flux-tree:kubernetes/clusters/prod', 'flux-tree:kubernetes/apps/overlays/prod (selected)'] }]);
});

test('nothing to check: no environment at all', () => {
  assert.deepEqual(detected({ 'README.md': '# docs', 'src/main.go': '' }), []);
});
