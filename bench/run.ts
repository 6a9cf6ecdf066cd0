/**
 * `npm run bench`: generates the synthetic monorepo (bench/generate.ts) and prints, in one run, how fast
 * gitops-gate is on it next to the two yardsticks that matter: the real kustomize building the same overlays,
 * and plain YAML parsing of the input files (the floor no renderer can beat). A benchmark prints figures; it
 * is not a test. The machines this runs on are small and noisy, so compare the ratios within one run, and
 * prefer the CPU figures when the machine is busy (wall time then mostly measures the neighbours).
 *
 *   npm run bench -- [--apps N] [--seed S] [--repeat R] [--kustomize-sample K] [--keep] [--dir DIR]
 *                    [--scaling 1000,3000[,10000]] [--incremental OVERLAYS] [--parallel OVERLAYS]
 *
 * Then three sections with the bundled CLI in fresh processes (bench/sections.ts): check at growing
 * sizes (default 1,000 and 3,000 overlays; add 10000 for the big one, `--scaling 0` skips), a pull
 * request against its base (default 3,000 overlays, R interleaved rounds), and worker threads (default
 * 1,000 overlays).
 *
 * Each figure is taken twice: "cold", in a fresh process as the CLI runs (JIT warm-up included; peak memory
 * is that process's), and "warm", the median of R runs in this process, each starting with empty parse caches.
 * Schemas come from GITOPS_GATE_SCHEMAS (`:`-separated) or ../shared/schemas beside the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { defaultConfig } from '../src/config/config.ts';
import { checkSchemas } from '../src/core/checks/schema.ts';
import { buildKustomization } from '../src/core/kustomize/build.ts';
import { clearParseCaches } from '../src/core/kustomize/parse-cache.ts';
import type { Resource } from '../src/core/kustomize/resource.ts';
import { runChecks, type CheckResult } from '../src/core/run.ts';
import { SchemaValidator } from '../src/core/schema/validator.ts';
import { NodeFileSystem } from '../src/io/node-fs.ts';
import { createSchemaSource } from '../src/io/schema-store.ts';
import { BENCH_REPO_URL, DEFAULT_APPS, DEFAULT_SEED, generateMonorepo } from './generate.ts';
import { ensureBundle } from './cli-run.ts';
import { incrementalSection, median, parallelSection, scalingSection } from './sections.ts';

const PHASES = ['check', 'build', 'floor'] as const;
type Phase = (typeof PHASES)[number];

interface Options {
  /** Overlay counts of the scaling section; empty skips it. */
  scaling: number[];
  /** Overlays of the pull-request section; 0 skips it. */
  incremental: number;
  /** Overlays of the worker-thread section; 0 skips it. */
  parallel: number;
  apps: number;
  seed: number;
  repeat: number;
  kustomizeSample: number;
  keep: boolean;
  dir?: string;
  /** Internal: run one phase over an existing repository and print its figures as JSON. */
  phase?: Phase;
}

const USAGE =
  'usage: npm run bench -- [--apps N] [--seed S] [--repeat R] [--kustomize-sample K] [--keep] [--dir DIR]\n' +
  '                        [--scaling 1000,3000[,10000] | --scaling 0] [--incremental OVERLAYS] [--parallel OVERLAYS]';

