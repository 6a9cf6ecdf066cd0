import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { baseRevision, GitRevisionFileSystem } from '../../src/io/git-fs.ts';
import { NodeFileSystem } from '../../src/io/node-fs.ts';
import { GitError } from '../../src/io/git.ts';
import { FsError, MAX_FILE_BYTES, readText } from '../../src/core/ports.ts';
import { buildKustomization } from '../../src/core/kustomize/build.ts';
import { commit, git, initRepo, removeDir, tempDir, writeFiles } from './git-fixture.ts';

let root: string;
let first: string;
let second: string;

before(() => {
  root = tempDir('gitfs');
  initRepo(root);
  first = commit(root, 'first', {
    'apps/web/base/kustomization.yaml': 'resources:\n  - deployment.yaml\nconfigMapGenerator:\n  - name: web\n    envs:\n      - web.env\n',
    'apps/web/base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n',
    'apps/web/base/web.env': 'MODE=one\n',
    'apps/web/base/other.env': 'X=1\n',
    'apps/web/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\nnamePrefix: dev-\n',
    'docs/readme.md': '# docs\n',
    'weird name/ü file.yaml': 'a: 1\n',
  });
  symlinkSync('base', join(root, 'apps/web/shared'));
  symlinkSync('../../../../etc', join(root, 'apps/web/escape'));
  symlinkSync('loop-b', join(root, 'loop-a'));
  symlinkSync('loop-a', join(root, 'loop-b'));
  second = commit(root, 'second', {
    'apps/web/base/web.env': 'MODE=two\n',
    'apps/web/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\nnamePrefix: dev2-\n',
  });
  // A submodule entry (a gitlink) without the submodule itself, as in a clone without --recursive.
  git(root, 'update-index', '--add', '--cacheinfo', `160000,${first},vendor/sub`);
  git(root, 'commit', '-q', '-m', 'submodule');
  // The working tree moves on: the revision file systems must not see it.
  writeFileSync(join(root, 'apps/web/base/web.env'), 'MODE=working-tree\n');
});
after(() => removeDir(root));

