import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import { MergeSchema } from '../../src/core/kustomize/merge-schema.ts';
import {
  applyJson6902Patches,
  applyPatches,
  applyStrategicMergePatches,
  type Json6902Entry,
  type PatchContext,
  type PatchEntry,
} from '../../src/core/kustomize/patches.ts';
import { Resource } from '../../src/core/kustomize/resource.ts';
import type { JsonObject } from '../../src/core/model/json.ts';

function resources(): Resource[] {
  return [
    new Resource({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 1 } }),
    new Resource({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'db', namespace: 'data' }, spec: { replicas: 1 } }),
    new Resource({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { a: '1' } }),
  ];
}

function ctx(files: Record<string, string> = {}): PatchContext {
  return {
    kustomizationFile: '/app/kustomization.yaml',
    schema: MergeSchema.builtin(),
    readFile(rel: string): string {
      const text = files[rel];
      if (text === undefined) throw new KustomizeError(`file '${rel}' not found`, `/app/${rel}`);
      return text;
    },
  };
}

const objs = (list: Resource[]) => list.map((r) => r.obj);
const byName = (list: Resource[], name: string) => list.find((r) => r.name === name)!;

// Outcomes checked against `kubectl kustomize` (kustomize v5.5.0) in scratch directories.
test('patches: SM patch without target merges into its own id; namespace and name are kept', () => {
  const out = applyPatches(resources(), [
    { patch: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n' },
    { patch: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\n  namespace: default\ndata:\n  b: "2"\n' },
  ], ctx());
  assert.equal((byName(out, 'web').obj.spec as JsonObject).replicas, 2);
  assert.deepEqual(byName(out, 'cfg').obj, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg' }, data: { a: '1', b: '2' } });
});

test('patches: SM patch with target applies to every match, whatever its own name', () => {
  const out = applyPatches(resources(), [
    { target: { kind: 'Deployment' }, patch: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ignored\n  labels:\n    x: "y"\nspec:\n  paused: true\n' },
  ], ctx());
  assert.deepEqual(byName(out, 'db').obj, {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'db', namespace: 'data', labels: { x: 'y' } }, spec: { replicas: 1, paused: true },
  });
  assert.equal((byName(out, 'web').obj.spec as JsonObject).paused, true);
  assert.equal((byName(out, 'cfg').obj as JsonObject).spec, undefined);
});

test('patches: allowNameChange and allowKindChange rename and record the previous id', () => {
  const out = applyPatches(resources(), [
    { target: { kind: 'ConfigMap' }, options: { allowNameChange: true }, patch: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: renamed\n' },
    { target: { name: 'db' }, options: { allowNameChange: true, allowKindChange: true }, patch: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: db2\n' },
  ], ctx());
  assert.deepEqual(out.map((r) => `${r.kind}/${r.name}`), ['Deployment/web', 'StatefulSet/db2', 'ConfigMap/renamed']);
  assert.equal(byName(out, 'renamed').orgId().name, 'cfg');
  assert.equal(byName(out, 'db2').orgId().kind, 'Deployment');
});

test('patches: $patch: delete removes the resource and keeps the order of the others', () => {
  const out = applyPatches(resources(), [
    { patch: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n$patch: delete\n' },
  ], ctx());
  assert.deepEqual(out.map((r) => r.name), ['db', 'cfg']);
  const viaTarget = applyPatches(resources(), [
    { target: { kind: 'Deployment' }, patch: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n$patch: delete\n' },
  ], ctx());
  assert.deepEqual(viaTarget.map((r) => r.name), ['cfg']);
});

test('patches: multi-document SM file, each document to its own target, provenance recorded', () => {
  const file = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 3\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: db\n  namespace: data\nspec:\n  replicas: 4\n';
  const out = applyPatches(resources(), [{ path: 'p.yaml' }], ctx({ 'p.yaml': file }));
  assert.deepEqual(out.map((r) => (r.obj.spec as JsonObject | undefined)?.replicas), [3, 4, undefined]);
  assert.deepEqual(byName(out, 'db').patches, [{ file: '/app/p.yaml', doc: 1, line: 8, column: 1 }]);
  assert.throws(
    () => applyPatches(resources(), [{ path: 'p.yaml', target: { kind: 'Deployment' } }], ctx({ 'p.yaml': file })),
    /Multiple Strategic-Merge Patches in one `patches` entry is not allowed to set `patches.target` field: \[path: "p.yaml"\]/,
  );
});

test('patches: JSON 6902 patches, YAML or JSON, need a target', () => {
  const out = applyPatches(resources(), [
    { target: { kind: 'Deployment', name: 'web' }, patch: '- op: replace\n  path: /spec/replicas\n  value: 5\n' },
    { target: { kind: 'ConfigMap' }, path: 'ops.json' },
    { target: { kind: 'ConfigMap' }, patch: '- op: add\n  path: /metadata/annotations/note\n  value: hi\n' },
  ], ctx({ 'ops.json': '[{"op": "add", "path": "/data/c", "value": "3"}]' }));
  assert.equal((byName(out, 'web').obj.spec as JsonObject).replicas, 5);
  assert.deepEqual(byName(out, 'cfg').obj.data, { a: '1', c: '3' });
  // kustomize's own bookkeeping annotations make metadata.annotations exist during a `patches:` JSON patch.
  assert.deepEqual((byName(out, 'cfg').obj.metadata as JsonObject).annotations, { note: 'hi' });
  assert.throws(
    () => applyPatches(resources(), [{ patch: '- op: remove\n  path: /spec\n' }], ctx()),
    (e: unknown) => (e as Error).message === 'must specify a target for JSON patch [patch: "- op: remove\\n  path: /spec"]',
  );
});

test('patches: entries that are both, neither, or unloadable', () => {
  const cases: { entry: PatchEntry; files?: Record<string, string>; error: RegExp }[] = [
    { entry: { path: 'c.yaml' }, files: { 'c.yaml': '# only comments\n' }, error: /illegally qualifies as both an SM and JSON patch: \[path: "c.yaml"\]/ },
    { entry: { path: 'c.yaml' }, files: { 'c.yaml': 'foo: bar\n' }, error: /unable to parse SM or JSON patch from \[path: "c.yaml"\]/ },
    { entry: { path: 'nope.yaml' }, error: /failed to get the patch file from path\(nope.yaml\): file 'nope.yaml' not found/ },
    { entry: {}, error: /must specify one of patch and path/ },
    { entry: { path: 'a', patch: 'b: c' }, error: /patch and path can't be set at the same time/ },
    { entry: { patch: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nope\n' }, error: /no resource matches strategic merge patch "Deployment.v1.apps\/nope.\[noNs\]": no matches for Id Deployment.v1.apps\/nope.\[noNs\]; failed to find unique target for patch Deployment.v1.apps\/nope.\[noNs\]/ },
    { entry: { target: { kind: 3 } } as unknown as PatchEntry, error: /patches.target.kind must be a string/ },
  ];
  for (const c of cases) {
    assert.throws(() => applyPatches(resources(), [c.entry], ctx(c.files)), (e: unknown) => {
      assert.ok(e instanceof KustomizeError, String(e));
      assert.match(e.message, c.error);
      return true;
    });
  }
  assert.match(
    (() => { try { applyPatches(resources(), [{ path: 'c.yaml' }], ctx({ 'c.yaml': '\n' })); return ''; } catch (e) { return (e as Error).message; } })(),
    /^trouble configuring builtin PatchTransformer with config: `\npath: c.yaml\n`: /,
  );
});

test('patches: an empty patch file is a JSON patch that needs a target, and then does nothing', () => {
  assert.throws(() => applyPatches(resources(), [{ path: 'e.yaml' }], ctx({ 'e.yaml': '' })), /^KustomizeError: must specify a target for JSON patch \[path: "e.yaml"\]$/);
  const out = applyPatches(resources(), [{ path: 'e.yaml', target: { kind: 'ConfigMap' } }], ctx({ 'e.yaml': '' }));
  assert.deepEqual(byName(out, 'cfg').obj, resources()[2]!.obj);
});

test('patches: a JSON patch selecting nothing is not an error', () => {
  const out = applyPatches(resources(), [{ target: { kind: 'Nothing' }, patch: '[{"op":"remove","path":"/x"}]' }], ctx());
  assert.equal(out.length, 3);
});

test('patchesStrategicMerge: files and inline patches, errors as kustomize words them', () => {
  const out = applyStrategicMergePatches(resources(), [
    'web.yaml',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  z: "26"\n',
  ], ctx({ 'web.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 7\n' }));
  assert.equal((byName(out, 'web').obj.spec as JsonObject).replicas, 7);
  assert.deepEqual(byName(out, 'cfg').obj.data, { a: '1', z: '26' });
  assert.deepEqual(byName(out, 'web').patches[0], { file: '/app/web.yaml', doc: 0, line: 1, column: 1 });

  assert.throws(
    () => applyStrategicMergePatches(resources(), ['x.yaml'], ctx({ 'x.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: gone\n' })),
    (e: unknown) => (e as Error).message === 'no matches for Id Deployment.v1.apps/gone.[noNs]; failed to find unique target for patch Deployment.v1.apps/gone.[noNs]',
  );
  assert.throws(
    () => applyStrategicMergePatches(resources(), ['e.yaml', 'c.yaml'], ctx({ 'e.yaml': '', 'c.yaml': '# nothing\n' })),
    /patch appears to be empty; files=\[e.yaml c.yaml\], Patch=/,
  );
});

test('patchesJson6902: target name required, no id recorded, empty annotations cannot be added to', () => {
  const entry = (patch: string): Json6902Entry => ({ target: { version: 'v1', kind: 'ConfigMap', name: 'cfg' }, patch });
  const out = applyJson6902Patches(resources(), [entry('- op: add\n  path: /data/b\n  value: x\n')], ctx());
  assert.deepEqual(byName(out, 'cfg').obj.data, { a: '1', b: 'x' });
  assert.equal(byName(out, 'cfg').prevIds.length, 0);
  assert.throws(
    () => applyJson6902Patches(resources(), [entry('- op: add\n  path: /metadata/annotations/foo\n  value: bar\n')], ctx()),
    /add operation does not apply: doc is missing path: "\/metadata\/annotations\/foo": missing value/,
  );
  assert.throws(
    () => applyJson6902Patches(resources(), [{ target: { kind: 'ConfigMap' }, patch: '[]' } as unknown as Json6902Entry], ctx()),
    /must specify the target name/,
  );
});

test('patches: the resources given are mutated and returned in place', () => {
  const list = resources();
  const out = applyPatches(list, [{ target: { kind: 'ConfigMap' }, patch: '[{"op":"add","path":"/data/q","value":"1"}]' }], ctx());
  assert.equal(out[2], list[2]);
  assert.deepEqual(objs(out)[2]!.data, { a: '1', q: '1' });
});
