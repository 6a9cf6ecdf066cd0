// Table tests per rule: each row is a small repository (the root kustomization's YAML, plus the files the
// Applications and Kustomizations in it point at) and the rule ids it must raise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, ruleIds } from './harness.ts';
import type { GraphOptions } from '../../src/core/graph/build-graph.ts';
import type { Finding } from '../../src/core/model/finding.ts';

const URL = 'https://git.example.test/r.git';
const CONFIG = `repoURL: ${URL}\nenvironments:\n  - name: t\n    entrypoints: ["root"]\n`;

interface Row {
  name: string;
  yaml: string;
  files?: Record<string, string>;
  options?: GraphOptions;
  expect: string[];
}

function run(rows: Row[]): void {
  for (const row of rows) {
    test(row.name, () => {
      const files: Record<string, string> = {
        '.gitops-gate.yaml': CONFIG,
        'root/kustomization.yaml': 'resources:\n  - all.yaml\n',
        'root/all.yaml': row.yaml,
        ...row.files,
      };
      const { findings } = check(files, row.options);
      assert.deepEqual(ruleIds(findings), [...row.expect].sort(), findings.map((f) => f.message).join('\n'));
      // A graph of nodes alone (a pull request's base that compares no other ordering rule) finds the same.
      const nodeRules = (all: Finding[]) => all.filter((f) => f.ruleId === 'wave/invalid' || f.ruleId === 'wave/child-health');
      assert.deepEqual(nodeRules(check(files, { ...row.options, nodesOnly: true }).findings), nodeRules(findings));
    });
  }
}

/** An Application of this repository. */
function app(name: string, wave: string | undefined, path: string, extra = ''): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
${wave === undefined ? '' : `  annotations:\n    argocd.argoproj.io/sync-wave: "${wave}"\n`}spec:
  project: default
  source:
    repoURL: ${URL}
    path: ${path}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${name}
${extra}---
`;
}

const ROOT_APP = app('root', undefined, 'apps');
const HEALTH_CM = `apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-cm
  namespace: argocd
data:
  resource.customizations.health.argoproj.io_Application: |
    hs = {}
    return hs
---
`;

function deployment(name: string, wave: string, podSpec: string, annotations = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
  annotations:
    argocd.argoproj.io/sync-wave: "${wave}"
${annotations}spec:
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec:
${podSpec}---
`;
}

