// Golden reports of `check` in every format over whole repositories: examples/mistakes and small fixtures.
// `UPDATE_GOLDEN=1 npm test -- test/check/golden` rewrites test/golden/check/<case>/report.*; review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import { NEEDS_SCHEMAS, REPO_ROOT, runCli } from './helpers.ts';

const GOLDEN = join(REPO_ROOT, 'test', 'golden', 'check');
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
const FORMATS = { text: 'txt', json: 'json', sarif: 'sarif', markdown: 'md' } as const;

/** case name → repository, relative to the project root (reports name files relative to the repository). */
const CASES: Record<string, string> = {
  mistakes: 'examples/mistakes',
  'env-first': 'test/fixtures/check-env-first',
};

const validateReport = new Ajv({ allErrors: true, strict: false }).compile(reportSchema);

for (const [name, repo] of Object.entries(CASES)) {
  for (const [format, ext] of Object.entries(FORMATS)) {
    test(`golden: ${name} as ${format}`, { ...NEEDS_SCHEMAS, timeout: 60_000 }, async () => {
      const run = await runCli(['check', repo, '--format', format, '--fail-on', 'never']);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.ok(!run.stdout.includes(REPO_ROOT), 'the report names files relative to the repository, never absolute');
      const path = join(GOLDEN, name, `report.${ext}`);
      if (UPDATE_GOLDEN) {
        mkdirSync(join(GOLDEN, name), { recursive: true });
        writeFileSync(path, run.stdout);
        return;
      }
      assert.ok(existsSync(path), `no golden file ${relative(REPO_ROOT, path)}: run UPDATE_GOLDEN=1 npm test -- test/check/golden`);
      assert.equal(run.stdout, readFileSync(path, 'utf8'));
    });
  }

  test(`golden: ${name} JSON report matches schemas/report.schema.json`, { ...NEEDS_SCHEMAS, timeout: 60_000 }, async () => {
    const run = await runCli(['check', repo, '--format', 'json', '--fail-on', 'never']);
    const report = JSON.parse(run.stdout);
    assert.ok(validateReport(report), JSON.stringify(validateReport.errors, null, 2));
  });
}
