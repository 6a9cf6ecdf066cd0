// `check --base REF` / `--base-branch B`: findings are new or existing against the merge base, only new ones
// fail the check (unless --fail-on-existing), and matching survives the line shifts of an edit.
import { test } from 'node:test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { classifyFindings, findingFingerprint } from '../../src/core/baseline.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import { commit, git, initRepo, removeDir, tempDir } from '../io/git-fixture.ts';
import { deployment, kustomization, runCli } from './helpers.ts';
import type { Report } from '../../src/core/model/report.ts';

const NAMESPACE = (name: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: ${name}\n`;

/** main: prod renders Namespace web twice (an existing error). */
function baseFiles(): Record<string, string> {
  return {
    'apps/web/base/kustomization.yaml': kustomization(['deployment.yaml']),
    'apps/web/base/deployment.yaml': deployment('web'),
    'apps/web/overlays/dev/kustomization.yaml': kustomization(['../../base']),
    'apps/web/overlays/prod/kustomization.yaml': kustomization(['../../base', 'namespace.yaml']),
    'apps/web/overlays/prod/namespace.yaml': NAMESPACE('web'),
    'apps/api/overlays/prod/kustomization.yaml': kustomization(['namespace.yaml']),
    'apps/api/overlays/prod/namespace.yaml': NAMESPACE('web'),
  };
}

async function checkAt(root: string, args: string[]): Promise<{ code: number; report: Report; stderr: string }> {
  const run = await runCli(['check', root, '--format', 'json', ...args], { env: { GITOPS_GATE_SCHEMAS: '' } });
  assert.ok(run.stdout.startsWith('{'), `no JSON report (exit ${run.code}): ${run.stderr}`);
  return { code: run.code, report: JSON.parse(run.stdout) as Report, stderr: run.stderr };
}

test('check --base: existing findings stay existing through line shifts; only new ones fail', async (t) => {
  const root = tempDir('baseline');
  t.after(() => removeDir(root));
  initRepo(root);
  commit(root, 'main', baseFiles());
  git(root, 'checkout', '-q', '-b', 'feature');
  // Lines above the duplicate move it down; a patch aimed at a Deployment that does not exist is new.
  commit(root, 'feature', {
    'apps/api/overlays/prod/namespace.yaml': `# the api team's namespace\n# (shared with web)\n${NAMESPACE('web')}`,
    'apps/web/overlays/dev/kustomization.yaml': kustomization(['../../base'], 'patches:\n  - path: replicas.yaml\n'),
    'apps/web/overlays/dev/replicas.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: webb\nspec:\n  replicas: 2\n',
  });

  const { code, report } = await checkAt(root, ['--base', 'main']);
  assert.equal(code, 1);
  const byRule = (rule: string) => report.findings.filter((f) => f.ruleId === rule);
  assert.deepEqual(byRule('resource/duplicate').map((f) => f.baseline), ['existing']);
  assert.deepEqual(byRule('kustomize/build-failed').map((f) => [f.environment, f.baseline]), [['dev', 'new']]);
  assert.equal(report.summary.baseline?.ref, 'main');
  assert.equal(report.summary.baseline?.commit, git(root, 'rev-parse', 'main'));
  assert.equal(report.summary.baseline?.newErrors, 1);
  assert.ok(report.findings.every((f) => f.baseline === 'new' || f.baseline === 'existing'));

  // Fixed: the duplicate is still there, but it is not this change's.
  commit(root, 'fix', { 'apps/web/overlays/dev/kustomization.yaml': kustomization(['../../base']) });
  assert.equal((await checkAt(root, ['--base', 'main'])).code, 0);
  assert.equal((await checkAt(root, ['--base', 'main', '--fail-on-existing'])).code, 1);
  // --base-branch compares with the same merge base; without a baseline every finding counts.
  const promotion = await checkAt(root, ['--base-branch', 'main', '--head-branch', 'feature']);
  const newOnes = promotion.report.findings.filter((x) => x.baseline === 'new').map((x) => x.ruleId);
  assert.deepEqual(newOnes, ['promotion/source-branch'], 'only the pull request\'s own notice is new');
  assert.equal(promotion.code, 0);
  assert.equal((await checkAt(root, [])).code, 1);

  const text = await runCli(['check', root, '--base', 'main'], { env: { GITOPS_GATE_SCHEMAS: '' } });
  assert.match(text.stdout, /\[existing\]/);
  assert.doesNotMatch(text.stderr, /took/, 'timings only when asked');
  // --timings: one line on stderr, after the report; the report is the same.
  const timed = await runCli(['check', root, '--base', 'main', '--timings'], { env: { GITOPS_GATE_SCHEMAS: '' } });
  assert.equal(timed.stdout, text.stdout);
  assert.match(timed.stderr, /^gitops-gate: took \d+\.\d\d s: opening the base in git \d+\.\d\d s, the head \d+\.\d\d s, the base \d+\.\d\d s\n$/m);
  const plain = await runCli(['check', root, '--timings'], { env: { GITOPS_GATE_SCHEMAS: '' } });
  assert.match(plain.stderr, /^gitops-gate: took \d+\.\d\d s\n$/m);
  assert.match(text.stdout, /0 new, \d+ already at main \([0-9a-f]{7}\)/);
  const md = await runCli(['check', root, '--base', 'main', '--format', 'markdown'], { env: { GITOPS_GATE_SCHEMAS: '' } });
  assert.match(md.stdout, /^### ✅ gitops-gate: no new findings$/m);
  assert.match(md.stdout, /<details><summary>\d+ findings? already on main<\/summary>/);
  assert.match(md.stdout, /No new findings\./);
});

