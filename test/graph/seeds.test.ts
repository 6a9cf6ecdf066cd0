// The users' wave tables (seeds 000, 002, 004) as fixture repositories: the correct orders pass, every
// inversion is caught with both ends named and the file to change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, edit, loadFixture, ROOT, ruleIds } from './harness.ts';

const WAVE_000 = 'argo/applications/fleet-manager';

test('seed 000: MetalLB 1 → pool 2 → Traefik 3 → apps 4 passes', () => {
  assert.deepEqual(check(loadFixture('waves-000')).findings, []);
});

test('seed 000: the pool synced before the MetalLB chart is a wave/crd-order naming both', () => {
  const files = edit(loadFixture('waves-000'), `${WAVE_000}/metallb-config.yaml`, 'sync-wave: "2"', 'sync-wave: "0"');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['wave/crd-order']);
  const f = findings[0]!;
  assert.match(f.message, /IPAddressPool metallb-system\/default-pool of Application argocd\/metallb-config \(wave 0\)/);
  assert.match(f.message, /Application argocd\/metallb \(wave 1\)/);
  assert.equal(f.file, `${ROOT}/${WAVE_000}/metallb-config.yaml`);
  assert.equal(f.path, '/metadata/annotations/argocd.argoproj.io~1sync-wave');
  assert.deepEqual(f.resource, { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', namespace: 'argocd', name: 'metallb-config' });
});

test('seed 000: the pool in the same wave as its chart fails the dry run (wave/crd-order), unless SkipDryRunOnMissingResource', () => {
  const same = edit(loadFixture('waves-000'), `${WAVE_000}/metallb-config.yaml`, 'sync-wave: "2"', 'sync-wave: "1"');
  const { findings } = check(same);
  assert.deepEqual(ruleIds(findings), ['wave/crd-order']);
  assert.match(findings[0]!.message, /both sync in wave 1/);
  const skipped = edit(same, `${WAVE_000}/metallb-config.yaml`, 'CreateNamespace=true', 'CreateNamespace=true\n      - SkipDryRunOnMissingResource=true');
  assert.deepEqual(check(skipped).findings, []);
});

test('seed 000: Traefik before its address pool is a wave/order (LoadBalancer Service)', () => {
  const files = edit(loadFixture('waves-000'), `${WAVE_000}/traefik.yaml`, 'sync-wave: "3"', 'sync-wave: "1"');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['wave/order']);
  assert.match(findings[0]!.message, /Service traefik\/traefik of Application argocd\/traefik \(wave 1\) needs IPAddressPool metallb-system\/default-pool of Application argocd\/metallb-config \(wave 2\)/);
  assert.match(findings[0]!.message, /LoadBalancer/);
  assert.equal(findings[0]!.file, `${ROOT}/${WAVE_000}/traefik.yaml`);
});

test('seed 000: an app before its ingress controller is a wave/order (IngressClass)', () => {
  const files = edit(loadFixture('waves-000'), `${WAVE_000}/grafana.yaml`, 'sync-wave: "4"', 'sync-wave: "2"');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['wave/order']);
  assert.match(findings[0]!.message, /Ingress monitoring\/grafana of Application argocd\/grafana \(wave 2\) needs IngressClass traefik of Application argocd\/traefik \(wave 3\)/);
});

test('seed 000: an unreadable wave is wave/invalid', () => {
  const files = edit(loadFixture('waves-000'), `${WAVE_000}/traefik.yaml`, 'sync-wave: "3"', 'sync-wave: "three"');
  const { findings } = check(files);
  // Argo CD reads "three" as wave 0: Traefik then also comes before its pool.
  assert.deepEqual(ruleIds(findings), ['wave/invalid', 'wave/order']);
  assert.match(findings.find((f) => f.ruleId === 'wave/invalid')!.message, /"three"/);
});

test('seed 000: without the Application health check in argocd-cm the waves do not wait (wave/child-health)', () => {
  const files = edit(loadFixture('waves-000'), 'argo/root/argocd-cm.yaml', 'resource.customizations.health.argoproj.io_Application', 'resource.customizations.ignoreDifferences.all');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['wave/child-health']);
  assert.equal(findings[0]!.severity, 'warning');
  assert.equal(findings[0]!.file, `${ROOT}/argo/root/argocd-cm.yaml`);
  assert.equal(findings[0]!.path, '/data');
});

const APPS_002 = 'argocd/apps/dev';

test('seed 002: cert-manager, metallb 0 → traefik, synology-csi 1 → authelia, monitoring 2 passes', () => {
  assert.deepEqual(check(loadFixture('waves-002')).findings, []);
});

