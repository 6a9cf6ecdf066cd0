// Builds every case of ../shared/conformance/kustomize and every kustomization root of ../shared/corpus/real
// with the builtin engine, compares with the real kustomize's output, prints pass rates per corpus and the
// failures grouped by cause, and fails when a rate drops below the floor in conformance-floor.json.
//
//   npm run conformance                 all corpora
//   npm run conformance -- --verbose    also list every failing case
//   npm run conformance -- --only NAME  cases whose name contains NAME
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildKustomization, type BuildOptions } from '../src/core/kustomize/build.ts';
import { KustomizeError } from '../src/core/kustomize/errors.ts';
import { BaseBuildMemo } from '../src/core/kustomize/base-memo.ts';
import { jsonEqual } from '../src/core/model/json.ts';
import { parseYamlDocuments } from '../src/core/yaml/parse.ts';
import { stringifyResources } from '../src/core/yaml/stringify.ts';
import { NodeFileSystem } from '../src/io/node-fs.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const shared = resolve(repoRoot, '..', 'shared');
const floorFile = join(repoRoot, 'conformance-floor.json');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const updateFloor = args.includes('--update-floor');

interface Case {
  corpus: string;
  name: string;
  dir: string;
  options: BuildOptions;
  expected?: string;
  expectError: boolean;
}

interface Outcome {
  identical: boolean;
  semantic: boolean;
  cause?: string;
}

const fs = new NodeFileSystem();
// As `check` builds: a base listed by several kustomizations is built once and copied (base-memo.ts), so the
// real repositories' overlays compare the copies with what kustomize built.
const bases = new BaseBuildMemo();

function optionsFromFlags(flags: string[]): BuildOptions {
  const o: BuildOptions = {};
  for (let i = 0; i < flags.length; i++) {
    const f = flags[i];
    if (f === '--reorder') o.reorder = flags[++i] as 'legacy' | 'none';
    else if (f === '--load-restrictor') o.loadRestrictor = flags[++i] === 'LoadRestrictionsNone' ? 'none' : 'rootOnly';
    else if (f === '--enable-managedby-label') o.enableManagedByLabel = true;
  }
  return o;
}

function conformanceCases(): Case[] {
  const base = join(shared, 'conformance', 'kustomize');
  if (!existsSync(base)) return [];
  const index = JSON.parse(readFileSync(join(base, 'index.json'), 'utf8'));
  return index.cases.map((c: { name: string; root: string; flags: string[]; outcome: string }) => {
    const caseDir = join(base, 'cases', c.name);
    const expectedFile = join(caseDir, 'expected.yaml');
    return {
      corpus: 'kustomize-e2e',
      name: c.name,
      dir: resolve(caseDir, 'in', c.root),
      options: optionsFromFlags(c.flags ?? []),
      expected: existsSync(expectedFile) ? readFileSync(expectedFile, 'utf8') : undefined,
      expectError: c.outcome === 'error',
    } satisfies Case;
  });
}

function corpusCases(): Case[] {
  const base = join(shared, 'corpus', 'real');
  if (!existsSync(base)) return [];
  const out: Case[] = [];
  for (const repoDir of readdirSync(base).sort()) {
    if (repoDir.endsWith('.expected') || !existsSync(join(base, `${repoDir}.expected`))) continue;
    const expectedBase = join(base, `${repoDir}.expected`);
    for (const rel of kustomizationDirs(join(base, repoDir), '')) {
      const expDir = join(expectedBase, rel);
      const okFile = join(expDir, 'expected.yaml');
      const errFile = join(expDir, 'expected-error.txt');
      if (!existsSync(okFile) && !existsSync(errFile)) continue;
      out.push({
        corpus: repoDir,
        name: `${repoDir}/${rel || '.'}`,
        dir: join(base, repoDir, rel),
        options: {},
        expected: existsSync(okFile) ? readFileSync(okFile, 'utf8') : undefined,
        expectError: !existsSync(okFile),
      });
    }
  }
  return out;
}

function kustomizationDirs(abs: string, rel: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(abs, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].includes(e.name))) {
    out.push(rel);
  }
  for (const e of entries) {
    if (e.isDirectory()) out.push(...kustomizationDirs(join(abs, e.name), rel ? `${rel}/${e.name}` : e.name));
  }
  return out;
}

function run(c: Case): Outcome {
  let actual: string;
  try {
    const result = buildKustomization(fs, c.dir, { ...c.options, bases });
    actual = stringifyResources(result.resources.map((r) => r.obj));
  } catch (err) {
    if (c.expectError) return { identical: true, semantic: true };
    const known = err instanceof KustomizeError;
    const msg = (err as Error).message ?? String(err);
    return { identical: false, semantic: false, cause: `${known ? 'error' : 'CRASH'}: ${causeOf(msg)}` };
  }
  if (c.expectError) return { identical: false, semantic: false, cause: 'built, but kustomize fails' };
  const identical = actual === c.expected;
  if (identical) return { identical, semantic: true };
  const semantic = sameDocuments(actual, c.expected ?? '');
  return { identical, semantic, cause: semantic ? 'formatting only' : describeDifference(actual, c.expected ?? '') };
}

