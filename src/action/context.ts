/**
 * What the runner tells the Action about the run (environment variables and the event payload), read once.
 * Only pull_request and pull_request_target events carry a pull request; every other event validates only.
 */
import * as nodePath from 'node:path';
import { tmpdir } from 'node:os';

export interface PullRequestInfo {
  number: number;
  /** The base branch's commit the event names: what the pull request is compared with. */
  baseSha: string;
  baseRef: string;
  /** The head commit when the event fired; the comment is not posted once the head has moved on. */
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository. */
  headRepo: string;
  /** The head is in another repository: its branch `dev` is not this repository's `dev`. */
  fork: boolean;
}

export interface ActionContext {
  eventName: string;
  /** GITHUB_WORKSPACE: annotation paths are relative to it. */
  workspace: string;
  /** Where the JSON report is written (RUNNER_TEMP). */
  tempDir: string;
  repository?: { owner: string; repo: string };
  /** The run's page, where the job summary is shown. */
  runUrl?: string;
  pullRequest?: PullRequestInfo;
}

export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

export function readActionContext(env: Record<string, string | undefined>, payload: unknown, cwd: string): ActionContext {
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repository = owner && repo ? { owner, repo } : undefined;
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
  const runUrl =
    repository && env.GITHUB_RUN_ID && /^\d+$/.test(env.GITHUB_RUN_ID)
      ? `${server}/${encodeURIComponent(repository.owner)}/${encodeURIComponent(repository.repo)}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  return {
    eventName,
    workspace: nodePath.resolve(cwd, env.GITHUB_WORKSPACE || '.'),
    tempDir: env.RUNNER_TEMP || tmpdir(),
    ...(repository ? { repository } : {}),
    ...(runUrl ? { runUrl } : {}),
    ...(PULL_REQUEST_EVENTS.includes(eventName) ? { pullRequest: readPullRequest(payload) } : {}),
  };
}

/** The pull request of a pull_request(_target) payload; throws when the payload lacks what the Action needs. */
export function readPullRequest(payload: unknown): PullRequestInfo {
  const pr = field(payload, 'pull_request');
  const base = field(pr, 'base');
  const head = field(pr, 'head');
  const number = field(pr, 'number');
  const baseRepo = str(field(field(base, 'repo'), 'full_name'));
  const headRepo = str(field(field(head, 'repo'), 'full_name'));
  const info = {
    number: typeof number === 'number' && Number.isInteger(number) && number > 0 ? number : NaN,
    baseSha: str(field(base, 'sha')),
    baseRef: str(field(base, 'ref')),
    headSha: str(field(head, 'sha')),
    headRef: str(field(head, 'ref')),
  };
  const missing = Object.entries(info)
    .filter(([, v]) => v === '' || Number.isNaN(v))
    .map(([k]) => k);
  if (missing.length > 0) {
    throw new Error(`the pull request event payload has no ${missing.join(', ')}; is GITHUB_EVENT_PATH the event of this run?`);
  }
  // A deleted fork has no head repository: treat it as a fork, never as a branch of this repository.
  const fork = headRepo === '' || (baseRepo !== '' && headRepo.toLowerCase() !== baseRepo.toLowerCase());
  return { ...info, headRepo, fork };
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
