/**
 * The promotion rules for the pull request: the branch it promotes from into which branch, whether its
 * head is a fork (a fork's `dev` is not this repository's `dev`), and whether the promoted commit is on the
 * previous stage's branch ("promote what was tested"). runChecks does not take a pull request, so the
 * Action adds what only a pull request can find — the findings of checkPromotion with the pull request
 * that it does not give without one — and the report counts them like every other finding.
 */
import type { Config } from '../config/config.ts';
import type { EnvironmentModel } from '../core/cluster/model.ts';
import { checkPromotion, promotionSourceBranch, type PullRequestInfo as RulesPullRequest } from '../core/checks/promotion.ts';
import type { Finding, Severity } from '../core/model/finding.ts';
import { summarize, type Report } from '../core/model/report.ts';
import { relativePath } from '../core/path.ts';
import type { FileSystem } from '../core/ports.ts';
import { headContainedIn } from '../io/promotion-facts.ts';
import type { PullRequestInfo } from './context.ts';

export interface PromotionContext {
  pr: PullRequestInfo;
  repoRoot: string;
  fs: FileSystem;
  config: Config;
  models: EnvironmentModel[];
  repoURLs: string[];
}

/** The pull request as the promotion rules take it. */
export function rulesPullRequest(ctx: PromotionContext): RulesPullRequest {
  const out: RulesPullRequest = { baseBranch: ctx.pr.baseRef, headBranch: ctx.pr.headRef, headIsFork: ctx.pr.fork };
  const source = promotionSourceBranch({ config: ctx.config, models: ctx.models }, ctx.pr.baseRef);
  if (source) {
    try {
      out.headContained = headContainedIn(ctx.repoRoot, ctx.pr.headSha, source);
    } catch {
      // The head commit is not in this clone (a shallow checkout of the merge commit): not a sure "no".
      out.headContained = 'unknown';
    }
  }
  return out;
}

/** The report with the pull request's own promotion findings added (rule settings applied, counts redone). */
export function withPullRequestFindings(report: Report, ctx: PromotionContext): Report {
  const common = { config: ctx.config, models: ctx.models, repoURLs: ctx.repoURLs, repoRoot: ctx.repoRoot, fs: ctx.fs };
  const without = new Set(checkPromotion(common).map(key));
  const added: Finding[] = [];
  for (const f of checkPromotion({ ...common, pullRequest: rulesPullRequest(ctx) })) {
    if (without.has(key(f))) continue;
    const setting = ctx.config.rules[f.ruleId];
    if (setting === 'off') continue;
    const file = f.file?.startsWith('/') ? relativePath(ctx.repoRoot, f.file) : f.file;
    added.push({ ...f, ...(file ? { file } : {}), ...(setting ? { severity: setting as Severity } : {}) });
  }
  if (added.length === 0) return report;
  const findings = [...added, ...report.findings];
  return { ...report, findings, summary: summarize(report.environments, findings) };
}

function key(f: Finding): string {
  return JSON.stringify([f.ruleId, f.severity, f.message, f.file, f.line, f.environment, f.path]);
}
