import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addGeneratedResource,
  applyHashSuffixes,
  encodeBase64,
  generateConfigMap,
  generateSecret,
  mergeGlobalOptions,
  parseFileSource,
  removeQuotes,
  type GeneratorContext,
  type GeneratorOptions,
  type GeneratorSpec,
} from '../../src/core/kustomize/generators.ts';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import { Resource } from '../../src/core/kustomize/resource.ts';
import type { JsonObject } from '../../src/core/model/json.ts';

const KFILE = '/app/kustomization.yaml';

/** An in-memory kustomization directory: files relative to /app. */
function ctxWith(files: Record<string, string | Uint8Array> = {}): GeneratorContext {
  return {
    kustomizationFile: KFILE,
    dir: '/app',
    readFile(rel: string) {
      const f = files[rel];
      if (f === undefined) throw new KustomizeError(`file '${rel}' does not exist`, KFILE, 'generator');
      return typeof f === 'string' ? new TextEncoder().encode(f) : f;
    },
  };
}

const cm = (spec: GeneratorSpec, files: Record<string, string | Uint8Array> = {}, global?: GeneratorOptions) =>
  generateConfigMap(spec, global, ctxWith(files));
const secret = (spec: GeneratorSpec, files: Record<string, string | Uint8Array> = {}, global?: GeneratorOptions) =>
  generateSecret(spec, global, ctxWith(files));

function built(resources: Resource[]): JsonObject[] {
  applyHashSuffixes(resources);
  return resources.map((r) => r.obj);
}

// ----- literals, files, env files: what lands in data/binaryData (rows checked with kubectl kustomize v5.5.0)

test('literals: first "=" splits, one pair of matching surrounding quotes is removed', () => {
  const r = cm({ name: 'lit', literals: ['a="v"', "b='v'", `c="v'`, 'd=', 'e=a=b', 'f="', "g=''", 'h= x ', ' i=1', 'j k=1', 'k/l=1'] });
  assert.deepEqual(r.obj.data, { ' i': '1', a: 'v', b: 'v', c: `"v'`, d: '', e: 'a=b', f: '"', g: '', h: ' x ', 'j k': '1', 'k/l': '1' });
  assert.deepEqual(built([r])[0]!.metadata, { name: 'lit-htdh7g22dc' });
});

test('removeQuotes', () => {
  assert.equal(removeQuotes('"a"'), 'a');
  assert.equal(removeQuotes('"'), '"');
  assert.equal(removeQuotes(`'a"`), `'a"`);
  assert.equal(removeQuotes('""'), '');
  assert.equal(removeQuotes('xax'), 'xax');
});

