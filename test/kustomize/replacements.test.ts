import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import { applyReplacements, kyamlSplitPath } from '../../src/core/kustomize/replacements.ts';
import { Resource } from '../../src/core/kustomize/resource.ts';
import type { JsonObject, JsonValue } from '../../src/core/model/json.ts';

function resources(): Resource[] {
  return [
    new Resource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'src', namespace: 'ns1' }, data: { host: 'db.example.com', port: '5432', list: 'a,b,c' } }),
    new Resource({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', labels: { tier: 'front' } },
      spec: { replicas: 1, strVal: 'x', nulVal: null, template: { spec: { containers: [
        { name: 'nginx', image: 'nginx:1.0', env: [{ name: 'HOST', value: 'x' }] },
        { name: 'sidecar', image: 'side:2' },
      ] } } },
    }),
    new Resource({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'worker' }, spec: { template: { spec: { containers: [{ name: 'app', image: 'app:1' }] } } } }),
  ];
}

const ctx = (files: Record<string, string> = {}) => ({
  kustomizationFile: '/app/kustomization.yaml',
  readFile: (rel: string) => {
    const t = files[rel];
    if (t === undefined) throw new KustomizeError(`file '${rel}' not found`);
    return t;
  },
});

function run(replacements: JsonValue[], files?: Record<string, string>): Resource[] {
  const list = resources();
  applyReplacements(list, replacements, ctx(files));
  return list;
}

const spec = (r: Resource) => r.obj.spec as JsonObject;
const containers = (r: Resource) => ((spec(r).template as JsonObject).spec as JsonObject).containers as JsonObject[];

// Outcomes checked against `kubectl kustomize` (kustomize v5.5.0).
test('replacements: a scalar target keeps its type; created fields read the text as plain YAML', () => {
  const [, web] = run([
    { source: { kind: 'ConfigMap', name: 'src', fieldPath: 'data.port' }, targets: [
      { select: { kind: 'Deployment', name: 'web' }, fieldPaths: ['spec.replicas', 'spec.strVal'] },
      { select: { name: 'web' }, fieldPaths: ['spec.created.deep', 'spec.template.spec.containers.0.ports.0.containerPort'], options: { create: true } },
    ] },
  ]);
  assert.equal(spec(web!).replicas, 5432);
  assert.equal(spec(web!).strVal, '5432');
  assert.deepEqual(spec(web!).created, { deep: 5432 });
  assert.deepEqual(containers(web!)[0]!.ports, [{ containerPort: 5432 }]);
});

test('replacements: [k=v] is an unanchored regex in targets, * visits every element, delimiter/index', () => {
  const [, web] = run([
    { source: { kind: 'ConfigMap', name: 'src', fieldPath: 'data.host' }, targets: [
      { select: { kind: 'Deployment', name: 'web' }, fieldPaths: ['spec.template.spec.containers.[name=ng].env.[name=HOST].value'] },
    ] },
    { source: { kind: 'ConfigMap', name: 'src', fieldPath: 'data.list', options: { delimiter: ',', index: 1 } }, targets: [
      { select: { kind: 'Deployment', name: 'web' }, fieldPaths: ['spec.template.spec.containers.*.image'], options: { delimiter: ':', index: 1 } },
    ] },
  ]);
  assert.deepEqual(containers(web!).map((c) => c.image), ['nginx:b', 'side:b']);
  assert.deepEqual(containers(web!)[0]!.env, [{ name: 'HOST', value: 'db.example.com' }]);
});

test('replacements: reject by id and by labels; a map source replaces a map target, blanks a scalar one', () => {
  const [src, web, worker] = run([
    { source: { kind: 'Deployment', name: 'web', fieldPath: 'spec.template.spec.containers.[name=sidecar]' }, targets: [
      { select: { kind: 'Deployment' }, reject: [{ name: 'web' }], fieldPaths: ['spec.template.spec.containers.0'] },
      { select: { kind: 'ConfigMap' }, fieldPaths: ['data.host'] },
    ] },
    { source: { kind: 'ConfigMap', name: 'src', fieldPath: 'data.port' }, targets: [
      { select: { kind: 'Deployment' }, reject: [{ labelSelector: 'tier=front' }], fieldPaths: ['spec.replicas'], options: { create: true } },
    ] },
  ]);
  assert.deepEqual(containers(worker!), [{ name: 'sidecar', image: 'side:2' }]);
  assert.equal(containers(web!)[0]!.name, 'nginx');
  assert.equal((src!.obj.data as JsonObject).host, '');
  assert.equal(spec(worker!).replicas, 5432);
  assert.equal(spec(web!).replicas, 1);
});

