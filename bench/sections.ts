/**
 * The sections of `npm run bench` that measure the bundled CLI in fresh processes, each a function:
 * scaling with the size of the repository, the cost of a pull request against its base, and rendering
 * on worker threads. Each prints its own table; ratios within one run are what to compare on a noisy
 * machine.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, type CliRun } from './cli-run.ts';
import { generateMonorepo } from './generate.ts';

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const secs = (ms: number) => `${fmt(ms / 1000, 2)} s`;

interface Generated {
  root: string;
  overlays: number;
}

/** The middle value (the mean of the two middle ones for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** A generated monorepo of about `overlays` overlays (four per app, plus four app-of-apps). */
function generate(overlays: number, seed: number): Generated {
  const dir = mkdtempSync(join(tmpdir(), 'gitops-gate-bench-'));
  const repo = generateMonorepo({ apps: Math.max(1, Math.round((overlays - 4) / 4)), seed, dir });
  return { root: repo.root, overlays: repo.overlays.length };
}

function checkJson(root: string, args: string[], schemas: string): { run: CliRun; resources: number; findings: number } {
  const run = runCli(['check', root, '--format', 'json', '--fail-on', 'never', ...args], { GITOPS_GATE_SCHEMAS: schemas });
  if (run.status !== 0) throw new Error(`check ${root} ${args.join(' ')} exited ${run.status}`);
  const report = JSON.parse(run.stdout) as { summary: { resources: number }; findings: unknown[] };
  return { run, resources: report.summary.resources, findings: report.findings.length };
}

/** `check` at each size, one fresh process each, one thread: the growth of time and memory. */
export function scalingSection(sizes: number[], seed: number, schemas: string): void {
  console.log(`\n### Scaling: check on generated repositories (one thread, fresh process each)\n`);
  console.log('| overlays | resources | wall | CPU | peak RSS | ms/overlay | wall ÷ first |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  let first: number | undefined;
  for (const size of sizes) {
    const repo = generate(size, seed);
    try {
      const { run, resources } = checkJson(repo.root, ['--jobs', '1'], schemas);
      first ??= run.ms;
      console.log(
        `| ${fmt(repo.overlays)} | ${fmt(resources)} | ${secs(run.ms)} | ${secs(run.cpu)} | ${fmt(run.rssMiB)} MiB | ${fmt(run.ms / repo.overlays, 1)} | ${fmt(run.ms / first, 2)}× |`,
      );
    } finally {
      rmSync(repo.root, { recursive: true, force: true });
    }
  }
}

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.test', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
}

/**
 * A pull request against its base: `check` alone, then `check --base main` (head and base, findings
 * classified) and `diff --base main` for a change to one overlay and a change to one shared base. The runs
 * are interleaved over `rounds` rounds and each figure is the lowest seen: a slow neighbour on a small
 * machine then costs a round, not the comparison. The paired figures compare each run with the `check`
 * of its own round (the median over rounds): a slow spell that spans a round slows both.
 */