test('data keys are sorted; values from env files, literals and files', () => {
  const r = cm({ name: 'cm', literals: ['b=2', 'a=1'] });
  assert.deepEqual(Object.keys(r.obj.data as JsonObject), ['a', 'b']);
  assert.deepEqual(built([r])[0], { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cm-7gdc49gk6d' }, data: { a: '1', b: '2' } });
});

test('env files: kustomize\'s syntax end to end', () => {
  const env = '\uFEFFA=1\r\n  B = 2 \r\n# c\n\nexport C=3\nD\nE="q"\nF=\'q\'\nG=x # y\nH=a=b\n\tI=tab\n';
  const r = cm({ name: 'env', envs: ['a.env'] }, { 'a.env': env });
  assert.deepEqual(r.obj.data, { A: '1', 'B ': ' 2 ', D: '', E: '"q"', F: "'q'", G: 'x # y', H: 'a=b', I: 'tab', 'export C': '3' });
  assert.equal((built([r])[0]!.metadata as JsonObject).name, 'env-h7772bk59c');
});

test('the singular env is read after envs', () => {
  const r = cm({ name: 'a', literals: ['k=1'], env: 'f.txt', envs: [] }, { 'f.txt': 'x\n' });
  assert.deepEqual(r.obj.data, { k: '1', x: '' });
  assert.equal((built([r])[0]!.metadata as JsonObject).name, 'a-b2m7f7hcb2');
});

test('files: key is the base name or given; binary content goes to binaryData', () => {
  const envText = '\uFEFFA=1\r\n';
  const r = cm(
    { name: 'files', files: ['bin.dat', 'sub/my file.txt', 'k=a.env'] },
    { 'bin.dat': new Uint8Array([0, 0xff, 0xfe]), 'sub/my file.txt': 'hello\nworld\n', 'a.env': envText },
  );
  assert.deepEqual(r.obj.binaryData, { 'bin.dat': 'AP/+' });
  assert.deepEqual(r.obj.data, { k: envText, 'my file.txt': 'hello\nworld\n' });
});

test('parseFileSource', () => {
  assert.deepEqual(parseFileSource('a/b.txt'), { key: 'b.txt', path: 'a/b.txt' });
  assert.deepEqual(parseFileSource('k=a/b.txt'), { key: 'k', path: 'a/b.txt' });
  assert.match(parseFileSource('=f.txt').error!, /missing key name for file path "f.txt" in source "=f.txt"/);
  assert.match(parseFileSource('k=').error!, /missing file path for key name "k" in source "k="/);
  assert.match(parseFileSource('k=f=txt').error!, /source "k=f=txt" key name or file path contains '='/);
});

test('secrets: base64 data, type (default Opaque), long values wrapped at 70 characters', () => {
  const s = secret({ name: 's', files: ['bin.dat'], literals: ['long=' + 'a'.repeat(125)], type: 'kubernetes.io/tls' }, {
    'bin.dat': new Uint8Array([0, 0xff, 0xfe]),
  });
  assert.equal(s.obj.type, 'kubernetes.io/tls');
  assert.deepEqual(s.obj.data, {
    'bin.dat': 'AP/+',
    long:
      'YWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYW\n' +
      'FhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFhYWFh\n' +
      'YWFhYWFhYWFhYWFhYWFhYWFhYWE=\n',
  });
  assert.equal((built([s])[0]!.metadata as JsonObject).name, 's-bfhc764ctt');
  assert.equal(secret({ name: 'a', literals: ['k=1'], type: '' }).obj.type, 'Opaque');
});

test('encodeBase64 wraps from 70 characters on, each line ending in a newline', () => {
  const b = (n: number) => new TextEncoder().encode('x'.repeat(n));
  assert.equal(encodeBase64(b(51)).includes('\n'), false); // 68 characters
  assert.equal(encodeBase64(b(52)), `${'eHh4'.repeat(17)}eA\n==\n`); // 72 characters
  assert.equal(encodeBase64(new Uint8Array()), '');
});

test('empty generators: a ConfigMap has no data, a Secret an empty data map', () => {
  assert.deepEqual(built([cm({ name: 'empty' })])[0], { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'empty-6ct58987ht' } });
  assert.deepEqual(built([secret({ name: 'sempty' })])[0], {
    apiVersion: 'v1', kind: 'Secret', metadata: { name: 'sempty-46f8b28mk5' }, type: 'Opaque', data: {},
  });
});

// ----- options

test('generatorOptions merge into options: local labels win, a global true wins', () => {
  assert.deepEqual(
    mergeGlobalOptions({ labels: { o: 'local' }, disableNameSuffixHash: false }, { disableNameSuffixHash: true, labels: { g: '1', o: 'g' } }),
    { labels: { g: '1', o: 'local' }, disableNameSuffixHash: true },
  );
  const r = cm({ name: 'a', literals: ['k=1'], options: { disableNameSuffixHash: false, labels: { o: 'local' } } }, {}, {
    disableNameSuffixHash: true,
    labels: { g: '1', o: 'g' },
  });
  assert.deepEqual(built([r])[0]!.metadata, { name: 'a', labels: { g: '1', o: 'local' } });
});

test('options: labels, annotations, immutable; namespace', () => {
  const s = secret({ name: 's', namespace: 'ns', literals: ['k=v'], options: { immutable: true, labels: { l: '1' }, annotations: { z: '1' } } });
  assert.deepEqual(built([s])[0], {
    apiVersion: 'v1', kind: 'Secret', type: 'Opaque', immutable: true, data: { k: 'dg==' },
    metadata: { name: 's-ftgtgc4t9f', namespace: 'ns', labels: { l: '1' }, annotations: { z: '1' } },
  });
});

test('raw entries are validated like Go decodes them: case-insensitive names, strict types', () => {
  const raw = { Name: 'a', LITERALS: ['k=1'], Options: { Immutable: true } } as unknown as GeneratorSpec;
  assert.deepEqual(built([cm(raw)])[0], { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a-bbd6m56k95' }, data: { k: '1' }, immutable: true });
  const bad: [unknown, RegExp][] = [
    [{ name: 'a', bogus: 1 }, /unknown field "bogus"/],
    [{ name: 'a', literals: ['k=1', 5] }, /literals item must be a string, got number 5/],
    [{ name: 'a', literals: 'k=1' }, /literals must be a list of strings/],
    [{ name: 'a', options: { labels: { x: 1 } } }, /options.labels.x must be a string/],
    [{ name: 'a', options: { immutable: 'true' } }, /options.immutable must be true or false/],
    [{ name: 'a', type: 'x' }, /unknown field "type"/],
    ['just a string', /must be a map of generator fields/],
  ];
  for (const [spec, re] of bad) {
    assert.throws(() => cm(spec as GeneratorSpec), (e: unknown) => e instanceof KustomizeError && re.test(e.message) && e.file === KFILE, String(re));
  }
  assert.throws(() => cm({ name: 'a' }, {}, { labels: 'x' } as unknown as GeneratorOptions), /generatorOptions.labels must be a map/);
  const lenient = generateConfigMap({ name: 'a', bogus: 1 } as GeneratorSpec, undefined, { ...ctxWith(), ignoreUnknownFields: true });
  assert.equal(lenient.name, 'a');
});

// ----- errors (messages as kustomize words them)

test('generator errors', () => {
  const cases: [() => unknown, RegExp][] = [
    [() => cm({ name: 'a', literals: ['k=1', 'k=2'] }), /configmap a illegally repeats the key `k`/],
    [() => cm({ name: 'a', literals: ['f.txt=1'], files: ['f.txt'] }, { 'f.txt': 'x' }), /illegally repeats the key `f.txt`/],
    [() => cm({ name: 'a', literals: ['k'] }), /literal sources \[k\]: invalid literal source k, expected key=value/],
    [() => cm({ name: 'a', literals: ['=v'] }), /invalid literal source =v, expected key=value/],
    [() => cm({ name: 'a', files: ['=f.txt'] }), /file sources: \[=f.txt\]: missing key name for file path "f.txt"/],
    [() => cm({ name: 'a', files: ['nope.txt'] }), /file sources: \[nope.txt\]: file 'nope.txt' does not exist/],
    [() => cm({ name: 'a', envs: ['inv.env'] }, { 'inv.env': new Uint8Array([0x41, 0x3d, 0xff]) }), /env source files: \[inv.env\]: inv.env: line 1 has invalid UTF-8/],
    [() => cm({ literals: ['a=b'] }), /a configmap must have a name/],
    [() => secret({ literals: ['a=b'] }), /secretGenerator: a configmap must have a name/],
  ];
  for (const [fn, re] of cases) assert.throws(fn, (e: unknown) => e instanceof KustomizeError && re.test(e.message), String(re));
  try {
    cm({ name: 'a', envs: ['inv.env'] }, { 'inv.env': new Uint8Array([0x41, 0x0a, 0xff]) });
  } catch (e) {
    assert.ok(e instanceof KustomizeError);
    assert.equal(e.file, '/app/inv.env');
    assert.equal(e.line, 2);
  }
});

// ----- behaviors

function plain(obj: JsonObject): Resource {
  return new Resource(obj);
}

test('create: appended; a second create of the same id is an error', () => {
  const list: Resource[] = [];
  addGeneratedResource(list, cm({ name: 'a', literals: ['a=b'] }), 'test');
  assert.equal(list.length, 1);
  assert.throws(() => addGeneratedResource(list, cm({ name: 'a', literals: ['a=c'] }), 'test'), /exists; behavior must be merge or replace/);
  // An unknown behavior acts as create.
  assert.throws(() => addGeneratedResource(list, cm({ name: 'a', behavior: 'foo', literals: ['c=c'] }), 'test'), /exists; behavior must be merge or replace/);
  addGeneratedResource(list, cm({ name: 'a', namespace: 'other', literals: ['a=c'] }), 'test');
  assert.equal(list.length, 2);
});

test('merge / replace with nothing to merge into is an error', () => {
  for (const behavior of ['merge', 'replace']) {
    assert.throws(() => addGeneratedResource([], cm({ name: 'a', behavior, literals: ['a=b'] }), 'configMapGenerator in x'), /configMapGenerator in x: ConfigMap 'a'.*does not exist; cannot merge or replace/);
  }
});

test('"" and "default" are the same namespace', () => {
  const list: Resource[] = [];
  addGeneratedResource(list, cm({ name: 'b', namespace: 'default', literals: ['k=1'] }), 't');
  addGeneratedResource(list, cm({ name: 'b', behavior: 'merge', literals: ['j=1'] }), 't');
  assert.deepEqual(built(list), [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'b-mg4dfd6h77', namespace: 'default' }, data: { j: '1', k: '1' } }]);
});

/** The base of /tmp m1 experiments: namePrefix p-, namespace ns, one plain ConfigMap and two generated ones. */
function baseResources(): Resource[] {
  const list: Resource[] = [];
  list.push(
    plain({
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'plain', labels: { pl: '1' }, annotations: { pa: '1' } },
      data: { x: '1', n: 5 }, binaryData: { bin: 'AAAA' }, immutable: true,
    }),
  );
  addGeneratedResource(list, cm({ name: 'gen', literals: ['a=1', 'b=2'], options: { labels: { bl: '1', shared: 'base' }, annotations: { ba: '1' } } }), 't');
  addGeneratedResource(list, cm({ name: 'nohash', literals: ['a=1'], options: { disableNameSuffixHash: true } }), 't');
  for (const r of list) {
    r.storePreviousId();
    r.setNamespace('ns');
    r.storePreviousId();
    r.setName(`p-${r.name}`);
  }
  return list;
}