test('check --base-branch: a branch this clone lacks costs the baseline, said on stderr', async (t) => {
  const root = tempDir('baseline-missing');
  t.after(() => removeDir(root));
  initRepo(root);
  commit(root, 'main', baseFiles());
  const { code, report, stderr } = await checkAt(root, ['--base-branch', 'staging', '--head-branch', 'main']);
  assert.match(stderr, /no baseline: branch 'staging' is not in this clone/);
  assert.equal(report.summary.baseline, undefined);
  assert.equal(code, 1, 'every finding counts');
});

test('check --base: files git does not know (untracked, ignored) count at the head and not at the base', async (t) => {
  const root = tempDir('baseline-untracked');
  t.after(() => removeDir(root));
  initRepo(root);
  // main lists two manifests nobody committed: its dev build fails. git reports no change in the working tree.
  commit(root, 'main', {
    ...baseFiles(),
    '.gitignore': 'local-secret.yaml\n',
    'apps/web/overlays/dev/kustomization.yaml': kustomization(['../../base', 'secret.yaml', 'local-secret.yaml']),
  });
  const secret = (name: string) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: ${name}\nstringData:\n  password: hunter2\n`;
  writeFileSync(join(root, 'apps/web/overlays/dev/secret.yaml'), secret('untracked'));
  writeFileSync(join(root, 'apps/web/overlays/dev/local-secret.yaml'), secret('ignored'));
  assert.equal(git(root, 'status', '--porcelain'), '?? apps/web/overlays/dev/secret.yaml');

  const { report } = await checkAt(root, ['--base', 'main']);
  const plaintext = report.findings.filter((x) => x.ruleId === 'secret/plaintext');
  assert.deepEqual(
    plaintext.map((x) => [x.resource?.name, x.baseline]),
    [
      ['ignored', 'new'],
      ['untracked', 'new'],
    ],
    'the base cannot read them: what they bring is new',
  );
  assert.equal(report.findings.filter((x) => x.ruleId === 'kustomize/build-failed').length, 0);
});

test('check --base: an unknown revision is a usage error', async (t) => {
  const root = tempDir('baseline-bad');
  t.after(() => removeDir(root));
  initRepo(root);
  commit(root, 'main', baseFiles());
  const run = await runCli(['check', root, '--base', 'no-such-branch']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--base no-such-branch/);
});

const f = (over: Partial<Finding>): Finding => ({ ruleId: 'schema/invalid', severity: 'error', message: 'm', environment: 'dev', ...over });

test('fingerprints ignore lines, columns, counts in messages and hash suffixes; keep rule, environment, resource and path', () => {
  const resource = { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'web', name: 'settings-7g5kb2hd8m' };
  const a = f({ file: 'a.yaml', line: 3, column: 5, resource, path: '/data/x', message: '3 resources (at a.yaml:3)' });
  const same = f({ file: 'a.yaml', line: 9, column: 1, resource: { ...resource, name: 'settings-b4m9dcc6tt' }, path: '/data/x', message: '12 resources (at a.yaml:9)' });
  assert.equal(findingFingerprint(a), findingFingerprint(same));
  for (const other of [{ ruleId: 'schema/unknown-field' }, { environment: 'prod' }, { path: '/data/y' }, { resource: { ...resource, namespace: 'api' } }, { message: 'other' }]) {
    assert.notEqual(findingFingerprint(a), findingFingerprint({ ...a, ...other }), JSON.stringify(other));
  }
  // Without a resource the file is the place.
  assert.notEqual(findingFingerprint(f({ file: 'a.yaml' })), findingFingerprint(f({ file: 'b.yaml' })));
});

test('classifyFindings matches counts: two at the head against one at the base are one existing, one new', () => {
  const x = f({ file: 'a.yaml' });
  assert.deepEqual(
    classifyFindings([x, x, f({ file: 'b.yaml' })], [x]).map((c) => c.baseline),
    ['existing', 'new', 'new'],
  );
});

test('classifyFindings: each fingerprint worked out once per distinct finding, with the same verdicts as fingerprint by fingerprint', () => {
  // Names and messages holding the separators a key might be joined with, hash suffixes and numbers that
  // fingerprints blank, findings with and without a resource.
  const names = ['web', 'web|x', 'web\nx', 'web-5c4d8f9g7h', 'web-6b2c9d8f4k', 'web"x'];
  const messages = ['bad at line 12', 'bad at line 40', 'other|thing', 'other\nthing'];
  const findings: Finding[] = [];
  for (const name of names) {
    for (const message of messages) {
      findings.push({ ruleId: 'schema/invalid', severity: 'error', message, environment: 'dev', resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'a|b', name } });
      findings.push({ ruleId: 'schema/invalid', severity: 'error', message, environment: 'dev', resource: { apiVersion: 'apps/v1', kind: `Deployment|${name}`, name: 'a' } });
      findings.push({ ruleId: 'resource/duplicate', severity: 'error', message, file: `${name}.yaml` });
    }
  }
  const reference = (head: readonly Finding[], base: readonly Finding[]): string[] => {
    const left = new Map<string, number>();
    for (const f of base) left.set(findingFingerprint(f), (left.get(findingFingerprint(f)) ?? 0) + 1);
    return head.map((f) => {
      const n = left.get(findingFingerprint(f)) ?? 0;
      if (n > 0) left.set(findingFingerprint(f), n - 1);
      return n > 0 ? 'existing' : 'new';
    });
  };
  // Bases of every third, every other, and all findings, twice over: counts matter.
  for (const base of [findings.filter((_, i) => i % 3 === 0), findings.filter((_, i) => i % 2 === 0), [...findings, ...findings.slice(0, 7)]]) {
    const head = [...findings, ...findings.filter((_, i) => i % 5 === 0)];
    assert.deepEqual(
      classifyFindings(head, base).map((f) => f.baseline),
      reference(head, base),
    );
  }
});

test('classifyFindings: an environment whose findings are the base\'s one for one is all existing, any other one matched by fingerprint', () => {
  const at = (environment: string | undefined, message: string, name = 'web', file?: string): Finding => ({
    ruleId: 'schema/invalid',
    severity: 'error',
    message,
    ...(environment ? { environment } : {}),
    ...(file ? { file } : { resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'web', name } }),
  });
  const dev = [at('dev', 'bad at line 3'), at('dev', 'bad at line 3'), at('dev', 'other', 'api')];
  const prod = [at('prod', 'bad at line 3'), at('prod', 'other', 'api')];
  const none = [at(undefined, 'stopped', 'x', 'a.yaml')];
  const verdicts = (head: Finding[], base: Finding[]) => classifyFindings(head, base).map((f) => `${f.environment ?? '-'} ${f.baseline}`);
  // Every environment as at the base, interleaved differently: all existing.
  assert.deepEqual(verdicts([...dev, ...prod, ...none], [...prod, ...none, ...dev]), ['dev existing', 'dev existing', 'dev existing', 'prod existing', 'prod existing', '- existing']);
  // The same count in one environment, one finding different in each field a fingerprint holds: new.
  const changes: Partial<Finding>[] = [{ message: 'worse' }, { ruleId: 'schema/unknown-field' }, { path: '/spec' }, { resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'web', name: 'db' } }];
  for (const change of changes) {
    const head = [...dev.slice(0, 2), { ...dev[2]!, ...change }, ...prod];
    assert.deepEqual(verdicts(head, [...dev, ...prod]), ['dev existing', 'dev existing', 'dev new', 'prod existing', 'prod existing'], JSON.stringify(change));
  }
  assert.deepEqual(verdicts([at(undefined, 'stopped', 'x', 'b.yaml')], none), ['- new']);
  // Reordered within an environment, and one fewer at the base: matched by fingerprint, counts kept.
  assert.deepEqual(verdicts([...dev, ...prod], [dev[2]!, dev[0]!, prod[1]!]), ['dev existing', 'dev new', 'dev existing', 'prod new', 'prod existing']);
  // The very same object twice at the head, once at the base.
  assert.deepEqual(verdicts([dev[0]!, dev[0]!], [dev[0]!]), ['dev existing', 'dev new']);
});
