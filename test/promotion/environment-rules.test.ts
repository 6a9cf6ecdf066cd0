import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../src/core/model/finding.ts';
import { CONFIG, envPatch, renderScenario, REPO_URL, ROOT, summary, type Scenario } from './harness.ts';

interface Row {
  name: string;
  scenario: Scenario;
  expect: string[];
  /** Checks on the first finding. */
  first?: Partial<Pick<Finding, 'path' | 'file' | 'line'>> & { message?: RegExp; resource?: string };
}

const prodPatch = (over: Parameters<typeof envPatch>[1]) => ({ 'argocd/overlays/prod/patch.yaml': envPatch('prod', over) });
const stagingPatch = (over: Parameters<typeof envPatch>[1]) => ({ 'argocd/overlays/staging/patch.yaml': envPatch('staging', over) });

const rows: Row[] = [
  { name: 'the seed repository is clean', scenario: {}, expect: [] },

  // promotion/target-revision
  {
    name: 'a prod Application tracking dev',
    scenario: { files: prodPatch({ webRevision: 'dev' }) },
    expect: ['promotion/target-revision@prod'],
    first: {
      path: '/spec/source/targetRevision',
      resource: 'Application/web',
      file: `${ROOT}/argocd/base/web.yaml`,
      message: /^Application web tracks dev, the branch of environment dev, but environment prod deploys branch main: set it to main$/,
    },
  },
  { name: 'refs/heads/ spelling is the same branch', scenario: { files: prodPatch({ webRevision: 'refs/heads/staging' }) }, expect: ['promotion/target-revision@prod'] },
  { name: 'prod may track a tag its patterns allow', scenario: { files: prodPatch({ webRevision: 'v1.4.0' }) }, expect: [] },
  { name: 'staging has no tag patterns', scenario: { files: stagingPatch({ webRevision: 'v1.4.0' }) }, expect: ['promotion/target-revision@staging'], first: { message: /tracks 'v1.4.0'.*no targetRevisions pattern allows other revisions/ } },
  { name: 'HEAD is the default branch: right for prod (main)', scenario: { files: prodPatch({ webRevision: 'HEAD' }) }, expect: [] },
  { name: 'HEAD is wrong for staging', scenario: { files: stagingPatch({ webRevision: 'HEAD' }) }, expect: ['promotion/target-revision@staging'], first: { message: /tracks HEAD \(the repository's default branch\)/ } },
  { name: 'a pinned commit needs a pattern', scenario: { files: prodPatch({ webRevision: 'a'.repeat(40) }) }, expect: ['promotion/target-revision@prod'] },
  {
    name: 'another repository is none of our business',
    scenario: {
      files: {
        'argocd/base/kustomization.yaml': 'resources:\n  - root-app.yaml\n  - web.yaml\n  - external.yaml\n',
        'argocd/base/external.yaml':
          'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: ext\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://github.com/other/repo\n    targetRevision: dev\n    path: deploy\n  syncPolicy:\n    automated: {}\n',
      },
    },
    // Its sync policy still matters: it syncs in the prod cluster (the manual patch removes it there).
    expect: [],
  },

  // promotion/sync-policy
  {
    name: 'automated sync in prod',
    scenario: { files: { 'argocd/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n' } },
    expect: ['promotion/sync-policy@prod', 'promotion/sync-policy@prod'],
    first: { path: '/spec/syncPolicy/automated', message: /syncs automatically, but environment prod is declared sync: manual/ },
  },
  {
    name: 'no automated sync in an auto environment',
    scenario: {
      files: {
        'argocd/overlays/staging/kustomization.yaml':
          'resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n  - path: manual.yaml\n    target:\n      name: web\n',
        'argocd/overlays/staging/manual.yaml': '- op: remove\n  path: /spec/syncPolicy/automated\n',
      },
    },
    expect: ['promotion/sync-policy@staging'],
    first: { path: '/spec/syncPolicy', resource: 'Application/web', message: /does not sync automatically, but environment staging is declared sync: auto/ },
  },
  {
    name: 'automated.enabled: false is manual',
    scenario: {
      files: {
        'argocd/overlays/prod/kustomization.yaml':
          'resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n  - path: off.yaml\n    target:\n      kind: Application\n',
        'argocd/overlays/prod/off.yaml': '- op: add\n  path: /spec/syncPolicy/automated/enabled\n  value: false\n',
      },
    },
    expect: [],
  },
  {
    name: 'without sync in the config there is no sync rule',
    scenario: { config: CONFIG.replace(/\n {4}sync: \w+/g, ''), files: { 'argocd/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n' } },
    expect: [],
  },

  // promotion/cross-environment
  {
    name: 'a prod Application pointing at a dev overlay',
    scenario: { files: prodPatch({ webPath: 'apps/web/overlays/dev' }) },
    expect: ['promotion/cross-environment@prod'],
    first: { path: '/spec/source/path', resource: 'Application/web', message: /^Application web in environment prod renders apps\/web\/overlays\/dev, which belongs to environment dev/ },
  },
  {
    name: 'a prod overlay built on the dev overlay',
    scenario: { files: { 'apps/web/overlays/prod/kustomization.yaml': 'resources:\n  - ../dev\nnamePrefix: prod-\n' } },
    expect: ['promotion/cross-environment@prod'],
    first: {
      file: `${ROOT}/apps/web/overlays/prod/kustomization.yaml`,
      line: 2,
      path: '/resources/0',
      message: /^apps\/web\/overlays\/prod\/kustomization.yaml, built for environment prod, includes \.\.\/dev \(apps\/web\/overlays\/dev\), which belongs to environment dev/,
    },
  },
  {
    name: 'a prod overlay taking a component from the dev overlay',
    scenario: {
      files: {
        'apps/web/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\ncomponents:\n  - ../dev/replicas\n',
        'apps/web/overlays/dev/replicas/kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - patch: |\n      - op: replace\n        path: /spec/replicas\n        value: 3\n    target:\n      kind: Deployment\n',
      },
    },
    expect: ['promotion/cross-environment@prod'],
    first: { file: `${ROOT}/apps/web/overlays/prod/kustomization.yaml`, line: 4, path: '/components/0' },
  },
  {
    name: "an app-of-apps including another environment's overlays",
    scenario: {
      files: {
        'argocd/overlays/prod/kustomization.yaml':
          'resources:\n  - ../../base\n  - all.yaml\npatches:\n  - path: patch.yaml\n  - path: manual-sync.yaml\n    target:\n      kind: Application\n',
        'argocd/overlays/prod/all.yaml':
          `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: all\n  namespace: argocd\nspec:\n  source:\n    repoURL: ${REPO_URL}\n    targetRevision: main\n    path: apps\n    directory:\n      recurse: true\n      include: '*/overlays/dev/cm-*.yaml'\n  syncPolicy:\n    automated: {}\n`,
        'apps/web/overlays/dev/cm-web.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-dev\n',
      },
    },
    // One finding: the include, not also every file it brought in.
    expect: ['promotion/cross-environment@prod'],
    first: { path: '/spec/source/directory/include', resource: 'Application/all', message: /includes \*\/overlays\/dev\/cm-\*\.yaml, which belongs to environment dev/ },
  },
];

describe('promotion rules over rendered environments', () => {
  for (const row of rows) {
    test(row.name, () => {
      const result = renderScenario(row.scenario);
      assert.deepEqual(summary(result.findings), row.expect, JSON.stringify(result.findings, null, 1));
      const f = result.findings[0];
      if (row.first && f) {
        if (row.first.path) assert.equal(f.path, row.first.path);
        if (row.first.file) assert.equal(f.file, row.first.file);
        if (row.first.line) assert.equal(f.line, row.first.line);
        if (row.first.message) assert.match(f.message, row.first.message);
        if (row.first.resource) assert.equal(`${f.resource?.kind}/${f.resource?.name}`, row.first.resource);
      }
    });
  }
});
