import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultTransformerConfig,
  emptyTransformerConfig,
  makeTransformerConfig,
  mergeTransformerConfig,
  parseTransformerConfig,
} from '../../../src/core/kustomize/default-config.ts';
import { KustomizeError } from '../../../src/core/kustomize/errors.ts';
import { yamlDocs } from './helpers.ts';

test('default config has kustomize builtin sizes and comes sorted', () => {
  const c = defaultTransformerConfig();
  const sizes = Object.fromEntries(Object.entries(c).map(([k, v]) => [k, (v as unknown[]).length]));
  assert.deepEqual(
    { ...sizes, nameReference: undefined },
    { namePrefix: 1, nameSuffix: 1, namespace: 3, commonLabels: 32, labels: 0, templateLabels: 10, commonAnnotations: 9, images: 4, replicas: 4, varReference: 72, nameReference: undefined },
  );
  assert.deepEqual(c.replicas.map((s) => s.kind), ['Deployment', 'StatefulSet', 'ReplicaSet', 'ReplicationController']);
  // Merging the defaults into an empty config (what kustomize's accumulator does) changes nothing.
  const merged = mergeTransformerConfig(emptyTransformerConfig(), c);
  for (const key of ['commonLabels', 'templateLabels', 'commonAnnotations', 'namespace', 'varReference', 'images', 'replicas'] as const) {
    assert.deepEqual(merged[key], c[key], key);
  }
});

test('default config is a fresh copy each time', () => {
  const a = defaultTransformerConfig();
  a.commonLabels.push({ path: 'x' });
  assert.equal(defaultTransformerConfig().commonLabels.length, 32);
});

test('parseTransformerConfig reads every key, case-insensitively', () => {
  const doc = yamlDocs(`
namePrefix: [{path: spec/a, kind: W}]
NameSuffix: [{path: spec/b}]
namespace: ~
commonLabels: [{path: spec/c, create: true}]
labels: [{path: spec/d}]
templateLabels: []
commonAnnotations: [{path: spec/e}]
images: [{path: spec/f}]
replicas: [{path: spec/g, kind: W}]
varReference: [{path: spec/h}]
nameReference:
- kind: Secret
  fieldSpecs: [{path: spec/i, kind: W}]
`)[0]!;
  const c = parseTransformerConfig(doc, '/cfg.yaml');
  assert.deepEqual(c.namePrefix, [{ path: 'spec/a', kind: 'W', create: false }]);
  assert.deepEqual(c.nameSuffix, [{ path: 'spec/b', create: false }]);
  assert.deepEqual(c.namespace, []);
  assert.deepEqual(c.labels, [{ path: 'spec/d', create: false }]);
  assert.deepEqual(c.nameReference, [{ kind: 'Secret', fieldSpecs: [{ path: 'spec/i', kind: 'W', create: false }] }]);
});

test('parseTransformerConfig rejects unknown keys and bad shapes, naming the file', () => {
  const rows: [string, RegExp][] = [
    ['nameprefixes: []', /unknown field "nameprefixes"/],
    ['- a', /must be a map/],
    ['commonLabels: {path: x}', /commonLabels: expected a list of field specs/],
    ['commonLabels: [{path: x, bogus: 1}]', /unknown field "bogus"/],
    ['nameReference: [{kind: 1}]', /nameReference\[0\]\.kind: expected a string/],
  ];
  for (const [text, re] of rows) {
    assert.throws(
      () => parseTransformerConfig(yamlDocs(text)[0]!, '/cfg.yaml'),
      (e: unknown) => e instanceof KustomizeError && re.test(e.message) && e.file === '/cfg.yaml' && e.field === 'configurations',
      text,
    );
  }
});

test('makeTransformerConfig lets a specific spec replace the wildcard default it overlaps', () => {
  const file = parseTransformerConfig(yamlDocs('namePrefix: [{path: metadata/name, kind: Widget}]')[0]!, '/cfg.yaml');
  const widgetOnly = [{ kind: 'Widget', path: 'metadata/name', create: false }];
  assert.deepEqual(makeTransformerConfig([file]).namePrefix, widgetOnly);
  assert.deepEqual(mergeTransformerConfig(emptyTransformerConfig(), makeTransformerConfig([file])).namePrefix, widgetOnly);
  // Merging the file straight into the defaults (as a build that starts from them does) agrees.
  assert.deepEqual(mergeTransformerConfig(defaultTransformerConfig(), file).namePrefix, widgetOnly);
});

test('mergeTransformerConfig reports create conflicts per list', () => {
  const file = parseTransformerConfig(yamlDocs('commonLabels: [{path: metadata/labels}]')[0]!, '/cfg.yaml');
  assert.throws(() => mergeTransformerConfig(defaultTransformerConfig(), file), /failed to merge CommonLabels fieldSpec: conflicting fieldspecs/);
});
