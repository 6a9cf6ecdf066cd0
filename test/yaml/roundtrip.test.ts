// Ground truth for the writer: every output of the real `kustomize build` in ../shared, parsed and printed
// again, must come back byte for byte. The data is read in place (never copied into the repository).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYamlDocuments } from '../../src/core/yaml/parse.ts';
import { stringifyResources } from '../../src/core/yaml/stringify.ts';
import type { JsonObject } from '../../src/core/model/json.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const shared = join(repoRoot, '..', 'shared');

function expectedFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) expectedFiles(path, out);
    else if (name === 'expected.yaml') out.push(path);
  }
  return out;
}

function checkCorpus(t: { diagnostic(message: string): void }, name: string, files: string[]): void {
  const mismatches: string[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    let printed: string;
    try {
      printed = stringifyResources(parseYamlDocuments(text, file).map((d) => d.value as JsonObject));
    } catch (e) {
      mismatches.push(`${relative(shared, file)}: ${(e as Error).message}`);
      continue;
    }
    if (printed !== text) mismatches.push(relative(shared, file));
  }
  const identical = files.length - mismatches.length;
  t.diagnostic(`${name}: ${identical}/${files.length} expected.yaml files identical after parse + stringify`);
  assert.deepEqual(mismatches.slice(0, 10), [], `${mismatches.length} of ${files.length} differ`);
}

const conformance = join(shared, 'conformance', 'kustomize', 'cases');
const real = join(shared, 'corpus', 'real');

test('round trip: conformance cases (kustomize e2e)', (t) => {
  if (!existsSync(conformance)) return t.skip(`no ${conformance}`);
  checkCorpus(t, 'conformance', expectedFiles(conformance));
});

test('round trip: real GitOps corpus', (t) => {
  if (!existsSync(real)) return t.skip(`no ${real}`);
  const dirs = readdirSync(real).filter((n) => n.endsWith('.expected')).sort();
  checkCorpus(t, 'real', dirs.flatMap((d) => expectedFiles(join(real, d))));
});
