import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ParseCache, parseDocumentsOnce, readDocumentsOnce, clearParseCaches } from '../../src/core/kustomize/parse-cache.ts';
import { mergeTransformerConfig, parseTransformerConfig, sharedDefaultTransformerConfig } from '../../src/core/kustomize/default-config.ts';
import { parseYamlDocuments } from '../../src/core/yaml/parse.ts';
import { withoutNulls } from '../../src/core/schema/validator.ts';

test('ParseCache parses a path and text once; other text or a throwing parse is not served from it', () => {
  const cache = new ParseCache<number>();
  let parses = 0;
  const parse = () => ++parses;
  assert.equal(cache.get('/a.yaml', 'x: 1', parse), 1);
  assert.equal(cache.get('/a.yaml', 'x: 1', parse), 1);
  assert.equal(cache.get('/a.yaml', 'x: 2', parse), 2, 'changed text is parsed again');
  assert.equal(cache.get('/b.yaml', 'x: 1', parse), 3, 'same text at another path is parsed again');
  assert.throws(() => cache.get('/c.yaml', 'bad', () => { throw new Error('boom'); }), /boom/);
  assert.equal(cache.get('/c.yaml', 'bad', parse), 4, 'a failed parse is not stored');
});

test('ParseCache stays within its text budget', () => {
  const cache = new ParseCache<string>(10);
  cache.get('/a', '123456', () => 'a');
  cache.get('/b', '123456', () => 'b'); // over budget: the cache starts afresh
  let again = false;
  cache.get('/a', '123456', () => ((again = true), 'a'));
  assert.ok(again);
});

test('parseDocumentsOnce hands every caller its own copy of the documents', () => {
  clearParseCaches();
  let parses = 0;
  const parse = (text: string, file: string) => (parses++, parseYamlDocuments(text, file));
  const text = 'kind: ConfigMap\nmetadata:\n  name: a\ndata:\n  k: v\n';
  const first = parseDocumentsOnce(text, '/cm.yaml', parse);
  (first[0]!.value as { data: Record<string, string> }).data.k = 'changed by a build';
  const second = parseDocumentsOnce(text, '/cm.yaml', parse);
  assert.equal(parses, 1);
  assert.deepEqual(second[0]!.value, { kind: 'ConfigMap', metadata: { name: 'a' }, data: { k: 'v' } });
  assert.equal(second[0]!.line, first[0]!.line);
});

test('readDocumentsOnce shares the stored parse with readers, which builds copy without changing it', () => {
  clearParseCaches();
  let parses = 0;
  const parse = (text: string, file: string) => (parses++, parseYamlDocuments(text, file));
  const text = 'kind: ConfigMap\nmetadata:\n  name: a\n';
  const read = readDocumentsOnce(text, '/cm.yaml', parse);
  assert.equal(readDocumentsOnce(text, '/cm.yaml', parse)[0]!.value, read[0]!.value, 'readers get the one stored value, not a copy');
  const built = parseDocumentsOnce(text, '/cm.yaml', parse);
  assert.notEqual(built[0]!.value, read[0]!.value);
  (built[0]!.value as { metadata: { name: string } }).metadata.name = 'renamed by a build';
  assert.deepEqual(read[0]!.value, { kind: 'ConfigMap', metadata: { name: 'a' } });
  assert.equal(parses, 1);
});

test('merges of frozen transformer configs are remembered; unfrozen ones are merged afresh', () => {
  const defaults = sharedDefaultTransformerConfig();
  assert.ok(Object.isFrozen(defaults) && Object.isFrozen(defaults.commonLabels));
  const a = mergeTransformerConfig(defaults, defaults);
  assert.equal(mergeTransformerConfig(defaults, defaults), a);
  assert.throws(() => (a.commonLabels as unknown[]).push({ path: 'x' }), TypeError);
  const file = parseTransformerConfig({ namePrefix: [{ path: 'spec/x', kind: 'Widget' }] }, '/cfg.yaml');
  const b = mergeTransformerConfig(defaults, file);
  assert.notEqual(mergeTransformerConfig(defaults, file), b);
  assert.ok(b.namePrefix.some((s) => s.kind === 'Widget'));
});

test('withoutNulls copies only what holds a null member', () => {
  const clean = { spec: { replicas: 1, template: { metadata: { labels: { a: 'b' } } } } };
  assert.equal(withoutNulls(clean), clean);
  const spec = { strategy: { rollingUpdate: { maxSurge: null, maxUnavailable: 1 } }, selector: { x: 'y' }, list: [null, 1] };
  const out = withoutNulls({ spec }) as { spec: typeof spec };
  assert.deepEqual(out, { spec: { strategy: { rollingUpdate: { maxUnavailable: 1 } }, selector: { x: 'y' }, list: [null, 1] } });
  assert.equal(out.spec.selector, spec.selector, 'untouched parts are shared');
  assert.equal(spec.strategy.rollingUpdate.maxSurge, null, 'the input is not modified');
});
