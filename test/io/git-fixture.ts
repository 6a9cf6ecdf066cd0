// A real git repository built in a temporary directory, for the tests of src/io/git*.ts.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ENV = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('GIT_'))),
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Fixture',
  GIT_AUTHOR_EMAIL: 'fixture@example.test',
  GIT_COMMITTER_NAME: 'Fixture',
  GIT_COMMITTER_EMAIL: 'fixture@example.test',
  GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
  GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  LC_ALL: 'C',
};

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, env: ENV, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed in ${cwd}: ${r.stderr}`);
  return r.stdout.trim();
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `gitops-gate-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function writeFiles(root: string, files: Record<string, string | Buffer>): void {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(root, path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

/** Writes `files`, stages everything and commits; returns the new commit id. */
export function commit(root: string, message: string, files: Record<string, string | Buffer> = {}): string {
  writeFiles(root, files);
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

export function initRepo(root: string): void {
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'commit.gpgsign', 'false');
}

export interface PromotionRepo {
  root: string;
  /** Commit ids by name. */
  commits: Record<string, string>;
}

/**
 * The seed-002 shape: main ← staging ← test ← dev, each branch one commit ahead of the next, plus a
 * feature branch off dev that was never merged anywhere.
 */
export function buildPromotionRepo(): PromotionRepo {
  const root = tempDir('promotion');
  initRepo(root);
  const commits: Record<string, string> = {};
  commits.base = commit(root, 'base', {
    'apps/web/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'apps/web/base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n',
    'apps/web/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\nnamePrefix: dev-\n',
    'apps/web/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\nnamePrefix: prod-\n',
  });
  git(root, 'checkout', '-q', '-b', 'staging');
  commits.staging = commit(root, 'staging change', { 'apps/web/overlays/prod/note.txt': 'staging\n' });
  git(root, 'checkout', '-q', '-b', 'test');
  commits.test = commit(root, 'test change', { 'apps/web/overlays/prod/note.txt': 'test\n' });
  git(root, 'checkout', '-q', '-b', 'dev');
  commits.dev = commit(root, 'dev change', {
    'apps/web/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\nnamePrefix: dev2-\n',
  });
  git(root, 'checkout', '-q', '-b', 'feature/x');
  commits.feature = commit(root, 'feature change', { 'apps/web/base/extra.txt': 'x\n' });
  git(root, 'checkout', '-q', 'dev');
  return { root, commits };
}
