// Shared by the check and CLI tests: the repository's paths, the offline schema set, and the CLI run as a
// function with its output captured.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli, type CliIO } from '../../src/cli/cli.ts';
import type { Report } from '../../src/core/model/report.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
export const EXAMPLES = join(REPO_ROOT, 'examples');

/** The offline schema set (`../shared/schemas`, or GITOPS_GATE_SCHEMAS), or undefined when absent. */
export const SCHEMAS: string | undefined = (() => {
  const candidates = [process.env.GITOPS_GATE_SCHEMAS, resolve(REPO_ROOT, '../shared/schemas')];
  return candidates.find((c): c is string => !!c && existsSync(join(c, 'kubernetes')));
})();

/** `{ skip }` for tests that validate schemas: the reason, when the offline schema set is absent. */
export const NEEDS_SCHEMAS = SCHEMAS ? {} : { skip: 'no schema set: ../shared/schemas is absent and GITOPS_GATE_SCHEMAS is unset' };

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Files written through `--output`, by absolute path. */
  files: Map<string, string>;
}

export interface CliRunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
}

/** Runs `gitops-gate ARGV` in-process: offline, with the shared schemas, nothing written to disk. */
export async function runCli(argv: string[], options: CliRunOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const files = new Map<string, string>();
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd: options.cwd ?? REPO_ROOT,
    env: { GITOPS_GATE_OFFLINE: '1', ...(SCHEMAS ? { GITOPS_GATE_SCHEMAS: SCHEMAS } : {}), ...options.env },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
    writeFile: (path, text) => void files.set(path, text),
  };
  const code = await cli(argv, io);
  return { code, stdout, stderr, files };
}

/** `check REPO --format json` parsed. */
export async function checkJson(repo: string, extra: string[] = [], options: CliRunOptions = {}): Promise<{ run: CliRun; report: Report }> {
  const run = await runCli(['check', repo, '--format', 'json', ...extra], options);
  let report: Report;
  try {
    report = JSON.parse(run.stdout) as Report;
  } catch {
    throw new Error(`check ${repo} printed no JSON report (exit ${run.code}): ${run.stderr || run.stdout.slice(0, 500)}`);
  }
  return { run, report };
}

/** One line per finding, for assertion messages. */
export function describeFindings(report: Report): string {
  return report.findings
    .map((f) => `  ${f.environment ?? '-'} ${f.severity} ${f.ruleId} ${f.file ?? ''}${f.line ? `:${f.line}` : ''} ${f.message}`)
    .join('\n');
}

/** A throwaway repository on disk (files by repo-relative path); removed by the returned cleanup. */
export function makeRepo(files: Record<string, string | Uint8Array>): { root: string; cleanup: () => void } {
  const root = mkdtempSync(join(tmpdir(), 'gitops-gate-test-'));
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A minimal valid Deployment, for repositories built in tests. */
export function deployment(name: string, extra = ''): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: nginx:1.27
${extra}`;
}

export function kustomization(resources: string[], extra = ''): string {
  return `resources:\n${resources.map((r) => `  - ${r}\n`).join('')}${extra}`;
}
