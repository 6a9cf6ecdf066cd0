/**
 * One run of the Action, with the outside world passed in: check the workspace with the same core as the
 * CLI (plus the pull request's promotion rules), render the pull request's base for the diff, then report — JSON file, job summary, annotations, the
 * sticky comment, outputs — and say whether the step fails. Order matters: the JSON report and the summary
 * are written before the comment is attempted, so an API outage or a read-only token loses nothing.
 */
import * as nodePath from 'node:path';
import { ConfigError } from '../config/config.ts';
import { loadRepoInputs, type RepoInputs } from '../cli/repo-inputs.ts';
import { UsageError } from '../cli/io.ts';
import { runChangeChecks, type BaseRevision } from '../core/check-change.ts';
import type { EnvironmentModel } from '../core/cluster/model.ts';
import type { Report } from '../core/model/report.ts';
import { runChecks, CheckUsageError, type CheckInputs } from '../core/run.ts';
import { baseRevision, GitRevisionFileSystem } from '../io/git-fs.ts';
import { createWorkerPool, defaultJobs } from '../io/worker-pool.ts';
import { renderText } from '../core/render/text.ts';
import { NodeFileSystem } from '../io/node-fs.ts';
import { GitError, isShallow, tryResolve } from '../io/git.ts';
import { CachingFileSystem } from '../core/cached-fs.ts';
import type { FileSystem } from '../core/ports.ts';
import { planAnnotations, omittedNote, type Annotation } from './annotations.ts';
import { publishComment } from './comment.ts';
import type { ActionContext, PullRequestInfo } from './context.ts';
import { diffPullRequest, type PullRequestDiff } from './diff-section.ts';
import type { GitHubApi } from './github-api.ts';
import type { ActionInputs } from './inputs.ts';
import { failureMessage, setOutputs, writeJsonReport } from './outputs.ts';
import { pullRequestRules } from './promotion.ts';
import { SecretRedactor } from './redact.ts';
import { renderCommentBody, type DocumentParts } from './report-markdown.ts';
import { renderSummary, writeSummary } from './summary.ts';

export interface ActionLog {
  info(message: string): void;
  /** Text that comes from the repository: printed so that no line of it can act as a workflow command. */
  untrusted(title: string, text: string): void;
  warning(message: string): void;
  notice(message: string): void;
  annotate(annotation: Annotation): void;
}

export interface ActionIO {
  env: Record<string, string | undefined>;
  log: ActionLog;
  setOutput(name: string, value: string): void;
  createApi(token: string, repo: { owner: string; repo: string }): GitHubApi;
}

/** A problem that stops the step with one line (bad input, unusable configuration). */
export class ActionError extends Error {}

