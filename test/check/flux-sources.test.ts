// Which Flux sources are this repository: the GitRepository or OCIRepository named flux-system that
// `flux bootstrap` creates (whether or not repoURL is set), any source whose URL names this repository, and
// the sources the configuration lists under `sources:` (which replace the bootstrap default).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report } from '../../src/core/model/report.ts';
import { makeRepo, runCli } from './helpers.ts';

const kustomizationCr = (name: string, path: string, sourceKind: string, sourceName: string) => `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: ${name}
  namespace: flux-system
spec:
  interval: 10m
  path: ${path}
  prune: true
  sourceRef:
    kind: ${sourceKind}
    name: ${sourceName}
`;

const configMap = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: default\ndata:\n  a: b\n`;

function fluxRepo(sourceKind: string, sourceName: string, extra: Record<string, string> = {}) {
  return makeRepo({
    'clusters/home/apps.yaml': kustomizationCr('apps', './kubernetes/apps', sourceKind, sourceName),
    'kubernetes/apps/kustomization.yaml': 'resources: [settings.yaml]\n',
    'kubernetes/apps/settings.yaml': configMap('settings'),
    ...extra,
  });
}

async function rendered(root: string): Promise<{ names: string[]; report: Report }> {
  const run = await runCli(['check', root, '--format', 'json', '--fail-on', 'never'], { env: { GITOPS_GATE_SCHEMAS: '' } });
  assert.equal(run.code, 0, run.stderr);
  const report = JSON.parse(run.stdout) as Report;
  const resources = report.environments.flatMap((e) => e.entrypoints).reduce((n, e) => n + e.resources, 0);
  const skipped = report.findings.filter((f) => f.ruleId === 'render/skipped').map((f) => f.message);
  return { names: [`${resources} resources`, ...skipped], report };
}

test('an OCIRepository named flux-system is this repository, like the GitRepository', async (t) => {
  for (const kind of ['OCIRepository', 'GitRepository']) {
    const repo = fluxRepo(kind, 'flux-system');
    t.after(repo.cleanup);
    assert.deepEqual((await rendered(repo.root)).names, ['2 resources'], kind);
  }
});

test('repoURL adds to the bootstrap default instead of replacing it', async (t) => {
  const repo = fluxRepo('OCIRepository', 'flux-system', { '.gitops-gate.yaml': 'repoURL: https://git.example.test/home-ops.git\n' });
  t.after(repo.cleanup);
  assert.deepEqual((await rendered(repo.root)).names, ['2 resources']);
});

test('a flux-system GitRepository whose URL names another repository is not this one', async (t) => {
  const repo = fluxRepo('GitRepository', 'flux-system', {
    '.gitops-gate.yaml': 'repoURL: https://git.example.test/home-ops.git\n',
    'clusters/home/source.yaml': 'apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  interval: 1m\n  url: https://git.example.test/fleet-infra.git\n',
  });
  t.after(repo.cleanup);
  const { names } = await rendered(repo.root);
  assert.equal(names[0], '2 resources', 'the Kustomization and the GitRepository only');
  assert.match(names[1]!, /Flux Kustomization 'apps': its source GitRepository 'flux-system\/flux-system' is not known to hold this repository; not rendered \(name it under sources: in \.gitops-gate\.yaml if it does\)/);
});

test('sources: names what bootstrap creates, with the directory its artifact holds; it replaces the default', async (t) => {
  const repo = makeRepo({
    '.gitops-gate.yaml': 'sources:\n  - kind: OCIRepository\n    name: cluster-config\n    path: kubernetes\n',
    'clusters/home/apps.yaml': kustomizationCr('apps', './apps', 'OCIRepository', 'cluster-config'),
    'clusters/home/infra.yaml': kustomizationCr('infra', './kubernetes/infra', 'GitRepository', 'flux-system'),
    'kubernetes/apps/kustomization.yaml': 'resources: [settings.yaml]\n',
    'kubernetes/apps/settings.yaml': configMap('settings'),
    'kubernetes/infra/kustomization.yaml': 'resources: [infra.yaml]\n',
    'kubernetes/infra/infra.yaml': configMap('infra'),
  });
  t.after(repo.cleanup);
  const { names } = await rendered(repo.root);
  assert.equal(names[0], '3 resources', 'two Kustomizations and the settings');
  assert.match(names[1]!, /Flux Kustomization 'infra': its source GitRepository 'flux-system\/flux-system' is not known/);
});
