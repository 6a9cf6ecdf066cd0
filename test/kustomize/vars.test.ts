import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import type { FieldSpec } from '../../src/core/kustomize/field-spec.ts';
import { Resource } from '../../src/core/kustomize/resource.ts';
import { absorbVars, expand, mergeVars, parseVars, resolveVars, type VarSpec } from '../../src/core/kustomize/vars.ts';
import type { JsonObject, JsonValue } from '../../src/core/model/json.ts';

const varReference: FieldSpec[] = [
  { path: 'spec/template/spec/containers/args', kind: 'Deployment' },
  { path: 'spec/template/spec/containers/env/value', kind: 'Deployment' },
  { path: 'metadata/annotations' },
];

function resources(): Resource[] {
  return [
    new Resource({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'svc' }, spec: { ports: [{ port: 80, protocol: 'TCP' }] } }),
    new Resource({
      apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', annotations: { a: 'svc=$(SVC)', n: '$(PORT)' } },
      spec: { replicas: 2, template: { spec: { containers: [{
        name: 'c', args: ['$(SVC)', 'x$(PORT)y', '$(PORT)', '$(NOPE)', '$$(SVC)', '$(SVC'],
        env: [{ name: 'A', value: '$(REPL)' }, { name: 'B', value: 'not $(SVC) here' }],
      }] } } },
    }),
  ];
}

const vars: VarSpec[] = parseVars([
  { name: 'SVC', objref: { kind: 'Service', name: 'svc', apiVersion: 'v1' } },
  { name: 'PORT', objref: { kind: 'Service', name: 'svc', apiVersion: 'v1' }, fieldref: { fieldpath: 'spec.ports[0].port' } },
  { name: 'REPL', objref: { kind: 'Deployment', name: 'web', apiVersion: 'apps/v1' }, fieldref: { fieldPath: 'spec.replicas' } },
] as JsonValue, 'k.yaml');

const container = (r: Resource) => (((r.obj.spec as JsonObject).template as JsonObject).spec as JsonObject).containers as JsonObject[];

// Checked against `kubectl kustomize` (kustomize v5.5.0), namePrefix p- applied before the vars resolve.
test('resolveVars: $(VAR) only in varReference fields, typed when alone, $$ escapes, unknown kept', () => {
  const list = resources();
  for (const r of list) {
    r.storePreviousId();
    r.setName(`p-${r.name}`);
  }
  resolveVars(list, vars, varReference, '/app/kustomization.yaml');
  const c = container(list[1]!)[0]!;
  assert.deepEqual(c.args, ['p-svc', 'x80y', 80, '$(NOPE)', '$(SVC)', '$(SVC']);
  assert.deepEqual(c.env, [{ name: 'A', value: 2 }, { name: 'B', value: 'not p-svc here' }]);
  assert.deepEqual((list[1]!.obj.metadata as JsonObject).annotations, { a: 'svc=p-svc', n: 80 });
});

test('resolveVars: objref needs the exact apiVersion; errors name the var as kustomize prints it', () => {
  const noVersion = parseVars([{ name: 'SVC', objref: { kind: 'Service', name: 'svc' } }], 'k.yaml');
  assert.throws(() => resolveVars(resources(), noVersion, varReference, 'k.yaml'), (e: unknown) => {
    assert.ok(e instanceof KustomizeError);
    assert.equal(e.message, "var '{SVC Service.[noVer].[noGrp] {metadata.name}}' cannot be mapped to a field in the set of known resources");
    return true;
  });
  const badField = parseVars([{ name: 'X', objref: { kind: 'Service', name: 'svc', apiVersion: 'v1' }, fieldref: { fieldpath: 'spec.nope' } }], 'k.yaml');
  assert.throws(() => resolveVars(resources(), badField, varReference, 'k.yaml'),
    /^KustomizeError: field specified in var '\{X Service.v1.\[noGrp\] \{spec.nope\}\}' not found in corresponding resource$/);
});

test('resolveVars: list items in a varReference field must be strings', () => {
  const list = resources();
  (container(list[1]!)[0]!.args as JsonValue[]).push(3);
  assert.throws(() => resolveVars(list, vars, varReference, 'k.yaml'), /invalid value type expect a string/);
});

test('mergeVars binds each var to its resource when declared; ambiguity and duplicates are errors', () => {
  const dev = new Resource({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'es', namespace: 'dev' } });
  const test_ = new Resource({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'es', namespace: 'test' } });
  const spec = (name: string) => ({ name, objref: { kind: 'Service', name: 'es', apiVersion: 'v1' }, fieldref: { fieldpath: 'metadata.namespace' } });
  const fromDev = mergeVars([], [dev], [spec('DEV')], '/dev/kustomization.yaml');
  const fromTest = mergeVars([], [test_], [spec('TEST')], '/test/kustomization.yaml');
  const all = absorbVars(absorbVars([], fromDev, '/top'), fromTest, '/top');
  const user = new Resource({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'u', annotations: { d: '$(DEV)', t: '$(TEST)' } } });
  resolveVars([dev, test_, user], all, varReference, '/top/kustomization.yaml');
  assert.deepEqual(user.annotations(), { d: 'dev', t: 'test' });

  assert.throws(() => mergeVars([], [dev, test_], [spec('BOTH')], '/k.yaml'),
    /^KustomizeError: merging vars \[\{BOTH Service.\[noVer\].\[noGrp\] \{metadata.namespace\}\}\]: found 2 resId matches for var \{BOTH Service.v1.\[noGrp\] \{metadata.namespace\}\} \(unable to disambiguate\)$/);
  assert.throws(() => absorbVars(fromDev, fromDev, '/k.yaml'), /var 'DEV' already encountered/);
  assert.throws(() => mergeVars(fromDev, [dev], [spec('DEV')], '/k.yaml'), /var 'DEV' already encountered/);
});

test('expand follows kustomize\'s DoReplacements', () => {
  const values = new Map<string, JsonValue>([['A', 'x'], ['N', 3], ['B', true], ['M', { k: 'v' }]]);
  const cases: [string, JsonValue][] = [
    ['$(A)', 'x'], ['$(N)', 3], ['$(B)', true], ['n=$(N)', 'n=3'], ['$(M)', '$(M)'], ['$$(A)', '$(A)'],
    ['$(A', '$(A'], ['$', '$'], ['a$b', 'a$b'], ['$(A)$(A)', 'xx'], ['$()', '$()'],
  ];
  for (const [input, want] of cases) assert.deepEqual(expand(input, values), want, input);
});

test('parseVars accepts any key casing and rejects wrong types', () => {
  assert.deepEqual(parseVars([{ Name: 'V', ObjRef: { Kind: 'K', Name: 'n' }, FieldRef: { FieldPath: 'a.b' } }], 'k.yaml'), [
    { name: 'V', objref: { kind: 'K', name: 'n' }, fieldref: { fieldpath: 'a.b' } },
  ]);
  assert.throws(() => parseVars([{ name: 'V', objref: 'x' }], 'k.yaml'), /objref must be a map/);
  assert.throws(() => parseVars({ name: 'V' }, 'k.yaml'), /vars must be a list/);
});
