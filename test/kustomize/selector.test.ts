import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Resource } from '../../src/core/kustomize/resource.ts';
import {
  effectiveNamespace,
  formatKustomizeId,
  idEquals,
  idSelectedBy,
  matchesRequirements,
  parseLabelSelector,
  parseSelector,
  selectResources,
} from '../../src/core/kustomize/selector.ts';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';

const res = (apiVersion: string, kind: string, name: string, namespace?: string, labels?: Record<string, string>) =>
  new Resource({ apiVersion, kind, metadata: { name, ...(namespace ? { namespace } : {}), ...(labels ? { labels } : {}) } });

const labelCases: { selector: string; labels: Record<string, string>; match: boolean }[] = [
  { selector: 'app=web', labels: { app: 'web' }, match: true },
  { selector: 'app==web', labels: { app: 'web' }, match: true },
  { selector: 'app!=web', labels: { app: 'db' }, match: true },
  { selector: 'app!=web', labels: {}, match: true },
  { selector: 'app in (web, db)', labels: { app: 'db' }, match: true },
  { selector: 'app notin (web,db)', labels: { app: 'db' }, match: false },
  { selector: 'app notin (web,db)', labels: {}, match: true },
  { selector: 'app', labels: { app: '' }, match: true },
  { selector: '!app', labels: { app: 'x' }, match: false },
  { selector: 'app=web,tier=front', labels: { app: 'web' }, match: false },
  { selector: 'n>3', labels: { n: '4' }, match: true },
  { selector: 'n<3', labels: { n: 'x' }, match: false },
  { selector: 'app.kubernetes.io/name=web', labels: { 'app.kubernetes.io/name': 'web' }, match: true },
];

for (const c of labelCases) {
  test(`label selector '${c.selector}' on ${JSON.stringify(c.labels)}`, () => {
    assert.equal(matchesRequirements(parseLabelSelector(c.selector), new Map(Object.entries(c.labels))), c.match);
  });
}

test('bad label selectors are KustomizeErrors', () => {
  for (const bad of ['app in web', 'app=a=b', '=x', 'a in (x', 'n>x']) {
    assert.throws(() => parseLabelSelector(bad), KustomizeError, bad);
  }
});

test('selectResources: anchored regexes, original or current name, effective namespaces', () => {
  const web = res('apps/v1', 'Deployment', 'web');
  const webNs = res('apps/v1', 'Deployment', 'web2', 'prod', { tier: 'front' });
  const svc = res('v1', 'Service', 'web');
  const renamed = res('apps/v1', 'Deployment', 'old');
  renamed.storePreviousId();
  renamed.setName('p-old');
  const all = [web, webNs, svc, renamed];
  assert.deepEqual(selectResources(all, { kind: 'Deployment', name: 'web' }), [web]);
  assert.deepEqual(selectResources(all, { name: 'web.*' }), [web, webNs, svc]);
  assert.deepEqual(selectResources(all, { kind: 'Deploy' }), []);
  assert.deepEqual(selectResources(all, { namespace: 'default', kind: 'Deployment' }), [web, renamed]);
  assert.deepEqual(selectResources(all, { name: 'old' }), [renamed]);
  assert.deepEqual(selectResources(all, { name: 'p-old' }), [renamed]);
  assert.deepEqual(selectResources(all, { group: 'apps', version: 'v1' }), [web, webNs, renamed]);
  assert.deepEqual(selectResources(all, { group: '' , version: 'v1', kind: 'Service' }), [svc]);
  assert.deepEqual(selectResources(all, { labelSelector: 'tier=front' }), [webNs]);
});

test('ids: effective namespace, equality, kustomize formatting', () => {
  const id = res('apps/v1', 'Deployment', 'web').curId();
  assert.equal(effectiveNamespace(id), 'default');
  assert.equal(effectiveNamespace(res('v1', 'Namespace', 'x', 'ignored').curId()), '_non_namespaceable_');
  assert.ok(idEquals(id, { ...id, namespace: 'default' }));
  assert.ok(!idEquals(id, { ...id, namespace: 'prod' }));
  assert.equal(formatKustomizeId(id), 'Deployment.v1.apps/web.[noNs]');
  assert.equal(formatKustomizeId(res('v1', 'ConfigMap', 'c', 'ns').curId()), 'ConfigMap.v1.[noGrp]/c.ns');
  assert.ok(idSelectedBy(id, { kind: 'Deployment', name: 'web', namespace: 'default' }));
  assert.ok(!idSelectedBy(id, { name: 'we.*' }), 'replacement selectors are not regexes');
});

test('parseSelector rejects non-strings', () => {
  assert.deepEqual(parseSelector({ kind: 'X', name: 'y', extra: 1 }, 'k.yaml', 'patches.target'), { kind: 'X', name: 'y' });
  assert.throws(() => parseSelector({ kind: 3 }, 'k.yaml', 'patches.target'), /patches.target.kind must be a string/);
  assert.throws(() => parseSelector('Deployment', 'k.yaml', 'patches.target'), KustomizeError);
});
