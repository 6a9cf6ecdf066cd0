import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkSchemas } from '../../src/core/checks/schema.ts';
import { normalizedKubernetesVersion, pickVersionDir } from '../../src/core/schema/kubernetes-version.ts';
import { LocationSchemaSource } from '../../src/core/schema/location-source.ts';
import {
  expandSchemaTemplate,
  KUBECONFORM_DEFAULT_TEMPLATE,
  parseSchemaLocation,
  SchemaLocationError,
  splitSchemaLocations,
  templateVariables,
} from '../../src/core/schema/locations.ts';
import type { LoadResult, SchemaLoader } from '../../src/core/schema/source.ts';
import { createSchemaSource, defaultSchemaCacheDir } from '../../src/io/schema-store.ts';
import { resourcesFromYaml, SCHEMAS_DIR, SKIP_NO_SCHEMAS } from './helpers.ts';

test('pickVersionDir: newest patch of the minor, master when newer than all', () => {
  const dirs = ['v1.29.14', 'v1.30.10', 'v1.31.6', 'v1.31.2', 'v1.32.2', 'master'];
  assert.equal(pickVersionDir('1.31', dirs), 'v1.31.6');
  assert.equal(pickVersionDir('1.31.2', dirs), 'v1.31.2');
  assert.equal(pickVersionDir('v1.31.4', dirs), 'v1.31.6');
  assert.equal(pickVersionDir('1.33', dirs), 'master');
  assert.equal(pickVersionDir('master', dirs), 'master');
  assert.equal(pickVersionDir('1.27', dirs), 'v1.29.14');
  assert.equal(pickVersionDir('1.33', ['v1.31.6']), 'v1.31.6');
  assert.equal(normalizedKubernetesVersion('1.31'), 'v1.31.0');
  assert.equal(normalizedKubernetesVersion('master'), 'master');
});

test('kubeconform templates expand like kubeconform', () => {
  const core = templateVariables('1.31', 'v1', 'Service');
  assert.equal(expandSchemaTemplate(KUBECONFORM_DEFAULT_TEMPLATE, core).split('/').slice(-2).join('/'), 'v1.31.0-standalone-strict/service-v1.json');
  const apps = templateVariables('1.31.6', 'networking.k8s.io/v1', 'Ingress');
  assert.equal(expandSchemaTemplate('{{ .ResourceKind }}{{.KindSuffix}}.json', apps), 'ingress-networking-v1.json');
  const crd = templateVariables('1.31', 'argoproj.io/v1alpha1', 'Application');
  assert.equal(expandSchemaTemplate('/s/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json', crd), '/s/argoproj.io/application_v1alpha1.json');
  assert.throws(() => parseSchemaLocation('https://x/{{.Kind}}.json'), SchemaLocationError);
  assert.deepEqual(parseSchemaLocation('default'), { type: 'template', template: KUBECONFORM_DEFAULT_TEMPLATE });
  assert.deepEqual(parseSchemaLocation('/data/schemas/'), { type: 'layout', base: '/data/schemas' });
});

test('splitSchemaLocations keeps URLs whole', () => {
  assert.deepEqual(splitSchemaLocations('/a:/b:https://h/{{.Group}}/x.json:http://m:8080/s'), ['/a', '/b', 'https://h/{{.Group}}/x.json', 'http://m:8080/s']);
});

/** A loader over an in-memory map, counting loads. */
function fakeLoader(files: Record<string, unknown>, dirs: Record<string, string[]> = {}): SchemaLoader & { loads: string[] } {
  const loads: string[] = [];
  return {
    loads,
    async loadJson(location): Promise<LoadResult> {
      loads.push(location);
      if (location.startsWith('https://down.test/')) return { status: 'failed', reason: 'fetch failed (ENOTFOUND)' };
      return location in files ? { status: 'ok', value: files[location] } : { status: 'absent' };
    },
    async listDir(location) {
      return dirs[location];
    },
  };
}

test('locations: first match wins, outage marks a remote location down once', async () => {
  const widget = { type: 'object', properties: { spec: { type: 'object', properties: { size: { type: 'integer' } }, additionalProperties: false } } };
  const loader = fakeLoader({ '/local/crds/example.com/widget_v1.json': widget });
  const source = new LocationSchemaSource(
    [parseSchemaLocation('https://down.test/{{.Group}}/{{.ResourceKind}}.json'), parseSchemaLocation('/local')],
    loader,
  );
  const request = { kubernetesVersion: '1.31', apiVersion: 'example.com/v1', kind: 'Widget' };
  const first = await source.lookup(request);
  assert.equal(first.schema?.origin, '/local/crds/example.com/widget_v1.json');
  assert.equal(first.outages.length, 1);
  await source.lookup({ ...request, kind: 'Gadget' });
  assert.equal(loader.loads.filter((l) => l.startsWith('https://down.test/')).length, 1, 'a down location is not asked again');
});

test('layout: built-in kinds come from _definitions.json by x-kubernetes-group-version-kind', { skip: SKIP_NO_SCHEMAS }, async () => {
  const source = createSchemaSource({ locations: [SCHEMAS_DIR], includeDefaults: false });
  const found = await source.lookup({ kubernetesVersion: '1.31', apiVersion: 'apps/v1', kind: 'Deployment' });
  assert.equal(found.schema?.pointer, '/definitions/io.k8s.api.apps.v1.Deployment');
  assert.match(found.schema!.origin, /v1\.31\.6-standalone-strict\/_definitions\.json$/);
  const newer = await source.lookup({ kubernetesVersion: '1.40', apiVersion: 'apps/v1', kind: 'Deployment' });
  assert.match(newer.schema!.origin, /master-standalone-strict/);
});

test('unreachable defaults fail fast: schema/missing warnings and one notice', async (t) => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gitops-gate-schema-'));
  // Point the defaults at a host that cannot resolve, whatever network this machine has.
  const source = createSchemaSource({
    locations: ['https://schemas.invalid/{{.NormalizedKubernetesVersion}}/{{.ResourceKind}}{{.KindSuffix}}.json'],
    includeDefaults: true,
    cacheDir,
    timeoutMs: 3000,
  });
  const resources = resourcesFromYaml(
    ['apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: b}', 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata: {name: c}'].join('\n---\n'),
  );
  const started = Date.now();
  const findings = await checkSchemas(resources, { source, kubernetesVersion: '1.31' });
  const elapsed = Date.now() - started;
  t.diagnostic(`${elapsed} ms; ${findings.map((f) => `${f.ruleId}: ${f.message}`).join(' | ')}`);
  assert.ok(elapsed < 10_000, `took ${elapsed} ms`);
  const missing = findings.filter((f) => f.ruleId === 'schema/missing');
  const notices = findings.filter((f) => f.severity === 'notice');
  // Without network every location is down (one notice each); with network, the defaults may answer.
  assert.equal(notices.length, 1, 'one notice for all unreachable locations');
  assert.equal(notices[0]!.ruleId, 'schema/unreachable');
  assert.match(notices[0]!.message, /could not be used.*schemas\.invalid/);
  if (missing.length === 3) assert.match(missing[0]!.message, /could not be reached/);
});

test('defaultSchemaCacheDir prefers the runner tool cache, then XDG', () => {
  assert.equal(defaultSchemaCacheDir({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache' }), '/opt/hostedtoolcache/gitops-gate/schemas');
  assert.equal(defaultSchemaCacheDir({ XDG_CACHE_HOME: '/c' }), '/c/gitops-gate/schemas');
});
