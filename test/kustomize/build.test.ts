import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Harness } from './harness.ts';
import { buildKustomization } from '../../src/core/kustomize/build.ts';
import { KustomizeError, UnsupportedFeatureError } from '../../src/core/kustomize/errors.ts';

const deployment = (name: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  template:
    spec:
      containers:
      - name: app
        image: nginx:1.25
`;

test('resources from files and bases keep depth-first order with --reorder none', () => {
  const h = new Harness()
    .writeK('/base', 'resources:\n- a.yaml\n- b.yaml\n')
    .writeF('/base/a.yaml', deployment('a'))
    .writeF('/base/b.yaml', 'apiVersion: v1\nkind: Service\nmetadata:\n  name: b\n')
    .writeK('/overlay', 'resources:\n- ../base\n- c.yaml\n')
    .writeF('/overlay/c.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n');
  const names = buildKustomization(h.fs, '/overlay', { reorder: 'none' }).resources.map((r) => r.name);
  assert.deepEqual(names, ['a', 'b', 'c']);
  const legacy = buildKustomization(h.fs, '/overlay').resources.map((r) => r.kind);
  assert.deepEqual(legacy, ['ConfigMap', 'Service', 'Deployment']);
});

test('List kinds are inlined and empty documents dropped', () => {
  const h = new Harness()
    .writeK('/app', 'resources:\n- list.yaml\n')
    .writeF(
      '/app/list.yaml',
      '---\n---\napiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: x\n- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: y\n',
    );
  assert.deepEqual(buildKustomization(h.fs, '/app').resources.map((r) => r.name), ['x', 'y']);
});

test('each resource knows the file and line of its document', () => {
  const h = new Harness().writeK('/app', 'resources:\n- two.yaml\n').writeF('/app/two.yaml', `${deployment('a')}---\n${deployment('b')}`);
  const [a, b] = buildKustomization(h.fs, '/app').resources;
  assert.equal(a!.source?.file, '/app/two.yaml');
  assert.equal(a!.source?.line, 1);
  assert.equal(b!.source?.line, 12);
});

test('field names are matched case-insensitively, unknown fields are errors', () => {
  const h = new Harness().writeK('/app', 'nameprefix: p-\nresources:\n- a.yaml\n').writeF('/app/a.yaml', deployment('a'));
  assert.equal(buildKustomization(h.fs, '/app').resources[0]!.name, 'p-a');
  h.writeK('/bad', 'resourcez:\n- a.yaml\n');
  assert.throws(() => buildKustomization(h.fs, '/bad'), (e: unknown) => e instanceof KustomizeError && /unknown field "resourcez"/.test((e as Error).message));
});

test('a missing kustomization, two kustomization files and a Component under resources are errors', () => {
  const h = new Harness().writeF('/empty/x.yaml', 'a: 1');
  assert.throws(() => buildKustomization(h.fs, '/empty'), /unable to find one of 'kustomization.yaml'/);
  h.writeK('/two', 'resources: []\nnamespace: x\n').writeF('/two/kustomization.yml', 'namespace: y\n');
  assert.throws(() => buildKustomization(h.fs, '/two'), /multiple kustomization files/);
  h.writeF('/comp/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nnamePrefix: c-\n');
  h.writeK('/uses', 'resources:\n- ../comp\n');
  assert.throws(() => buildKustomization(h.fs, '/uses'), /holds a Component/);
});

test('components transform the parent resources they are applied to', () => {
  const h = new Harness()
    .writeF('/comp/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nnamePrefix: c-\n')
    .writeK('/app', 'resources:\n- a.yaml\ncomponents:\n- ../comp\n')
    .writeF('/app/a.yaml', deployment('a'));
  assert.equal(buildKustomization(h.fs, '/app').resources[0]!.name, 'c-a');
});

test('duplicate resources across bases are refused', () => {
  const h = new Harness()
    .writeK('/b1', 'resources:\n- a.yaml\n')
    .writeF('/b1/a.yaml', deployment('a'))
    .writeK('/b2', 'resources:\n- a.yaml\n')
    .writeF('/b2/a.yaml', deployment('a'))
    .writeK('/top', 'resources:\n- ../b1\n- ../b2\n');
  assert.throws(() => buildKustomization(h.fs, '/top'), /already registered id/);
});

test('helm charts, remote resources and exec plugins are refused with the field named', () => {
  const h = new Harness().writeK('/helm', 'helmCharts:\n- name: x\n  repo: https://charts.example.test\n');
  assert.throws(
    () => buildKustomization(h.fs, '/helm'),
    // The way out is a hint of its own: `build` prints it, `check` (which has no --engine) does not.
    (e: unknown) => e instanceof UnsupportedFeatureError && e.field === 'helmCharts' && !/--engine/.test(e.message) && /--engine kustomize/.test(e.hint),
  );
  h.writeK('/remote', 'resources:\n- https://github.com/example/repo//deploy?ref=v1\n');
  assert.throws(() => buildKustomization(h.fs, '/remote'), (e: unknown) => e instanceof UnsupportedFeatureError && e.field === 'resources');
  h.writeK('/plugin', 'transformers:\n- plugin.yaml\n').writeF('/plugin/plugin.yaml', 'apiVersion: example.com/v1\nkind: Exec\nmetadata:\n  name: x\n');
  assert.throws(() => buildKustomization(h.fs, '/plugin'), (e: unknown) => e instanceof UnsupportedFeatureError && e.field === 'transformers');
});

const CM = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\ndata:\n  a: b\n`;
const SKIP = { unrenderable: 'skip' } as const;

test('skip mode: a remote resource is left out and recorded; the local ones render', () => {
  const h = new Harness()
    .writeK('/app', 'resources:\n- local.yaml\n- https://github.com/example/repo/releases/download/v1/components.yaml\n- github.com/example/repo//deploy?ref=v1\n')
    .writeF('/app/local.yaml', CM('local'));
  const r = buildKustomization(h.fs, '/app', SKIP);
  assert.deepEqual(r.resources.map((x) => x.name), ['local']);
  assert.deepEqual(r.skipped, [
    { file: '/app/kustomization.yaml', field: 'resources', what: "remote resource 'https://github.com/example/repo/releases/download/v1/components.yaml'", pointer: '/resources/1' },
    { file: '/app/kustomization.yaml', field: 'resources', what: "remote resource 'github.com/example/repo//deploy?ref=v1'", pointer: '/resources/2' },
  ]);
  // Error mode (the default) is unchanged.
  assert.throws(() => buildKustomization(h.fs, '/app'), UnsupportedFeatureError);
});

test('skip mode: helmCharts are left out (one record per chart), the rest of the kustomization renders and is transformed', () => {
  const h = new Harness()
    .writeK('/app', 'namespace: web\nresources:\n- cm.yaml\nhelmCharts:\n- name: podinfo\n  version: 6.5.0\n  repo: https://stefanprodan.github.io/podinfo\n- name: redis\nhelmGlobals:\n  chartHome: charts\n')
    .writeF('/app/cm.yaml', CM('settings'));
  const r = buildKustomization(h.fs, '/app', SKIP);
  assert.deepEqual(r.resources.map((x) => `${x.namespace}/${x.name}`), ['web/settings']);
  assert.deepEqual(r.skipped.map((x) => [x.what, x.pointer]), [
    ['Helm chart podinfo 6.5.0 from https://stefanprodan.github.io/podinfo', '/helmCharts/0'],
    ['Helm chart redis', '/helmCharts/1'],
  ]);
});

test('skip mode: a generator reading a remote file is left out whole; a remote component and an exec plugin are left out', () => {
  const h = new Harness()
    .writeK('/app', 'resources:\n- cm.yaml\nconfigMapGenerator:\n- name: dashboards\n  files:\n  - https://example.test/dashboard.json\n- name: local\n  literals: [a=b]\ncomponents:\n- https://github.com/example/components//c?ref=v1\ntransformers:\n- exec.yaml\n')
    .writeF('/app/cm.yaml', CM('settings'))
    .writeF('/app/exec.yaml', 'apiVersion: example.com/v1\nkind: Exec\nmetadata:\n  name: sops\n');
  const r = buildKustomization(h.fs, '/app', SKIP);
  assert.deepEqual(r.resources.map((x) => x.name.replace(/-[a-z0-9]{10}$/, '-<hash>')).sort(), ['local-<hash>', 'settings']);
  assert.deepEqual(r.skipped.map((x) => [x.field, x.what]), [
    ['configMapGenerator', "configMapGenerator 'dashboards' reading remote file 'https://example.test/dashboard.json'"],
    ['components', "remote component 'https://github.com/example/components//c?ref=v1'"],
    ['transformers', "the external plugin example.com/v1 Exec 'sops' (exec, container and Go plugins run code)"],
  ]);
});

test('skip mode: a patch aimed at what was left out is left out too; without a skip a missing target still fails', () => {
  const patch = 'patches:\n- patch: |-\n    apiVersion: apps/v1\n    kind: Deployment\n    metadata:\n      name: metrics-server\n    spec:\n      replicas: 2\n- patch: |-\n    apiVersion: v1\n    kind: ConfigMap\n    metadata:\n      name: settings\n    data:\n      a: c\n';
  const h = new Harness()
    .writeK('/app', `resources:\n- cm.yaml\n- https://github.com/kubernetes-sigs/metrics-server/releases/download/v0.7.2/components.yaml\n${patch}`)
    .writeF('/app/cm.yaml', CM('settings'))
    .writeK('/plain', `resources:\n- cm.yaml\n${patch}`)
    .writeF('/plain/cm.yaml', CM('settings'));
  const r = buildKustomization(h.fs, '/app', SKIP);
  assert.deepEqual(r.resources.map((x) => x.obj.data), [{ a: 'c' }], 'the other patch still applies');
  assert.equal(r.skipped.length, 2);
  assert.equal(r.skipped[1]!.field, 'patches');
  assert.match(r.skipped[1]!.what, /metrics-server.*its target may be among what was not rendered/);
  assert.throws(() => buildKustomization(h.fs, '/plain', SKIP), /failed to find unique target/);
});

test('local-config resources are dropped from the output', () => {
  const h = new Harness()
    .writeK('/app', 'resources:\n- a.yaml\n')
    .writeF('/app/a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    config.kubernetes.io/local-config: "true"\n');
  assert.equal(buildKustomization(h.fs, '/app').resources.length, 0);
});

test('a strategic merge drops the fields the original wrote with no value wherever it walks, the unpatched parts included', async () => {
  // Expected: what `kubectl kustomize` (Kustomize v5.5.0) printed for these files. The patch touches only
  // `replicas`; the merge still walks the rest of the Deployment (maps, and merge lists element by
  // element) and drops `labels:`, `maxSurge:`, `value:` of the env entry and `limits:`, but not the
  // toleration's `value:` (a list without a merge strategy is not walked) nor a quoted "null".
  const { stringifyResources } = await import('../../src/core/yaml/stringify.ts');
  const h = new Harness()
    .writeK('/app', 'resources:\n- deployment.yaml\npatches:\n- path: patch.yaml\n')
    .writeF(
      '/app/deployment.yaml',
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        '  labels:',
        '  annotations:',
        '    note: null',
        'spec:',
        '  selector:',
        '    matchLabels: {app: web}',
        '  strategy:',
        '    rollingUpdate:',
        '      maxSurge:',
        '      maxUnavailable: 1',
        '  template:',
        '    metadata:',
        '      labels: {app: web}',
        '    spec:',
        '      tolerations:',
        '        - key: a',
        '          value:',
        '      containers:',
        '        - name: web',
        '          image: nginx',
        '          env:',
        '            - name: A',
        '              value:',
        '          resources:',
        '            limits:',
        '',
      ].join('\n'),
    )
    .writeF('/app/patch.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n');
  const out = stringifyResources(buildKustomization(h.fs, '/app').resources.map((r) => r.obj));
  assert.equal(
    out,
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  annotations:',
      '    note: "null"',
      '  name: web',
      'spec:',
      '  replicas: 2',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  strategy:',
      '    rollingUpdate:',
      '      maxUnavailable: 1',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '      - env:',
      '        - name: A',
      '        image: nginx',
      '        name: web',
      '        resources: {}',
      '      tolerations:',
      '      - key: a',
      '        value: null',
      '',
    ].join('\n'),
  );
});