const configMap = (name: string, wave: string, extra = '') =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  annotations:\n    argocd.argoproj.io/sync-wave: "${wave}"\n${extra}data: {a: b}\n---\n`;
const ENV_FROM = '      containers:\n        - name: c\n          image: nginx\n          envFrom:\n            - configMapRef: {name: settings}\n';

/** One Application `a` rendering `apps/a` with these objects. */
const oneApp = (objects: string, extra = '') => ({ yaml: app('a', '0', 'apps/a', extra), files: { 'apps/a/all.yaml': objects } });

run([
  { name: 'wave/invalid: a decimal wave', ...oneApp(configMap('x', '1.5')), expect: ['wave/invalid'] },
  { name: 'wave/invalid: spaces around the wave', ...oneApp(configMap('x', ' 1')), expect: ['wave/invalid'] },
  { name: 'wave/invalid: a signed wave is what Atoi reads', ...oneApp(configMap('x', '+2') + configMap('y', '-3')), expect: [] },
  { name: 'wave/invalid: a wave past int64', ...oneApp(configMap('x', '9223372036854775808')), expect: ['wave/invalid'] },
  {
    name: 'wave/invalid: a hook spelled wrong',
    ...oneApp(`apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations:\n    argocd.argoproj.io/hook: Presync\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers: [{name: c, image: busybox}]\n`),
    expect: ['wave/invalid'],
  },
  {
    name: 'wave/invalid: several known hooks',
    ...oneApp(`apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  annotations:\n    argocd.argoproj.io/hook: PreSync, PostSync\n`),
    expect: [],
  },
  {
    name: 'wave/invalid: no Argo CD in the environment, nobody reads the annotation',
    yaml: configMap('x', 'first'),
    expect: [],
  },
]);

run([
  { name: 'wave/order: a Deployment before the ConfigMap it reads', ...oneApp(deployment('web', '0', ENV_FROM) + configMap('settings', '1')), expect: ['wave/order'] },
  { name: 'wave/order: the ConfigMap first is right', ...oneApp(deployment('web', '1', ENV_FROM) + configMap('settings', '0')), expect: [] },
  { name: 'wave/order: the same wave is applied together', ...oneApp(deployment('web', '0', ENV_FROM) + configMap('settings', '0')), expect: [] },
  {
    name: 'wave/order: an optional reference waits for nothing',
    ...oneApp(deployment('web', '0', ENV_FROM.replace('{name: settings}', '{name: settings, optional: true}')) + configMap('settings', '1')),
    expect: [],
  },
  {
    name: 'wave/order: a PreSync hook reading a Secret synced in the Sync phase',
    ...oneApp(
      `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\n  annotations:\n    argocd.argoproj.io/hook: PreSync\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: c\n          image: busybox\n          env:\n            - name: P\n              valueFrom: {secretKeyRef: {name: db, key: password}}\n---\n` +
        `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData: {password: "ENC[x]"}\n`,
    ),
    expect: ['wave/order'],
  },
  {
    name: 'wave/order: a helm pre-install hook counts as PreSync',
    ...oneApp(
      `apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: hook\n  namespace: other\n  annotations:\n    helm.sh/hook: pre-install\n---\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: other\n`,
    ),
    expect: ['wave/order'],
  },
  {
    name: 'wave/order: CreateNamespace creates the destination namespace before any wave',
    ...oneApp(
      `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n  annotations:\n    argocd.argoproj.io/sync-wave: "5"\n---\n${configMap('x', '0')}`,
      '  syncPolicy:\n    syncOptions: [CreateNamespace=true]\n',
    ),
    expect: [],
  },
  {
    name: 'wave/order: a SealedSecret makes the Secret a pod mounts',
    ...oneApp(
      deployment('web', '0', '      containers: [{name: c, image: nginx}]\n      volumes:\n        - name: s\n          secret: {secretName: creds}\n') +
        `apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: creds\n  annotations:\n    argocd.argoproj.io/sync-wave: "2"\nspec:\n  encryptedData: {a: AgB}\n`,
    ),
    expect: ['wave/order'],
  },
  {
    name: 'wave/order: objects nothing syncs (bootstrap) are not ordered',
    yaml: deployment('web', '0', ENV_FROM) + configMap('settings', '1'),
    expect: [],
  },
  {
    name: 'wave/order: top-level Applications in differing waves are ordered by a parent outside the repository',
    yaml: HEALTH_CM + app('web', '1', 'apps/web') + app('issuers', '2', 'apps/issuers'),
    files: {
      'apps/web/all.yaml': `apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: web-tls\n  issuerRef: {name: ca, kind: ClusterIssuer}\n`,
      'apps/issuers/all.yaml': `apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: ca\nspec:\n  selfSigned: {}\n`,
    },
    expect: ['wave/order'],
  },
  {
    name: 'wave/order: top-level Applications without waves are applied by hand, unordered',
    yaml: app('web', undefined, 'apps/web') + app('issuers', undefined, 'apps/issuers'),
    files: {
      'apps/web/all.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  namespace: issuers\n  annotations: {argocd.argoproj.io/sync-wave: "-1"}\n`,
      'apps/issuers/all.yaml': `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: issuers\n`,
    },
    expect: [],
  },
  {
    name: 'wave/order: across Applications, the waves of the Applications count',
    yaml: ROOT_APP + HEALTH_CM,
    files: {
      'apps/all.yaml': app('web', '1', 'apps/web') + app('issuers', '2', 'apps/issuers'),
      'apps/web/all.yaml': `apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: web\nspec:\n  secretName: web-tls\n  issuerRef: {name: ca, kind: ClusterIssuer}\n`,
      'apps/issuers/all.yaml': `apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: ca\nspec:\n  selfSigned: {}\n`,
    },
    expect: ['wave/order'],
  },
]);

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.test
  annotations:
    argocd.argoproj.io/sync-wave: "WAVE"