/** Runs the Action; returns the reason the step fails, or undefined when it passes. */
export async function runAction(inputs: ActionInputs, ctx: ActionContext, io: ActionIO): Promise<string | undefined> {
  const repoRoot = nodePath.resolve(ctx.workspace, inputs.workingDirectory);
  const repoDir = nodePath.relative(ctx.workspace, repoRoot).split(nodePath.sep).join('/');
  const pr = ctx.pullRequest;
  const notes: string[] = [];
  // One cached view of the workspace: the head reads it, and the base takes unchanged files from it.
  const headFs = new CachingFileSystem(new NodeFileSystem());
  const base = pr ? openPullRequestBase(pr, ctx.eventName, repoRoot, headFs, notes) : undefined;
  const { report, models, baseModels, repo } = await check(inputs, repoRoot, repoDir, io, pr, base, notes, headFs);
  const redactor = new SecretRedactor().addModels(models);
  for (const note of notes) io.log.warning(note);

  let diff: PullRequestDiff | undefined;
  if (pr && base && baseModels) {
    diff = diffPullRequest({ baseSha: pr.baseSha, baseRef: pr.baseRef, headSha: pr.headSha, headRef: pr.headRef, baseModels, headModels: models, config: repo.config });
    redactor.addModels(baseModels);
  }

  const reportPath = writeJsonReport(ctx.tempDir, report, redactor);
  io.log.untrusted('gitops-gate report', redactor.redact(renderText(redactor.redactReport(report), { color: false })));
  io.log.info(`JSON report: ${reportPath}`);

  const policy = { failOn: inputs.failOn, failOnExisting: inputs.failOnExisting };
  const parts: DocumentParts = { report, notes, policy, redactor, ...(diff ? { diff } : {}) };
  if (inputs.summary) {
    const written = writeSummary(io.env.GITHUB_STEP_SUMMARY, renderSummary(parts, `the JSON report (the step's \`report\` output)`));
    if (!written) io.log.info('no GITHUB_STEP_SUMMARY file: the job summary is not written');
  }

  if (inputs.annotations) {
    const plan = planAnnotations(redactor.redactReport(report), repoDir);
    for (const a of plan.annotations) io.log.annotate({ ...a, message: redactor.redact(a.message) });
    const note = omittedNote(plan.omitted);
    if (note) io.log.info(note);
  }

  let commentUrl = '';
  if (pr) commentUrl = await comment(inputs, ctx, pr, parts, diff, io);

  setOutputs(
    {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      'new-errors': report.summary.baseline?.newErrors ?? '',
      'new-warnings': report.summary.baseline?.newWarnings ?? '',
      changed: diff?.changed ?? '',
      report: reportPath,
      'comment-url': commentUrl,
    },
    io.setOutput,
  );
  return failureMessage(report, policy);
}

/**
 * The CLI's `check`, on the working directory — against the pull request's base when there is one, so
 * findings are new or existing and the base's models feed the diff. Configuration problems stop the step
 * at their line; a base that fails to render costs the baseline and the diff (said in a note), never the check.
 */
async function check(
  inputs: ActionInputs,
  repoRoot: string,
  repoDir: string,
  io: ActionIO,
  pr: PullRequestInfo | undefined,
  base: Promise<BaseRevision | undefined> | undefined,
  notes: string[],
  headFs: FileSystem,
): Promise<{ report: Report; models: EnvironmentModel[]; baseModels?: EnvironmentModel[]; repo: RepoInputs }> {
  let repo: RepoInputs;
  let checkInputs: CheckInputs;
  try {
    repo = loadRepoInputs(repoRoot, inputs.config || undefined, inputs.schemas, repoRoot, io.env);
    checkInputs = {
      fs: headFs,
      repoRoot: repo.repoRoot,
      config: repo.config,
      repoURLs: repo.repoURLs,
      schemaSource: repo.schemaSource,
      environments: inputs.environments,
      ...(inputs.kubernetesVersion ? { kubernetesVersion: inputs.kubernetesVersion } : {}),
      ...(pr ? pullRequestRules(pr, repoRoot) : {}),
    };
    const jobs = inputs.jobs > 0 ? inputs.jobs : defaultJobs();
    const pool = jobs > 1 ? createWorkerPool(jobs, { repoRoot: repo.repoRoot, repoURLs: repo.repoURLs, config: repo.config, schemaOptions: repo.schemaOptions }) : undefined;
    if (pool) checkInputs.workers = pool;
    try {
      if (base) {
        try {
          const result = await runChangeChecks(checkInputs, base);
          return { ...result, repo };
        } catch (err) {
          if (isUserError(err)) throw err;
          notes.push(`The pull request's base could not be checked, so every finding counts and the rendered diff is missing: internal error: ${(err as Error)?.message ?? String(err)}`);
        }
      }
      const { report, models } = await runChecks(checkInputs);
      return { report, models, repo };
    } finally {
      await pool?.close();
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      const file = nodePath.isAbsolute(err.file) ? err.file : nodePath.posix.join(repoDir, err.file);
      io.log.annotate({ severity: 'error', title: 'gitops-gate configuration', message: err.message, file, ...(err.line ? { startLine: err.line } : {}) });
      throw new ActionError(err.message);
    }
    if (err instanceof UsageError || err instanceof CheckUsageError) throw new ActionError(err.message);
    throw err;
  }
}

