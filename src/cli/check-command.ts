import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { runChecks, CheckUsageError, type CheckInputs } from '../core/run.ts';
import { runChangeChecks, type BaseRevision } from '../core/check-change.ts';
import { gateFails } from '../core/gate.ts';
import { baseRevision, GitRevisionFileSystem } from '../io/git-fs.ts';
import { createWorkerPool, defaultJobs } from '../io/worker-pool.ts';
import { isReportFormat, renderReport, REPORT_FORMATS } from '../core/render/index.ts';
import type { Report } from '../core/model/report.ts';
import { ConfigError } from '../config/config.ts';
import { NodeFileSystem } from '../io/node-fs.ts';
import { UsageError, type CliIO } from './io.ts';
import { loadRepoInputs } from './repo-inputs.ts';
import { GitError, mergeBase, tryResolve } from '../io/git.ts';
import { CachingFileSystem } from '../core/cached-fs.ts';
import type { FileSystem } from '../core/ports.ts';
import { checkedOutPullRequestHead, headContainedIn } from '../io/promotion-facts.ts';

export const CHECK_HELP = `Usage: gitops-gate check [REPO] [options]

Renders every environment of the repository (default: the current directory) and runs every check:
build failures, YAML errors, schema validation, removed APIs, duplicates, plain-text Secrets, sync-wave
and Flux dependsOn order, and the branch-to-cluster promotion rules.

Options:
  --config FILE                 configuration (default: REPO/.gitops-gate.yaml if present)
  --env NAME                    only this environment (repeatable)
  --format text|json|sarif|markdown   output format (default text)
  --output FILE                 write the report to FILE instead of stdout
  --kubernetes-version X.Y      validate against this Kubernetes version (default: config, else 1.31)
  --schemas DIR|URL             a schema location, tried before the config's and GITOPS_GATE_SCHEMAS (repeatable)
  --base-branch B --head-branch H   the pull request's branches: the promotion rules, and findings
                                compared with the merge base of B (as --base B)
  --base REF                    compare findings with the merge base of REF and HEAD: each is new or
                                existing, and only new ones fail the check
  --fail-on error|warning|never     exit 1 when findings reach this severity (default error)
  --fail-on-existing            with a baseline, existing findings fail the check too
  --jobs N                      threads to render environments on (default: the machine's cores but one;
                                1: no threads)
  --timings                     say on stderr how long the run took, and with a base each part of it
  -h, --help                    show this help

Exit status: 0 nothing at or above --fail-on (with a baseline: nothing new); 1 findings at or above it;
2 usage or internal error.
`;

