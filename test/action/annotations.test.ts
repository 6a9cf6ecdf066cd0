import { test } from 'node:test';
import assert from 'node:assert/strict';
import { omittedNote, planAnnotations } from '../../src/action/annotations.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import type { Report } from '../../src/core/model/report.ts';

function report(findings: Finding[]): Report {
  return {
    tool: 'gitops-gate', version: '0', reportVersion: 1,
    environments: ['dev', 'prod'].map((name) => ({ name, branch: name, entrypoints: [] })),
    findings,
    summary: { errors: 0, warnings: 0, notices: 0, entrypoints: 0, resources: 0 },
  };
}

test('the same problem in several environments is one annotation naming them; paths are workspace-relative', () => {
  const f: Finding = { ruleId: 'schema/unknown-field', severity: 'error', message: 'x is not a field', file: 'base/a.yaml', line: 3, column: 5 };
  const plan = planAnnotations(report([{ ...f, environment: 'dev' }, { ...f, environment: 'prod' }]), 'gitops');
  assert.deepEqual(plan.annotations, [
    { severity: 'error', title: 'gitops-gate schema/unknown-field (dev, prod)', message: 'x is not a field', file: 'gitops/base/a.yaml', startLine: 3, startColumn: 5 },
  ]);
});

test('10 per level, located findings first; the rest counted for the log', () => {
  const findings: Finding[] = [];
  for (let i = 0; i < 14; i++) findings.push({ ruleId: 'r/e', severity: 'error', message: `e${i}`, environment: 'dev', ...(i % 2 ? { file: `f${i}.yaml`, line: i } : {}) });
  for (let i = 0; i < 3; i++) findings.push({ ruleId: 'r/w', severity: 'warning', message: `w${i}`, environment: 'dev' });
  const plan = planAnnotations(report(findings), '');
  assert.equal(plan.annotations.filter((a) => a.severity === 'error').length, 10);
  assert.ok(plan.annotations.slice(0, 7).every((a) => a.startLine !== undefined));
  assert.deepEqual(plan.omitted, { error: 4, warning: 0, notice: 0 });
  assert.match(omittedNote(plan.omitted)!, /4 more errors are listed in the job summary/);
  assert.equal(omittedNote({ error: 0, warning: 0, notice: 0 }), undefined);
});
