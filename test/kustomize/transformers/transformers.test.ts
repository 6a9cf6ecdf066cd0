import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonValue } from '../../../src/core/model/json.ts';
import { defaultTransformerConfig } from '../../../src/core/kustomize/default-config.ts';
import { KustomizeError } from '../../../src/core/kustomize/errors.ts';
import { applyAnnotations } from '../../../src/core/kustomize/transformers/annotations.ts';
import { applyImages, imageMatcher, parseImageSpec, splitImage } from '../../../src/core/kustomize/transformers/images.ts';
import { labelsEntryFieldSpecs, parseLabelsEntry } from '../../../src/core/kustomize/transformers/labels.ts';
import { applyNamespace, sameId } from '../../../src/core/kustomize/transformers/namespace.ts';
import { applyPrefixSuffix, namePrefixes, nameSuffixes } from '../../../src/core/kustomize/transformers/prefix-suffix.ts';
import { applyReplicas, parseReplicaSpec } from '../../../src/core/kustomize/transformers/replicas.ts';
import { objs, resources } from './helpers.ts';

test('splitImage separates name, tag and digest as kustomize image.Split', () => {
  const rows: [string, string, string, string][] = [
    ['nginx', 'nginx', '', ''],
    ['nginx:1.2', 'nginx', '1.2', ''],
    ['nginx@sha256:abc', 'nginx', '', 'sha256:abc'],
    ['nginx:1.2@sha256:abc', 'nginx', '1.2', 'sha256:abc'],
    ['localhost:5000/app', 'localhost:5000/app', '', ''],
    ['localhost:5000/app:v1', 'localhost:5000/app', 'v1', ''],
    ['localhost:5000/app@sha256:abc', 'localhost:5000/app', '', 'sha256:abc'],
    ['reg.io/team/app:v1@sha256:abc', 'reg.io/team/app', 'v1', 'sha256:abc'],
    ['/odd:1', '/odd', '1', ''],
  ];
  for (const [ref, name, tag, digest] of rows) assert.deepEqual(splitImage(ref), { name, tag, digest }, ref);
});

test('imageMatcher reads the name as a pattern followed by optional tag and digest', () => {
  const rows: [string, string, boolean][] = [
    ['nginx', 'nginx', true],
    ['nginx', 'nginx:1.0', true],
    ['nginx', 'nginx:{{tag}}', true],
    ['nginx', 'nginx@sha256:abc', true],
    ['nginx', 'nginx:1@sha256:abc', true],
    ['nginx', 'nginx-foo', false],
    ['nginx', 'docker.io/nginx', false],
    ['nginx', 'nginx@sha512:abc', false],
    ['my.app', 'myXapp:1', true],
    ['localhost:5000/x', 'localhost:5000/x:3', true],
  ];
  for (const [name, ref, want] of rows) assert.equal(imageMatcher(name)(ref), want, `${name} vs ${ref}`);
  assert.throws(() => imageMatcher('nginx['), (e: unknown) => e instanceof KustomizeError && /not a valid image name/.test(e.message));
});

test('applyImages: newName, newTag, digest and tagSuffix combine as in kustomize', () => {
  const rows: [Record<string, string>, string, string][] = [
    [{ newTag: 'v2' }, 'app:v1@sha256:1', 'app:v2'],
    [{ digest: 'sha256:2' }, 'app:v1', 'app@sha256:2'],
    [{ newTag: 'v2', digest: 'sha256:2' }, 'app', 'app:v2@sha256:2'],
    [{ newName: 'reg/app2' }, 'app:v1@sha256:1', 'reg/app2:v1@sha256:1'],
    [{ tagSuffix: '-x', newTag: 'v3' }, 'app:v1', 'app:v3'],
  ];
  for (const [change, before, after] of rows) {
    const res = resources(`apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - image: "${before}"\n`);
    applyImages(res, [{ name: 'app', ...change }], defaultTransformerConfig().images);
    assert.equal(((res[0]!.obj.spec as { containers: { image: string }[] }).containers[0]!.image), after, JSON.stringify(change));
  }
});

test('parseImageSpec and parseReplicaSpec are strict, naming the file and field', () => {
  const bad: [() => unknown, RegExp][] = [
    [() => parseImageSpec({ name: 'a', newTag: 1 }, '/k.yaml'), /images\[0\]\.newTag: expected a string, got number 1/],
    [() => parseImageSpec({ name: 'a', bogus: 'x' }, '/k.yaml'), /unknown field "bogus"/],
    [() => parseImageSpec('nginx', '/k.yaml'), /expected a map/],
    [() => parseReplicaSpec({ name: 'a', count: '3' }, '/k.yaml'), /count: expected a whole number, got string "3"/],
    [() => parseReplicaSpec({ name: 'a', count: 2.5 }, '/k.yaml'), /whole number/],
    [() => parseReplicaSpec({ name: 'a', size: 2 }, '/k.yaml'), /unknown field "size"/],
    [() => parseLabelsEntry({ pairs: { a: 1 } }, '/k.yaml'), /labels\[0\]\.pairs\.a: expected a string/],
    [() => parseLabelsEntry({ pairs: {}, includeSelectors: 'maybe' }, '/k.yaml'), /includeSelectors: expected true or false/],
    [() => parseLabelsEntry({ pairs: {}, selectors: true }, '/k.yaml'), /unknown field "selectors"/],
  ];
  for (const [fn, re] of bad) assert.throws(fn, (e: unknown) => e instanceof KustomizeError && re.test(e.message) && e.file === '/k.yaml', String(re));
  assert.deepEqual(parseImageSpec({ name: 'a', newTag: null, NewName: 'b' }, '/k.yaml'), { name: 'a', newName: 'b' });
  assert.deepEqual(parseLabelsEntry({ pairs: { a: null }, includeTemplates: true }, '/k.yaml'), { pairs: { a: '' }, includeTemplates: true });
});