export function incrementalSection(size: number, seed: number, schemas: string, rounds = 3): void {
  const ROUNDS = Math.max(1, rounds);
  const repo = generate(size, seed);
  try {
    git(repo.root, 'init', '-q', '-b', 'main');
    git(repo.root, 'add', '-A');
    git(repo.root, 'commit', '-q', '-m', 'base');
    // Objects packed, as a clone (actions/checkout) has them: listing a tree of loose objects with their sizes
    // opens every one, which no checkout pays.
    git(repo.root, 'repack', '-a', '-d', '-q');
    const overlayFile = join(repo.root, firstMatch(repo.root, /^apps\/[^/]+\/overlays\/dev\/kustomization\.yaml$/));
    const baseFile = join(repo.root, firstMatch(repo.root, /^apps\/[^/]+\/base\/deployment\.yaml$/));
    const changes = [
      ['one overlay changed', overlayFile, (t: string) => `${t}\ncommonAnnotations:\n  bench.example.test/changed: "true"\n`],
      ['one shared base changed', baseFile, (t: string) => t.replace(/replicas: (\d+)/, (_m, n) => `replicas: ${Number(n) + 1}`)],
    ] as const;

    const best = new Map<string, { ms: number; cpu: number; rssMiB: number }>();
    /** Each run's wall and CPU over its round's `check`, by label. */
    const paired = new Map<string, { wall: number[]; cpu: number[] }>();
    let roundCheck: CliRun | undefined;
    const keep = (label: string, r: CliRun) => {
      const b = best.get(label);
      best.set(label, b ? { ms: Math.min(b.ms, r.ms), cpu: Math.min(b.cpu, r.cpu), rssMiB: Math.max(b.rssMiB, r.rssMiB) } : { ms: r.ms, cpu: r.cpu, rssMiB: r.rssMiB });
      if (!roundCheck) return;
      const ratios = paired.get(label) ?? { wall: [], cpu: [] };
      ratios.wall.push(r.ms / roundCheck.ms);
      ratios.cpu.push(r.cpu / roundCheck.cpu);
      paired.set(label, ratios);
    };
    const labels = ['`check` (head only)'];
    // What `check --base --timings` says each part took (lowest of the rounds), by change.
    const parts = new Map<string, { open: number; head: number; base: number }>();
    const keepParts = (what: string, r: CliRun) => {
      const said = /took [\d.]+ s: opening the base in git ([\d.]+) s, the head ([\d.]+) s, the base ([\d.]+) s/.exec(r.stderr);
      if (!said) throw new Error(`check --timings said no timings:\n${r.stderr.slice(-500)}`);
      const [open, head, base] = said.slice(1).map((x) => Number(x) * 1000) as [number, number, number];
      const p = parts.get(what);
      parts.set(what, p ? { open: Math.min(p.open, open), head: Math.min(p.head, head), base: Math.min(p.base, base) } : { open, head, base });
    };
    for (let round = 0; round < ROUNDS; round++) {
      roundCheck = undefined;
      const check = checkJson(repo.root, ['--jobs', '1'], schemas).run;
      keep(labels[0]!, check);
      roundCheck = check;
      for (const [what, file, edit] of changes) {
        const before = readFileSync(file, 'utf8');
        writeFileSync(file, edit(before));
        try {
          for (const [label, run] of [
            [
              `\`check --base main\`, ${what}`,
              () => {
                const { run } = checkJson(repo.root, ['--jobs', '1', '--base', 'main', '--timings'], schemas);
                keepParts(what, run);
                return run;
              },
            ],
            [`\`diff --base main\`, ${what}`, () => runCli(['diff', repo.root, '--base', 'main', '--format', 'json', '--jobs', '1'], { GITOPS_GATE_SCHEMAS: schemas })],
          ] as const) {
            if (round === 0) labels.push(label);
            keep(label, run());
          }
        } finally {
          writeFileSync(file, before);
        }
      }
    }

    console.log(`\n### A pull request against its base: ${fmt(repo.overlays)} overlays (fresh process each, lowest of ${ROUNDS} interleaved rounds)\n`);
    console.log('| run | wall | CPU | peak RSS | wall ÷ check | extra wall | extra CPU | paired extra wall | paired extra CPU |');
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    const plain = best.get(labels[0]!)!;
    const pct = (x: number, of: number) => `${fmt(((x - of) / of) * 100, 0)} %`;
    const medianPct = (ratios: number[] | undefined) => (ratios && ratios.length > 0 ? `${fmt((median(ratios) - 1) * 100, 0)} %` : '');
    for (const label of labels) {
      const r = best.get(label)!;
      const p = paired.get(label);
      console.log(
        `| ${label} | ${secs(r.ms)} | ${secs(r.cpu)} | ${fmt(r.rssMiB)} MiB | ${fmt(r.ms / plain.ms, 2)}× | ${pct(r.ms, plain.ms)} | ${pct(r.cpu, plain.cpu)} | ${medianPct(p?.wall)} | ${medianPct(p?.cpu)} |`,
      );
    }
    console.log('\nWhere `check --base main` spends it (its `--timings`, lowest of the rounds; the rest is process start and output):\n');
    console.log('| change | opening the base in git | the head | the base |');
    console.log('| --- | ---: | ---: | ---: |');
    for (const [what, p] of parts) console.log(`| ${what} | ${secs(p.open)} | ${secs(p.head)} | ${secs(p.base)} |`);
  } finally {
    rmSync(repo.root, { recursive: true, force: true });
  }
}

function firstMatch(root: string, pattern: RegExp): string {
  const r = spawnSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' });
  const hit = r.stdout.split('\n').find((f) => pattern.test(f));
  if (!hit) throw new Error(`no file matches ${pattern} in ${root}`);
  return hit;
}

/** `check` with one thread against the pool: what worker threads buy on this machine. */
export function parallelSection(size: number, seed: number, schemas: string): void {
  const repo = generate(size, seed);
  try {
    const cores = availableParallelism();
    const jobs = [...new Set([1, 2, Math.max(2, cores - 1), cores])].sort((a, b) => a - b);
    console.log(`\n### Worker threads: check on ${fmt(repo.overlays)} overlays, ${cores} cores (fresh process each)\n`);
    console.log('| --jobs | wall | CPU | peak RSS | speed-up |');
    console.log('| ---: | ---: | ---: | ---: | ---: |');
    let one: number | undefined;
    for (const j of jobs) {
      const { run } = checkJson(repo.root, ['--jobs', String(j)], schemas);
      one ??= run.ms;
      console.log(`| ${j} | ${secs(run.ms)} | ${secs(run.cpu)} | ${fmt(run.rssMiB)} MiB | ${fmt(one / run.ms, 2)}× |`);
    }
  } finally {
    rmSync(repo.root, { recursive: true, force: true });
  }
}