function parseOptions(argv: string[]): Options {
  const o: Options = { scaling: [1000, 3000], incremental: 3000, parallel: 1000, apps: DEFAULT_APPS, seed: DEFAULT_SEED, repeat: 3, kustomizeSample: 8, keep: false };
  const number = (i: number, name: string): number => {
    const v = Number(argv[i]);
    if (!Number.isInteger(v) || v < 0) throw new Error(`${name} wants a whole number, got '${argv[i] ?? ''}'`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--apps') o.apps = Math.max(1, number(++i, a));
    else if (a === '--seed') o.seed = number(++i, a);
    else if (a === '--repeat') o.repeat = Math.max(1, number(++i, a));
    else if (a === '--kustomize-sample') o.kustomizeSample = number(++i, a);
    else if (a === '--keep') o.keep = true;
    else if (a === '--scaling') o.scaling = (argv[++i] ?? '').split(',').map((x) => Number(x)).filter((x) => Number.isInteger(x) && x > 0);
    else if (a === '--incremental') o.incremental = number(++i, a);
    else if (a === '--parallel') o.parallel = number(++i, a);
    else if (a === '--dir') o.dir = argv[++i];
    else if (a === '--phase' && PHASES.includes(argv[i + 1] as Phase)) o.phase = argv[++i] as Phase;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option '${a}'\n${USAGE}`);
  }
  return o;
}

// ---- measuring ----

interface Cost {
  /** Wall-clock milliseconds. */
  ms: number;
  /** CPU milliseconds (user + system, every thread of the process). */
  cpu: number;
}

async function measure<T>(fn: () => T | Promise<T>): Promise<Cost & { value: T }> {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000, value };
}

function medianCost(runs: Cost[]): Cost {
  return { ms: median(runs.map((r) => r.ms)), cpu: median(runs.map((r) => r.cpu)) };
}

/** One run of the real tool, with the CPU time the shell's `times` reports for its children. */
function timeCommand(command: string, args: string[]): Cost & { ok: boolean } {
  const quoted = [command, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const start = process.hrtime.bigint();
  const r = spawnSync('sh', ['-c', `${quoted} >/dev/null 2>&1; s=$?; times; exit $s`], { encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // `times` prints the shell's own user/system time, then its children's: "0m0.260s 0m0.126s".
  const children = r.stdout.trim().split('\n').at(-1) ?? '';
  const cpu = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((t, m) => t + (Number(m[1]) * 60 + Number(m[2])) * 1000, 0);
  return { ms, cpu, ok: r.status === 0 };
}

/** The real tool: a standalone `kustomize build`, else `kubectl kustomize`. */
function findKustomize(): { command: string; args: string[] } | undefined {
  const works = (command: string, args: string[]) => spawnSync(command, args, { encoding: 'utf8' }).status === 0;
  if (works('kustomize', ['version'])) return { command: 'kustomize', args: ['build'] };
  if (works('kubectl', ['version', '--client'])) return { command: 'kubectl', args: ['kustomize'] };
  return undefined;
}

function schemaLocations(): { locations: string[]; from: string } {
  const env = process.env.GITOPS_GATE_SCHEMAS;
  if (env) return { locations: env.split(':').filter(Boolean), from: `GITOPS_GATE_SCHEMAS (${env})` };
  const shared = resolve(import.meta.dirname, '..', '..', 'shared', 'schemas');
  return existsSync(shared) ? { locations: [shared], from: shared } : { locations: [], from: 'none found (set GITOPS_GATE_SCHEMAS)' };
}

// ---- the measured work ----

interface Inputs {
  root: string;
  /** Repo-relative overlay directories. */
  overlays: string[];
  /** Repo-relative YAML files. */
  yamlFiles: string[];
  locations: string[];
}

/** The inputs of an existing generated repository, found on disk (for a phase run in a fresh process). */
function inputsOf(root: string, locations: string[]): Inputs {
  const files = (readdirSync(root, { recursive: true }) as string[]).map((f) => f.split('\\').join('/')).sort();
  const overlays = files.filter((f) => /(^|\/)overlays\/[^/]+\/kustomization\.yaml$/.test(f)).map((f) => f.slice(0, -'/kustomization.yaml'.length));
  return { root, overlays, yamlFiles: files.filter((f) => f.endsWith('.yaml')), locations };
}

/** The floor: read and parse every YAML input once with the `yaml` package, to plain JS values. */
function parseFloor(inputs: Inputs): number {
  let docs = 0;
  for (const f of inputs.yamlFiles) {
    for (const d of parseAllDocuments(readFileSync(join(inputs.root, f), 'utf8'))) {
      d.toJS();
      docs++;
    }
  }
  return docs;
}

/** The engine alone: every overlay built in-process, one after the other. */
function buildAll(inputs: Inputs): number {
  const fs = new NodeFileSystem();
  return inputs.overlays.reduce((n, o) => n + buildKustomization(fs, join(inputs.root, o)).resources.length, 0);
}

/** The whole check as the CLI runs it: discover, render (following Argo CD Applications), validate, locate. */
function check(inputs: Inputs): Promise<CheckResult> {
  return runChecks({
    fs: new NodeFileSystem(),
    repoRoot: inputs.root,
    config: defaultConfig(),
    repoURLs: [BENCH_REPO_URL],
    schemaSource: createSchemaSource({ locations: inputs.locations, includeDefaults: false }),
  });
}

async function runPhase(phase: Phase, inputs: Inputs): Promise<Cost & { value: unknown }> {
  clearParseCaches();
  if (phase === 'floor') return measure(() => parseFloor(inputs));
  if (phase === 'build') return measure(() => buildAll(inputs));
  return measure(() => check(inputs));
}

/** Peak resident set size of this process so far (the kernel's own high-water mark), in MiB. */
function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** A phase in a fresh process, as a CLI run meets it: the JIT starts cold, and the peak memory is its own. */
function coldPhase(phase: Phase, root: string): Cost & { rss: number } {
  const child = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--phase', phase, '--dir', root], {
    encoding: 'utf8',
    env: process.env,
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error(`the ${phase} phase failed in a fresh process:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as Cost & { rss: number };
}

// ---- printing ----

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const secs = (ms: number) => `${fmt(ms / 1000, 2)} s`;
const cost = (c: Cost) => `${secs(c.ms)}, CPU ${secs(c.cpu)}`;
const ratio = (a: Cost, b: Cost) => `${fmt(a.ms / b.ms, 1)}× wall, ${fmt(a.cpu / b.cpu, 1)}× CPU`;
const row = (label: string, cold: string, warm: string) => console.log(`${label.padEnd(26)}${cold.padEnd(34)}${warm}`);

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const { locations, from } = schemaLocations();

  if (opts.phase) {
    const result = await runPhase(opts.phase, inputsOf(resolve(opts.dir!), locations));
    console.log(JSON.stringify({ ms: result.ms, cpu: result.cpu, rss: peakRssMiB() }));
    return;
  }

  const generated = await measure(() => generateMonorepo({ apps: opts.apps, seed: opts.seed, dir: opts.dir }));
  const inputs = inputsOf(generated.value.root, locations);
  const { root, overlays } = inputs;
  console.log(`gitops-gate bench: ${opts.apps} apps × 4 environments + 4 app-of-apps = ${overlays.length} overlays, ${generated.value.files.length} files (seed ${opts.seed})`);
  console.log(`  repository  ${root} (generated in ${secs(generated.ms)})`);
  console.log(`  schemas     ${from}`);
  console.log(`  node ${process.version}, ${fmt(process.resourceUsage().maxRSS / 1024)} MiB before measuring; warm = median of ${opts.repeat} in-process run(s)\n`);

  const cold = Object.fromEntries(PHASES.map((p) => [p, coldPhase(p, root)])) as Record<Phase, Cost & { rss: number }>;

  const warmRuns: Record<Phase, Cost[]> = { check: [], build: [], floor: [] };
  let result: CheckResult | undefined;
  let built = 0;
  for (let round = 0; round < opts.repeat; round++) {
    for (const phase of PHASES) {
      const r = await runPhase(phase, inputs);
      warmRuns[phase].push(r);
      if (phase === 'check') result = r.value as CheckResult;
      if (phase === 'build') built = r.value as number;
    }
  }
  clearParseCaches();
  const warm = Object.fromEntries(PHASES.map((p) => [p, medianCost(warmRuns[p])])) as Record<Phase, Cost>;

  // Validation alone, over what the check rendered: cold (schemas loaded and compiled) and warm.
  const rendered: Resource[][] = result!.models.map((m) => m.resources.map((r) => r.resource));
  const validator = new SchemaValidator();
  const source = createSchemaSource({ locations, includeDefaults: false });
  const kubernetesVersion = defaultConfig().kubernetesVersion;
  const validateAll = () =>
    measure(async () => {
      let n = 0;
      for (const resources of rendered) {
        await checkSchemas(resources, { source, kubernetesVersion, validator });
        n += resources.length;
      }
      return n;
    });
  const validateCold = await validateAll();
  const validateWarm: Cost[] = [];
  for (let i = 0; i < opts.repeat; i++) validateWarm.push(await validateAll());
  const validated = validateCold.value;
  const perSecond = (c: Cost) => `${fmt((validated / c.cpu) * 1000)}/s CPU, ${fmt((validated / c.ms) * 1000)}/s wall`;

  const s = result!.report.summary;
  const byRule = new Map<string, number>();
  for (const f of result!.report.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  console.log(`check: ${s.entrypoints} entrypoints, ${s.resources} resources; findings: ${[...byRule].map(([r, n]) => `${r} ×${n}`).join(', ') || 'none'}\n`);

  row('', 'cold (fresh process)', `warm (median of ${opts.repeat})`);
  row('check (whole run)', cost(cold.check), cost(warm.check));
  row('engine builds', cost(cold.build), cost(warm.build));
  row('  overlays/s', `${fmt((overlays.length / cold.build.ms) * 1000)} wall`, `${fmt((overlays.length / warm.build.ms) * 1000)} wall (${built} resources)`);
  row('YAML parse floor', cost(cold.floor), cost(warm.floor));
  row('  check / floor', ratio(cold.check, cold.floor), `${ratio(warm.check, warm.floor)}   (target ≤ 2.5×)`);
  row('validation', perSecond(validateCold), `${perSecond(medianCost(validateWarm))}   (target ≥ 10,000/s)`);
  row('  resources', `${validated}, schemas loaded + compiled`, 'schemas compiled already');
  row('peak memory (max RSS)', `${fmt(cold.check.rss)} MiB check, ${fmt(cold.build.rss)} MiB builds`, `${fmt(peakRssMiB())} MiB this process   (target < 1,024 MiB)`);

  const tool = opts.kustomizeSample > 0 ? findKustomize() : undefined;
  if (!tool) {
    console.log(`\nreal kustomize: skipped (${opts.kustomizeSample === 0 ? '--kustomize-sample 0' : 'neither kustomize nor kubectl on PATH'})`);
  } else {
    const n = Math.min(opts.kustomizeSample, overlays.length);
    const sample = Array.from({ length: n }, (_, i) => overlays[Math.floor((i * overlays.length) / n)]!);
    const each = sample.map((o) => timeCommand(tool.command, [...tool.args, join(root, o)]));
    const failed = each.filter((e) => !e.ok).length;
    const per = medianCost(each);
    const all: Cost = { ms: per.ms * overlays.length, cpu: per.cpu * overlays.length };
    row(`real kustomize ×${overlays.length}`, cost(all), `${fmt(per.ms)} ms/overlay, CPU ${fmt(per.cpu)} ms (${tool.command} ${tool.args.join(' ')}, median of ${n}${failed ? `, ${failed} FAILED` : ''})`);
    row('  kustomize / check', ratio(all, cold.check), `${ratio(all, warm.check)}   (target ≥ 20×)`);
    row('  kustomize / builds', ratio(all, cold.build), ratio(all, warm.build));
  }

  if (!opts.keep && !opts.dir) rmSync(root, { recursive: true, force: true });
  else console.log(`\nkept ${root}`);

  // The sections below run the bundled CLI in fresh processes, as users and the Action do.
  const schemas = locations.join(':');
  if (opts.scaling.length > 0 || opts.incremental > 0 || opts.parallel > 0) ensureBundle();
  if (opts.scaling.length > 0) scalingSection(opts.scaling, opts.seed, schemas);
  if (opts.incremental > 0) incrementalSection(opts.incremental, opts.seed, schemas, opts.repeat);
  if (opts.parallel > 0) parallelSection(opts.parallel, opts.seed, schemas);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
});