test('applyImages and applyReplicas check entries passed straight from YAML', () => {
  const res = resources('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n');
  assert.throws(() => applyImages(res, [{ name: 'a', newTag: 5 } as unknown as { name: string }], []), KustomizeError);
  assert.throws(() => applyReplicas(res, [{ name: 'p', count: 'x' } as unknown as { name: string; count: number }], []), KustomizeError);
});

test('labels entry field specs: selectors, templates or metadata only', () => {
  const config = defaultTransformerConfig();
  assert.deepEqual(labelsEntryFieldSpecs({ pairs: {} }, config), [{ path: 'metadata/labels', create: true }]);
  assert.equal(labelsEntryFieldSpecs({ pairs: {}, includeSelectors: true }, config).length, 32);
  assert.equal(labelsEntryFieldSpecs({ pairs: {}, includeTemplates: true }, config).length, 10);
  assert.equal(labelsEntryFieldSpecs({ pairs: {}, includeSelectors: true, includeTemplates: true }, config).length, 32);
});

test('prefix and suffix record previous ids and affixes for name references', () => {
  const res = resources('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: n}\n');
  applyPrefixSuffix(res, 'a-', '', [{ path: 'metadata/name' }]);
  applyPrefixSuffix(res, 'b-', '-z', [{ path: 'metadata/name' }]);
  const r = res[0]!;
  assert.equal(r.name, 'b-a-c-z');
  assert.deepEqual(r.prevIds.map((id) => id.name), ['c', 'a-c', 'b-a-c']);
  assert.deepEqual(namePrefixes(r), ['a-', 'b-']);
  assert.deepEqual(nameSuffixes(r), ['-z']);
  assert.equal(r.orgId().name, 'c');
});

test('prefix skips by original kind and selects field specs by original id', () => {
  const res = resources('apiVersion: v1\nkind: Namespace\nmetadata: {name: ns}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
  // Pretend the ConfigMap was re-kinded from a Namespace: kustomize still skips it.
  res[1]!.prevIds.push({ group: '', version: 'v1', kind: 'Namespace', name: 'c', namespace: '' });
  applyPrefixSuffix(res, 'p-', '', [{ path: 'metadata/name' }]);
  assert.deepEqual(res.map((r) => r.name), ['ns', 'c']);
});

test('namespace stores previous ids, validates the subject mode, and treats default as no namespace', () => {
  const res = resources('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
  applyNamespace(res, 'team', []);
  assert.deepEqual(res[0]!.prevIds, [{ group: '', version: 'v1', kind: 'ConfigMap', name: 'c', namespace: '' }]);
  assert.equal(res[0]!.namespace, 'team');
  assert.throws(() => applyNamespace(res, 'x', [], { setRoleBindingSubjects: 'some' as 'none' }), /invalid value "some" for setRoleBindingSubjects/);
  const id = { group: '', version: 'v1', kind: 'ConfigMap', name: 'c' };
  assert.ok(sameId({ ...id, namespace: '' }, { ...id, namespace: 'default' }));
  assert.ok(!sameId({ ...id, namespace: 'a' }, { ...id, namespace: 'b' }));
  const ns = { group: '', version: 'v1', kind: 'Namespace', name: 'n' };
  assert.ok(sameId({ ...ns, namespace: 'a' }, { ...ns, namespace: '' }), 'cluster-scoped kinds ignore namespaces');
});

test('an empty namespace, prefix or label set does nothing', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n';
  const res = resources(text);
  applyNamespace(res, '', defaultTransformerConfig().namespace);
  applyPrefixSuffix(res, '', '', [{ path: 'metadata/name', create: true }]);
  applyAnnotations(res, {}, [{ path: 'metadata/annotations', create: true }]);
  assert.deepEqual(objs(res), objs(resources(text)));
  assert.deepEqual(res[0]!.prevIds, []);
});

test('annotations and labels keep hostile keys as plain data', () => {
  const res = resources('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
  applyAnnotations(res, JSON.parse('{"__proto__": "x", "constructor": "y"}') as Record<string, string>, [{ path: 'metadata/annotations', create: true }]);
  const ann = res[0]!.annotations();
  assert.equal(Object.getPrototypeOf(ann), Object.prototype);
  assert.deepEqual(Object.keys(ann).sort(), ['__proto__', 'constructor']);
});

test('replicas: the count is written as a number, on every matching kind', () => {
  const res = resources('apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: "1"}\n');
  applyReplicas(res, [{ name: 'd', count: 0 }], defaultTransformerConfig().replicas);
  assert.deepEqual(res[0]!.obj.spec as JsonValue, { replicas: 0 });
});