function isUserError(err: unknown): boolean {
  return err instanceof ConfigError || err instanceof UsageError || err instanceof CheckUsageError;
}

/**
 * The base commit of the pull request as a tree to check and diff against, opening while the head is
 * checked (runChangeChecks waits for it). actions/checkout fetches one commit by default, so the common
 * failure is a shallow clone: say how to fix it instead of failing the check, which stands alone (every
 * finding then counts). Undefined, or a promise of undefined, when there is no base to compare with.
 */
function openPullRequestBase(pr: PullRequestInfo, eventName: string, repoRoot: string, headFs: FileSystem, notes: string[]): Promise<BaseRevision | undefined> | undefined {
  const unreadable = (err: unknown): undefined => {
    const why = err instanceof GitError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    notes.push(`The pull request's base could not be read, so the rendered diff is missing and every finding counts as new: ${why}`);
    return undefined;
  };
  try {
    const head = tryResolve(repoRoot, 'HEAD');
    if (eventName === 'pull_request_target' && head === pr.baseSha) {
      notes.push(
        'pull_request_target checks out the base branch: the workspace is the base, not the pull request, so the diff is empty and the checks ran on the base. Check out the pull request (ref: refs/pull/N/merge) to gate it; see the README',
      );
    }
    const baseSha = tryResolve(repoRoot, pr.baseSha);
    if (!baseSha) {
      notes.push(
        isShallow(repoRoot)
          ? `The base commit ${pr.baseSha.slice(0, 12)} of the pull request is not in this shallow clone, so the rendered diff is missing and every finding counts as new: set fetch-depth: 0 on actions/checkout`
          : `The base commit ${pr.baseSha.slice(0, 12)} of the pull request is not in this clone, so the rendered diff is missing and every finding counts as new: fetch it (git fetch origin ${pr.baseRef})`,
      );
      return undefined;
    }
    return GitRevisionFileSystem.openBase(repoRoot, baseSha, headFs).then((tree) => baseRevision(tree, pr.baseRef), unreadable);
  } catch (err) {
    return unreadable(err);
  }
}

async function comment(inputs: ActionInputs, ctx: ActionContext, pr: PullRequestInfo, parts: DocumentParts, diff: PullRequestDiff | undefined, io: ActionIO): Promise<string> {
  if (inputs.comment === 'never') return '';
  if (!inputs.githubToken || !ctx.repository) {
    io.log.warning('no github-token or GITHUB_REPOSITORY: the pull request comment is skipped; the job summary has the report');
    return '';
  }
  const hint = ctx.runUrl ? `[the job summary](${ctx.runUrl})` : 'the job summary';
  const outcome = await publishComment(io.createApi(inputs.githubToken, ctx.repository), {
    pr: pr.number,
    mode: inputs.comment,
    hasContent: hasContent(parts.report) || (diff?.changed ?? 0) > 0,
    headSha: pr.headSha,
    render: (budget) => renderCommentBody(parts, budget, hint),
    log: io.log.info,
  });
  switch (outcome.status) {
    case 'created':
    case 'updated':
    case 'unchanged':
      io.log.info(`pull request comment ${outcome.status}: ${outcome.url}`);
      return outcome.url;
    case 'skipped':
      io.log.info(`pull request comment skipped: ${outcome.reason}`);
      return '';
    case 'failed':
      io.log.warning(`pull request comment not posted: ${outcome.reason}`);
      return '';
  }
}

/** Findings worth a comment: errors or warnings — with a baseline, only those the pull request brings. */
function hasContent(report: Report): boolean {
  const b = report.summary.baseline;
  return b ? b.newErrors + b.newWarnings > 0 : report.summary.errors + report.summary.warnings > 0;
}
