/**
 * One run of the bundled CLI (dist/cli.js) in a fresh process, as a user or the Action runs it, with its
 * wall time, CPU time and peak memory (reported by bench/usage.mjs from inside the process).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface CliRun {
  /** Wall-clock milliseconds, as the parent saw them (process start included). */
  ms: number;
  cpu: number;
  rssMiB: number;
  status: number;
  stdout: string;
  stderr: string;
}

const PROJECT = resolve(import.meta.dirname, '..');
const CLI = resolve(PROJECT, 'dist', 'cli.js');
const USAGE = resolve(PROJECT, 'bench', 'usage.mjs');

/** Builds dist/ when it is missing: the sections measure what users run. */
export function ensureBundle(): void {
  if (existsSync(CLI)) return;
  const r = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: PROJECT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('npm run bundle failed');
}

export function runCli(args: string[], env: Record<string, string | undefined> = {}, cwd = PROJECT): CliRun {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--import', USAGE, CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITOPS_GATE_OFFLINE: '1', ...env },
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const line = r.stderr.split('\n').reverse().find((l) => l.startsWith('GG_USAGE '));
  if (!line) throw new Error(`gitops-gate ${args.join(' ')} reported nothing (exit ${r.status}):\n${r.stderr.slice(-2000)}`);
  const usage = JSON.parse(line.slice('GG_USAGE '.length)) as { cpu: number; rssMiB: number };
  return { ms, cpu: usage.cpu, rssMiB: usage.rssMiB, status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