spec:
  group: example.test
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions: [{name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object}}}]
---
`;
const widget = (wave: string, extra = '') =>
  `apiVersion: example.test/v1\nkind: Widget\nmetadata:\n  name: w\n  annotations:\n    argocd.argoproj.io/sync-wave: "${wave}"\n${extra}`;

run([
  { name: 'wave/crd-order: CRD and custom resource in one wave of one Application', ...oneApp(CRD.replace('WAVE', '0') + widget('0')), expect: [] },
  { name: 'wave/crd-order: the custom resource a wave before its CRD', ...oneApp(CRD.replace('WAVE', '1') + widget('0')), expect: ['wave/crd-order'] },
  {
    name: 'wave/crd-order: SkipDryRunOnMissingResource does not save a resource synced before its CRD',
    ...oneApp(CRD.replace('WAVE', '1') + widget('0', '    argocd.argoproj.io/sync-options: SkipDryRunOnMissingResource=true\n')),
    expect: ['wave/crd-order'],
  },
  {
    name: 'wave/crd-order: sibling Applications in one wave, CRD in one, resource in the other',
    yaml: ROOT_APP + HEALTH_CM,
    files: {
      'apps/all.yaml': app('crds', '1', 'apps/crds') + app('widgets', '1', 'apps/widgets'),
      'apps/crds/all.yaml': CRD.replace('WAVE', '0'),
      'apps/widgets/all.yaml': widget('0'),
    },
    expect: ['wave/crd-order'],
  },
  {
    name: 'wave/crd-order: a resource whose provider chart does not install CRDs by default (cert-manager)',
    yaml: ROOT_APP + HEALTH_CM,
    files: {
      'apps/all.yaml':
        `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: cert-manager\n  namespace: argocd\n  annotations: {argocd.argoproj.io/sync-wave: "3"}\nspec:\n  source: {repoURL: https://charts.jetstack.io, chart: cert-manager, targetRevision: v1.16.2}\n  destination: {namespace: cert-manager}\n---\n` +
        app('issuers', '1', 'apps/issuers'),
      'apps/issuers/all.yaml': `apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata:\n  name: ca\nspec:\n  selfSigned: {}\n`,
    },
    expect: [],
  },
  {
    name: 'wave/crd-order: the config can add a chart to the catalog',
    yaml: ROOT_APP + HEALTH_CM,
    files: {
      'apps/all.yaml':
        `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: widgets-operator\n  namespace: argocd\n  annotations: {argocd.argoproj.io/sync-wave: "3"}\nspec:\n  source: {repoURL: https://charts.example.test, chart: widget-operator, targetRevision: 1.0.0}\n  destination: {namespace: widgets}\n---\n` +
        app('widgets', '1', 'apps/widgets'),
      'apps/widgets/all.yaml': widget('0'),
    },
    options: { crdProviders: { 'widget-operator': ['example.test'] } },
    expect: ['wave/crd-order'],
  },
]);

run([
  {
    name: 'wave/child-health: children in waves and no argocd-cm',
    yaml: ROOT_APP,
    files: { 'apps/all.yaml': app('x', '1', 'apps/x') + app('y', '2', 'apps/y'), 'apps/x/a.yaml': configMap('a', '0'), 'apps/y/a.yaml': configMap('b', '0') },
    expect: ['wave/child-health'],
  },
  {
    name: 'wave/child-health: top-level Applications in waves, synced by a parent outside the repository',
    yaml: app('x', '1', 'apps/x') + app('y', '2', 'apps/y'),
    files: { 'apps/x/a.yaml': configMap('a', '0'), 'apps/y/a.yaml': configMap('b', '0') },
    expect: ['wave/child-health'],
  },
  {
    name: 'wave/child-health: children all in one wave rely on no waiting',
    yaml: ROOT_APP,
    files: { 'apps/all.yaml': app('x', '1', 'apps/x') + app('y', '1', 'apps/y'), 'apps/x/a.yaml': configMap('a', '0'), 'apps/y/a.yaml': configMap('b', '0') },
    expect: [],
  },
  {
    name: 'wave/child-health: the newer resource.customizations form',
    yaml: ROOT_APP + `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: argocd-cm\n  namespace: argocd\ndata:\n  resource.customizations: |\n    argoproj.io/Application:\n      health.lua: |\n        hs = {}\n        return hs\n`,
    files: { 'apps/all.yaml': app('x', '1', 'apps/x') + app('y', '2', 'apps/y'), 'apps/x/a.yaml': configMap('a', '0'), 'apps/y/a.yaml': configMap('b', '0') },
    expect: [],
  },
  {
    name: 'wave/child-health: the ArgoCD operator resource restores the health check',
    yaml: ROOT_APP + `apiVersion: argoproj.io/v1beta1\nkind: ArgoCD\nmetadata:\n  name: argocd\n  namespace: argocd\nspec:\n  resourceHealthChecks:\n    - group: argoproj.io\n      kind: Application\n      check: "hs = {}\\nreturn hs"\n`,
    files: { 'apps/all.yaml': app('x', '1', 'apps/x') + app('y', '2', 'apps/y'), 'apps/x/a.yaml': configMap('a', '0'), 'apps/y/a.yaml': configMap('b', '0') },
    expect: [],
  },
]);

/** A Flux tree of this repository: the GitRepository and the Kustomizations given. */
function fluxRoot(kustomizations: string): string {
  return `apiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  url: ${URL}\n---\n${kustomizations}`;
}
function ks(name: string, path: string, dependsOn: string[] = [], source = 'flux-system'): string {
  return `apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n  name: ${name}\n  namespace: flux-system\nspec:\n${dependsOn.length > 0 ? `  dependsOn:\n${dependsOn.map((d) => `    - name: ${d}\n`).join('')}` : ''}  sourceRef:\n    kind: GitRepository\n    name: ${source}\n  path: ./${path}\n  prune: true\n---\n`;
}
function hr(name: string, dependsOn: string[] = [], chart = name): string {
  return `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: ${name}\n  namespace: infra\nspec:\n${dependsOn.length > 0 ? `  dependsOn:\n${dependsOn.map((d) => `    - name: ${d}\n`).join('')}` : ''}  chart:\n    spec:\n      chart: ${chart}\n      sourceRef: {kind: HelmRepository, name: charts, namespace: flux-system}\n---\n`;
}

