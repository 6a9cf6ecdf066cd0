import { spawn, spawnSync } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';

/**
 * Thin wrappers over the `git` binary. Every call is an argument vector (never a shell), and every call
 * runs with settings that keep a hostile repository configuration from running anything: no system
 * config, no hooks, no fsmonitor, no pager, no replace objects, no prompts. Revisions are passed after
 * `--end-of-options` or only once resolved to a commit id, so a revision named `--output=x` is a name.
 */

/** A git operation that failed, in one line: what failed and how to fix it. */
export class GitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GitError';
  }
}

export interface GitResult {
  status: number;
  stdout: Buffer;
  stderr: string;
}

export interface GitRunOptions {
  /** Bytes written to git's stdin. */
  input?: Buffer | string;
  /** Upper bound of stdout, in bytes (default 64 MiB). */
  maxBuffer?: number;
  /**
   * runGitInBackground only: git writes its output to a private temporary file, read back when it ends,
   * instead of a pipe. A pipe holds 64 KiB: past that git waits for this process to read, which it does
   * only between its own tasks — so git run beside long synchronous work (a repository walk) needs this to
   * get done meanwhile.
   */
  spool?: boolean;
}

/** runGit's options, for a git that runs in the background. */
export interface BackgroundGitRunOptions extends Omit<GitRunOptions, 'input'> {
  /**
   * Bytes written to git's stdin, or their promise: git starts at once and reads them when it settles
   * (nothing when it fails) — its process made before this one has grown.
   */
  input?: Buffer | string | PromiseLike<Buffer | string>;
}

/** Settings given on every command line: they win over any repository or global configuration. */
const SAFE_CONFIG = [
  'core.hooksPath=/dev/null',
  'core.fsmonitor=false',
  'core.pager=cat',
  'core.quotePath=false',
  'core.untrackedCache=false',
  'protocol.ext.allow=never',
  'uploadpack.packObjectsHook=',
  'credential.helper=',
];

const TIMEOUT_MS = 120_000;
const DEFAULT_MAX_BUFFER = 64 * 1024 * 1024;

/** The environment git runs in: the caller's, without GIT_* redirections, plus the safety switches. */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    // GIT_DIR, GIT_WORK_TREE, GIT_INDEX_FILE, GIT_CONFIG_* … from a surrounding hook or tool would
    // point these commands at another repository or inject configuration.
    if (!k.startsWith('GIT_')) env[k] = v;
  }
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_REPLACE_OBJECTS: '1',
    // Stable messages to recognise (shallow, not a repository, dubious ownership).
    LC_ALL: 'C',
    LANGUAGE: 'C',
  };
}

/** The command line of every git call: the safety settings first, then the caller's arguments. */
function gitArgs(repoRoot: string, args: string[]): string[] {
  return ['--no-pager', '-C', repoRoot, ...SAFE_CONFIG.flatMap((c) => ['-c', c]), ...args];
}

/** A failure to run git at all (not git's own exit status), in one line. */
function launchError(repoRoot: string, args: string[], error: Error, maxBuffer: number): GitError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new GitError('git is not installed or not on PATH: install git to read revisions');
  if (code === 'ENOBUFS') return new GitError(`git ${args[0]} produced more output than expected (over ${maxBuffer} bytes)`);
  if (code === 'ETIMEDOUT') return new GitError(`git ${args[0]} did not finish within ${TIMEOUT_MS / 1000}s in ${repoRoot}`);
  return new GitError(`could not run git ${args[0]} in ${repoRoot}: ${error.message}`);
}

/** Runs git in `repoRoot` and returns whatever it exited with; throws GitError only when git cannot run. */
export function runGit(repoRoot: string, args: string[], options: GitRunOptions = {}): GitResult {
  const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
  const r = spawnSync('git', gitArgs(repoRoot, args), {
    env: gitEnv(),
    input: options.input ?? '',
    maxBuffer,
    timeout: TIMEOUT_MS,
    windowsHide: true,
  });
  if (r.error) throw launchError(repoRoot, args, r.error, maxBuffer);
  return finished(repoRoot, r.status ?? 1, r.stdout, r.stderr.toString('utf8'));
}

