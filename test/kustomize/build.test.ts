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
    (e: unknown) => e instanceof UnsupportedFeatureError && e.field === 'helmCharts' && /--engine kustomize/.test(e.message),
  );
  h.writeK('/remote', 'resources:\n- https://github.com/example/repo//deploy?ref=v1\n');
  assert.throws(() => buildKustomization(h.fs, '/remote'), (e: unknown) => e instanceof UnsupportedFeatureError && e.field === 'resources');
  h.writeK('/plugin', 'transformers:\n- plugin.yaml\n').writeF('/plugin/plugin.yaml', 'apiVersion: example.com/v1\nkind: Exec\nmetadata:\n  name: x\n');
  assert.throws(() => buildKustomization(h.fs, '/plugin'), (e: unknown) => e instanceof UnsupportedFeatureError && e.field === 'transformers');
});

test('local-config resources are dropped from the output', () => {
  const h = new Harness()
    .writeK('/app', 'resources:\n- a.yaml\n')
    .writeF('/app/a.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n    config.kubernetes.io/local-config: "true"\n');
  assert.equal(buildKustomization(h.fs, '/app').resources.length, 0);
});
