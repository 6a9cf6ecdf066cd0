// The fast reader (src/core/yaml/fast-parse.ts) must give exactly what the full reader gives, or decline.
// Checked on every YAML input in ../shared (read in place) and on small cases at the edges of its subset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlDocuments, type YamlDocument } from '../../src/core/yaml/parse.ts';
import { parseCommonYaml, parseCommonYaml11FirstDocument } from '../../src/core/yaml/fast-parse.ts';
import { YamlLocator } from '../../src/core/yaml/locate.ts';
import { isEmptyValue, type JsonObject, type JsonValue } from '../../src/core/model/json.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(repoRoot, '..', 'shared');

function yamlFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const s = statSync(path, { throwIfNoEntry: false });
    if (s?.isDirectory()) yamlFiles(path, out);
    else if (s && /\.ya?ml$/.test(name)) out.push(path);
  }
  return out;
}

/** Paths of the keys written without a value (`key:`), which strategic merge treats apart from `null`. */
function emptyMarks(v: JsonValue, path = '', out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x, i) => emptyMarks(x, `${path}/${i}`, out));
  else if (v !== null && typeof v === 'object') {
    for (const k of Object.keys(v)) {
      if (isEmptyValue(v as JsonObject, k)) out.push(`${path}/${k}`);
      emptyMarks(v[k]!, `${path}/${k}`, out);
    }
  }
  return out;
}

function fullRead(text: string): YamlDocument[] | Error {
  try {
    return parseYamlDocuments(text, 'f.yaml', { fastReader: false });
  } catch (e) {
    return e as Error;
  }
}

function assertSame(text: string, label: string): boolean {
  const fast = parseCommonYaml(text);
  if (fast === undefined) return false;
  const full = fullRead(text);
  assert.ok(!(full instanceof Error), `${label}: the fast reader accepted what the full reader refuses (${String(full)})`);
  assert.deepEqual(fast, full, label);
  assert.deepEqual(fast.map((d) => emptyMarks(d.value)), full.map((d) => emptyMarks(d.value)), `${label}: empty values`);
  return true;
}

test('fast reader: same documents as the full reader on the shared inputs, or declines', (t) => {
  const roots = [join(shared, 'conformance', 'kustomize', 'cases'), join(shared, 'corpus', 'real'), join(repoRoot, 'test', 'fixtures')];
  const files = roots.filter((r) => existsSync(r)).flatMap((r) => yamlFiles(r));
  if (files.length === 0) return t.skip('no shared inputs');
  let taken = 0;
  for (const f of files) if (assertSame(readFileSync(f, 'utf8'), f)) taken++;
  t.diagnostic(`fast reader took ${taken}/${files.length} files`);
  assert.ok(taken > files.length / 2);
});

test('fast reader: the subset it reads', () => {
  const cases = [
    'a: 1\nb:\n  - x\n  - "y\\n"\n  - \'z\'\'s\'\nc:\n- 1.5\n- ~\n- true\n',
    '# lead\n---\n# only a comment\n---\na: 1\n---\n---\n\n  - x\n',
    'k: |\n  line one\n\n  line two\nj: |-\n    kept\n  # not a comment? it is less indented\n',
    'list: ["a", b, 3, no]\nempty: []\nobj: {}\nnul: x\nts: 2001-12-14\nhex: 0x1F\n',
    'a:\nb: # comment\n  c: d\n- x\n',
    'x: y\n---\nnull\n',
    'k: v\n  continued\n',
    '"quoted key": 1\n\'single\': 2\n',
  ];
  for (const c of cases) assertSame(c, JSON.stringify(c));
  assert.notEqual(parseCommonYaml(cases[0]!), undefined);
  assert.notEqual(parseCommonYaml(cases[2]!), undefined);
});

test('fast reader: declines what it does not read, so the full reader reports it', () => {
  const outside = [
    'a: &x 1\nb: *x\n',
    'a: !!str 1\n',
    'a: >\n  folded\n',
    'a: b: c\n',
    'a: 1\na: 2\n',
    'a:\n\t- x\n',
    'a: "unterminated\n',
    'a: [1, [2]]\n',
    '<<: {}\n',
    '~: x\n',
    '%YAML 1.2\n---\na: 1\n',
    'a: .inf\n',
    'a: @x\n',
    'a: x\n...\n',
    'a: |+\n  x\n\n',
  ];
  for (const c of outside) assert.equal(parseCommonYaml(c), undefined, JSON.stringify(c));
});

test('fast reader: YAML 1.1 typing for JSON 6902 patches', () => {
  assert.deepEqual(parseCommonYaml11FirstDocument('- op: add\n  path: /a\n  value: yes\n- op: replace\n  path: /n\n  value: 12\n'), [
    { op: 'add', path: '/a', value: true },
    { op: 'replace', path: '/n', value: 12 },
  ]);
  for (const c of ['- value: 0755\n', '- value: 1:20\n', '- value: 1.5\n', '---\n---\n- a: 1\n', '- on: x\n']) {
    assert.equal(parseCommonYaml11FirstDocument(c), undefined, JSON.stringify(c));
  }
});

test('fast reader: locating keys and items gives the full reader positions', () => {
  const text = '# c\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: {}\ndata:\n  k: |\n    v\nlist:\n- a\n-\n- - skipped\n';
  const fast = new YamlLocator('---\n' + text.replace('- - skipped\n', '- [p, q]\n'));
  const full = new YamlLocator('---\n' + text.replace('- - skipped\n', '- [p, q]\n'));
  (full as unknown as { fast: null }).fast = null;
  const paths: (string | number)[][] = [[], ['metadata'], ['metadata', 'name'], ['metadata', 'labels', 'x'], ['data', 'k'], ['list', 0], ['list', 1], ['list', 2, 1], ['list', '9'], ['nope', 'x']];
  for (const p of paths) assert.deepEqual(fast.locate(0, p), full.locate(0, p), JSON.stringify(p));
});
