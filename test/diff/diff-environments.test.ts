import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { diffEnvironments } from '../../src/core/diff/diff-environments.ts';
import { unifiedDiff } from '../../src/core/diff/format.ts';
import type { EnvironmentDiff } from '../../src/core/diff/model.ts';
import { renderDiffJson } from '../../src/core/render/diff-json.ts';
import { renderDiffMarkdownDocument } from '../../src/core/render/diff-markdown.ts';
import { renderDiffText } from '../../src/core/render/diff-text.ts';
import { configMap, cr, deployment, model, secret } from './models.ts';

const summary = (e: EnvironmentDiff) => e.resources.map((r) => `${r.change} ${r.kind} ${r.namespace}/${r.name}`);

function everyFormat(diffs: EnvironmentDiff[]): string[] {
  return [renderDiffText(diffs, { color: false }), renderDiffJson(diffs), renderDiffMarkdownDocument(diffs)];
}

test('added, removed and changed resources, keyed by group/kind/namespace/name; unchanged ones counted only', () => {
  const base = model('dev', [cr(deployment('api', 'api:1')), cr(deployment('old', 'old:1')), cr(configMap('same', { a: '1' }))]);
  const head = model('dev', [cr(deployment('api', 'api:2')), cr(deployment('new', 'new:1')), cr(configMap('same', { a: '1' }))]);
  const [dev] = diffEnvironments([base], [head], { ignoreNoise: true });
  assert.deepEqual(summary(dev!), ['changed Deployment web/api', 'added Deployment web/new', 'removed Deployment web/old']);
  assert.deepEqual([dev!.added, dev!.changed, dev!.removed, dev!.unchanged], [1, 1, 1, 1]);
  const api = dev!.resources[0]!;
  assert.equal(unifiedDiff(api.hunks).split('\n').filter((l) => /^[-+]/.test(l)).join('\n'), '-      - image: api:1\n+      - image: api:2');
  assert.equal(api.addedLines, 1);
  assert.equal(api.removedLines, 1);
});

