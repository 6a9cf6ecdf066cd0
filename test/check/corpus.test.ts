// `check` over a few real repositories of the corpus (../shared/corpus/real), no config, offline: the
// environments are detected and nothing is an error. The full per-repository report is the script
// test/check/corpus-report.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Report } from '../../src/core/model/report.ts';
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

/** Errors a reviewer confirmed on the corpus: each must stay found (rule, repository, a piece of the message). */
const CONFIRMED: [string, string, RegExp][] = [
  ['charchess__vixens', 'wave/order', /InfisicalSecret synology-csi\/synology-csi-credentials-sync .* needs Namespace synology-csi/],
  ['charchess__vixens', 'wave/order', /Certificate traefik\/traefik-dashboard-tls .* needs ClusterIssuer cert-manager\/letsencrypt-prod/],
  ['charchess__vixens', 'wave/crd-order', /ServiceMonitor infisical-operator-system\/infisical-operator/],
  ['charchess__vixens', 'resource/duplicate', /CiliumNetworkPolicy cert-manager\/cert-manager is rendered twice/],
  ['charchess__vixens', 'schema/invalid', /secretNamespace is required by secrets\.infisical\.com\/v1alpha1 InfisicalSecret/],
  ['redhat-cop__gitops-catalog', 'schema/unknown-field', /securityContext\.ports is not a field/],
  ['redhat-cop__gitops-catalog', 'schema/unknown-field', /metadata\["app\.kubernetes\.io\/name"\] is not a field/],
];

const corpusRepos = existsSync(CORPUS) ? readdirSync(CORPUS).filter((n) => !n.endsWith('.expected') && statSync(join(CORPUS, n)).isDirectory()).sort() : [];

test('the whole corpus, no configuration: nothing passes blind, few errors, the confirmed ones all found', { skip: !SCHEMAS ? 'no schema set (../shared/schemas)' : corpusRepos.length === 0 ? `no corpus at ${CORPUS}` : false, timeout: 300_000 }, async () => {
  let errors = 0;
  const found = new Map<string, Report['findings']>();
  for (const repo of corpusRepos) {
    const { run, report } = await checkJson(join(CORPUS, repo), ['--fail-on', 'never']);
    assert.equal(run.code, 0, `${repo}: ${run.stderr}`);
    assert.ok(report.summary.entrypoints > 0 && report.summary.resources > 0, `${repo} checks something`);
    errors += report.summary.errors;
    found.set(repo, report.findings);
  }
  assert.ok(errors <= 25, `${errors} errors over the corpus`);
  for (const [repo, rule, message] of CONFIRMED) {
    assert.ok(found.get(repo)?.some((f) => f.ruleId === rule && f.severity === 'error' && message.test(f.message)), `${repo}: ${rule} ${message} still found`);
  }
});
