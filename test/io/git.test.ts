import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  currentBranch,
  GitError,
  isAncestor,
  isShallow,
  mergeBase,
  resolveRevision,
} from '../../src/io/git.ts';
import { checkedOutPullRequestHead, headContainedIn } from '../../src/io/promotion-facts.ts';
import { buildPromotionRepo, commit, git, initRepo, removeDir, tempDir, type PromotionRepo } from './git-fixture.ts';

let repo: PromotionRepo;
const cleanup: string[] = [];

before(() => {
  repo = buildPromotionRepo();
  cleanup.push(repo.root);
});
after(() => cleanup.forEach(removeDir));

describe('git revisions in a full clone', () => {
  test('resolves branches, short ids and HEAD to full commit ids', () => {
    assert.equal(resolveRevision(repo.root, 'staging'), repo.commits.staging);
    assert.equal(resolveRevision(repo.root, repo.commits.test!.slice(0, 10)), repo.commits.test);
    assert.equal(resolveRevision(repo.root, 'HEAD'), repo.commits.dev);
    assert.equal(resolveRevision(repo.root, 'dev~1'), repo.commits.test);
  });

  test('an unknown revision is a GitError that says to fetch it', () => {
    assert.throws(() => resolveRevision(repo.root, 'nope'), (err: unknown) => {
      assert.ok(err instanceof GitError);
      assert.equal(err.message, "unknown revision 'nope': fetch it first (git fetch origin nope)");
      return true;
    });
    assert.throws(() => resolveRevision(repo.root, ''), GitError);
  });

  test('a revision that looks like an option is only ever a name', () => {
    const out = join(repo.root, 'injected');
    assert.throws(() => resolveRevision(repo.root, `--output=${out}`), GitError);
    assert.throws(() => mergeBase(repo.root, '--all', 'main'), GitError);
    assert.equal(existsSync(out), false);
  });

  test('merge base, ancestry and the current branch', () => {
    assert.equal(mergeBase(repo.root, 'main', 'dev'), repo.commits.base);
    assert.equal(mergeBase(repo.root, 'feature/x', 'staging'), repo.commits.staging);
    assert.equal(isAncestor(repo.root, 'staging', 'dev'), true);
    assert.equal(isAncestor(repo.root, 'dev', 'staging'), false);
    assert.equal(isShallow(repo.root), false);
    assert.equal(currentBranch(repo.root), 'dev');
  });

  test('a detached HEAD has no current branch', () => {
    const clone = tempDir('detached');
    cleanup.push(clone);
    git(clone, 'clone', '-q', repo.root, '.');
    git(clone, 'checkout', '-q', '--detach', 'origin/test');
    assert.equal(currentBranch(clone), undefined);
    // A branch that exists only as origin/<name> resolves by its plain name.
    assert.equal(resolveRevision(clone, 'staging'), repo.commits.staging);
  });

  test('unrelated histories have no merge base', () => {
    const dir = tempDir('orphan');
    cleanup.push(dir);
    initRepo(dir);
    commit(dir, 'one', { a: '1' });
    git(dir, 'checkout', '-q', '--orphan', 'other');
    commit(dir, 'two', { b: '2' });
    assert.throws(() => mergeBase(dir, 'main', 'other'), /'main' and 'other' share no history/);
  });

  test('a directory that is no repository says so', () => {
    const dir = tempDir('plain');
    cleanup.push(dir);
    assert.throws(() => resolveRevision(dir, 'main'), /is not inside a git repository/);
  });

  test('git variables of a surrounding process do not redirect the commands', () => {
    const other = tempDir('other');
    cleanup.push(other);
    initRepo(other);
    commit(other, 'elsewhere', { z: 'z' });
    const saved = process.env.GIT_DIR;
    process.env.GIT_DIR = join(other, '.git');
    try {
      assert.equal(resolveRevision(repo.root, 'main'), repo.commits.base);
    } finally {
      if (saved === undefined) delete process.env.GIT_DIR;
      else process.env.GIT_DIR = saved;
    }
  });

  test('a hostile repository configuration runs nothing', () => {
    const dir = tempDir('hostile');
    cleanup.push(dir);
    initRepo(dir);
    commit(dir, 'one', { 'a.yaml': 'a: 1\n' });
    const marker = join(dir, 'pwned');
    const cmd = `touch ${marker}`;
    for (const [k, v] of [
      ['core.fsmonitor', cmd],
      ['core.hooksPath', dir],
      ['core.pager', cmd],
      ['core.sshCommand', cmd],
      ['credential.helper', `!${cmd}`],
      ['core.alternateRefsCommand', cmd],
    ] as const) {
      git(dir, 'config', k, v);
    }
    resolveRevision(dir, 'main');
    isAncestor(dir, 'main', 'main');
    currentBranch(dir);
    assert.equal(existsSync(marker), false);
  });
});