test('seed 002: authelia in the wave of traefik: its Middleware and IngressRoute cannot be dry-run', () => {
  const files = edit(loadFixture('waves-002'), `${APPS_002}/authelia.yaml`, 'sync-wave: "2"', 'sync-wave: "1"');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['wave/crd-order']);
  assert.match(findings[0]!.message, /traefik\.io\/(Middleware|IngressRoute), which Application argocd\/traefik \(wave 1\) installs/);
  assert.match(findings[0]!.message, /and 1 more/);
});

test('seed 002: traefik before metallb waits for an address pool that comes later', () => {
  const files = edit(loadFixture('waves-002'), `${APPS_002}/traefik.yaml`, 'sync-wave: "1"', 'sync-wave: "-1"');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['wave/order']);
  const order = findings.find((f) => f.ruleId === 'wave/order')!;
  assert.match(order.message, /Application argocd\/traefik \(wave -1\) needs IPAddressPool metallb\/assigned-pool of Application argocd\/metallb \(wave 0\)/);
});

test('seed 002: a Certificate whose ClusterIssuer syncs later is a wave/order', () => {
  const files = edit(loadFixture('waves-002'), `${APPS_002}/cert-manager.yaml`, 'sync-wave: "0"', 'sync-wave: "3"');
  const { findings } = check(files);
  assert.ok(findings.some((f) => f.ruleId === 'wave/order' && /needs ClusterIssuer cert-manager\/letsencrypt/.test(f.message)));
  assert.ok(findings.every((f) => f.ruleId === 'wave/order' || f.ruleId === 'wave/crd-order'));
});

const FLUX = 'flux/clusters/talos';

test('seed 004: apps dependsOn infrastructure passes', () => {
  assert.deepEqual(check(loadFixture('flux-004')).findings, []);
});

test('seed 004: apps without dependsOn infrastructure applies IngressRoutes before Traefik (flux/crd-order)', () => {
  const files = edit(loadFixture('flux-004'), `${FLUX}/apps.yaml`, /  dependsOn:\n    - name: infrastructure\n/, '');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['flux/crd-order']);
  const f = findings[0]!;
  assert.match(f.message, /Kustomization flux-system\/apps \(dependsOn: none\) applies IngressRoute cluster-dashboard\/cluster-dashboard, Middleware cluster-dashboard\/security-headers/);
  assert.match(f.message, /HelmRelease traefik\/traefik \(chart traefik\) applied by Kustomization flux-system\/infrastructure/);
  assert.match(f.message, /add infrastructure to spec\.dependsOn/);
  assert.equal(f.file, `${ROOT}/${FLUX}/apps.yaml`);
});

test('seed 004: a custom resource applied together with the HelmRelease that installs its CRD (flux/crd-order)', () => {
  let files = loadFixture('flux-004');
  files = edit(files, 'flux/infrastructure/traefik/kustomization.yaml', '  - helmrelease.yaml', '  - helmrelease.yaml\n  - middleware.yaml');
  files = { ...files, 'flux/infrastructure/traefik/middleware.yaml': 'apiVersion: traefik.io/v1alpha1\nkind: Middleware\nmetadata:\n  name: redirect\nspec:\n  redirectScheme:\n    scheme: https\n' };
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['flux/crd-order']);
  assert.match(findings[0]!.message, /Kustomization flux-system\/infrastructure .*applies Middleware traefik\/redirect, whose CRD comes from HelmRelease traefik\/traefik \(chart traefik\), which it applies at the same time/);
});

test('seed 004: a dependsOn naming nothing is flux/dependson-missing', () => {
  const files = edit(loadFixture('flux-004'), `${FLUX}/apps.yaml`, '- name: infrastructure', '- name: infra');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['flux/crd-order', 'flux/dependson-missing']);
  const f = findings.find((x) => x.ruleId === 'flux/dependson-missing')!;
  assert.match(f.message, /Kustomization flux-system\/apps depends on Kustomization flux-system\/infra, which this environment does not define/);
  assert.equal(f.path, '/spec/dependsOn/0/name');
});

test('seed 004: a HelmRelease dependsOn without the namespace of its target is missing, with a hint', () => {
  const files = edit(loadFixture('flux-004'), 'flux/apps/n8n/helmrelease.yaml', '      namespace: traefik\n', '');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['flux/dependson-missing']);
  assert.match(findings[0]!.message, /HelmRelease n8n\/traefik.*there is HelmRelease traefik\/traefik — set its namespace/);
});

test('seed 004: infrastructure ⇄ apps is a flux/dependson-cycle printing the cycle', () => {
  const files = edit(loadFixture('flux-004'), `${FLUX}/infrastructure.yaml`, '  interval: 10m', '  dependsOn:\n    - name: apps\n  interval: 10m');
  const { findings } = check(files);
  assert.deepEqual(ruleIds(findings), ['flux/dependson-cycle']);
  assert.match(findings[0]!.message, /apps → infrastructure → apps/);
});
