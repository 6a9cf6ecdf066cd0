// examples/mistakes plants one mistake per rule; its README lists them (rule, environments, file:line).
// `check` must find each one where the README says, and raise nothing else at warning or above.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/core/model/finding.ts';
import { checkJson, describeFindings, EXAMPLES, NEEDS_SCHEMAS } from './helpers.ts';

const REPO = join(EXAMPLES, 'mistakes');

interface Planted {
  ruleId: string;
  environments: string[];
  /** Where the finding may point: the file at fault, or for a duplicate either copy. */
  places: { file: string; line?: number }[];
}

/** The README's table: `| \`rule\` | dev, prod | file[:line] | what |`, extra `path:line`s in the last column. */
function readPlanted(): Planted[] {
  const rows = readFileSync(join(REPO, 'README.md'), 'utf8')
    .split('\n')
    .filter((l) => /^\| `[a-z-]+\/[a-z-]+` \|/.test(l));
  return rows.map((row) => {
    const [rule, envs, where, what] = row.split('|').slice(1, -1).map((c) => c.trim()) as [string, string, string, string];
    const places = [where, ...(what.match(/[\w./-]+\.yaml:\d+/g) ?? [])].map((p) => {
      const m = /^(.*?)(?::(\d+))?$/.exec(p)!;
      return { file: m[1]!, ...(m[2] ? { line: Number(m[2]) } : {}) };
    });
    return { ruleId: rule.replace(/`/g, ''), environments: envs.split(',').map((e) => e.trim()), places };
  });
}

const PLANTED = readPlanted();

/** Findings that are not mistakes of their own, allowed beside the planted ones. */
function isExpectedExtra(f: Finding): boolean {
  if (f.severity === 'notice') return f.ruleId === 'render/skipped';
  // Kubernetes 1.31 publishes no schema for the removed API the README plants.
  return f.ruleId === 'schema/missing' && f.resource?.apiVersion === 'extensions/v1beta1' && f.resource.kind === 'Ingress';
}

test('the README plants one mistake for each rule of the check command', () => {
  assert.deepEqual(
    PLANTED.map((p) => p.ruleId).sort(),
    [
      'kustomize/build-failed',
      'kustomize/deprecated-field',
      'resource/duplicate',
      'schema/deprecated-api',
      'schema/invalid',
      'schema/removed-api',
      'schema/unknown-field',
      'secret/plaintext',
      'yaml/parse-error',
    ],
  );
});

test('every planted mistake is found with its rule, environment, file and line; nothing else', { ...NEEDS_SCHEMAS, timeout: 60_000 }, async () => {
  const { run, report } = await checkJson(REPO);
  assert.equal(run.code, 1, run.stderr);
  assert.deepEqual(report.environments.map((e) => [e.name, e.branch]), [['dev', 'dev'], ['prod', 'main']]);
  const all = describeFindings(report);
  const matched = new Set<Finding>();
  for (const planted of PLANTED) {
    for (const env of planted.environments) {
      const found = report.findings.filter((f) => f.ruleId === planted.ruleId && f.environment === env);
      assert.equal(found.length, 1, `${planted.ruleId} in ${env}: expected exactly one finding, got ${found.length}\n${all}`);
      const f = found[0]!;
      const place = planted.places.find((p) => p.file === f.file);
      assert.ok(place, `${planted.ruleId} in ${env} points at ${f.file}, expected ${planted.places.map((p) => p.file).join(' or ')}`);
      if (place.line !== undefined) assert.equal(f.line, place.line, `${planted.ruleId} in ${env}: line of ${f.file}`);
      assert.ok(f.message.length > 0);
      matched.add(f);
    }
  }
  const others = report.findings.filter((f) => !matched.has(f) && !isExpectedExtra(f));
  assert.deepEqual(others, [], `unexpected findings:\n${all}`);
  assert.equal(report.summary.errors, report.findings.filter((f) => f.severity === 'error').length);
});

test('--env dev reports only the dev mistakes', { ...NEEDS_SCHEMAS, timeout: 60_000 }, async () => {
  const { report } = await checkJson(REPO, ['--env', 'dev']);
  assert.deepEqual(report.environments.map((e) => e.name), ['dev']);
  const rules = report.findings.filter((f) => f.severity !== 'notice').map((f) => f.ruleId).sort();
  const expected = PLANTED.filter((p) => p.environments.includes('dev')).map((p) => p.ruleId).sort();
  assert.deepEqual(rules, expected);
});

test('rules: settings in the config turn a mistake off or change its severity', { ...NEEDS_SCHEMAS, timeout: 60_000 }, async () => {
  // A config beside the example, so the example itself stays as documented.
  const { run, report } = await checkJson(REPO, ['--config', join(REPO, '..', '..', 'test', 'fixtures', 'mistakes-rules.yaml')]);
  assert.equal(run.code, 1, run.stderr);
  assert.ok(!report.findings.some((f) => f.ruleId === 'secret/plaintext'), 'secret/plaintext: off');
  const dep = report.findings.filter((f) => f.ruleId === 'kustomize/deprecated-field');
  assert.deepEqual(dep.map((f) => f.severity), ['error']);
});