describe('git revisions in a shallow clone', () => {
  let shallow: string;
  before(() => {
    shallow = tempDir('shallow');
    cleanup.push(shallow);
    git(shallow, 'clone', '-q', '--depth', '1', '--branch', 'dev', `file://${repo.root}`, '.');
  });

  test('is shallow and cannot resolve what was not fetched', () => {
    assert.equal(isShallow(shallow), true);
    assert.throws(
      () => resolveRevision(shallow, 'staging'),
      /^GitError: unknown revision 'staging' in a shallow clone: fetch it \(git fetch origin staging\) or run actions\/checkout with fetch-depth: 0$/,
    );
  });

  test('merge base and ancestry answer "unknown" rather than a false no', () => {
    git(shallow, 'fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main');
    assert.throws(() => mergeBase(shallow, 'origin/main', 'dev'), /shallow clone: run actions\/checkout with fetch-depth: 0/);
    assert.equal(isAncestor(shallow, 'origin/main', 'dev'), 'unknown');
    assert.equal(isAncestor(shallow, 'dev', 'dev'), true);
  });

  test('headContainedIn says unknown when the history or the branch is missing', () => {
    assert.equal(headContainedIn(shallow, 'origin/main', 'dev'), 'unknown');
    assert.equal(headContainedIn(shallow, 'HEAD', 'staging'), 'unknown'); // staging was never fetched
  });
});

describe('headContainedIn', () => {
  test('asks origin/<branch> first, then the local branch', () => {
    const clone = tempDir('contained');
    cleanup.push(clone);
    git(clone, 'clone', '-q', repo.root, '.');
    assert.equal(headContainedIn(clone, repo.commits.test!, 'dev'), true);
    assert.equal(headContainedIn(clone, repo.commits.dev!, 'staging'), false);
    assert.equal(headContainedIn(clone, repo.commits.feature!, 'dev'), false);
    // A commit on the local staging only (not pushed) is not on what the staging cluster runs.
    git(clone, 'checkout', '-q', 'staging');
    const local = commit(clone, 'local only', { 'local.txt': 'x' });
    assert.equal(headContainedIn(clone, local, 'staging'), false);
    // Without the remote branch, the local one is the best answer there is.
    git(clone, 'checkout', '-q', '-b', 'only-local');
    const onlyLocal = commit(clone, 'only local', { 'only.txt': 'y' });
    assert.equal(headContainedIn(clone, local, 'only-local'), true);
    assert.equal(headContainedIn(clone, onlyLocal, 'no-such-branch'), 'unknown');
    assert.throws(() => headContainedIn(clone, 'no-such-rev', 'dev'), /unknown revision 'no-such-rev'/);
  });
});

describe('checkedOutPullRequestHead', () => {
  test("on a branch it is HEAD; on GitHub's detached merge commit it is the second parent", () => {
    const clone = tempDir('merge-ref');
    cleanup.push(clone);
    git(clone, 'clone', '-q', repo.root, '.');
    git(clone, 'checkout', '-q', 'main');
    assert.equal(checkedOutPullRequestHead(clone), 'HEAD');
    // What actions/checkout checks out for a pull request staging → main: base merged with head, detached.
    git(clone, 'checkout', '-q', '--detach', 'main');
    git(clone, 'merge', '-q', '--no-ff', '--no-edit', 'origin/staging');
    assert.equal(checkedOutPullRequestHead(clone), repo.commits.staging);
    assert.equal(headContainedIn(clone, checkedOutPullRequestHead(clone), 'staging'), true);
    assert.equal(headContainedIn(clone, 'HEAD', 'staging'), false);
  });
});

