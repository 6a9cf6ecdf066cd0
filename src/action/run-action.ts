/**
 * One run of the Action, with the outside world passed in: check the workspace with the same core as the
 * CLI (plus the pull request's promotion rules), render the pull request's base for the diff, then report — JSON file, job summary, annotations, the
 * sticky comment, outputs — and say whether the step fails. Order matters: the JSON report and the summary
 * are written before the comment is attempted, so an API outage or a read-only token loses nothing.
 */
import * as nodePath from 'node:path';
import { ConfigError } from '../config/config.ts';
import { loadRepoInputs } from '../cli/repo-inputs.ts';
import { UsageError } from '../cli/io.ts';
import { runChecks, CheckUsageError } from '../core/run.ts';
import { renderText } from '../core/render/text.ts';
import { NodeFileSystem } from '../io/node-fs.ts';
import { GitError, isShallow, tryResolve } from '../io/git.ts';
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
  const { report, models, repo } = await check(inputs, repoRoot, repoDir, io, pr);
  const redactor = new SecretRedactor().addModels(models);

  const notes: string[] = [];
  let diff: PullRequestDiff | undefined;
  if (pr) {
    const result = renderBase(pr, ctx.eventName, repoRoot, () =>
      diffPullRequest({ repoRoot, baseSha: pr.baseSha, baseRef: pr.baseRef, headSha: pr.headSha, headRef: pr.headRef, headModels: models, config: repo.config, repoURLs: repo.repoURLs, environments: inputs.environments }),
    );
    for (const note of result.notes) {
      io.log.warning(note);
      notes.push(note);
    }
    diff = result.diff;
    if (diff) redactor.addModels(diff.baseModels);
  }

  const reportPath = writeJsonReport(ctx.tempDir, report, redactor);
  io.log.untrusted('gitops-gate report', redactor.redact(renderText(redactor.redactReport(report), { color: false })));
  io.log.info(`JSON report: ${reportPath}`);

  const parts: DocumentParts = { report, notes, failOn: inputs.failOn, redactor, ...(diff ? { diff } : {}) };
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
    { errors: report.summary.errors, warnings: report.summary.warnings, changed: diff?.changed ?? '', report: reportPath, 'comment-url': commentUrl },
    io.setOutput,
  );
  return failureMessage(report, inputs.failOn);
}

/** The CLI's `check`, on the working directory; configuration problems stop the step at their line. */
async function check(inputs: ActionInputs, repoRoot: string, repoDir: string, io: ActionIO, pr: PullRequestInfo | undefined) {
  try {
    const repo = loadRepoInputs(repoRoot, inputs.config || undefined, inputs.schemas, repoRoot, io.env);
    const { report, models } = await runChecks({
      fs: new NodeFileSystem(),
      repoRoot: repo.repoRoot,
      config: repo.config,
      repoURLs: repo.repoURLs,
      schemaSource: repo.schemaSource,
      environments: inputs.environments,
      ...(inputs.kubernetesVersion ? { kubernetesVersion: inputs.kubernetesVersion } : {}),
      ...(pr ? pullRequestRules(pr, repoRoot) : {}),
    });
    return { report, models, repo };
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

/**
 * The diff needs the base commit in the clone. actions/checkout fetches one commit by default, so the
 * common failure is a shallow clone: say how to fix it instead of failing the check, which stands alone.
 */
function renderBase(pr: PullRequestInfo, eventName: string, repoRoot: string, diff: () => PullRequestDiff): { diff?: PullRequestDiff; notes: string[] } {
  const notes: string[] = [];
  try {
    const head = tryResolve(repoRoot, 'HEAD');
    if (eventName === 'pull_request_target' && head === pr.baseSha) {
      notes.push(
        'pull_request_target checks out the base branch: the workspace is the base, not the pull request, so the diff is empty and the checks ran on the base. Check out the pull request (ref: refs/pull/N/merge) to gate it; see the README',
      );
    }
    if (!tryResolve(repoRoot, pr.baseSha)) {
      notes.push(
        isShallow(repoRoot)
          ? `The base commit ${pr.baseSha.slice(0, 12)} of the pull request is not in this shallow clone, so the rendered diff is missing: set fetch-depth: 0 on actions/checkout`
          : `The base commit ${pr.baseSha.slice(0, 12)} of the pull request is not in this clone, so the rendered diff is missing: fetch it (git fetch origin ${pr.baseRef})`,
      );
      return { notes };
    }
    return { diff: diff(), notes };
  } catch (err) {
    const why = err instanceof GitError ? err.message : `internal error: ${(err as Error)?.message ?? String(err)}`;
    notes.push(`The pull request's base could not be rendered, so the rendered diff is missing: ${why}`);
    return { notes };
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
    hasContent: parts.report.summary.errors + parts.report.summary.warnings > 0 || (diff?.changed ?? 0) > 0,
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