test('an apiVersion change is a change of the same resource, not a removal and an addition', () => {
  const before = { apiVersion: 'autoscaling/v2beta2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'api', namespace: 'web' }, spec: {} };
  const after = { ...before, apiVersion: 'autoscaling/v2' };
  const [dev] = diffEnvironments([model('dev', [cr(before)])], [model('dev', [cr(after)])], { ignoreNoise: true });
  assert.deepEqual(summary(dev!), ['changed HorizontalPodAutoscaler web/api']);
});

test('a generated ConfigMap whose hash suffix changed is one changed resource', () => {
  const base = model('dev', [cr(configMap('web-config-5g8m9h6t2c', { LOG: 'info' }), { generatedHash: true })]);
  const head = model('dev', [cr(configMap('web-config-7b2fkc9m8d', { LOG: 'debug' }), { generatedHash: true })]);
  const [dev] = diffEnvironments([base], [head], { ignoreNoise: true });
  assert.deepEqual(summary(dev!), ['changed ConfigMap web/web-config-7b2fkc9m8d']);
  assert.equal(dev!.resources[0]!.previousName, 'web-config-5g8m9h6t2c');
});

test('a hash suffix is recognised without generator bookkeeping (followed Flux/Argo renders), but not on other kinds', () => {
  const base = model('dev', [cr(configMap('cfg-5g8m9h6t2c', { a: '1' })), cr({ ...deployment('x-5g8m9h6t2c', 'i:1') })]);
  const head = model('dev', [cr(configMap('cfg-7b2fkc9m8d', { a: '2' })), cr({ ...deployment('x-7b2fkc9m8d', 'i:1') })]);
  const [dev] = diffEnvironments([base], [head], { ignoreNoise: true });
  assert.deepEqual(summary(dev!), ['changed ConfigMap web/cfg-7b2fkc9m8d', 'removed Deployment web/x-5g8m9h6t2c', 'added Deployment web/x-7b2fkc9m8d']);
});

test('a generator with disableNameSuffixHash is matched by name only', () => {
  const base = model('dev', [cr(configMap('cfg-5g8m9h6t2c', { a: '1' }), { generatedHash: false })]);
  const head = model('dev', [cr(configMap('cfg-7b2fkc9m8d', { a: '2' }), { generatedHash: false })]);
  const [dev] = diffEnvironments([base], [head], { ignoreNoise: true });
  assert.deepEqual(dev!.resources.map((r) => r.change), ['removed', 'added']);
});

test('Secret values are never shown: per key added / removed / changed, in every format', () => {
  const oldValue = Buffer.from('old-s3cret-value').toString('base64');
  const newValue = Buffer.from('new-s3cret-value').toString('base64');
  const base = model('dev', [cr(secret('creds', { password: oldValue, gone: 'Z29uZQ==', same: 'c2FtZQ==' }))]);
  const head = model('dev', [cr(secret('creds', { password: newValue, added: 'YWRkZWQ=', same: 'c2FtZQ==' }))]);
  const diffs = diffEnvironments([base], [head], { ignoreNoise: true });
  const r = diffs[0]!.resources[0]!;
  assert.deepEqual(
    r.secretKeys.map((k) => `${k.field}.${k.key} ${k.change}`),
    ['data.added added', 'data.gone removed', 'data.password changed'],
  );
  assert.match(unifiedDiff(r.hunks), /^\+  password: <redacted, changed>$/m);
  const forbidden = ['old-s3cret-value', 'new-s3cret-value', oldValue, newValue, 'Z29uZQ==', 'YWRkZWQ=', 'c2FtZQ=='];
  for (const v of [oldValue, newValue]) {
    forbidden.push(createHash('sha256').update(v).digest('hex'), createHash('sha256').update(JSON.stringify(v)).digest('hex'));
  }
  for (const out of everyFormat(diffs)) for (const f of forbidden) assert.ok(!out.includes(f), `output shows ${f}`);
});

test('stringData, last-applied-configuration and Secrets inside a List are redacted too', () => {
  const lastApplied = '{"data":{"password":"cGxhaW4tbGVha2Vk"}}';
  const s1 = secret('one', { token: 'plain-token-1' }, 'web', 'stringData');
  (s1.metadata as Record<string, unknown>).annotations = { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied };
  const list = (token: string) => ({
    apiVersion: 'v1',
    kind: 'List',
    metadata: { name: 'bundle', namespace: 'web' },
    items: [configMap('x', { a: '1' }), secret('inner', { token }, 'web', 'stringData')],
  });
  const base = model('dev', [cr(list('inner-token-old'))]);
  const head = model('dev', [cr(s1), cr(list('inner-token-new'))]);
  const diffs = diffEnvironments([base], [head], { ignoreNoise: true });
  assert.deepEqual(summary(diffs[0]!), ['changed List web/bundle', 'added Secret web/one']);
  assert.deepEqual(diffs[0]!.resources[0]!.secretKeys, [{ at: 'items[1]', field: 'stringData', key: 'token', change: 'changed' }]);
  for (const out of everyFormat(diffs)) {
    for (const f of ['plain-token-1', 'inner-token-old', 'inner-token-new', 'cGxhaW4tbGVha2Vk']) assert.ok(!out.includes(f), `output shows ${f}`);
  }
});

test('malformed Secret data (not a map) is hidden whole', () => {
  const bad = (v: string) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'web' }, data: v });
  const diffs = diffEnvironments([model('dev', [cr(bad('raw-old'))])], [model('dev', [cr(bad('raw-new'))])], { ignoreNoise: true });
  assert.equal(diffs[0]!.changed, 1);
  for (const out of everyFormat(diffs)) assert.ok(!out.includes('raw-old') && !out.includes('raw-new'));
});

test('a Secret key named __proto__ is handled as data, not as a prototype', () => {
  const data = JSON.parse('{"__proto__": "cHJvdG8=", "k": "dg=="}') as Record<string, string>;
  const changed = JSON.parse('{"__proto__": "b3RoZXI=", "k": "dg=="}') as Record<string, string>;
  const diffs = diffEnvironments([model('dev', [cr(secret('s', data))])], [model('dev', [cr(secret('s', changed))])], { ignoreNoise: true });
  assert.deepEqual(diffs[0]!.resources[0]!.secretKeys.map((k) => k.key), ['__proto__']);
  for (const out of everyFormat(diffs)) assert.ok(!out.includes('cHJvdG8=') && !out.includes('b3RoZXI='));
});

