import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { JsonObject, JsonValue } from '../../../src/core/model/json.ts';
import {
  compareGvk,
  mergeFieldSpecs,
  parseFieldSpec,
  splitFieldPath,
  visitFieldPath,
  type CreateKind,
  type FieldSpec,
} from '../../../src/core/kustomize/field-spec.ts';
import { KustomizeError } from '../../../src/core/kustomize/errors.ts';

test('splitFieldPath splits like kustomize PathSplitter', () => {
  const rows: [string, string[]][] = [
    ['metadata/labels', ['metadata', 'labels']],
    ['/metadata/name', ['metadata', 'name']],
    ['metadata/annotations/a.io\\/b', ['metadata', 'annotations', 'a.io/b']],
    ['spec/containers[]/image', ['spec', 'containers[]', 'image']],
    ['a//b', ['a', '', 'b']],
    ['', ['']],
  ];
  for (const [path, want] of rows) assert.deepEqual(splitFieldPath(path), want, path);
});

/** Sets `x` wherever the path reaches (a scalar setter), returning the result. */
function setX(doc: JsonValue, path: string, create: boolean, kind: CreateKind = 'scalar'): JsonValue {
  const copy = structuredClone(doc);
  visitFieldPath(copy, splitFieldPath(path), create, kind, (holder: JsonObject, key: string) => {
    holder[key] = 'x';
  });
  return copy;
}

test('visitFieldPath follows kustomize create semantics', () => {
  const rows: { name: string; doc: JsonValue; path: string; create: boolean; kind?: CreateKind; want: JsonValue }[] = [
    { name: 'missing without create', doc: { a: {} }, path: 'a/b/c', create: false, want: { a: {} } },
    { name: 'missing with create', doc: { a: {} }, path: 'a/b/c', create: true, want: { a: { b: { c: 'x' } } } },
    { name: 'create kind none never creates', doc: {}, path: 'a/b', create: true, kind: 'none', want: {} },
    { name: 'null leaf without create is still visited', doc: { a: null }, path: 'a', create: false, want: { a: 'x' } },
    { name: 'null middle without create ends the branch', doc: { a: null }, path: 'a/b', create: false, want: { a: null } },
    { name: 'null middle with create becomes a map', doc: { a: null }, path: 'a/b', create: true, want: { a: { b: 'x' } } },
    { name: 'lists are walked element by element', doc: { a: [{ b: 1 }, { c: 2 }] }, path: 'a/b', create: false, want: { a: [{ b: 'x' }, { c: 2 }] } },
    { name: 'lists are walked and created into', doc: { a: [{}, {}] }, path: 'a/b', create: true, want: { a: [{ b: 'x' }, { b: 'x' }] } },
    { name: 'x[] is never created', doc: {}, path: 'a[]/b', create: true, want: {} },
    { name: 'x[] null becomes an empty list', doc: { a: null }, path: 'a[]/b', create: false, want: { a: [] } },
    { name: 'x[] on a map still walks it', doc: { a: { b: 1 } }, path: 'a[]/b', create: false, want: { a: { b: 'x' } } },
    { name: 'a leading slash is ignored', doc: { a: 1 }, path: '/a', create: false, want: { a: 'x' } },
  ];
  for (const r of rows) assert.deepEqual(setX(r.doc, r.path, r.create, r.kind), r.want, r.name);
});

test('visitFieldPath rejects scalars mid-path and empty segments', () => {
  assert.throws(() => setX({ a: 'str' }, 'a/b', false), /expected sequence or mapping node/);
  assert.throws(() => setX({ a: {} }, 'a//b', true), /cannot set or create an empty field name/);
});

test('visitFieldPath sets __proto__ as an own key', () => {
  const doc: JsonObject = {};
  visitFieldPath(doc, ['__proto__'], true, 'map', () => {});
  assert.ok(Object.prototype.hasOwnProperty.call(doc, '__proto__'));
  assert.equal(Object.getPrototypeOf(doc), Object.prototype);
});

test('mergeFieldSpecs drops covered specs and rejects create conflicts', () => {
  const generic: FieldSpec = { path: 'metadata/name', create: false };
  const widget: FieldSpec = { kind: 'Widget', path: 'metadata/name', create: false };
  assert.deepEqual(mergeFieldSpecs([generic], [widget]), [generic, widget]);
  assert.deepEqual(mergeFieldSpecs([widget], [generic]), [widget], 'a wildcard is covered by a specific spec');
  assert.throws(() => mergeFieldSpecs([widget], [{ path: 'metadata/name', create: true }]), /conflicting fieldspecs/);
});

test('compareGvk orders as kustomize Gvk.IsLessThan', () => {
  const sorted = [{ kind: 'Widget' }, {}, { kind: 'ValidatingWebhookConfiguration' }, { kind: 'Deployment' }, { kind: 'Namespace' }, { kind: 'Apple' }].sort(compareGvk);
  assert.deepEqual(sorted, [{ kind: 'Namespace' }, { kind: 'Deployment' }, { kind: 'Apple' }, { kind: 'Widget' }, {}, { kind: 'ValidatingWebhookConfiguration' }]);
});

test('parseFieldSpec is strict about keys and types', () => {
  assert.deepEqual(parseFieldSpec({ Path: 'a/b', create: 'yes', kind: 'X', group: '' }, 'f', 'x'), { path: 'a/b', create: true, kind: 'X' });
  assert.deepEqual(parseFieldSpec({ path: 'a', name: 'ignored' }, 'f', 'x', false), { path: 'a', create: false });
  const rows: [JsonValue, RegExp][] = [
    [{ path: 'a', name: 'n' }, /unknown field "name"/],
    [{ path: 1 }, /x\.path: expected a string, got number 1/],
    [{ path: 'a', create: 'maybe' }, /x\.create: expected true or false/],
    ['a/b', /expected a field spec/],
  ];
  for (const [v, re] of rows) assert.throws(() => parseFieldSpec(v, '/cfg.yaml', 'x'), (e: unknown) => e instanceof KustomizeError && re.test(e.message) && e.file === '/cfg.yaml');
});
