import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { renderJson } from '../../src/core/render/json.ts';
import { report, reportOf } from './fixture.ts';

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

function assertValid(doc: unknown): void {
  assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
}

test('the rendered fixture report validates against schemas/report.schema.json', () => {
  assertValid(JSON.parse(renderJson(report)));
});

test('an empty report and a report with only required finding fields validate', () => {
  assertValid(JSON.parse(renderJson(reportOf([], []))));
  assertValid(JSON.parse(renderJson(reportOf([{ ruleId: 'yaml/parse-error', severity: 'error', message: 'x' }]))));
});

test('the schema rejects what the contract forbids', () => {
  const doc = JSON.parse(renderJson(report)) as Record<string, unknown> & { findings: Array<Record<string, unknown>> };
  for (const [name, broken] of [
    ['reportVersion 2', { ...doc, reportVersion: 2 }],
    ['unknown top-level field', { ...doc, extra: true }],
    ['severity info', { ...doc, findings: [{ ...doc.findings[0], severity: 'info' }] }],
    ['line 0', { ...doc, findings: [{ ...doc.findings[0], line: 0 }] }],
    ['finding without message', { ...doc, findings: [{ ruleId: 'a/b', severity: 'error' }] }],
  ] as const) {
    assert.equal(validate(broken), false, name);
  }
});

test('field names and order are those of DESIGN.md, 2-space indent, newline at the end', () => {
  const out = renderJson(report);
  assert.ok(out.endsWith('}\n'));
  assert.ok(out.startsWith('{\n  "tool": "gitops-gate",\n  "version": "0.1.0",\n  "reportVersion": 1,\n'));
  const doc = JSON.parse(out) as { environments: object[]; findings: object[]; summary: object };
  assert.deepEqual(Object.keys(doc), ['tool', 'version', 'reportVersion', 'environments', 'findings', 'summary']);
  assert.deepEqual(Object.keys(doc.environments[0]!), ['name', 'branch', 'entrypoints']);
  assert.deepEqual(Object.keys(doc.findings[0]!), [
    'ruleId', 'severity', 'message', 'file', 'line', 'column', 'environment', 'entrypoint', 'resource', 'path',
  ]);
  assert.deepEqual(Object.keys(doc.summary), ['errors', 'warnings', 'notices', 'entrypoints', 'resources']);
});

test('key order does not depend on how the finding object was built; absent fields are left out', () => {
  const scrambled = reportOf([
    { path: '/spec', resource: { name: 'n', kind: 'K', apiVersion: 'v1' }, message: 'm', severity: 'warning', ruleId: 'a/b', line: 3 },
  ]);
  const doc = JSON.parse(renderJson(scrambled)) as { findings: Array<Record<string, unknown>> };
  assert.deepEqual(Object.keys(doc.findings[0]!), ['ruleId', 'severity', 'message', 'line', 'resource', 'path']);
  assert.deepEqual(Object.keys(doc.findings[0]!.resource as object), ['apiVersion', 'kind', 'name']);
});

test('no finding is lost or changed: the JSON holds the same findings as the report', () => {
  const doc = JSON.parse(renderJson(report)) as { findings: unknown[] };
  const canonical = (v: unknown): unknown =>
    v !== null && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, canonical(x)]))
      : v;
  const key = (f: unknown): string => JSON.stringify(canonical(f));
  assert.deepEqual(doc.findings.map(key).sort(), report.findings.map(key).sort());
});
