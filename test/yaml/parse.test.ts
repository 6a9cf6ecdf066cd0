import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlDocuments, YamlError } from '../../src/core/yaml/parse.ts';

function fails(text: string, pattern: RegExp, where?: { line: number; column: number }): void {
  assert.throws(
    () => parseYamlDocuments(text, 'f.yaml'),
    (e: unknown) => {
      assert.ok(e instanceof YamlError, `expected a YamlError, got ${String(e)}`);
      assert.match(e.message, pattern);
      assert.equal(e.file, 'f.yaml');
      if (where) assert.deepEqual({ line: e.line, column: e.column }, where);
      return true;
    },
  );
}

test('documents: empty ones are skipped but counted, each knows where it starts', () => {
  const docs = parseYamlDocuments('# lead\n---\n# only a comment\n---\na: 1\n---\n---\n\n  - x\n...\n', 'f.yaml');
  assert.deepEqual(
    docs.map((d) => [d.index, d.line, d.column, d.value]),
    [
      [1, 5, 1, { a: 1 }],
      [3, 9, 3, ['x']],
    ],
  );
  assert.deepEqual(parseYamlDocuments('', 'f.yaml'), []);
  assert.deepEqual(parseYamlDocuments('---\nnull\n', 'f.yaml'), []);
});

test('JSON input', () => {
  const [doc] = parseYamlDocuments('{"apiVersion": "v1", "n": 1.50, "list": [true, null, "x"]}', 'f.json');
  assert.deepEqual(doc!.value, { apiVersion: 'v1', n: 1.5, list: [true, null, 'x'] });
});

test('mapping keys keep their text: 1, true, 0x10 and 1.5 are strings', () => {
  const [doc] = parseYamlDocuments('1: one\ntrue: t\n0x10: hex\n1.5: f\n"q": 2\n', 'f.yaml');
  assert.deepEqual(doc!.value, { '1': 'one', true: 't', '0x10': 'hex', '1.5': 'f', q: 2 });
});

test('anchors, aliases and merge keys are expanded (explicit keys win, earlier merges win)', () => {
  const [doc] = parseYamlDocuments(
    'base: &b {k1: v1, k2: v2}\nm1: {<<: *b, k2: override}\nm2:\n  <<: [*b, {k4: v4, k1: no}]\nm3: *b\n',
    'f.yaml',
  );
  assert.deepEqual(doc!.value, {
    base: { k1: 'v1', k2: 'v2' },
    m1: { k2: 'override', k1: 'v1' },
    m2: { k1: 'v1', k2: 'v2', k4: 'v4' },
    m3: { k1: 'v1', k2: 'v2' },
  });
  const value = doc!.value as { base: object; m3: object };
  assert.notEqual(value.base, value.m3, 'each alias use is its own copy');
});

test('a __proto__ key is an own key and pollutes nothing', () => {
  const [doc] = parseYamlDocuments('__proto__: {polluted: 1}\n', 'f.yaml');
  const value = doc!.value as Record<string, unknown>;
  assert.deepEqual(Object.keys(value), ['__proto__']);
  assert.equal(Object.getPrototypeOf(value), Object.prototype);
  assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
});

test('what kustomize refuses is a YamlError with a position', () => {
  fails('a: 1\nb: 2\na: 3\n', /mapping key "a" already defined at line 1/, { line: 3, column: 1 });
  fails('~: 1\n', /mapping key is null/);
  fails('[a]: 1\n', /mapping keys must be scalars/);
  fails('a: .inf\n', /cannot be represented in JSON/, { line: 1, column: 4 });
  fails('a: .nan\n', /cannot be represented in JSON/);
  fails('a: !!int abc\n', /cannot decode !!str `abc` as a !!int/);
  fails('a: !!bool yes\n', /as a !!bool/);
  fails('c: {<<: 1}\n', /map merge requires map/);
  fails('a: *nope\n', /unknown anchor 'nope'/);
  fails('a:\n\tb: 1\n', /Tabs/, { line: 2, column: 1 });
  fails('a: "abc\n', /quote/i);
});

test('hostile input fails fast with a clear error, never a hang or a stack overflow', () => {
  const quick = (text: string, pattern: RegExp, ms = 5000): void => {
    const start = Date.now();
    fails(text, pattern);
    assert.ok(Date.now() - start < ms, `took ${Date.now() - start} ms`);
  };
  let bomb = 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
  for (let i = 1; i < 10; i++) bomb += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
  quick(bomb, /excessive aliasing/);
  quick('a: &a [*a]\n', /contains itself/);
  quick('a: ' + '['.repeat(600) + ']'.repeat(600), /nests deeper than 300 levels/);
  quick('['.repeat(100_000) + ']'.repeat(100_000), /nests deeper than 300 levels/, 1000);
  quick(Array.from({ length: 2000 }, (_, i) => ' '.repeat(i) + 'a:').join('\n') + ' 1\n', /nests deeper than 300 levels/);
  fails('a: b\n\0c: d\n', /U\+0000 is not allowed/, { line: 2, column: 1 });
  fails('PK\x03\x04\x14\x00binary', /U\+0003 is not allowed/, { line: 1, column: 3 });
});

test('large input parses in reasonable time', () => {
  const text = Array.from(
    { length: 2000 },
    (_, i) => `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm${i}\ndata:\n  key: value${i}\n`,
  ).join('');
  const start = Date.now();
  const docs = parseYamlDocuments(text, 'big.yaml');
  assert.equal(docs.length, 2000);
  assert.equal(docs[1999]!.line, 2000 * 7 - 5);
  assert.ok(Date.now() - start < 5000);
});

// kustomize prints folded scalars again with go-yaml v3, whose folded writer adds a line break before a
// more-indented line; the value read back keeps it. Expectations from `kubectl kustomize`.
test('folded scalars come out as kustomize mangles them', () => {
  const [doc] = parseYamlDocuments(
    'a: >\n  A\n    B\n  C\nb: >+\n  A\n\n    B\n\n\nc: >-\n  plain\n  folded\ne: >\n  tab\tx\n  \tmore\n  y\nf: >2\n    lead\n  x\n',
    'f.yaml',
  );
  assert.deepEqual(doc!.value, {
    a: 'A\n\n  B\nC\n',
    b: 'A\n\n\n  B\n\n\n',
    c: 'plain folded',
    e: 'tab\tx\n\n\tmore\ny\n',
    f: '  lead\nx\n',
  });
});