describe('GitRevisionFileSystem', () => {
  test('reads a commit at the working tree paths, not the working tree', () => {
    const fs = GitRevisionFileSystem.open(root, first);
    assert.equal(fs.commit, first);
    assert.equal(readText(fs, join(root, 'apps/web/base/web.env')), 'MODE=one\n');
    assert.equal(readText(GitRevisionFileSystem.open(root, 'HEAD'), join(root, 'apps/web/base/web.env')), 'MODE=two\n');
    assert.deepEqual(fs.readDir(join(root, 'apps/web')), ['base', 'overlays']);
    assert.deepEqual(fs.readDir(join(root, 'apps/web/base')), ['deployment.yaml', 'kustomization.yaml', 'other.env', 'web.env']);
    assert.deepEqual(fs.stat(join(root, 'apps/web/base/web.env')), { kind: 'file' });
    assert.deepEqual(fs.stat(root), { kind: 'dir' });
    assert.equal(fs.stat(join(root, 'apps/missing')), undefined);
    assert.equal(readText(fs, join(root, 'weird name/ü file.yaml')), 'a: 1\n');
  });

  test('errors are FsErrors with the right codes', () => {
    const fs = GitRevisionFileSystem.open(root, first);
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (err) {
        assert.ok(err instanceof FsError);
        return err.code;
      }
      return 'no error';
    };
    assert.equal(code(() => fs.readBytes(join(root, 'nope.yaml'))), 'ENOENT');
    assert.equal(code(() => fs.readBytes(join(root, 'apps'))), 'EISDIR');
    assert.equal(code(() => fs.readDir(join(root, 'docs/readme.md'))), 'ENOTDIR');
    assert.equal(code(() => fs.readDir(join(root, 'nope'))), 'ENOENT');
  });

  test('reads in batches: one listing, one manifest batch, one batch per directory of other files', () => {
    const fs = GitRevisionFileSystem.open(root, 'HEAD');
    const atOpen = fs.gitProcesses;
    assert.equal(atOpen, 3); // ls-tree, symlink targets, manifests
    readText(fs, join(root, 'apps/web/base/kustomization.yaml'));
    readText(fs, join(root, 'apps/web/overlays/dev/kustomization.yaml'));
    assert.equal(fs.gitProcesses, atOpen);
    readText(fs, join(root, 'apps/web/base/web.env'));
    readText(fs, join(root, 'apps/web/base/other.env')); // came with web.env
    assert.equal(fs.gitProcesses, atOpen + 1);
  });

  test('symlinks resolve within the tree; leaving it or looping leads nowhere', () => {
    const fs = GitRevisionFileSystem.open(root, second);
    assert.equal(fs.realPath(join(root, 'apps/web/shared/web.env')), join(root, 'apps/web/base/web.env'));
    assert.equal(readText(fs, join(root, 'apps/web/shared/web.env')), 'MODE=two\n');
    assert.equal(fs.stat(join(root, 'apps/web/shared'))?.kind, 'dir');
    assert.ok(fs.readDir(join(root, 'apps/web')).includes('shared'));
    assert.equal(fs.stat(join(root, 'apps/web/escape/passwd')), undefined);
    assert.equal(fs.stat(join(root, 'loop-a')), undefined);
    assert.throws(() => fs.readBytes(join(root, 'loop-a')), FsError);
    // The first commit has no links at all.
    assert.equal(GitRevisionFileSystem.open(root, first).stat(join(root, 'apps/web/shared')), undefined);
  });

  test('a submodule is an empty directory', () => {
    const fs = GitRevisionFileSystem.open(root, 'HEAD');
    assert.deepEqual(fs.stat(join(root, 'vendor/sub')), { kind: 'dir' });
    assert.deepEqual(fs.readDir(join(root, 'vendor/sub')), []);
  });

  test('a directory inside the repository is rooted where it is on disk', () => {
    const sub = join(root, 'apps/web');
    const fs = GitRevisionFileSystem.open(sub, first);
    assert.equal(fs.repoRoot, sub);
    assert.equal(fs.topLevel, root);
    assert.equal(readText(fs, join(sub, 'base/web.env')), 'MODE=one\n');
    // Files beside it are still there, as on disk (a base may live outside the checked directory).
    assert.equal(readText(fs, join(root, 'docs/readme.md')), '# docs\n');
  });

  test('renders the same as the working tree did at that commit', () => {
    const clone = tempDir('gitfs-clone');
    try {
      git(clone, 'clone', '-q', root, '.');
      git(clone, 'checkout', '-q', first);
      const dir = join(clone, 'apps/web/overlays/dev');
      const fromDisk = buildKustomization(new NodeFileSystem(), dir, {}).resources.map((r) => r.obj);
      const fromGit = buildKustomization(GitRevisionFileSystem.open(clone, first), dir, {}).resources.map((r) => r.obj);
      assert.deepEqual(fromGit, fromDisk);
      assert.equal(fromGit.length, 2);
    } finally {
      removeDir(clone);
    }
  });

  test('a blob over the size limit is listed but refuses to read', { timeout: 120_000 }, () => {
    const big = tempDir('gitfs-big');
    try {
      initRepo(big);
      commit(big, 'big', { 'big.yaml': Buffer.alloc(MAX_FILE_BYTES + 1, 0x61), 'small.yaml': 'a: 1\n' });
      const fs = GitRevisionFileSystem.open(big, 'HEAD');
      assert.deepEqual(fs.stat(join(big, 'big.yaml')), { kind: 'file' });
      assert.throws(() => fs.readBytes(join(big, 'big.yaml')), (err: unknown) => err instanceof FsError && err.code === 'ETOOBIG');
      assert.equal(readText(fs, join(big, 'small.yaml')), 'a: 1\n');
    } finally {
      removeDir(big);
    }
  });

  test('an unknown revision is a GitError', () => {
    assert.throws(() => GitRevisionFileSystem.open(root, 'no-such-branch'), GitError);
  });
});

test('a base read beside a working tree takes unchanged files from it and changed ones from git', async (t) => {
  const { changedPaths } = await import('../../src/io/git.ts');
  const { MemoryFileSystem } = await import('../../src/io/memory-fs.ts');
  const root = tempDir('donor');
  t.after(() => removeDir(root));
  initRepo(root);
  const base = commit(root, 'base', { 'a.yaml': 'a: 1\n', 'dir/b.yaml': 'b: 1\n' });
  writeFiles(root, { 'dir/b.yaml': 'b: 2\n', 'c.yaml': 'c: untracked\n' });
  const changed = changedPaths(root, base);
  assert.deepEqual([...changed], ['dir/b.yaml']);
  // A stand-in for the working tree that says "donated" for every file: what it serves shows where a read went.
  const donor = new MemoryFileSystem({ [`${root}/a.yaml`]: 'donated\n', [`${root}/dir/b.yaml`]: 'donated\n' });
  const fs = await GitRevisionFileSystem.openBase(root, base, donor);
  assert.equal(new TextDecoder().decode(fs.readBytes(`${root}/a.yaml`)), 'donated\n', 'unchanged: from the working tree');
  assert.equal(fs.readText!(`${root}/a.yaml`), 'donated\n');
  assert.equal(new TextDecoder().decode(fs.readBytes(`${root}/dir/b.yaml`)), 'b: 1\n', 'changed: from git');
  assert.equal(fs.readText!(`${root}/dir/b.yaml`), 'b: 1\n');
  assert.equal(fs.stat(`${root}/c.yaml`), undefined, 'what the base does not have stays absent');
});