function chainName(i: number): string {
  return `c${String(i).padStart(5, '0')}`;
}
/** `length` objects, each depending on the next; the last on none, or on the first when `closed`. */
function chainOf(length: number, make: (name: string, dependsOn: string[]) => string, closed = false): string {
  let out = '';
  for (let i = 0; i < length; i++) out += make(chainName(i), i + 1 < length ? [chainName(i + 1)] : closed ? [chainName(0)] : []);
  return out;
}

run([
  { name: 'flux/dependson-cycle: three HelmReleases', yaml: fluxRoot(ks('infra', 'infra')), files: { 'infra/all.yaml': hr('a', ['b']) + hr('b', ['c']) + hr('c', ['a']) }, expect: ['flux/dependson-cycle'] },
  { name: 'flux/dependson-cycle: a Kustomization depending on itself', yaml: fluxRoot(ks('infra', 'infra', ['infra'])), files: { 'infra/all.yaml': configMap('x', '0') }, expect: ['flux/dependson-cycle'] },
  { name: 'flux/dependson-cycle: a chain is no cycle', yaml: fluxRoot(ks('infra', 'infra')), files: { 'infra/all.yaml': hr('a', ['b']) + hr('b', ['c']) + hr('c') }, expect: [] },
  { name: 'flux/dependson-missing: a HelmRelease dependency that does not exist', yaml: fluxRoot(ks('infra', 'infra')), files: { 'infra/all.yaml': hr('a', ['nope']) }, expect: ['flux/dependson-missing'] },
  {
    name: 'flux/dependson-missing: not judged while a Kustomization from another repository is unrendered',
    yaml: fluxRoot(ks('infra', 'infra', ['elsewhere']) + ks('external', 'deploy', [], 'other-repo')),
    files: { 'infra/all.yaml': configMap('x', '0') },
    expect: [],
  },
  {
    name: 'flux/crd-order: a CRD rendered by another Kustomization, not depended on',
    yaml: fluxRoot(ks('crds', 'crds') + ks('widgets', 'widgets')),
    files: { 'crds/all.yaml': CRD.replace('WAVE', '0'), 'widgets/all.yaml': widget('0') },
    expect: ['flux/crd-order'],
  },
  {
    name: 'flux/crd-order: depending on it transitively is enough',
    yaml: fluxRoot(ks('crds', 'crds') + ks('middle', 'middle', ['crds']) + ks('widgets', 'widgets', ['middle'])),
    files: { 'crds/all.yaml': CRD.replace('WAVE', '0'), 'middle/all.yaml': configMap('m', '0'), 'widgets/all.yaml': widget('0') },
    expect: [],
  },
  {
    name: 'flux/crd-order: CRD and resource in one Kustomization are applied in stages',
    yaml: fluxRoot(ks('widgets', 'widgets')),
    files: { 'widgets/all.yaml': CRD.replace('WAVE', '0') + widget('0') },
    expect: [],
  },
  // Hostile depths: each object depends on the next, named so that the walk meets the head of the chain
  // first and must follow it to the end.
  { name: 'flux/dependson-cycle: a chain of thousands is walked without exhausting the stack', yaml: fluxRoot(ks('infra', 'infra')), files: { 'infra/all.yaml': chainOf(6000, hr) }, expect: [] },
  { name: 'flux/dependson-cycle: the cycle that closes a chain of thousands', yaml: fluxRoot(ks('infra', 'infra')), files: { 'infra/all.yaml': chainOf(6000, hr, true) }, expect: ['flux/dependson-cycle'] },
  {
    name: 'flux/crd-order: depending on it through a chain of thousands is enough',
    yaml: fluxRoot(ks('crds', 'crds') + ks('widgets', 'widgets', [chainName(0)]) + chainOf(6000, (name, deps) => ks(name, 'middle', deps.length > 0 ? deps : ['crds']))),
    files: { 'crds/all.yaml': CRD.replace('WAVE', '0'), 'middle/all.yaml': configMap('m', '0'), 'widgets/all.yaml': widget('0') },
    expect: [],
  },
  {
    name: 'flux/crd-order: CRDs declared preinstalled (bootstrap) need no dependency',
    yaml: fluxRoot(ks('crds', 'crds') + ks('widgets', 'widgets')),
    files: { 'crds/all.yaml': CRD.replace('WAVE', '0'), 'widgets/all.yaml': widget('0') },
    options: { preinstalledCrds: ['example.test'] },
    expect: [],
  },
]);
