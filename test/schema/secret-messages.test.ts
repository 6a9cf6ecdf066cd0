import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkSchemas, withoutSecretValues } from '../../src/core/checks/schema.ts';
import { Resource } from '../../src/core/kustomize/resource.ts';
import { createSchemaSource } from '../../src/io/schema-store.ts';

const schemas = resolve(import.meta.dirname, '../../../shared/schemas');

test('schema messages about a Secret never quote its values', async (t) => {
  if (!existsSync(schemas)) return t.skip('../shared/schemas not found: schema tests skipped');
  const secretValue = 'hunter2-not-base64!!';
  const secret = new Resource({
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'db', namespace: 'web' },
    data: { password: secretValue },
  });
  const findings = await checkSchemas([secret], {
    source: createSchemaSource({ locations: [schemas], includeDefaults: false }),
    kubernetesVersion: '1.31',
  });
  assert.ok(findings.some((f) => f.ruleId === 'schema/invalid' && f.path === '/data/password'), JSON.stringify(findings));
  for (const f of findings) assert.ok(!f.message.includes(secretValue), f.message);
});

test('messages outside data and stringData are left as they are', () => {
  assert.equal(withoutSecretValues('type is 3 (a number); expected a string', '/type'), 'type is 3 (a number); expected a string');
  assert.equal(
    withoutSecretValues('data.token is "abc"; expected the format "byte"', '/data/token'),
    'data.token has a value that is not valid (value hidden); expected the format "byte"',
  );
});
