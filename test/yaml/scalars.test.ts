// Plain scalars as kustomize reads them and values as it prints them. Every expectation below was produced by
// `kubectl kustomize` (v5.5.0) on a resource holding `v: <input>`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseYamlDocuments } from '../../src/core/yaml/parse.ts';
import { stringifyYaml } from '../../src/core/yaml/stringify.ts';
import type { JsonValue } from '../../src/core/model/json.ts';

function roundTrip(yamlValue: string): string {
  const [doc] = parseYamlDocuments(`v: ${yamlValue}\n`, 't.yaml');
  return stringifyYaml(doc!.value).replace(/^v: /, '').replace(/\n$/, '');
}

const plainScalars: [input: string, printed: string][] = [
  ['yes', '"yes"'],
  ['on', '"on"'],
  ['y', '"y"'],
  ['n', '"n"'],
  ['off', '"off"'],
  ['True', 'true'],
  ['NULL', 'null'],
  ['~', 'null'],
  ['0777', '511'],
  ['0o17', '15'],
  ['0x1F', '31'],
  ['0x_1F', '31'],
  ['0b101', '5'],
  ['-0b101', '-5'],
  ['1e3', '1000'],
  ['1E3', '1000'],
  ['1.e3', '1000'],
  ['1.0e+3', '1000'],
  ['12e03', '12000'],
  ['1.0', '1'],
  ['0.0', '0'],
  ['-0', '0'],
  ['00', '0'],
  ['09', '9'],
  ['0.', '0'],
  ['5.', '5'],
  ['.5', '0.5'],
  ['+.5', '0.5'],
  ['-.5', '-0.5'],
  ['.1_1', '0.11'],
  ['0.1', '0.1'],
  ['1_000', '1000'],
  ['1__0', '10'],
  ['1_', '1'],
  ['+1', '1'],
  ['1.5e-7', '1.5e-07'],
  ['1e-7', '1e-07'],
  ['0.000001', '1e-06'],
  ['1234567.5', '1.2345675e+06'],
  ['1e21', '1e+21'],
  ['100000000000000000000', '1e+20'],
  ['-1e19', '-1e+19'],
  ['18446744073709551616', '1.8446744073709552e+19'],
  ['123456789012345678901234', '1.2345678901234569e+23'],
  ['2001-12-14', '"2001-12-14T00:00:00Z"'],
  ['2001-2-3', '"2001-02-03T00:00:00Z"'],
  ['2001-12-14t21:59:43.10-05:00', '"2001-12-14T21:59:43.1-05:00"'],
  ['2001-12-14T21:59:43+00:00', '"2001-12-14T21:59:43Z"'],
  ['2001-12-14T1:2:3Z', '"2001-12-14T01:02:03Z"'],
  ['2001-12-14 21:59:43.10', '"2001-12-14T21:59:43.1Z"'],
  ['2001-02-30', '2001-02-30'],
  ['2001-12-14 21:59:43.10 -5', '2001-12-14 21:59:43.10 -5'],
  ['1:2', '"1:2"'],
  ['12:30:00', '"12:30:00"'],
  ['190:20:30', '"190:20:30"'],
  ['0o', '0o'],
  ['0x', '0x'],
  ['"-"', "'-'"],
  ['.', '.'],
  ['+', '+'],
  ['<<', '<<'],
  ["'0777'", '"0777"'],
  ['"yes"', '"yes"'],
  ['!!str 123', '"123"'],
  ['!!str', '""'],
  ['!!int "12"', '12'],
  ['!!float 1', '1'],
  ['!!null ""', 'null'],
  ['!!binary aGVsbG8=', 'hello'],
  ['!custom foo', 'foo'],
];

test('plain scalars are typed as kustomize types them', () => {
  for (const [input, printed] of plainScalars) assert.equal(roundTrip(input), printed, `v: ${input}`);
});