test('merge into a base: old name/namespace kept, data and metadata merged, hash only if both had one', () => {
  const list = baseResources();
  addGeneratedResource(list, cm({ name: 'gen', behavior: 'merge', literals: ['b=3', 'c=4'], options: { labels: { ol: '1', shared: 'over' } } }), 't');
  addGeneratedResource(list, cm({ name: 'plain', namespace: 'ns', behavior: 'merge', literals: ['y=2', 'bin=x'] }), 't');
  addGeneratedResource(list, cm({ name: 'nohash', behavior: 'merge', literals: ['z=1'] }), 't');
  assert.deepEqual(built(list), [
    {
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'p-plain', namespace: 'ns', labels: { pl: '1' }, annotations: { pa: '1' } },
      data: { bin: 'x', n: '5', x: '1', y: '2' }, binaryData: { bin: 'AAAA' },
    },
    {
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'p-gen-fbcmkbc66h', namespace: 'ns', labels: { bl: '1', ol: '1', shared: 'over' }, annotations: { ba: '1' } },
      data: { a: '1', b: '3', c: '4' },
    },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'p-nohash', namespace: 'ns' }, data: { a: '1', z: '1' } },
  ]);
  // The merged resource keeps the old one's history, so references by the original name still resolve.
  assert.deepEqual(list[1]!.prevIds.map((id) => `${id.namespace}/${id.name}`), ['/gen', 'ns/gen', 'ns/p-gen']);
});

