// Validation as the API server does it, on schemas written here (no shared data needed): a oneOf matched by
// two branches is refused, preserve-unknown-fields keeps unknown fields even beside a closed object, and
// int32/int64 formats refuse values out of their range.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSchemas } from '../../src/core/checks/schema.ts';
import type { JsonObject } from '../../src/core/model/json.ts';
import { normalizeSchema } from '../../src/core/schema/normalize.ts';
import type { SchemaSource } from '../../src/core/schema/source.ts';
import { SchemaValidator } from '../../src/core/schema/validator.ts';
import { resourcesFromYaml } from './helpers.ts';

/** A source that knows one kind, `example.test/v1 Widget`, by a schema as a strict schema set publishes it. */
function sourceOf(spec: JsonObject): SchemaSource {
  const document = normalizeSchema(
    { type: 'object', additionalProperties: false, properties: { apiVersion: { type: 'string' }, kind: { type: 'string' }, metadata: { type: 'object' }, spec } },
    { closeObjects: false },
  );
  return {
    lookup: async (r) => (r.kind === 'Widget' ? { schema: { documentId: `test:${JSON.stringify(spec)}`, document, pointer: '', origin: 'test' }, outages: [] } : { outages: [] }),
  };
}

const widget = (spec: string) => `apiVersion: example.test/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n${spec}`;

const rows: { name: string; spec: JsonObject; yaml: string; expect: string[]; message?: RegExp }[] = [
  {
    name: 'oneOf matched by exactly one branch',
    spec: { type: 'object', properties: { endpointSelector: { type: 'object' }, nodeSelector: { type: 'object' } }, oneOf: [{ required: ['endpointSelector'] }, { required: ['nodeSelector'] }] },
    yaml: widget('  endpointSelector: {}\n'),
    expect: [],
  },
  {
    name: 'oneOf matched by two branches (a CiliumNetworkPolicy with both selectors)',
    spec: { type: 'object', properties: { endpointSelector: { type: 'object' }, nodeSelector: { type: 'object' } }, oneOf: [{ required: ['endpointSelector'] }, { required: ['nodeSelector'] }] },
    yaml: widget('  endpointSelector: {}\n  nodeSelector: {}\n'),
    expect: ['schema/invalid'],
    message: /^spec matches more than one of its alternatives \(an object with endpointSelector; an object with nodeSelector\); exactly one is allowed$/,
  },
  {
    name: 'oneOf matched by none',
    spec: { type: 'object', oneOf: [{ required: ['a'] }, { required: ['b'] }] },
    yaml: widget('  c: 1\n'),
    expect: ['schema/invalid'],
  },
  {
    name: 'preserve-unknown-fields beside additionalProperties: false keeps unknown fields',
    spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, additionalProperties: false, properties: { known: { type: 'string' } } },
    yaml: widget('  known: a\n  anything: {nested: true}\n'),
    expect: [],
  },
  {
    name: 'preserve-unknown-fields still checks the fields it declares',
    spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, additionalProperties: false, properties: { known: { type: 'string' } } },
    yaml: widget('  known: 3\n'),
    expect: ['schema/invalid'],
  },
  {
    name: 'a closed object below a preserving one stays closed',
    spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true, properties: { inner: { type: 'object', additionalProperties: false, properties: { a: { type: 'string' } } } } },
    yaml: widget('  inner:\n    b: x\n'),
    expect: ['schema/unknown-field'],
  },
  { name: 'int64 at its lowest', spec: { type: 'object', properties: { n: { type: 'integer', format: 'int64' } } }, yaml: widget('  n: -9223372036854775808\n'), expect: [] },
  { name: 'int64 at 2^63', spec: { type: 'object', properties: { n: { type: 'integer', format: 'int64' } } }, yaml: widget('  n: 9223372036854775808\n'), expect: ['schema/invalid'] },
  { name: 'int64 in range', spec: { type: 'object', properties: { n: { type: 'integer', format: 'int64' } } }, yaml: widget('  n: 4294967296\n'), expect: [] },
  { name: 'int32 at 2^31', spec: { type: 'object', properties: { n: { type: 'integer', format: 'int32' } } }, yaml: widget('  n: 2147483648\n'), expect: ['schema/invalid'] },
  { name: 'int32 at its highest', spec: { type: 'object', properties: { n: { type: 'integer', format: 'int32' } } }, yaml: widget('  n: 2147483647\n'), expect: [] },
  { name: 'int32 below its lowest', spec: { type: 'object', properties: { n: { type: 'integer', format: 'int32' } } }, yaml: widget('  n: -2147483649\n'), expect: ['schema/invalid'] },
];

for (const row of rows) {
  test(`API server semantics: ${row.name}`, async () => {
    const findings = await checkSchemas(resourcesFromYaml(row.yaml), { source: sourceOf(row.spec), kubernetesVersion: '1.31', validator: new SchemaValidator() });
    assert.deepEqual(findings.map((f) => f.ruleId).sort(), row.expect, JSON.stringify(findings));
    if (row.message) assert.match(findings[0]!.message, row.message);
  });
}
