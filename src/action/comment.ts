/**
 * The one sticky pull-request comment: found again by its hidden marker (first line), created once, then
 * updated in place; left alone when its text would not change, and not posted at all once the pull
 * request's head has moved past the commit this run checked (a newer run will post). GitHub's 422 "body
 * too long" makes it re-render with the next smaller budget. A token that may not comment (fork pull
 * requests) is a warning: the job summary and the JSON report still hold everything.
 */
import { COMMENT_MARKER } from '../core/render/markdown.ts';
import { BodyTooLongError, PermissionError, type GitHubApi } from './github-api.ts';
import type { CommentMode } from './inputs.ts';

/**
 * Character budgets, one per degradation step. The first stays clear of GitHub's 65,536 limit (GitHub may
 * count a few characters differently from String#length); each later one halves it.
 */
export const COMMENT_BUDGETS = [65_000, 32_000, 16_000, 8_000, 4_000] as const;

export type CommentOutcome =
  | { status: 'created' | 'updated' | 'unchanged'; url: string }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };

export interface CommentRequest {
  pr: number;
  mode: CommentMode;
  /** The pull request changes a rendered resource or has findings (`on-change` creates a comment only then). */
  hasContent: boolean;
  /** The head commit the run checked. */
  headSha: string;
  /** The comment body within `budget` characters; must start with COMMENT_MARKER. */
  render: (budget: number) => string;
  log: (message: string) => void;
}

export async function publishComment(api: GitHubApi, req: CommentRequest): Promise<CommentOutcome> {
  if (req.mode === 'never') return { status: 'skipped', reason: 'comment: never' };
  try {
    const current = await api.pullRequestHeadSha(req.pr);
    if (current !== req.headSha) {
      return {
        status: 'skipped',
        reason: `the pull request's head moved on from ${req.headSha.slice(0, 12)} to ${current.slice(0, 12)} while this run worked; the run for the new head will comment`,
      };
    }
    const existing = await api.findComment(req.pr, COMMENT_MARKER);
    if (!existing && req.mode === 'on-change' && !req.hasContent) {
      return { status: 'skipped', reason: 'no rendered change and no findings (comment: on-change)' };
    }
    for (const [step, budget] of COMMENT_BUDGETS.entries()) {
      const body = req.render(budget);
      if (existing && normalize(existing.body) === normalize(body)) return { status: 'unchanged', url: existing.url };
      try {
        const posted = existing ? await api.updateComment(existing.id, body) : await api.createComment(req.pr, body);
        return { status: existing ? 'updated' : 'created', url: posted.url };
      } catch (err) {
        if (!(err instanceof BodyTooLongError) || step === COMMENT_BUDGETS.length - 1) throw err;
        req.log(`${err.message}; rendering it again within ${COMMENT_BUDGETS[step + 1]} characters`);
      }
    }
    throw new Error('unreachable: the last budget either posts or throws');
  } catch (err) {
    if (err instanceof PermissionError) {
      return {
        status: 'failed',
        reason: `the token may not comment on this pull request (${err.message}); grant \`pull-requests: write\` (a pull request from a fork gets a read-only token: see the README). The job summary has the full report`,
      };
    }
    if (err instanceof BodyTooLongError) return { status: 'failed', reason: `${err.message}, even at ${COMMENT_BUDGETS.at(-1)} characters` };
    const e = err as { status?: number; message?: string };
    return { status: 'failed', reason: `the GitHub API failed${e.status ? ` (${e.status})` : ''}: ${(e.message ?? String(err)).split('\n')[0]}. The job summary has the full report` };
  }
}

/** GitHub may store the body with CRLF line ends; that is not a change. */
function normalize(body: string): string {
  return body.replace(/\r\n/g, '\n');
}