test('merging a keyed list: patch entries first, a deleted entry gone, a replaced entry kept as the original wrote it', async () => {
  // Expected: what `kubectl kustomize` (Kustomize v5.5.0) printed for these files — kyaml puts the
  // original's element back over one the patch replaced.
  const { stringifyResources } = await import('../../src/core/yaml/stringify.ts');
  const h = new Harness()
    .writeK('/app', 'resources:\n- deployment.yaml\npatches:\n- path: patch.yaml\n')
    .writeF(
      '/app/deployment.yaml',
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          image: nginx',
        '          env:',
        '            - {name: A, value: "1"}',
        '            - {name: B, value: "2", extra: kept}',
        '            - {name: C, value: "3"}',
        '            - name: D',
        '              valueFrom:',
        '                fieldRef: {fieldPath: metadata.name}',
        '',
      ].join('\n'),
    )
    .writeF(
      '/app/patch.yaml',
      [
        'apiVersion: apps/v1',
        'kind: Deployment',
        'metadata:',
        '  name: web',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '        - name: web',
        '          env:',
        '            - {name: NEW, value: "new"}',
        '            - {name: C, $patch: delete}',
        '            - {name: B, value: "two", $patch: replace}',
        '            - {name: A, value: "one"}',
        '        - name: sidecar',
        '          image: busybox',
        '',
      ].join('\n'),
    );
  const out = stringifyResources(buildKustomization(h.fs, '/app').resources.map((r) => r.obj));
  assert.equal(
    out,
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - env:',
      '        - name: NEW',
      '          value: new',
      '        - extra: kept',
      '          name: B',
      '          value: "2"',
      '        - name: A',
      '          value: one',
      '        - name: D',
      '          valueFrom:',
      '            fieldRef:',
      '              fieldPath: metadata.name',
      '        image: nginx',
      '        name: web',
      '      - image: busybox',
      '        name: sidecar',
      '',
    ].join('\n'),
  );
});