/**
 * runGit, without waiting: git works in its own process while this one goes on (another git command,
 * say). Same settings, limits and errors.
 */
export function runGitInBackground(repoRoot: string, args: string[], options: BackgroundGitRunOptions = {}): Promise<GitResult> {
  const maxBuffer = options.maxBuffer ?? DEFAULT_MAX_BUFFER;
  return new Promise((resolve, reject) => {
    const spool = options.spool ? openSpool() : undefined; // else (no temporary directory) a pipe
    let child;
    try {
      child = spawn('git', gitArgs(repoRoot, args), { env: gitEnv(), stdio: ['pipe', spool?.fd ?? 'pipe', 'pipe'], windowsHide: true });
    } catch (e) {
      if (spool) rmSync(spool.dir, { recursive: true, force: true });
      throw e;
    } finally {
      // git holds its own copy of the descriptor; this process reads the file by its name when git ends.
      if (spool) closeSync(spool.fd);
    }
    // A git that exits early (a failure, or one that never started) closes its end: that failure is the one
    // reported, not the pipe's.
    child.stdin?.on('error', () => undefined);
    const input = options.input;
    if (input === undefined) child.stdin?.end();
    else if (typeof input === 'string' || Buffer.isBuffer(input)) child.stdin?.end(input);
    else
      Promise.resolve(input).then(
        (bytes) => child.stdin?.end(bytes),
        () => child.stdin?.end(),
      );
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let outBytes = 0;
    let failure: Error | undefined;
    // A timer of our own, cleared however git ends: spawn's `timeout` outlives a git that never started.
    const timer = setTimeout(() => {
      failure ??= Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' });
      child.kill();
    }, TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > maxBuffer && !failure) {
        failure = Object.assign(new Error('output over the limit'), { code: 'ENOBUFS' });
        child.kill();
      }
      if (!failure) out.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', (e) => {
      failure ??= e;
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      try {
        const stdout = spool && !failure ? readSpool(spool.path, maxBuffer) : Buffer.concat(out);
        if (failure) return reject(launchError(repoRoot, args, failure, maxBuffer));
        resolve(finished(repoRoot, status ?? 1, stdout, Buffer.concat(err).toString('utf8')));
      } catch (e) {
        reject(e instanceof GitError ? e : launchError(repoRoot, args, e as Error, maxBuffer));
      } finally {
        if (spool) rmSync(spool.dir, { recursive: true, force: true });
      }
    });
  });
}

/**
 * A new file only this user can read, in a directory of its own under the system's temporary directory;
 * undefined when none can be made (a read-only file system).
 */