function docs(text: string) {
  return parseYamlDocuments(text, 'output').map((d) => d.value);
}

function sameDocuments(a: string, b: string): boolean {
  try {
    const da = docs(a);
    const db = docs(b);
    return da.length === db.length && da.every((d, i) => jsonEqual(d, db[i]));
  } catch {
    return false;
  }
}

function describeDifference(actual: string, expected: string): string {
  try {
    const da = docs(actual);
    const db = docs(expected);
    if (da.length !== db.length) return `resource count ${da.length} vs ${db.length}`;
    const ids = (d: unknown) => {
      const o = d as { kind?: string; metadata?: { name?: string; namespace?: string } };
      return `${o?.kind}/${o?.metadata?.namespace ?? ''}/${o?.metadata?.name}`;
    };
    const idsA = da.map(ids).join(',');
    const idsB = db.map(ids).join(',');
    if (idsA !== idsB) {
      const sortedSame = [...da.map(ids)].sort().join(',') === [...db.map(ids)].sort().join(',');
      return sortedSame ? 'order differs' : 'names or kinds differ';
    }
    return 'content differs';
  } catch (err) {
    return `unparseable output: ${causeOf((err as Error).message)}`;
  }
}

function causeOf(message: string): string {
  return message
    .split('\n')[0]!
    .replace(/\/[^\s'"]*\/(in|real)\/[^\s'"]*/g, '<path>')
    .replace(/'[^']*'/g, "'…'")
    .replace(/"[^"]*"/g, '"…"')
    .slice(0, 140);
}

const all = [...conformanceCases(), ...corpusCases()].filter((c) => !only || c.name.includes(only));
if (all.length === 0) {
  console.log('conformance: ../shared/conformance and ../shared/corpus not found; nothing to compare');
  process.exit(0);
}

interface Tally {
  total: number;
  semantic: number;
  identical: number;
}
const byCorpus = new Map<string, Tally>();
const causes = new Map<string, string[]>();
const started = performance.now();
for (const c of all) {
  const group = c.corpus === 'kustomize-e2e' ? 'kustomize-e2e' : 'real-repos';
  const t = byCorpus.get(group) ?? { total: 0, semantic: 0, identical: 0 };
  const o = run(c);
  t.total++;
  if (o.semantic) t.semantic++;
  if (o.identical) t.identical++;
  byCorpus.set(group, t);
  if (!o.identical) {
    const key = `${group}: ${o.cause}`;
    causes.set(key, [...(causes.get(key) ?? []), c.name]);
  }
}
const seconds = (performance.now() - started) / 1000;

const pct = (n: number, d: number) => (d === 0 ? 100 : Math.floor((1000 * n) / d) / 10);
console.log(`\nFailures by cause (${causes.size} causes):`);
for (const [cause, names] of [...causes.entries()].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`  ${String(names.length).padStart(4)}  ${cause}`);
  const show = verbose ? names : names.slice(0, 3);
  for (const n of show) console.log(`          ${n}`);
  if (!verbose && names.length > 3) console.log(`          … ${names.length - 3} more`);
}
console.log(`\nConformance (${all.length} builds in ${seconds.toFixed(1)} s):`);
const rates: Record<string, { identical: number; semantic: number }> = {};
for (const [group, t] of byCorpus) {
  rates[group] = { identical: pct(t.identical, t.total), semantic: pct(t.semantic, t.total) };
  console.log(
    `  ${group.padEnd(14)} identical ${t.identical}/${t.total} (${rates[group].identical}%)  ` +
      `semantically equal ${t.semantic}/${t.total} (${rates[group].semantic}%)`,
  );
}

if (only) process.exit(0);
const floor: Record<string, { identical: number; semantic: number }> = existsSync(floorFile)
  ? JSON.parse(readFileSync(floorFile, 'utf8'))
  : {};
if (updateFloor) {
  writeFileSync(floorFile, `${JSON.stringify(rates, null, 2)}\n`);
  console.log(`floor written to ${floorFile}`);
  process.exit(0);
}
let failed = false;
for (const [group, f] of Object.entries(floor)) {
  const r = rates[group];
  if (!r) continue;
  for (const k of ['identical', 'semantic'] as const) {
    if (r[k] < f[k]) {
      console.log(`FAIL: ${group} ${k} ${r[k]}% is below the recorded floor ${f[k]}%`);
      failed = true;
    }
  }
}
console.log(failed ? 'conformance ratchet: FAILED' : 'conformance ratchet: ok (at or above the floor)');
process.exit(failed ? 1 : 0);
