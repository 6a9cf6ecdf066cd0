import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { contentHash, encodeHash, goJson, hashInput } from '../../src/core/kustomize/hash.ts';
import type { JsonObject } from '../../src/core/model/json.ts';

const cm = (data: JsonObject, extra: JsonObject = {}): JsonObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name: 'whatever' },
  data,
  ...extra,
});

// Each expected value is the suffix `kubectl kustomize` (v5.5.0) gave the same content.
const vectors: { name: string; obj: JsonObject; hash: string }[] = [
  { name: 'two literals', obj: cm({ a: '1', b: '2' }), hash: '7gdc49gk6d' },
  { name: 'one literal', obj: cm({ b: '2' }), hash: 'fmbk44khfc' },
  { name: 'labels, annotations, namespace, immutable do not count',
    obj: cm({ b: '2' }, { immutable: true, metadata: { name: 'x', namespace: 'ns', labels: { a: 'b' }, annotations: { c: 'd' } } }),
    hash: 'fmbk44khfc' },
  { name: 'secret', obj: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'Opaque', data: { k: 'dg==' } }, hash: 'ftgtgc4t9f' },
  { name: 'secret without type, with stringData', obj: { kind: 'Secret', data: { a: 'MQ==' }, stringData: { s: 'x' } }, hash: 'f56b4t5f26' },
  { name: 'empty secret data', obj: { kind: 'Secret', type: 'Opaque', data: {} }, hash: '46f8b28mk5' },
  { name: 'configmap without data', obj: { kind: 'ConfigMap', metadata: { name: 'empty' } }, hash: '6ct58987ht' },
  { name: 'binaryData only', obj: { kind: 'ConfigMap', binaryData: { 'b.bin': '/w==' } }, hash: '4f75d58gkm' },
  { name: 'HTML characters and U+2028/9 escaped as Go does', obj: cm({ 'sp.txt': 'x<y>&z\u2028\u2029\t"\\é😀\n' }), hash: '984gffk7bg' },
  { name: 'control characters', obj: cm({ 'sp.txt': 'x<y>&z\u2028\u2029\x01\b\f\t\x7f"\\é😀\n' }), hash: '9b85bd4ffk' },
  { name: 'U+FFFF', obj: cm({ 'sp.txt': 'x<y>&z\u2028\u2029\t"\\é😀\uffff\n' }), hash: 'fch544k4dm' },
  { name: 'after a patch', obj: cm({ a: '2', n: 'x' }), hash: '2k259bt55b' },
  { name: 'merged then replaced', obj: cm({ c: '4' }), hash: '257h29ftfg' },
];

for (const v of vectors) {
  test(`contentHash: ${v.name}`, () => assert.equal(contentHash(v.obj), v.hash));
}

test('the name never counts (kustomize looks it up under a path that never matches)', () => {
  assert.equal(contentHash(cm({ a: '1' }, { metadata: { name: 'a' } })), contentHash(cm({ a: '1' }, { metadata: { name: 'b' } })));
  assert.equal(hashInput(cm({ a: '1' })), '{"data":{"a":"1"},"kind":"ConfigMap","name":""}');
  assert.equal(hashInput({ kind: 'Secret' }), '{"data":"","kind":"Secret","name":"","type":""}');
});

test('encodeHash swaps 0,1,3,a,e in the first ten hex digits', () => {
  assert.equal(encodeHash('0123456789abcdef'), 'gh2k456789');
  assert.equal(encodeHash('aeaeaeaeae00'), 'mtmtmtmtmt');
});

test('goJson sorts keys by code point and escapes like encoding/json', () => {
  assert.equal(goJson({ b: 1, a: [true, null, 'x'] }), '{"a":[true,null,"x"],"b":1}');
  assert.equal(goJson({ '\uffff': 1, '😀': 2 }), '{"\uffff":1,"😀":2}');
  // Units compare as code points until a surrogate is part of the first difference.
  assert.equal(goJson({ 'a😀\uffff': 1, 'a😀😀': 2, 'a😀': 3, ab: 4, 'a\ue000': 5 }), '{"ab":4,"a\ue000":5,"a😀":3,"a😀\uffff":1,"a😀😀":2}');
  assert.equal(goJson('plain text, nothing to escape'), '"plain text, nothing to escape"');
  assert.equal(goJson('lone \ud800 surrogate'), '"lone \\ufffd surrogate"');
  assert.equal(goJson('<>&\u2028\u0001\b'), '"\\u003c\\u003e\\u0026\\u2028\\u0001\\b"');
  assert.equal(goJson(1e21), '1e+21');
  assert.equal(goJson(1e-7), '1e-7');
});

// Every ConfigMap/Secret in the real tool's outputs whose name ends in a 10-character hash suffix.
const roots = ['../shared/conformance/kustomize/cases', '../shared/corpus/real'].filter((d) => existsSync(d));
// Names that end in an ordinary 10-letter word rather than a hash.
const NOT_HASHES = new Set(['federation', 'postgresql', 'entrypoint', 'namespaces', 'truststore', 'machineset', 'credential']);

test('contentHash matches the suffix of every generated ConfigMap/Secret in real outputs', { skip: roots.length === 0 }, () => {
  let checked = 0;
  const wrong: string[] = [];
  for (const root of roots) {
    for (const file of expectedFiles(root)) {
      // Parse only the documents that can be ConfigMaps or Secrets: the outputs are large.
      const docs = readFileSync(file, 'utf8').split(/^---$/m).filter((d) => /^kind: (ConfigMap|Secret)$/m.test(d));
      for (const doc of docs.flatMap((d) => parseAllDocuments(d))) {
        const obj = doc.toJS() as JsonObject | null;
        if (!obj || (obj.kind !== 'ConfigMap' && obj.kind !== 'Secret')) continue;
        const name = String((obj.metadata as JsonObject | undefined)?.name ?? '');
        const m = /-([a-z0-9]{10})$/.exec(name);
        if (!m || NOT_HASHES.has(m[1]!)) continue;
        checked++;
        if (contentHash(obj) !== m[1]) wrong.push(`${file}: ${obj.kind} ${name} → ${contentHash(obj)}`);
      }
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(checked > 100, `only ${checked} hashed names found`);
});

function* expectedFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* expectedFiles(p);
    else if (/^expected.*\.yaml$/.test(name)) yield p;
  }
}