function openSpool(): { dir: string; path: string; fd: number } | undefined {
  let dir: string | undefined;
  try {
    dir = mkdtempSync(nodePath.join(tmpdir(), 'gitops-gate-'));
    const path = nodePath.join(dir, 'out');
    return { dir, path, fd: openSync(path, 'wx', 0o600) };
  } catch {
    if (dir) rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

/** A spooled output, refused when over `maxBuffer` bytes (what a pipe's reader counts as it reads). */
function readSpool(path: string, maxBuffer: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size > maxBuffer) throw Object.assign(new Error('output over the limit'), { code: 'ENOBUFS' });
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function finished(repoRoot: string, status: number, stdout: Buffer, stderr: string): GitResult {
  if (status !== 0) failOnRepositoryProblem(repoRoot, stderr);
  return { status, stdout, stderr };
}

/** Runs git and returns its stdout as trimmed text, or throws GitError naming `what` failed. */
function gitText(repoRoot: string, args: string[], what: string): string {
  const r = runGit(repoRoot, args);
  if (r.status !== 0) throw new GitError(`${what} failed: ${firstLine(r.stderr) || `git exited with ${r.status}`}`);
  return r.stdout.toString('utf8').trim();
}

/** Problems of the repository itself, whatever the command: these deserve their own advice. */
function failOnRepositoryProblem(repoRoot: string, stderr: string): void {
  if (/not a git repository/i.test(stderr)) {
    throw new GitError(`${repoRoot} is not inside a git repository: run in a clone (actions/checkout) or pass the repository directory`);
  }
  if (/dubious ownership/i.test(stderr)) {
    throw new GitError(`git refuses ${repoRoot} (dubious ownership): run git config --global --add safe.directory ${repoRoot}`);
  }
  if (/cannot change to/i.test(stderr)) {
    throw new GitError(`${repoRoot}: no such directory`);
  }
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0]?.replace(/^(fatal|error): /, '') ?? '';
}

/**
 * The files that differ between commit `rev` and `head` (a commit), or the working tree when `head` is
 * omitted — tracked files, staged or not, as `git diff --name-only` reports them — as paths relative to the
 * repository's top level.
 */
export function changedPaths(repoRoot: string, rev: string, head?: string): Set<string> {
  return changedFrom(runGit(repoRoot, diffArgs(rev, head), { maxBuffer: DIFF_MAX_BUFFER }), rev);
}

/** changedPaths, while this process goes on. */
export async function changedPathsInBackground(repoRoot: string, rev: string, head?: string): Promise<Set<string>> {
  return changedFrom(await runGitInBackground(repoRoot, diffArgs(rev, head), { maxBuffer: DIFF_MAX_BUFFER, spool: true }), rev);
}

const DIFF_MAX_BUFFER = 512 * 1024 * 1024;

function diffArgs(rev: string, head: string | undefined): string[] {
  return ['diff', '--name-only', '-z', '--no-renames', '--no-ext-diff', '--no-textconv', rev, ...(head ? [head] : []), '--'];
}

function changedFrom(r: GitResult, rev: string): Set<string> {
  if (r.status !== 0) throw new GitError(`comparing with ${rev} failed: ${firstLine(r.stderr)}`);
  return new Set(r.stdout.toString('utf8').split('\0').filter((p) => p !== ''));
}

/** Whether the repository's history is cut off (a `--depth` clone, actions/checkout's default). */
export function isShallow(repoRoot: string): boolean {
  return gitText(repoRoot, ['rev-parse', '--is-shallow-repository'], 'checking for a shallow clone') === 'true';
}

/** The commit a revision names, as a full id; `main` falls back to `origin/main` when only that exists. */
export function resolveRevision(repoRoot: string, rev: string): string {
  if (rev === '' || /[\0\n]/.test(rev)) throw new GitError(`invalid revision ${JSON.stringify(rev)}: name a branch, tag or commit`);
  const direct = tryResolve(repoRoot, rev);
  if (direct) return direct;
  // A fresh CI clone has remote-tracking branches only: `--base main` means origin/main there.
  if (!rev.startsWith('origin/') && isPlainBranchName(rev)) {
    const remote = tryResolve(repoRoot, `refs/remotes/origin/${rev}`);
    if (remote) return remote;
  }
  if (isShallow(repoRoot)) {
    throw new GitError(
      `unknown revision '${rev}' in a shallow clone: fetch it (git fetch origin ${rev}) or run actions/checkout with fetch-depth: 0`,
    );
  }
  throw new GitError(`unknown revision '${rev}': fetch it first (git fetch origin ${rev})`);
}

/** The commit id of `rev`, or undefined when it names no commit here. */
export function tryResolve(repoRoot: string, rev: string): string | undefined {
  const r = runGit(repoRoot, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${rev}^{commit}`]);
  if (r.status !== 0) return undefined;
  const sha = r.stdout.toString('utf8').trim();
  return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
}

function isPlainBranchName(rev: string): boolean {
  return /^[A-Za-z0-9._][A-Za-z0-9._/-]*$/.test(rev) && !rev.includes('..') && !rev.endsWith('/') && !rev.startsWith('refs/');
}

/** The best common ancestor of two revisions: where a pull request's head forked from its base. */
export function mergeBase(repoRoot: string, a: string, b: string): string {
  // Nearly always both names are in this clone: one process answers. Anything else (a branch only
  // origin has, a shallow clone, unrelated histories) takes the long way, which says what to do.
  if (![a, b].some((rev) => rev === '' || /[\0\n]/.test(rev))) {
    const direct = runGit(repoRoot, ['merge-base', '--end-of-options', a, b]);
    const first = direct.stdout.toString('utf8').trim().split('\n')[0] ?? '';
    if (direct.status === 0 && /^[0-9a-f]{40,64}$/.test(first)) return first;
  }
  const shaA = resolveRevision(repoRoot, a);
  const shaB = resolveRevision(repoRoot, b);
  const r = runGit(repoRoot, ['merge-base', shaA, shaB]);
  const out = r.stdout.toString('utf8').trim();
  if (r.status === 0 && out) return out.split('\n')[0]!;
  if (r.status > 1) throw new GitError(`git merge-base ${a} ${b} failed: ${firstLine(r.stderr)}`);
  if (isShallow(repoRoot)) {
    throw new GitError(
      `no common ancestor of '${a}' and '${b}' in this shallow clone: run actions/checkout with fetch-depth: 0 (or git fetch --unshallow)`,
    );
  }
  throw new GitError(`'${a}' and '${b}' share no history: compare revisions of the same repository`);
}

/**
 * Whether `ancestor` is reachable from `descendant`. In a shallow clone a "no" is only sure when the
 * walk from `descendant` never met the cut-off; otherwise the answer is 'unknown'.
 */
export function isAncestor(repoRoot: string, ancestor: string, descendant: string): boolean | 'unknown' {
  const a = resolveRevision(repoRoot, ancestor);
  const d = resolveRevision(repoRoot, descendant);
  const r = runGit(repoRoot, ['merge-base', '--is-ancestor', a, d]);
  if (r.status === 0) return true;
  if (r.status !== 1) throw new GitError(`git merge-base --is-ancestor ${ancestor} ${descendant} failed: ${firstLine(r.stderr)}`);
  const cutOff = shallowCommits(repoRoot);
  if (cutOff.size === 0) return false;
  return historyReaches(repoRoot, d, cutOff) ? 'unknown' : false;
}

/** The commits at which a shallow clone's history is cut off (empty for a full clone). */
function shallowCommits(repoRoot: string): Set<string> {
  const file = gitText(repoRoot, ['rev-parse', '--git-path', 'shallow'], 'locating the shallow file');
  let text: string;
  try {
    text = readFileSync(nodePath.resolve(repoRoot, file), 'utf8');
  } catch {
    return new Set();
  }
  return new Set(text.split('\n').map((l) => l.trim()).filter(Boolean));
}

/** Whether the history of `commit` (as far as this clone has it) includes one of `commits`. */
function historyReaches(repoRoot: string, commit: string, commits: Set<string>): boolean {
  if (commits.has(commit)) return true;
  const r = runGit(repoRoot, ['rev-list', commit], { maxBuffer: 512 * 1024 * 1024 });
  if (r.status !== 0) return true; // cannot walk it: do not claim a sure "no"
  return r.stdout.toString('utf8').split('\n').some((sha) => commits.has(sha));
}

/** The checked-out branch, or undefined on a detached HEAD (a pull request checkout). */
export function currentBranch(repoRoot: string): string | undefined {
  const r = runGit(repoRoot, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
  if (r.status !== 0) return undefined;
  return r.stdout.toString('utf8').trim() || undefined;
}

/** The repository path of `repoRoot` inside its git work tree: `examples/homelab/`, or '' at the top. */
export function worktreePrefix(repoRoot: string): string {
  return prefixFrom(runGit(repoRoot, PREFIX_ARGS), repoRoot);
}

/** worktreePrefix, while this process goes on. */
export async function worktreePrefixInBackground(repoRoot: string): Promise<string> {
  return prefixFrom(await runGitInBackground(repoRoot, PREFIX_ARGS), repoRoot);
}

const PREFIX_ARGS = ['rev-parse', '--show-prefix'];

function prefixFrom(r: GitResult, repoRoot: string): string {
  if (r.status === 0) return r.stdout.toString('utf8').trim();
  // A bare repository (a mirror) has no work tree: its trees are rooted at the directory itself.
  if (/must be run in a work tree/.test(r.stderr)) return '';
  throw new GitError(`locating ${repoRoot} in its repository failed: ${firstLine(r.stderr)}`);
}
