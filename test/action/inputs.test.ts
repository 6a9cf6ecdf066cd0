import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InputError, readInputs } from '../../src/action/inputs.ts';

const get = (values: Record<string, string>) => (name: string) => values[name] ?? '';

test('defaults: empty inputs mean "not given"', () => {
  assert.deepEqual(readInputs(get({})), {
    githubToken: '',
    config: '',
    environments: [],
    failOn: 'error',
    failOnExisting: false,
    comment: 'on-change',
    kubernetesVersion: '',
    schemas: [],
    engine: 'builtin',
    annotations: true,
    summary: true,
    workingDirectory: '.',
    jobs: 0,
  });
});

test('lists by line or comma, versions normalized, booleans as YAML reads them', () => {
  const inputs = readInputs(get({ environments: 'dev, test\nprod\n', schemas: 'schemas/\nhttps://x.test/{{.Kind}}.json', 'kubernetes-version': 'v1.30.2', annotations: 'False' }));
  assert.deepEqual(inputs.environments, ['dev', 'test', 'prod']);
  assert.deepEqual(inputs.schemas, ['schemas/', 'https://x.test/{{.Kind}}.json']);
  assert.equal(inputs.kubernetesVersion, '1.30');
  assert.equal(inputs.annotations, false);
});

test('bad values: one clear line naming the input and the value', () => {
  for (const [values, pattern] of [
    [{ 'fail-on': 'errors' }, /fail-on must be 'error', 'warning', 'never', got 'errors'/],
    [{ comment: 'yes' }, /comment must be/],
    [{ summary: 'yes' }, /summary must be true or false, got 'yes'/],
    [{ 'kubernetes-version': 'latest' }, /kubernetes-version must look like 1.31/],
    [{ engine: 'kustomize' }, /supported by `gitops-gate build` only/],
    [{ engine: 'helm' }, /engine must be 'builtin', got 'helm'/],
  ] as const) {
    assert.throws(() => readInputs(get(values)), (e: Error) => e instanceof InputError && pattern.test(e.message));
  }
});