export async function runCheck(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      config: { type: 'string' },
      env: { type: 'string', multiple: true },
      format: { type: 'string' },
      output: { type: 'string' },
      'kubernetes-version': { type: 'string' },
      schemas: { type: 'string', multiple: true },
      'base-branch': { type: 'string' },
      'head-branch': { type: 'string' },
      'fail-on': { type: 'string' },
      base: { type: 'string' },
      'fail-on-existing': { type: 'boolean' },
      jobs: { type: 'string' },
      timings: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`check takes one repository directory, got ${positionals.length}`);
  const format = values.format ?? 'text';
  if (!isReportFormat(format)) throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(', ')}, got '${format}'`);
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'error' && failOn !== 'warning' && failOn !== 'never') {
    throw new UsageError(`--fail-on must be error, warning or never, got '${failOn}'`);
  }
  const k8s = values['kubernetes-version'];
  if (k8s !== undefined && !/^v?\d+\.\d+(\.\d+)?$|^master$/.test(k8s)) {
    throw new UsageError(`--kubernetes-version must look like 1.31, got '${k8s}'`);
  }
  if (!!values['base-branch'] !== !!values['head-branch']) {
    throw new UsageError('--base-branch and --head-branch go together');
  }

  if (values.base === '') throw new UsageError('--base needs a branch, tag or commit');
  const failOnExisting = values['fail-on-existing'] ?? false;
  const jobs = parseJobs(values.jobs);

  const env = io.env ?? {};
  const started = performance.now();
  /** With a base: how long opening it, the head and the base took (for --timings). */
  let parts: { open: number; head: number; base: number } | undefined;
  let report: Report;
  try {
    const inputs = loadRepoInputs(positionals[0], values.config, values.schemas ?? [], io.cwd, env);
    const progress = io.stderrIsTTY ? (m: string) => io.stderr(`\r\x1b[2K${m}`) : undefined;
    // One cached view of the working tree: the head reads it, and the base takes unchanged files from it.
    const headFs = new CachingFileSystem(io.fs ?? new NodeFileSystem());
    const checkInputs: CheckInputs = {
      fs: headFs,
      repoRoot: inputs.repoRoot,
      config: inputs.config,
      repoURLs: inputs.repoURLs,
      schemaSource: inputs.schemaSource,
      ...(values.env ? { environments: values.env } : {}),
      ...(k8s ? { kubernetesVersion: k8s.replace(/^v/, '').split('.').slice(0, 2).join('.') } : {}),
      ...(progress ? { onProgress: progress } : {}),
      ...(values['base-branch'] && values['head-branch']
        ? {
            pullRequest: { baseBranch: values['base-branch'], headBranch: values['head-branch'] },
            headContainedIn: (source: string) => {
              try {
                return headContainedIn(inputs.repoRoot, checkedOutPullRequestHead(inputs.repoRoot), source);
              } catch (err) {
                if (err instanceof GitError) return 'unknown';
                throw err;
              }
            },
          }
        : {}),
    };
    const opening = performance.now();
    // Opening goes on in git's own processes while the head is checked (runChangeChecks waits for it).
    const base = openBaseline(inputs.repoRoot, values.base, values['base-branch'], headFs, (m) => io.stderr(`gitops-gate: ${m}\n`));
    base?.catch(() => undefined); // its failure is runChangeChecks' to report, not an unhandled rejection meanwhile
    const opened = performance.now();
    // Threads read the working tree from disk: only for the real one, not a FileSystem a caller passed in.
    const pool = jobs > 1 && !io.fs ? createWorkerPool(jobs, { repoRoot: inputs.repoRoot, repoURLs: inputs.repoURLs, config: inputs.config, schemaOptions: inputs.schemaOptions }) : undefined;
    if (pool) checkInputs.workers = pool;
    let result;
    try {
      if (base) {
        const change = await runChangeChecks(checkInputs, base);
        const { head, waitingForBase, base: baseTook } = change.durations;
        if (change.baseModels) parts = { open: opened - opening + waitingForBase, head, base: baseTook };
        result = change;
      } else {
        result = await runChecks(checkInputs);
      }
    } finally {
      await pool?.close();
    }
    if (progress) io.stderr('\r\x1b[2K');
    report = result.report;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CheckUsageError) throw new UsageError(err.message);
    throw err;
  }

  const toFile = values.output !== undefined;
  const text = renderReport(report, format, {
    color: format === 'text' && !toFile && !!io.stdoutIsTTY && !env.NO_COLOR,
    failOn,
    failOnExisting,
  });
  if (toFile) {
    const path = nodePath.resolve(io.cwd, values.output!);
    (io.writeFile ?? ((p, t) => writeFileSync(p, t)))(path, text);
    const { errors, warnings, notices } = report.summary;
    io.stderr(`gitops-gate: report written to ${values.output} (${errors} errors, ${warnings} warnings, ${notices} notices)\n`);
  } else {
    io.stdout(text);
  }
  if (values.timings) io.stderr(`gitops-gate: ${describeTimings(performance.now() - started, parts)}\n`);
  return gateFails(report, { failOn, failOnExisting }) ? 1 : 0;
}

/**
 * `took 5.91 s: opening the base in git 0.12 s, the head 5.40 s, the base 0.23 s` (seconds, two decimals).
 * Opening is what the run spent starting git and waiting for it: git's work beside the head's walk is not in it.
 */
export function describeTimings(totalMs: number, parts?: { open: number; head: number; base: number }): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const total = `took ${s(totalMs)}`;
  return parts ? `${total}: opening the base in git ${s(parts.open)}, the head ${s(parts.head)}, the base ${s(parts.base)}` : total;
}

/** `--jobs N`: a whole number of threads, at least 1; default the machine's cores but one. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs must be a whole number of threads (1 or more), got '${value}'`);
  return Number(value);
}

/**
 * The baseline's tree: the merge base of `--base` (or of the pull request's base branch, locally or as
 * origin's) and HEAD, opening in the background. `--base` must resolve, at once; a base branch that this
 * clone lacks only costs the baseline, which `say` explains (and the promise settles on undefined).
 * Undefined when no base is asked for.
 */
function openBaseline(
  repoRoot: string,
  base: string | undefined,
  baseBranch: string | undefined,
  headFs: FileSystem,
  say: (m: string) => void,
): Promise<BaseRevision | undefined> | undefined {
  if (base !== undefined) {
    const failed = (err: unknown): never => {
      if (err instanceof GitError) throw new UsageError(`--base ${base}: ${err.message}`);
      throw err;
    };
    try {
      const commit = mergeBase(repoRoot, base, 'HEAD');
      return GitRevisionFileSystem.openBase(repoRoot, commit, headFs).then((tree) => baseRevision(tree, base), failed);
    } catch (err) {
      return failed(err);
    }
  }
  if (baseBranch === undefined) return undefined;
  const noBaseline = (err: unknown): undefined => {
    if (!(err instanceof GitError)) throw err;
    say(`no baseline: ${err.message}; every finding counts`);
    return undefined;
  };
  for (const ref of [baseBranch, `origin/${baseBranch}`]) {
    if (!tryResolve(repoRoot, ref)) continue;
    try {
      const commit = mergeBase(repoRoot, ref, 'HEAD');
      return GitRevisionFileSystem.openBase(repoRoot, commit, headFs).then((tree) => baseRevision(tree, baseBranch), noBaseline);
    } catch (err) {
      return noBaseline(err);
    }
  }
  say(`no baseline: branch '${baseBranch}' is not in this clone (fetch it to compare findings with it); every finding counts`);
  return undefined;
}
