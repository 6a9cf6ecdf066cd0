import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KustomizeError } from '../../../src/core/kustomize/errors.ts';
import { objs, transform, yamlDocs } from './helpers.ts';
import { ORACLE_CASES } from './oracle-cases.ts';

for (const c of ORACLE_CASES) {
  test(`oracle: ${c.name}`, () => {
    if (c.error !== undefined) {
      assert.throws(
        () => transform(c.k, c.res, c.configs, c.plugins),
        (e: unknown) => e instanceof KustomizeError && new RegExp(c.error!).test(e.message),
      );
      return;
    }
    assert.deepEqual(objs(transform(c.k, c.res, c.configs, c.plugins)), yamlDocs(c.expect!));
  });
}