describe('git in the background', () => {
  test('answers as the waiting call does, and fails with the same GitErrors', async () => {
    const { runGit, runGitInBackground, changedPaths, changedPathsInBackground } = await import('../../src/io/git.ts');
    const args = ['ls-tree', '-r', '-z', '--long', repo.commits.dev!];
    const waited = runGit(repo.root, args);
    const background = await runGitInBackground(repo.root, args);
    assert.equal(background.status, 0);
    assert.deepEqual(background.stdout, waited.stdout);
    assert.deepEqual(await changedPathsInBackground(repo.root, repo.commits.test!), changedPaths(repo.root, repo.commits.test!));
    await assert.rejects(runGitInBackground(repo.root, args, { maxBuffer: 10 }), /more output than expected/);
    const notRepo = tempDir('not-a-repo');
    cleanup.push(notRepo);
    await assert.rejects(runGitInBackground(notRepo, ['rev-parse', '--show-prefix']), /not inside a git repository/);
    const failed = await runGitInBackground(repo.root, ['rev-parse', '--verify', '--quiet', 'no-such-branch']);
    assert.equal(failed.status, 1, "git's own failure is a status, not an error");
  });

  test('spooled output is written while this process is busy, read back whole, and leaves no file behind', async () => {
    const { runGit, runGitInBackground } = await import('../../src/io/git.ts');
    const spoolRoot = tempDir('spool');
    cleanup.push(spoolRoot);
    // 5,000 answers of ~50 bytes: far past the 64 KiB a pipe holds before git must wait for a reader.
    const args = ['cat-file', '--batch-check'];
    const input = 'HEAD\n'.repeat(5000);
    const expected = runGit(repo.root, args, { input }).stdout;
    assert.ok(expected.length > 128 * 1024);
    const saved = process.env.TMPDIR;
    let pending: Promise<{ stdout: Buffer }>;
    process.env.TMPDIR = spoolRoot;
    try {
      pending = runGitInBackground(repo.root, args, { input, spool: true });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    // No turn of the event loop until git has written everything (a walk of the repository, say).
    const spooled = () => readdirSync(spoolRoot).reduce((n, dir) => n + (existsSync(join(spoolRoot, dir, 'out')) ? statSync(join(spoolRoot, dir, 'out')).size : 0), 0);
    const deadline = Date.now() + 30_000;
    while (spooled() < expected.length && Date.now() < deadline);
    assert.equal(spooled(), expected.length, 'git wrote all of it with nobody reading');
    assert.deepEqual((await pending).stdout, expected);
    assert.deepEqual(readdirSync(spoolRoot), [], 'the temporary directory is removed');
    await assert.rejects(runGitInBackground(repo.root, args, { input, spool: true, maxBuffer: 1000 }), /more output than expected/);
    // Without a temporary directory to write in, a pipe does the same.
    process.env.TMPDIR = join(spoolRoot, 'missing');
    try {
      pending = runGitInBackground(repo.root, args, { input, spool: true });
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
    }
    assert.deepEqual((await pending).stdout, expected);
  });

  test('a promised input is written when it settles: git waits for it, and a failed one ends git without input', async () => {
    const { runGit, runGitInBackground } = await import('../../src/io/git.ts');
    const args = ['cat-file', '--batch-check'];
    let give!: (input: string) => void;
    const pending = runGitInBackground(repo.root, args, { input: new Promise<string>((resolve) => (give = resolve)) });
    let settled = false;
    void pending.then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(settled, false, 'git is still waiting for its input');
    give('HEAD\n');
    assert.deepEqual((await pending).stdout, runGit(repo.root, args, { input: 'HEAD\n' }).stdout);
    const refused = await runGitInBackground(repo.root, args, { input: Promise.reject(new Error('no input after all')) });
    assert.equal(refused.status, 0);
    assert.equal(refused.stdout.length, 0);
  });

  test('a git that cannot start is a GitError, and leaves nothing behind to keep the process alive', async () => {
    const { runGitInBackground } = await import('../../src/io/git.ts');
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    let pending: Promise<unknown>;
    try {
      pending = runGitInBackground(repo.root, ['rev-parse', 'HEAD']);
    } finally {
      process.env.PATH = path;
    }
    await assert.rejects(pending, /git is not installed or not on PATH/);
    // A timer left running would hold this test file open until it fired (minutes): none may remain.
    const timers = (process as unknown as { getActiveResourcesInfo(): string[] }).getActiveResourcesInfo().filter((r) => r === 'Timeout');
    assert.deepEqual(timers, []);
  });
});
