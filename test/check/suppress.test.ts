// Suppressions: `rules: off`, `exclude:`, `ignore:` entries and the gitops-gate.io/ignore annotation leave
// findings out, and every one left out is counted in the summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySuppressions, isExcluded, parseIgnoreAnnotation, ruleMatches } from '../../src/core/suppress.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import type { IgnoreEntry } from '../../src/config/config.ts';
import { deployment, kustomization, makeRepo, runCli } from './helpers.ts';
import type { Report } from '../../src/core/model/report.ts';

const f = (over: Partial<Finding>): Finding => ({ ruleId: 'schema/missing', severity: 'warning', message: 'm', environment: 'dev', ...over });
const SECRET = { apiVersion: 'v1', kind: 'Secret', namespace: 'legacy', name: 'legacy-db' };
const CRD = { apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', name: 'widgets.example.com' };

const ignoreRows: { name: string; entry: IgnoreEntry; finding: Finding; suppressed: boolean }[] = [
  { name: 'rule and path', entry: { rule: 'schema/missing', path: 'apps/legacy/**' }, finding: f({ file: 'apps/legacy/a.yaml' }), suppressed: true },
  { name: 'a path names its directory and everything below', entry: { rule: 'schema/missing', path: 'apps/legacy' }, finding: f({ file: 'apps/legacy/x/a.yaml' }), suppressed: true },
  { name: 'another path', entry: { rule: 'schema/missing', path: 'apps/legacy/**' }, finding: f({ file: 'apps/web/a.yaml' }), suppressed: false },
  { name: 'another rule', entry: { rule: 'schema/invalid', path: 'apps/legacy/**' }, finding: f({ file: 'apps/legacy/a.yaml' }), suppressed: false },
  { name: 'a rule family', entry: { rule: 'schema/*', path: 'apps/**' }, finding: f({ file: 'apps/a.yaml' }), suppressed: true },
  { name: 'every rule', entry: { rule: '*', path: 'apps/**' }, finding: f({ ruleId: 'wave/order', file: 'apps/a.yaml' }), suppressed: true },
  { name: 'a resource by kind/namespace/name globs', entry: { rule: 'secret/plaintext', resource: 'Secret/*/legacy-*' }, finding: f({ ruleId: 'secret/plaintext', resource: SECRET }), suppressed: true },
  { name: 'a resource in another namespace', entry: { rule: 'secret/plaintext', resource: 'Secret/web/*' }, finding: f({ ruleId: 'secret/plaintext', resource: SECRET }), suppressed: false },
  { name: 'an empty namespace is cluster-scoped', entry: { rule: '*', resource: 'CustomResourceDefinition//*.example.com' }, finding: f({ resource: CRD }), suppressed: true },
  { name: 'an empty namespace does not match a namespaced one', entry: { rule: '*', resource: 'Secret//legacy-db' }, finding: f({ resource: SECRET }), suppressed: false },
  { name: 'a resource entry needs a resource', entry: { rule: '*', resource: 'Secret/*/*' }, finding: f({ file: 'a.yaml' }), suppressed: false },
  { name: 'path and resource both must match', entry: { rule: '*', path: 'apps/**', resource: 'Secret/*/*' }, finding: f({ file: 'other/a.yaml', resource: SECRET }), suppressed: false },
  { name: 'only in an environment', entry: { rule: '*', path: '**', environment: 'prod' }, finding: f({ file: 'a.yaml' }), suppressed: false },
  { name: 'in that environment', entry: { rule: '*', path: '**', environment: 'prod' }, finding: f({ file: 'a.yaml', environment: 'prod' }), suppressed: true },
];

for (const row of ignoreRows) {
  test(`ignore entry: ${row.name}`, () => {
    const { findings, suppressed } = applySuppressions([row.finding], {
      config: { rules: {}, exclude: [], ignore: [row.entry] },
      annotatedRules: () => undefined,
    });
    assert.equal(findings.length, row.suppressed ? 0 : 1);
    assert.equal(suppressed.ignore, row.suppressed ? 1 : 0);
    assert.equal(suppressed.total, suppressed.ignore);
  });
}

test('each cause is counted once, in order: rule off, exclude, ignore, annotation; severities still apply', () => {
  const findings = [
    f({ ruleId: 'secret/plaintext', file: 'legacy/a.yaml' }), // off
    f({ file: 'legacy/a.yaml' }), // excluded
    f({ file: 'apps/b.yaml', resource: SECRET }), // ignore entry
    f({ ruleId: 'wave/order', file: 'apps/c.yaml', resource: SECRET }), // annotation
    f({ ruleId: 'resource/duplicate', severity: 'error', file: 'apps/d.yaml' }), // kept, made a warning
  ];
  const { findings: kept, suppressed } = applySuppressions(findings, {
    config: { rules: { 'secret/plaintext': 'off', 'resource/duplicate': 'warning' }, exclude: ['legacy'], ignore: [{ rule: 'schema/missing', resource: 'Secret/legacy/*' }] },
    annotatedRules: (x) => (x.resource?.name === 'legacy-db' ? ['wave/*'] : undefined),
  });
  assert.deepEqual(kept.map((x) => [x.ruleId, x.severity]), [['resource/duplicate', 'warning']]);
  assert.deepEqual(suppressed, { total: 4, ruleSettings: 1, exclude: 1, ignore: 1, annotation: 1 });
});

test('annotation values, rule patterns and exclude globs', () => {
  assert.deepEqual(parseIgnoreAnnotation('schema/missing, wave/order  secret/*'), ['schema/missing', 'wave/order', 'secret/*']);
  assert.deepEqual(parseIgnoreAnnotation(42), []);
  assert.ok(ruleMatches('schema/*', 'schema/unknown-field'));
  assert.ok(!ruleMatches('schema/*', 'secret/plaintext'));
  assert.ok(!ruleMatches('schema/missing', 'schema/missing-x'));
  assert.ok(isExcluded('legacy/apps/a.yaml', ['legacy']));
  assert.ok(isExcluded('apps/x/overlays/sandbox/k.yaml', ['apps/*/overlays/sandbox']));
  assert.ok(!isExcluded('legacy-2/a.yaml', ['legacy']));
});

/** A repository whose findings each suppression takes away: plaintext Secrets, a build failure, a missing schema. */
function repoWithFindings(config: string) {
  return makeRepo({
    '.gitops-gate.yaml': config,
    'apps/web/overlays/dev/kustomization.yaml': kustomization(['deployment.yaml', 'secret.yaml']),
    'apps/web/overlays/dev/deployment.yaml': deployment('web'),
    'apps/web/overlays/dev/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: web-db\n  annotations:\n    gitops-gate.io/ignore: secret/plaintext\nstringData:\n  password: hunter2\n',
    'apps/api/overlays/dev/kustomization.yaml': kustomization(['secret.yaml']),
    'apps/api/overlays/dev/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: api-db\nstringData:\n  password: hunter2\n',
    'apps/legacy/overlays/dev/kustomization.yaml': kustomization(['missing.yaml']),
  });
}

async function report(root: string): Promise<Report> {
  const run = await runCli(['check', root, '--format', 'json', '--fail-on', 'never'], { env: { GITOPS_GATE_SCHEMAS: '' } });
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as Report;
}

test('check: exclude, ignore and the annotation suppress, the summary counts them, and the text says so', async (t) => {
  const plain = repoWithFindings('{}\n');
  t.after(plain.cleanup);
  const before = await report(plain.root);
  const rules = (r: Report) => r.findings.filter((x) => x.severity !== 'notice').map((x) => `${x.ruleId} ${x.file}`).sort();
  assert.deepEqual(rules(before), [
    'kustomize/build-failed apps/legacy/overlays/dev/kustomization.yaml',
    'schema/missing apps/api/overlays/dev/secret.yaml',
    'schema/missing apps/web/overlays/dev/deployment.yaml',
    'secret/plaintext apps/api/overlays/dev/secret.yaml',
  ]);
  assert.deepEqual(before.summary.suppressed, { total: 1, ruleSettings: 0, exclude: 0, ignore: 0, annotation: 1 });

  const configured = repoWithFindings('exclude: [apps/legacy]\nignore:\n  - rule: schema/missing\n    resource: "*/*/*"\n');
  t.after(configured.cleanup);
  const after = await report(configured.root);
  assert.deepEqual(rules(after), ['secret/plaintext apps/api/overlays/dev/secret.yaml']);
  // The excluded overlay is not even an entrypoint: nothing of it is rendered, so nothing is suppressed.
  assert.ok(!after.environments.some((e) => e.entrypoints.some((x) => x.path.startsWith('apps/legacy'))));
  assert.equal(after.summary.suppressed?.ignore, 2);
  assert.equal(after.summary.suppressed?.annotation, 1);
  const text = await runCli(['check', configured.root, '--fail-on', 'never'], { env: { GITOPS_GATE_SCHEMAS: '' } });
  assert.match(text.stdout, /; 3 suppressed \(2 by ignore entries, 1 by gitops-gate\.io\/ignore annotations\)$/m);
});
