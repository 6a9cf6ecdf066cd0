// One finding per cause: schema/missing once per apiVersion/kind and environment, schema/unreachable once
// per run in one readable sentence.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeLocation, mergeMissingSchemas, OutageLog } from '../../src/core/merge-findings.ts';
import type { Finding } from '../../src/core/model/finding.ts';

const missing = (env: string, kind: string, name: string, file: string, line: number): Finding => ({
  ruleId: 'schema/missing',
  severity: 'warning',
  message: `no schema found for example.com/v1 ${kind}; it was not validated (a schema location could not be reached; see the schema/unreachable notice)`,
  environment: env,
  resource: { apiVersion: 'example.com/v1', kind, namespace: 'web', name },
  file,
  line,
});

test('schema/missing: one per kind and environment, with the count and the first places, where the first was', () => {
  const other: Finding = { ruleId: 'secret/plaintext', severity: 'warning', message: 'x', environment: 'dev' };
  const merged = mergeMissingSchemas([
    missing('dev', 'Widget', 'a', 'a.yaml', 1),
    other,
    missing('dev', 'Widget', 'b', 'b.yaml', 2),
    missing('dev', 'Widget', 'c', 'a.yaml', 1),
    missing('dev', 'Widget', 'd', 'c.yaml', 3),
    missing('dev', 'Widget', 'e', 'd.yaml', 4),
    missing('prod', 'Widget', 'a', 'a.yaml', 1),
    missing('dev', 'Gadget', 'g', 'g.yaml', 7),
    missing('dev', 'Gadget', 'h', 'g.yaml', 7),
  ]);
  assert.deepEqual(
    merged.map((f) => [f.environment, f.resource?.name ?? '-', f.message]),
    [
      ['dev', 'a', 'no schema found for example.com/v1 Widget; 5 resources of this kind were not validated (at a.yaml:1, b.yaml:2, c.yaml:3 and 1 more) (a schema location could not be reached; see the schema/unreachable notice)'],
      ['dev', '-', 'x'],
      ['prod', 'a', 'no schema found for example.com/v1 Widget; it was not validated (a schema location could not be reached; see the schema/unreachable notice)'],
      ['dev', 'g', 'no schema found for example.com/v1 Gadget; 2 resources of this kind were not validated, all from g.yaml:7 (a schema location could not be reached; see the schema/unreachable notice)'],
    ],
  );
});

test('schema/unreachable: one sentence for the run, locations named by host and repository, no URL templates', () => {
  const log = new OutageLog();
  const template = 'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/{{.NormalizedKubernetesVersion}}-standalone{{.StrictSuffix}}/{{.ResourceKind}}{{.KindSuffix}}.json';
  const outage = { location: template, reason: 'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/v1.31.0-standalone-strict/service-v1.json: fetch failed (ENOTFOUND)' };
  log.add(outage, { apiVersion: 'v1', kind: 'Service', name: 'a' }, 'dev');
  log.add(outage, { apiVersion: 'v1', kind: 'Service', name: 'a' }, 'prod');
  log.add(outage, { apiVersion: 'extensions/v1beta1', kind: 'Ingress', name: 'old' }, 'dev');
  log.forget({ apiVersion: 'extensions/v1beta1', kind: 'Ingress', name: 'old' }, 'dev');
  const notice = log.notice()!;
  assert.equal(
    notice.message,
    'a schema location could not be reached, so 2 resources of 1 kind went unvalidated: raw.githubusercontent.com/yannh/kubernetes-json-schema (fetch failed (ENOTFOUND)). Give a reachable location with --schemas or GITOPS_GATE_SCHEMAS, or pre-fill the schema cache',
  );
  assert.equal(notice.environment, undefined);
  assert.equal(new OutageLog().notice(), undefined);
  assert.equal(describeLocation('/srv/schemas'), '/srv/schemas');
});
