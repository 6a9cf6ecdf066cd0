import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EnvFileError, parseEnvFile } from '../../src/core/kustomize/env-file.ts';

const enc = (s: string) => new TextEncoder().encode(s);
const parse = (s: string | Uint8Array) => parseEnvFile(typeof s === 'string' ? enc(s) : s).map((p) => [p.key, p.value]);

// Rows checked against `kubectl kustomize` (v5.5.0).
const rows: { name: string; text: string; want: [string, string][] }[] = [
  { name: 'plain pairs', text: 'A=1\nB=2\n', want: [['A', '1'], ['B', '2']] },
  { name: 'no final newline', text: 'A=1', want: [['A', '1']] },
  { name: 'CRLF', text: 'A=1\r\nB=2\r\n', want: [['A', '1'], ['B', '2']] },
  { name: 'BOM on the first line', text: '\uFEFFA=1\n', want: [['A', '1']] },
  { name: 'BOM on a later line is kept', text: 'A=1\n\uFEFFB=2\n', want: [['A', '1'], ['\uFEFFB', '2']] },
  { name: 'comments and blank lines', text: '# c\n\n   \n  # indented\nA=1\n', want: [['A', '1']] },
  { name: 'leading whitespace trimmed, the rest verbatim', text: '  B = 2 \n\tI=tab\n', want: [['B ', ' 2 '], ['I', 'tab']] },
  { name: 'quotes are kept', text: `E="q"\nF='q'\n`, want: [['E', '"q"'], ['F', "'q'"]] },
  { name: 'export is part of the key', text: 'export C=3\n', want: [['export C', '3']] },
  { name: 'no "=" means an empty value', text: 'D\n', want: [['D', '']] },
  { name: 'inline # is part of the value', text: 'G=x # y\n', want: [['G', 'x # y']] },
  { name: 'only the first "=" splits', text: 'H=a=b\n', want: [['H', 'a=b']] },
  { name: 'empty value', text: 'K=\n', want: [['K', '']] },
  { name: 'empty key', text: '=v\n', want: [['', 'v']] },
  { name: 'NBSP counts as space (Go unicode.IsSpace)', text: '\u00a0A=1\n', want: [['A', '1']] },
];

for (const r of rows) test(`env file: ${r.name}`, () => assert.deepEqual(parse(r.text), r.want));

test('env file: invalid UTF-8 is an error naming the line', () => {
  const bytes = new Uint8Array([...enc('A=1\nB='), 0xff, 0x0a]);
  assert.throws(() => parseEnvFile(bytes), (e: unknown) => e instanceof EnvFileError && e.line === 2 && /invalid UTF-8/.test(e.message));
});

test('env file: a line of 64 KiB or more silently ends the file, as Go\'s scanner does', () => {
  const long = `X=${'a'.repeat(70000)}`;
  assert.deepEqual(parse(`A=1\n${long}\nB=2\n`), [['A', '1']]);
  const fits = `X=${'a'.repeat(65533)}`; // 65535 bytes
  assert.equal(parse(`${fits}\nB=2\n`).length, 2);
});
