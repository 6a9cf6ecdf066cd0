/**
 * The few GitHub REST calls the Action makes, behind a small interface (so comment.ts is tested with a fake),
 * over @actions/github's Octokit with the retry and throttling plugins:
 * - primary and secondary rate limits (403/429) wait as GitHub says (`retry-after`, `x-ratelimit-reset`);
 * - any other 403/429 that carries `retry-after` waits that long too (the throttling plugin only knows the
 *   two rate-limit shapes, and the retry plugin's own back-off ignores the header);
 * - 5xx and network errors are retried with back-off;
 * - a missing permission and a comment body GitHub finds too long become typed errors the caller handles.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { OctokitOptions } from '@octokit/core/types';

export interface IssueComment {
  id: number;
  body: string;
  url: string;
}

export interface GitHubApi {
  /** The pull request's current head commit. */
  pullRequestHeadSha(pr: number): Promise<string>;
  /** The first comment whose body starts with `marker`, paging through all comments until found. */
  findComment(pr: number, marker: string): Promise<IssueComment | undefined>;
  createComment(pr: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<IssueComment>;
}

/** The token may not write here (fork pull requests get a read-only GITHUB_TOKEN). */
export class PermissionError extends Error {}
/** GitHub refused the comment body as too long (422). */
export class BodyTooLongError extends Error {}

export interface ApiLog {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

/** Longest wait a rate limit may impose before the Action gives up on the comment (the summary has it all). */
const MAX_WAIT_SECONDS = 120;
const MAX_RATE_LIMIT_RETRIES = 2;

export function createGitHubApi(token: string, repo: { owner: string; repo: string }, log: ApiLog): GitHubApi {
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number): boolean => {
    if (retryCount < MAX_RATE_LIMIT_RETRIES && retryAfter <= MAX_WAIT_SECONDS) {
      log.info(`GitHub ${kind} rate limit on ${options.method} ${options.url}: retrying in ${retryAfter}s`);
      return true;
    }
    log.warning(`GitHub ${kind} rate limit on ${options.method} ${options.url}: giving up (retry after ${retryAfter}s)`);
    return false;
  };
  const options = {
    log: { debug: log.debug, info: log.debug, warn: log.debug, error: log.debug },
    // 429 is left to the throttling plugin and honourRetryAfter below, which read GitHub's retry-after.
    retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
  } as OctokitOptions;
  const octokit = getOctokit(token, options, retry, throttling);
  octokit.hook.wrap('request', honourRetryAfter(log));
  const { owner, repo: name } = repo;

  return {
    async pullRequestHeadSha(pr) {
      const { data } = await call(() => octokit.rest.pulls.get({ owner, repo: name, pull_number: pr }));
      return data.head.sha;
    },
    async findComment(pr, marker) {
      const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { owner, repo: name, issue_number: pr, per_page: 100 });
      return call(async () => {
        for await (const page of pages) {
          const found = page.data.find((c) => (c.body ?? '').startsWith(marker));
          if (found) return { id: found.id, body: found.body ?? '', url: found.html_url };
        }
        return undefined;
      });
    },
    async createComment(pr, body) {
      const { data } = await call(() => octokit.rest.issues.createComment({ owner, repo: name, issue_number: pr, body }));
      return { id: data.id, body: data.body ?? body, url: data.html_url };
    },
    async updateComment(id, body) {
      const { data } = await call(() => octokit.rest.issues.updateComment({ owner, repo: name, comment_id: id, body }));
      return { id: data.id, body: data.body ?? body, url: data.html_url };
    },
  };
}

/** Runs one API call and turns the two errors the caller acts on into their types. */
async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw classify(err);
  }
}

interface HttpErrorShape {
  status?: number;
  message?: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
}

export function classify(err: unknown): unknown {
  const e = err as HttpErrorShape;
  if (typeof e?.status !== 'number') return err;
  const text = `${e.message ?? ''} ${safeJson(e.response?.data)}`;
  if (e.status === 422 && /too long|is too large|maximum is \d+ characters/i.test(text)) {
    return new BodyTooLongError(`GitHub refused the comment as too long (422): ${firstLine(e.message)}`);
  }
  if ((e.status === 403 || e.status === 404) && /not accessible by integration|must have (admin|write|push)|permission/i.test(text)) {
    return new PermissionError(`${e.status} ${firstLine(e.message)}`);
  }
  return err;
}

/** Waits out a 403/429 that says how long to wait and that the throttling plugin did not already handle. */
function honourRetryAfter(log: ApiLog) {
  return async <O extends { method: string; url: string }, R>(request: (options: O) => R | Promise<R>, options: O): Promise<R> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (err) {
        const wait = retryAfterSeconds(err);
        if (wait === undefined || attempt >= MAX_RATE_LIMIT_RETRIES || wait > MAX_WAIT_SECONDS) throw err;
        log.info(`GitHub answered ${(err as HttpErrorShape).status} on ${options.method} ${options.url}: retrying in ${wait}s as it asks`);
        await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      }
    }
  };
}

function retryAfterSeconds(err: unknown): number | undefined {
  const e = err as HttpErrorShape;
  if (e?.status !== 403 && e?.status !== 429) return undefined;
  const headers = e.response?.headers ?? {};
  // The throttling plugin owns these two shapes; waiting again here would double the wait.
  if (/secondary rate/i.test(e.message ?? '') || String(headers['x-ratelimit-remaining']) === '0') return undefined;
  const value = Number(headers['retry-after']);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '';
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? '').split('\n')[0]!.slice(0, 300);
}