test('openBase lists the same tree as open, and reads unchanged files from the head while git compares in the background', async (t) => {
  const { MemoryFileSystem } = await import('../../src/io/memory-fs.ts');
  const root = tempDir('openbase');
  t.after(() => removeDir(root));
  initRepo(root);
  const base = commit(root, 'base', { 'a.yaml': 'a: 1\n', 'dir/b.yaml': 'b: 1\n', 'dir/sub/c.yaml': 'c: 1\n' });
  symlinkSync('dir/sub', join(root, 'linked'));
  const linked = commit(root, 'link', {});
  writeFiles(root, { 'dir/b.yaml': 'b: 2\n' });
  const donor = new MemoryFileSystem({ [`${root}/a.yaml`]: 'donated\n', [`${root}/dir/b.yaml`]: 'donated\n', [`${root}/dir/sub/c.yaml`]: 'donated\n' });
  for (const rev of [base, linked]) {
    const eager = GitRevisionFileSystem.open(root, rev);
    const fs = await GitRevisionFileSystem.openBase(root, rev, donor);
    for (const dir of [root, `${root}/dir`, `${root}/dir/sub`]) assert.deepEqual(fs.readDir(dir), eager.readDir(dir), dir);
    assert.deepEqual(fs.stat(`${root}/linked`), eager.stat(`${root}/linked`));
    assert.equal(fs.realPath(`${root}/linked/c.yaml`), eager.realPath(`${root}/linked/c.yaml`));
    if (rev === linked) assert.equal(fs.realPath(`${root}/linked/c.yaml`), `${root}/dir/sub/c.yaml`, 'the link resolves');
    // What lets a pull request's base be compared from its walk (walk-certificate.ts) or not.
    assert.equal(fs.holdsSymlinks, rev === linked);
    assert.equal(baseRevision(fs, 'main').holdsSymlinks, rev === linked);
    assert.equal(fs.readText!(`${root}/a.yaml`), 'donated\n', 'unchanged: from the head');
    assert.equal(fs.readText!(`${root}/dir/b.yaml`), 'b: 1\n', 'changed in the working tree: from git');
  }
  // The changed files are read ahead while the head is checked: reading them later starts no git process.
  const ahead = await GitRevisionFileSystem.openBase(root, base, donor);
  await ahead.ready();
  const processes = ahead.gitProcesses;
  assert.equal(ahead.readText!(`${root}/dir/b.yaml`), 'b: 1\n');
  assert.equal(ahead.gitProcesses, processes, 'read ahead');
  assert.equal(ahead.readText!(`${root}/dir/sub/c.yaml`), 'donated\n', 'unchanged: still from the head');
  await assert.rejects(GitRevisionFileSystem.openBase(root, 'HEAD', donor), GitError, 'a name, not a resolved commit id');
  await assert.rejects(GitRevisionFileSystem.openBase(root, '0'.repeat(40), donor), GitError);
  // The read-ahead process, started before the failure was known, is told to end: none is left running.
  const running = () => (process as unknown as { getActiveResourcesInfo(): string[] }).getActiveResourcesInfo().filter((r) => r === 'ProcessWrap');
  for (let tries = 0; running().length > 0 && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 20));
  assert.deepEqual(running(), []);
});

test('a crafted tree whose names climb out (`..`) keeps them out, read either way', async (t) => {
  const { spawnSync } = await import('node:child_process');
  const { MemoryFileSystem } = await import('../../src/io/memory-fs.ts');
  const root = tempDir('crafted');
  t.after(() => removeDir(root));
  initRepo(root);
  const input = (args: string[], stdin: string) => spawnSync('git', args, { cwd: root, input: stdin, encoding: 'utf8' }).stdout.trim();
  const blob = input(['hash-object', '-w', '--stdin'], 'x: 1\n');
  // git mktree stores what it is given: a name `..`, which git itself never writes.
  const inner = input(['mktree'], `100644 blob ${blob}\tok.yaml\n100644 blob ${blob}\t..\n`);
  const top = input(['mktree'], `040000 tree ${inner}\t..\n100644 blob ${blob}\ta.yaml\n`);
  const crafted = git(root, 'commit-tree', '-m', 'crafted', top);
  for (const fs of [GitRevisionFileSystem.open(root, crafted), await GitRevisionFileSystem.openBase(root, crafted, new MemoryFileSystem({}))]) {
    assert.deepEqual(fs.readDir(root), ['a.yaml']);
    assert.equal(fs.stat(join(root, '..', 'ok.yaml')), undefined);
    assert.deepEqual(fs.readDir(join(root, '..')), [root.split('/').pop()], 'above the top: only the way down to it');
  }
});