test('replace: data from the new one only, metadata merged, matched through previous ids', () => {
  const list = baseResources();
  const global = { annotations: { ga: '1' } };
  addGeneratedResource(list, generateConfigMap({ name: 'gen', behavior: 'replace', literals: ['c=4'], options: { labels: { ol: '1', shared: 'over' } } }, global, ctxWith()), 't');
  addGeneratedResource(list, generateConfigMap({ name: 'plain', behavior: 'replace', literals: ['y=2'] }, global, ctxWith()), 't');
  addGeneratedResource(list, generateConfigMap({ name: 'nohash', behavior: 'replace', literals: ['z=1'] }, global, ctxWith()), 't');
  assert.deepEqual(built(list), [
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'p-plain', namespace: 'ns', labels: { pl: '1' }, annotations: { ga: '1', pa: '1' } }, data: { y: '2' } },
    {
      apiVersion: 'v1', kind: 'ConfigMap',
      metadata: { name: 'p-gen-257h29ftfg', namespace: 'ns', labels: { bl: '1', ol: '1', shared: 'over' }, annotations: { ba: '1', ga: '1' } },
      data: { c: '4' },
    },
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'p-nohash', namespace: 'ns', annotations: { ga: '1' } }, data: { z: '1' } },
  ]);
});

test('merge keeps the old origin annotation; a second match is an error', () => {
  const origin = 'config.kubernetes.io/origin';
  const list = [plain({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', annotations: { [origin]: 'path: cm.yaml\n' } } })];
  const gen = cm({ name: 'a', behavior: 'merge', literals: ['k=v'] });
  (gen.obj.metadata as JsonObject).annotations = { [origin]: 'configuredIn: kustomization.yaml\n' };
  addGeneratedResource(list, gen, 't');
  assert.equal(list[0]!.annotations()[origin], 'path: cm.yaml\n');

  const two = [plain({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } }), plain({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'y' } })];
  two[1]!.prevIds.push({ group: '', version: 'v1', kind: 'ConfigMap', name: 'x', namespace: '' });
  assert.throws(() => addGeneratedResource(two, cm({ name: 'x', behavior: 'merge' }), 't'), /found multiple objects/);
});

test('applyHashSuffixes hashes the content as it is at the end and records the old id', () => {
  const r = cm({ name: 'patched', literals: ['a=1'] });
  (r.obj.data as JsonObject).a = '2';
  (r.obj.data as JsonObject).n = 'x';
  applyHashSuffixes([r]);
  assert.equal(r.name, 'patched-2k259bt55b');
  assert.deepEqual(r.prevIds.map((id) => id.name), ['patched']);
});

test('merging secrets: the new type wins; immutable and stringData of the old one are dropped', () => {
  const list: Resource[] = [
    plain({
      apiVersion: 'v1', kind: 'Secret', metadata: { name: 'plain' }, type: 'kubernetes.io/basic-auth',
      stringData: { username: 'u' }, data: { password: 'cA==' }, immutable: true,
    }),
  ];
  addGeneratedResource(list, secret({ name: 'gen', type: 'kubernetes.io/tls', literals: ['tls.crt=a', 'tls.key=b'], options: { immutable: true } }), 't');
  addGeneratedResource(list, secret({ name: 'gen', behavior: 'merge', literals: ['ca.crt=c'] }), 't');
  addGeneratedResource(list, secret({ name: 'plain', behavior: 'merge', literals: ['x=y'] }), 't');
  assert.deepEqual(built(list), [
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'plain' }, type: 'Opaque', data: { password: 'cA==', x: 'eQ==' } },
    { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'gen-th72gmm4t6' }, type: 'Opaque', data: { 'ca.crt': 'Yw==', 'tls.crt': 'YQ==', 'tls.key': 'Yg==' } },
  ]);
});

test('typed specs with undefined fields are fine', () => {
  const r = cm({ name: 'a', namespace: undefined, literals: ['k=1'], options: { labels: undefined, immutable: undefined } });
  assert.deepEqual(r.obj.metadata, { name: 'a' });
});
