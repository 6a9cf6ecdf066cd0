import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateInYaml, YamlLocator } from '../../src/core/yaml/locate.ts';

const text = [
  '# a comment', //                         1
  'apiVersion: v1', //                      2
  'kind: ConfigMap', //                     3
  'metadata:', //                           4
  '  name: one', //                         5
  '---', //                                 6
  'apiVersion: apps/v1', //                 7
  'kind: Deployment', //                    8
  'spec:', //                               9
  '  template:', //                        10
  '    spec:', //                          11
  '      containers:', //                  12
  '      - name: app', //                  13
  '        image: nginx', //               14
  '      - name: sidecar', //              15
  '        ports: [{containerPort: 80}]', // 16
  'defaults: &d', //                       17
  '  replicas: 2', //                      18
  'merged:', //                            19
  '  <<: *d', //                           20
  '  own: 1', //                           21
  '',
].join('\n');

test('keys and sequence items are found at their line and column', () => {
  assert.deepEqual(locateInYaml(text, 0, ['metadata', 'name']), { line: 5, column: 3, exact: true });
  assert.deepEqual(locateInYaml(text, 1, ['spec', 'template', 'spec', 'containers']), {
    line: 12,
    column: 7,
    exact: true,
  });
  assert.deepEqual(locateInYaml(text, 1, ['spec', 'template', 'spec', 'containers', 1]), {
    line: 15,
    column: 9,
    exact: true,
  });
  assert.deepEqual(locateInYaml(text, 1, ['spec', 'template', 'spec', 'containers', 0, 'image']), {
    line: 14,
    column: 9,
    exact: true,
  });
  assert.deepEqual(locateInYaml(text, 1, ['spec', 'template', 'spec', 'containers', '1', 'ports', 0, 'containerPort']), {
    line: 16,
    column: 18,
    exact: true,
  });
});

test('the document itself, and missing paths fall back to the deepest ancestor', () => {
  assert.deepEqual(locateInYaml(text, 0, []), { line: 2, column: 1, exact: true });
  assert.deepEqual(locateInYaml(text, 1, ['spec', 'template', 'metadata', 'labels']), {
    line: 10,
    column: 3,
    exact: false,
  });
  assert.deepEqual(locateInYaml(text, 1, ['spec', 'template', 'spec', 'containers', 7]), {
    line: 12,
    column: 7,
    exact: false,
  });
  assert.equal(locateInYaml(text, 5, ['kind']), undefined);
});

test('keys that come from a merge are found where the merged map defines them', () => {
  assert.deepEqual(locateInYaml(text, 1, ['merged', 'replicas']), { line: 18, column: 3, exact: true });
  assert.deepEqual(locateInYaml(text, 1, ['merged', 'own']), { line: 21, column: 3, exact: true });
});

test('document indexes count empty documents, as parseYamlDocuments does', () => {
  const stream = '---\n# nothing\n---\nkind: A\n';
  assert.deepEqual(new YamlLocator(stream).locate(1, ['kind']), { line: 4, column: 1, exact: true });
  assert.equal(new YamlLocator(stream).locate(0, ['kind']), undefined);
});

test('unparseable text gives no location rather than an exception', () => {
  assert.doesNotThrow(() => locateInYaml('a: "unclosed\n', 0, ['a']));
  assert.doesNotThrow(() => locateInYaml('\0\0\0', 0, ['a']));
});
