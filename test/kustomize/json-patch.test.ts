import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyJson6902, decodeJson6902 } from '../../src/core/kustomize/json-patch.ts';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import type { JsonObject, JsonValue } from '../../src/core/model/json.ts';

const doc = (): JsonObject => ({
  metadata: { name: 'web', labels: { a: '1' } },
  spec: { list: [1, 2, 3], 'a/b': 'slash', 'c~d': 'tilde', nul: null },
});

// Expected results and error texts were taken from `kubectl kustomize` (kustomize v5.5.0, json-patch v4.12).
const cases: { name: string; ops: JsonValue; expect?: (d: JsonObject) => void; error?: string }[] = [
  { name: 'add a map key', ops: [{ op: 'add', path: '/spec/x', value: 1 }], expect: (d) => assert.equal((d.spec as JsonObject).x, 1) },
  { name: 'add appends with -', ops: [{ op: 'add', path: '/spec/list/-', value: 4 }], expect: (d) => assert.deepEqual((d.spec as JsonObject).list, [1, 2, 3, 4]) },
  { name: 'add inserts at an index', ops: [{ op: 'add', path: '/spec/list/0', value: 0 }], expect: (d) => assert.deepEqual((d.spec as JsonObject).list, [0, 1, 2, 3]) },
  { name: 'add at len appends', ops: [{ op: 'add', path: '/spec/list/3', value: 9 }], expect: (d) => assert.deepEqual((d.spec as JsonObject).list, [1, 2, 3, 9]) },
  { name: 'negative index counts from the end', ops: [{ op: 'remove', path: '/spec/list/-1' }], expect: (d) => assert.deepEqual((d.spec as JsonObject).list, [1, 2]) },
  { name: '~1 and ~0 decode', ops: [{ op: 'replace', path: '/spec/a~1b', value: 'x' }, { op: 'remove', path: '/spec/c~0d' }], expect: (d) => assert.deepEqual(d.spec, { list: [1, 2, 3], 'a/b': 'x', nul: null }) },
  { name: 'replace of a missing key adds it (v4 quirk)', ops: [{ op: 'replace', path: '/spec/missing', value: true }], expect: (d) => assert.equal((d.spec as JsonObject).missing, true) },
  { name: 'copy from a missing key copies null (v4 quirk)', ops: [{ op: 'copy', from: '/spec/nope', path: '/spec/copied' }], expect: (d) => assert.equal((d.spec as JsonObject).copied, null) },
  { name: 'first segment is skipped (v4 quirk)', ops: [{ op: 'add', path: 'spec/top', value: 1 }], expect: (d) => assert.equal(d.top, 1) },
  { name: 'missing value adds null', ops: [{ op: 'add', path: '/spec/v' }], expect: (d) => assert.equal((d.spec as JsonObject).v, null) },
  { name: 'move', ops: [{ op: 'move', from: '/metadata/labels', path: '/spec/labels' }], expect: (d) => assert.deepEqual([(d.metadata as JsonObject).labels, (d.spec as JsonObject).labels], [undefined, { a: '1' }]) },
  { name: 'copy deep-copies', ops: [{ op: 'copy', from: '/metadata/labels', path: '/spec/labels' }, { op: 'add', path: '/spec/labels/b', value: '2' }], expect: (d) => assert.deepEqual((d.metadata as JsonObject).labels, { a: '1' }) },
  { name: 'test passes', ops: [{ op: 'test', path: '/metadata/name', value: 'web' }], expect: () => {} },
  { name: 'test of a missing key against null passes', ops: [{ op: 'test', path: '/spec/none', value: null }], expect: () => {} },
  { name: 'null ops are an empty patch', ops: null, expect: (d) => assert.deepEqual(d, doc()) },
  { name: 'remove missing key', ops: [{ op: 'remove', path: '/spec/nope' }], error: "error in remove for path: '/spec/nope': Unable to remove nonexistent key: nope: missing value" },
  { name: 'add under a missing parent', ops: [{ op: 'add', path: '/spec/a/b', value: 1 }], error: 'add operation does not apply: doc is missing path: "/spec/a/b": missing value' },
  { name: 'add under a null parent', ops: [{ op: 'add', path: '/spec/nul/b', value: 1 }], error: 'add operation does not apply: doc is missing path: "/spec/nul/b": missing value' },
  { name: 'replace out of range', ops: [{ op: 'replace', path: '/spec/list/5', value: 1 }], error: 'replace operation does not apply: doc is missing key: /spec/list/5: missing value' },
  { name: 'test fails', ops: [{ op: 'test', path: '/metadata/name', value: 'other' }], error: 'testing value /metadata/name failed: test failed' },
  { name: 'unknown op', ops: [{ op: 'bogus', path: '/x' }], error: 'Unexpected kind: bogus' },
  { name: 'bad array index', ops: [{ op: 'add', path: '/spec/list/x', value: 1 }], error: `error in add for path: '/spec/list/x': value was not a proper array index: 'x': strconv.Atoi: parsing "x": invalid syntax` },
  { name: 'add past the end', ops: [{ op: 'add', path: '/spec/list/7', value: 1 }], error: "error in add for path: '/spec/list/7': Unable to access invalid index: 7: invalid index referenced" },
  { name: 'move from a missing key', ops: [{ op: 'move', from: '/spec/a', path: '/b' }], error: "error in move for path: 'a': Unable to remove nonexistent key: a: missing value" },
  { name: 'ops must be a list', ops: { op: 'add' }, error: 'json: cannot unmarshal object into Go value of type jsonpatch.Patch' },
  { name: 'ops must be maps', ops: ['add'], error: 'json: cannot unmarshal string into Go value of type jsonpatch.Operation' },
];

for (const c of cases) {
  test(`applyJson6902: ${c.name}`, () => {
    const input = doc();
    if (c.error !== undefined) {
      assert.throws(() => applyJson6902(input, c.ops, 'p.yaml'), (e: unknown) => {
        assert.ok(e instanceof KustomizeError);
        assert.equal(e.message, c.error);
        assert.equal(e.file, 'p.yaml');
        return true;
      });
    } else {
      const out = applyJson6902(input, c.ops, 'p.yaml');
      c.expect!(out);
    }
    assert.deepEqual(input, doc(), 'the input is never modified');
  });
}

test('decodeJson6902 reads YAML as YAML 1.1 and JSON when the text starts with [', () => {
  assert.deepEqual(decodeJson6902('- op: add\n  path: /a\n  value: yes\n- {op: add, path: /b, value: on}\n', 'f'), [
    { op: 'add', path: '/a', value: true },
    { op: 'add', path: '/b', value: true },
  ]);
  assert.deepEqual(decodeJson6902('- {op: add, path: /d, value: 2001-01-01}', 'f'), [{ op: 'add', path: '/d', value: '2001-01-01' }]);
  assert.deepEqual(decodeJson6902('[{"op":"remove","path":"/x"}]', 'f'), [{ op: 'remove', path: '/x' }]);
  assert.deepEqual(decodeJson6902('# only a comment\n', 'f'), []);
  assert.throws(() => decodeJson6902('[{"op":', 'f'), KustomizeError);
  assert.throws(() => decodeJson6902('foo: bar', 'f'), /cannot unmarshal object/);
});
