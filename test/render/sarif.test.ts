import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderSarif, toUri } from '../../src/core/render/sarif.ts';
import { RULES } from '../../src/core/render/rules.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import { report, reportOf } from './fixture.ts';

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number; startColumn?: number } } }>;
  partialFingerprints: Record<string, string>;
  properties: Record<string, unknown>;
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: Array<{ id: string; shortDescription: { text: string }; defaultConfiguration: { level: string } }> } };
    results: SarifResult[];
    properties?: Record<string, number>;
  }>;
}

const parse = (s: string): SarifLog => JSON.parse(s) as SarifLog;

test('SARIF 2.1.0 skeleton: $schema, version, one run, the driver', () => {
  const log = parse(renderSarif(report, { toolUri: 'https://example.test/gitops-gate' }));
  assert.match(log.$schema, /sarif-2\.1\.0\.json$/);
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const driver = log.runs[0]!.tool.driver;
  assert.equal(driver.name, 'gitops-gate');
  assert.equal(driver.version, '0.1.0');
  assert.equal(driver.informationUri, 'https://example.test/gitops-gate');
});

test('every result names a rule of the driver by id and index, with a GitHub level', () => {
  const run = parse(renderSarif(report)).runs[0]!;
  const ids = run.tool.driver.rules.map((r) => r.id);
  assert.deepEqual(ids, [...new Set(ids)].sort(), 'rules unique and sorted');
  assert.equal(run.results.length, report.findings.length);
  for (const r of run.results) {
    assert.equal(run.tool.driver.rules[r.ruleIndex]!.id, r.ruleId);
    assert.ok(['error', 'warning', 'note'].includes(r.level), r.level);
    assert.ok(r.message.text.length > 0);
  }
  const unknownField = run.tool.driver.rules.find((r) => r.id === 'schema/unknown-field')!;
  assert.equal(unknownField.shortDescription.text, RULES['schema/unknown-field'].shortDescription);
  assert.equal(unknownField.defaultConfiguration.level, 'error');
  assert.equal(run.results.find((r) => r.ruleId === 'schema/unreachable')!.level, 'note');
});

test('every result has a repo-relative artifact location and a start line (GitHub rejects the file otherwise)', () => {
  for (const r of parse(renderSarif(report)).runs[0]!.results) {
    assert.equal(r.locations.length, 1);
    const loc = r.locations[0]!.physicalLocation;
    assert.ok(loc.artifactLocation.uri.length > 0);
    assert.doesNotMatch(loc.artifactLocation.uri, /^(\/|\.\/)|\\/);
    assert.ok(loc.region && loc.region.startLine >= 1);
  }
});

test('known positions are kept; unknown columns are not invented', () => {
  const results = parse(renderSarif(report)).runs[0]!.results;
  const invalid = results.find((r) => r.ruleId === 'schema/invalid')!;
  assert.deepEqual(invalid.locations[0]!.physicalLocation, {
    artifactLocation: { uri: 'apps/podinfo/overlays/dev/replicas-patch.yaml' },
    region: { startLine: 6, startColumn: 13 },
  });
  const deprecated = results.find((r) => r.ruleId === 'kustomize/deprecated-field')!;
  assert.deepEqual(deprecated.locations[0]!.physicalLocation.region, { startLine: 4 });
});

test('findings without a file are anchored to their kustomization, else to the config file, and marked', () => {
  const results = parse(renderSarif(report)).runs[0]!.results;
  const missing = results.find((r) => r.ruleId === 'schema/missing')!;
  assert.equal(missing.locations[0]!.physicalLocation.artifactLocation.uri, 'apps/metallb/overlays/dev/kustomization.yaml');
  assert.equal(missing.properties.anchored, true);
  const unreachable = results.find((r) => r.ruleId === 'schema/unreachable')!;
  assert.equal(unreachable.locations[0]!.physicalLocation.artifactLocation.uri, '.gitops-gate.yaml');
  const custom = parse(renderSarif(report, { anchorFile: 'README.md' })).runs[0]!.results.find((r) => r.ruleId === 'schema/unreachable')!;
  assert.equal(custom.locations[0]!.physicalLocation.artifactLocation.uri, 'README.md');
  const placed = results.find((r) => r.ruleId === 'schema/invalid')!;
  assert.equal(placed.properties.anchored, undefined);
});

test('the same problem in two environments stays two results with distinct fingerprints', () => {
  const results = parse(renderSarif(report)).runs[0]!.results.filter((r) => r.ruleId === 'schema/unknown-field');
  assert.equal(results.length, 2);
  assert.deepEqual(results.map((r) => r.properties.environment), ['dev', 'prod']);
  assert.notEqual(Object.values(results[0]!.partialFingerprints)[0], Object.values(results[1]!.partialFingerprints)[0]);
  assert.deepEqual(results[0]!.properties.resource, { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', namespace: 'argocd', name: 'metallb' });
  assert.match(results[0]!.message.text, /\(Application argocd\/metallb, environment dev\)$/);
});

test('fingerprints survive a moved line but not a different resource', () => {
  const base: Finding = { ruleId: 'schema/invalid', severity: 'error', message: 'm', file: 'a.yaml', line: 3, environment: 'dev', resource: { apiVersion: 'v1', kind: 'ConfigMap', name: 'a' } };
  const fp = (f: Finding): string => Object.values(parse(renderSarif(reportOf([f]))).runs[0]!.results[0]!.partialFingerprints)[0]!;
  assert.equal(fp(base), fp({ ...base, line: 30 }));
  assert.notEqual(fp(base), fp({ ...base, resource: { apiVersion: 'v1', kind: 'ConfigMap', name: 'b' } }));
  assert.match(fp(base), /^[0-9a-f]{16}$/);
});

test('URIs: repo-relative, no leading ./ or /, special characters percent-encoded', () => {
  assert.equal(toUri('./apps/a b/x#1?.yaml'), 'apps/a%20b/x%231%3F.yaml');
  assert.equal(toUri('apps/back\\slash.yaml'), 'apps/back%5Cslash.yaml');
  assert.equal(toUri('/abs/k.yaml'), 'abs/k.yaml');
});

test('more results than GitHub accepts: the most severe are kept and the rest counted', () => {
  const findings: Finding[] = [
    ...Array.from({ length: 5 }, (_, i): Finding => ({ ruleId: 'schema/missing', severity: 'warning', message: `w${i}`, file: 'a.yaml' })),
    ...Array.from({ length: 3 }, (_, i): Finding => ({ ruleId: 'schema/invalid', severity: 'error', message: `e${i}`, file: 'a.yaml' })),
  ];
  const run = parse(renderSarif(reportOf(findings), { maxResults: 4 })).runs[0]!;
  assert.equal(run.results.length, 4);
  assert.equal(run.results.filter((r) => r.level === 'error').length, 3);
  assert.deepEqual(run.properties, { totalResults: 8, omittedResults: 4 });
});

test('an unknown rule id still renders, with its own id as description', () => {
  const run = parse(renderSarif(reportOf([{ ruleId: 'future/rule', severity: 'notice', message: 'm' }]))).runs[0]!;
  assert.deepEqual(run.tool.driver.rules[0]!.shortDescription, { text: 'future/rule' });
  assert.equal(run.tool.driver.rules[0]!.defaultConfiguration.level, 'note');
});
