import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SecretRedactor } from '../../src/action/redact.ts';
import { Resource } from '../../src/core/kustomize/resource.ts';
import type { EnvironmentModel } from '../../src/core/cluster/model.ts';

function model(obj: Record<string, unknown>): EnvironmentModel {
  const resource = new Resource(obj as never);
  return {
    config: { name: 'dev', branch: 'dev', entrypoints: [], allowedSources: [], targetRevisions: [] },
    entrypoints: [],
    resources: [{ resource, entrypoint: 'overlays/dev', renderedFrom: 'overlays/dev' }],
    findings: [],
  };
}

test('every spelling of every Secret value is redacted; other resources and short values are not', () => {
  const r = new SecretRedactor().addModels([
    model({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data: { key: Buffer.from('line-one\nline-two-secret').toString('base64'), n: 12345678 }, stringData: { pw: 'p"ss<word>' , short: 'ab' } }),
    model({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' }, data: { level: 'visible-value' } }),
  ]);
  const text = `a line-two-secret b ${Buffer.from('line-one\nline-two-secret').toString('base64')} c p"ss<word> d ${JSON.stringify('p"ss<word>')} e 12345678 f visible-value ab`;
  const out = r.redact(text);
  for (const leaked of ['line-two-secret', 'p"ss<word>', 'p\\"ss<word>', '12345678', Buffer.from('line-one\nline-two-secret').toString('base64')]) {
    assert.ok(!out.includes(leaked), `${leaked} in ${out}`);
  }
  assert.ok(out.includes('visible-value') && out.endsWith(' ab'));
});

test('the report is redacted before rendering, so escaping cannot change a value past recognition', () => {
  const r = new SecretRedactor().add('not*base64*value');
  const report = r.redactReport({
    tool: 'gitops-gate', version: '0', reportVersion: 1, environments: [],
    findings: [{ ruleId: 'schema/invalid', severity: 'error', message: 'data.token is "not*base64*value"; expected the format "byte"' }],
    summary: { errors: 1, warnings: 0, notices: 0, entrypoints: 0, resources: 0 },
  });
  assert.equal(report.findings[0]!.message, 'data.token is "***"; expected the format "byte"');
});
