// `check` over a few real repositories of the corpus (../shared/corpus/real), no config, offline: the
// environments are detected and nothing is an error. The full per-repository report is the script
// test/check/corpus-report.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkJson, describeFindings, REPO_ROOT, SCHEMAS } from './helpers.ts';

const CORPUS = join(REPO_ROOT, '..', 'shared', 'corpus', 'real');

/** repo → environments detected with their entrypoints. */
const CLEAN: Record<string, Record<string, string[]>> = {
  'fluxcd__flux2-kustomize-helm-example': { staging: ['clusters/staging'], production: ['clusters/production'] },
  'fluxcd__flux2-multi-tenancy': { staging: ['clusters/staging'], production: ['clusters/production'] },
  'fluxcd__flux2-hub-spoke-example': { staging: ['clusters/staging'], production: ['clusters/production'] },
};

for (const [repo, expected] of Object.entries(CLEAN)) {
  const root = join(CORPUS, repo);
  const skip = !SCHEMAS ? 'no schema set (../shared/schemas)' : existsSync(root) ? false : `no corpus at ${root}`;
  test(`corpus ${repo}: environments detected, no false errors, in seconds`, { skip, timeout: 30_000 }, async () => {
    const started = Date.now();
    const { run, report } = await checkJson(root);
    const seconds = (Date.now() - started) / 1000;
    assert.deepEqual(Object.fromEntries(report.environments.map((e) => [e.name, e.entrypoints.map((x) => x.path)])), expected);
    assert.ok(report.summary.resources > 0, 'renders something');
    const serious = report.findings.filter((f) => f.severity !== 'notice');
    assert.deepEqual(serious, [], `unexpected findings:\n${describeFindings(report)}`);
    assert.equal(run.code, 0);
    assert.ok(seconds < 15, `took ${seconds}s`);
  });
}