test('replacements: entries from a file, a single map or a list', () => {
  const one = 'source: {kind: ConfigMap, name: src, fieldPath: data.port}\ntargets:\n- select: {name: web}\n  fieldPaths: [spec.replicas]\n';
  assert.equal(spec(run([{ path: 'r.yaml' }], { 'r.yaml': one })[1]!).replicas, 5432);
  assert.equal(spec(run([{ path: 'r.yaml' }], { 'r.yaml': `- ${one.replace(/\n(?=.)/g, '\n  ')}` })[1]!).replicas, 5432);
  assert.throws(() => run([{ path: 'r.yaml' }], { 'r.yaml': 'just text\n' }), /unsupported replacement type encountered within replacement path: string/);
  assert.throws(() => run([{ path: 'r.yaml', source: { kind: 'X' } }], { 'r.yaml': one }), /cannot specify both path and inline replacement/);
});

const errors: { name: string; replacement: JsonValue; error: string }[] = [
  { name: 'no source', replacement: { source: { kind: 'ConfigMap', version: 'v1', name: 'missing', fieldPath: 'data.x' }, targets: [] },
    error: 'nothing selected by ConfigMap.v1.[noGrp]/missing.[noNs]:data.x' },
  { name: 'two sources', replacement: { source: { kind: 'Deployment' }, targets: [] }, error: 'multiple matches for selector Deployment.[noVer].[noGrp]/[noName].[noNs]' },
  { name: 'missing source field', replacement: { source: { kind: 'ConfigMap', name: 'src', fieldPath: 'data.nope' }, targets: [] },
    error: 'fieldPath `data.nope` is missing for replacement source ConfigMap.[noVer].[noGrp]/src.[noNs]' },
  { name: 'missing target field', replacement: { source: { kind: 'ConfigMap', name: 'src' }, targets: [{ select: { name: 'worker' }, fieldPaths: ['spec.nope.x'] }] },
    error: 'unable to find field "spec.nope.x" in replacement target' },
  { name: 'type mismatch', replacement: { source: { kind: 'ConfigMap', name: 'src', fieldPath: 'data.host' }, targets: [{ select: { name: 'web' }, fieldPaths: ['spec.replicas'] }] },
    error: 'map[string]interface {}(nil): yaml: cannot decode !!str `db.example.com` as a !!int' },
  { name: 'null target', replacement: { source: { kind: 'ConfigMap', name: 'src', fieldPath: 'data.port' }, targets: [{ select: { name: 'web' }, fieldPaths: ['spec.nulVal'] }] },
    error: 'map[string]interface {}(nil): yaml: cannot decode !!int `5432` as a !!null' },
  { name: 'index out of bounds', replacement: { source: { kind: 'ConfigMap', name: 'src', fieldPath: 'data.list', options: { delimiter: ',', index: 5 } }, targets: [] },
    error: 'options.index 5 is out of bounds for value a,b,c' },
  { name: 'no targets', replacement: { source: { kind: 'ConfigMap', name: 'src' } }, error: 'replacements must specify a source and at least one target' },
  { name: 'no select', replacement: { source: { kind: 'ConfigMap', name: 'src' }, targets: [{ fieldPaths: ['x'] }] }, error: 'target must specify resources to select' },
  { name: 'wrong types', replacement: { source: { kind: 'ConfigMap', name: 'src', fieldPath: 3 }, targets: [] }, error: 'replacement source.fieldPath must be a string, got 3' },
];

for (const c of errors) {
  test(`replacements error: ${c.name}`, () => {
    assert.throws(() => run([c.replacement]), (e: unknown) => {
      assert.ok(e instanceof KustomizeError, String(e));
      assert.equal(e.message, c.error);
      return true;
    });
  });
}

test('kyamlSplitPath keeps bracketed dots and escaped dots', () => {
  assert.deepEqual(kyamlSplitPath('spec.containers.[name=a.b].image'), ['spec', 'containers', '[name=a.b]', 'image']);
  assert.deepEqual(kyamlSplitPath('metadata.annotations.a\\.io/b'), ['metadata', 'annotations', 'a.io/b']);
  assert.deepEqual(kyamlSplitPath('a.[b.c].d'), ['a', 'b.c', 'd']);
});