const printedStrings: [value: string, printed: string][] = [
  ['Null', '"Null"'],
  ['YES', '"YES"'],
  ['&x', "'&x'"],
  ['@x', "'@x'"],
  ['[x', "'[x'"],
  ['`x', "'`x'"],
  ['a: b', "'a: b'"],
  ['a:b', 'a:b'],
  ['a:', "'a:'"],
  ['a,b', 'a,b'],
  ['a\tb', '"a\\tb"'],
  ['a\u0001b', '"a\\x01b"'],
  ['- x', "'- x'"],
  ['-x', '-x'],
  ['---x', "'---x'"],
  ['--x', '--x'],
  ['...x', "'...x'"],
  ['"x', '\'"x\''],
  ['x"y', 'x"y'],
  ["'x", "'''x'"],
  ["x'y", "x'y"],
  ['=', '='],
  ['', '""'],
  ['~', '"~"'],
  ['null', '"null"'],
  ['123', '"123"'],
  ['1e3', '"1e3"'],
  ['0x1F', '"0x1F"'],
  ['.inf', '".inf"'],
  ['.NaN', '".NaN"'],
  ['1:20.5', '"1:20.5"'],
  ['1_000', '"1_000"'],
  ['+1', '"+1"'],
  ['2001-12-14', '"2001-12-14"'],
  ['hi 😀', '"hi \\U0001F600"'],
  ['héllo ü', 'héllo ü'],
  ['\ufeffx', '"\\uFEFF\\x78"'],
  [' x', "' x'"],
  ['x ', "'x '"],
  ['a #b', "'a #b'"],
  ['a#b', 'a#b'],
  ['?x', '?x'],
  ['? x', "'? x'"],
  ['%x', "'%x'"],
  ['|x', "'|x'"],
  ['>x', "'>x'"],
  ['!x', "'!x'"],
  ['*x', "'*x'"],
  ['line1\nline2\n', '|\n  line1\n  line2'],
  ['line1\nline2', '|-\n  line1\n  line2'],
  ['line1\nline2\n\n', '|+\n  line1\n  line2\n'],
  [' lead\nline2\n', '|2\n   lead\n  line2'],
  ['\nlead break\n', '|2\n\n  lead break'],
  ['a\n\n\nb\n', '|\n  a\n\n\n  b'],
  ['trail \nline2\n', '"trail \\nline2\\n"'],
  ['tab\tx\nline2\n', '"tab\\tx\\nline2\\n"'],
  ['a\u0085b', 'a b'],
];

test('strings are quoted and escaped as go-yaml v2 does', () => {
  for (const [value, printed] of printedStrings) {
    const out = stringifyYaml({ v: value }).replace(/^v: /, '').replace(/\n$/, '');
    assert.equal(out, printed, JSON.stringify(value));
  }
});

test('long strings fold at 80 columns, continuing one indentation deeper', () => {
  const words = 'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr';
  assert.equal(
    stringifyYaml({ long1: words }),
    'long1: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo\n  pppp qqqq rrrr\n',
  );
  assert.equal(
    stringifyYaml({ long2: `${words}: x` }),
    "long2: 'aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo\n  pppp qqqq rrrr: x'\n",
  );
  assert.equal(
    stringifyYaml({ long3: words.replace('qqqq ', 'qqqq\t') }),
    'long3: "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo\n  pppp qqqq\\trrrr"\n',
  );
  assert.equal(
    stringifyYaml({ nested: { list: [{ deep: { long1: words } }] } }),
    'nested:\n  list:\n  - deep:\n      long1: aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn\n        oooo pppp qqqq rrrr\n',
  );
});

test('layout: sorted keys, unindented sequences, empty collections, nested sequences', () => {
  const value: JsonValue = {
    kind: 'T',
    b: [],
    a: {},
    list: [[1, 2], { z: 1, y: [true, null] }, 'x'],
    n: 1.5,
  };
  assert.equal(
    stringifyYaml(value),
    'a: {}\nb: []\nkind: T\nlist:\n- - 1\n  - 2\n- "y":\n  - true\n  - null\n  z: 1\n- x\n"n": 1.5\n',
  );
});

// Checked against kubectl kustomize: note a1b < a01 (the shorter digit run wins when values tie).
test('key order compares digit runs by value and puts non-letters before letters', () => {
  const keys = ['item10', 'item2', 'item1', 'a-b', 'ab', 'a_b', 'a1b', 'B', 'a', 'a01', 'a1', '10', '9', 'é', 'z'];
  const out = stringifyYaml(Object.fromEntries(keys.map((k) => [k, 0])));
  assert.deepEqual(
    out.trim().split('\n').map((l) => l.slice(0, l.lastIndexOf(':')).replace(/^"|"$/g, '')),
    ['9', '10', 'B', 'a', 'a-b', 'a_b', 'a1', 'a1b', 'a01', 'ab', 'item1', 'item2', 'item10', 'z', 'é'],
  );
});

test('keys longer than 128 bytes are written as explicit "? key"', () => {
  const key = 'k'.repeat(130);
  assert.equal(stringifyYaml({ [key]: 'v' }), `? ${key}\n: v\n`);
});

test('a DEL or C1 control character cannot be printed (kustomize fails too)', () => {
  assert.throws(() => stringifyYaml({ v: 'a\u007fb' }), /control character U\+007F/);
});