test('noise: chart-version labels and checksum annotations hidden with the count said; shown when not ignored', () => {
  const base = model('dev', [
    cr(deployment('api', 'api:1', { labels: { 'helm.sh/chart': 'api-1.0.0' }, podAnnotations: { 'checksum/config': 'aaa' } })),
    cr(deployment('web', 'web:1', { labels: { 'app.kubernetes.io/version': '1.0' } })),
  ]);
  const head = model('dev', [
    cr(deployment('api', 'api:2', { labels: { 'helm.sh/chart': 'api-1.1.0' }, podAnnotations: { 'checksum/config': 'bbb' } })),
    cr(deployment('web', 'web:1', { labels: { 'app.kubernetes.io/version': '1.1' } })),
  ]);
  const [quiet] = diffEnvironments([base], [head], { ignoreNoise: true });
  assert.deepEqual(summary(quiet!), ['changed Deployment web/api']);
  assert.equal(quiet!.noiseOnly, 1);
  assert.equal(quiet!.hiddenNoiseLines, 6);
  assert.equal(quiet!.resources[0]!.hiddenNoiseLines, 4);
  assert.ok(!unifiedDiff(quiet!.resources[0]!.hunks).includes('helm.sh/chart'));
  assert.match(renderDiffMarkdownDocument([quiet!]), /6 changed lines of chart-version labels and checksum annotations hidden \(1 resource differ only in them\)/);

  const [loud] = diffEnvironments([base], [head], { ignoreNoise: false });
  assert.deepEqual(summary(loud!), ['changed Deployment web/api', 'changed Deployment web/web']);
  assert.equal(loud!.hiddenNoiseLines, 0);
  assert.match(unifiedDiff(loud!.resources[0]!.hunks), /^\+    helm\.sh\/chart: api-1\.1\.0$/m);
});

test('a noise label in a selector is a real change', () => {
  const d = (v: string) => {
    const obj = deployment('api', 'api:1');
    ((obj.spec as Record<string, Record<string, Record<string, string>>>).selector!.matchLabels!)['app.kubernetes.io/version'] = v;
    return obj;
  };
  const [dev] = diffEnvironments([model('dev', [cr(d('1'))])], [model('dev', [cr(d('2'))])], { ignoreNoise: true });
  assert.equal(dev!.changed, 1);
});

test('environments present at one revision only; render errors are counted', () => {
  const failure = { ruleId: 'kustomize/build-failed', severity: 'error' as const, message: 'boom' };
  const diffs = diffEnvironments(
    [model('dev', [cr(configMap('a', { k: 'v' }))], [failure]), model('old', [cr(configMap('b', { k: 'v' }))])],
    [model('dev', [cr(configMap('a', { k: 'v' }))]), model('new', [cr(configMap('c', { k: 'v' }))])],
    { ignoreNoise: true },
  );
  assert.deepEqual(
    diffs.map((e) => [e.environment, e.presentIn, e.added, e.removed, e.renderErrors.base]),
    [
      ['dev', 'both', 0, 0, 1],
      ['new', 'head', 1, 0, 0],
      ['old', 'base', 0, 1, 0],
    ],
  );
});

test('a duplicated key pairs its occurrences in order', () => {
  const base = model('dev', [cr(configMap('dup', { a: '1' })), cr(configMap('dup', { a: '2' }))]);
  const head = model('dev', [cr(configMap('dup', { a: '1' })), cr(configMap('dup', { a: '3' }))]);
  const [dev] = diffEnvironments([base], [head], { ignoreNoise: true });
  assert.deepEqual([dev!.changed, dev!.unchanged, dev!.added, dev!.removed], [1, 1, 0, 0]);
});

test('an environment whose base holds the very objects of its head (taken whole) diffs as one rendered twice', () => {
  const resources = [cr(configMap('dup', { a: '1' })), cr(configMap('dup', { a: '2' })), cr(deployment('api', 'api:1')), cr(secret('s', { k: 'v' }))];
  const head = model('dev', resources, [{ ruleId: 'kustomize/build-failed', severity: 'error', message: 'boom', environment: 'dev' }]);
  const shared = model('dev', resources.map((r) => ({ ...r })));
  const copied = model('dev', resources.map((r) => cr(structuredClone(r.resource.obj))));
  const [fromShared] = diffEnvironments([shared], [head], { ignoreNoise: true });
  const [fromCopies] = diffEnvironments([copied], [head], { ignoreNoise: true });
  assert.deepEqual(fromShared, fromCopies);
  assert.deepEqual([fromShared!.unchanged, fromShared!.renderErrors.head], [4, 1]);
});

test('the per-resource line cap truncates and says how much', () => {
  const big = (v: string) => configMap('big', Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${String(i).padStart(3, '0')}`, `${v}${i}`])));
  const [dev] = diffEnvironments([model('dev', [cr(big('a'))])], [model('dev', [cr(big('b'))])], { ignoreNoise: true, maxLinesPerResource: 100 });
  const r = dev!.resources[0]!;
  assert.equal(r.hunks.reduce((n, h) => n + h.lines.length, 0), 100);
  assert.equal(r.addedLines, 500);
  assert.ok(r.truncatedLines > 0);
  const h = r.hunks[r.hunks.length - 1]!;
  assert.equal(h.baseCount, h.lines.filter((l) => l.op !== '+').length);
});
