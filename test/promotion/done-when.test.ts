// Issue 5's "done when", end to end over a real git repository: the head of each pull request is read
// from git objects (GitRevisionFileSystem), rendered, and checked with the containment fact from git.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GitRevisionFileSystem } from '../../src/io/git-fs.ts';
import { headContainedIn } from '../../src/io/promotion-facts.ts';
import { parseConfig } from '../../src/config/config.ts';
import { discoverEnvironments, scanRepo } from '../../src/core/discover.ts';
import { renderEnvironment } from '../../src/core/cluster/render-environment.ts';
import { checkPromotion, promotionSourceBranch } from '../../src/core/checks/promotion.ts';
import { commit, git, initRepo, removeDir, tempDir } from '../io/git-fixture.ts';
import { CONFIG, envPatch, REPO_URL, seedFiles, summary } from './harness.ts';

let origin: string;
let seed: string;
const dirs: string[] = [];

before(() => {
  origin = tempDir('done-when');
  dirs.push(origin);
  initRepo(origin);
  seed = commit(origin, 'seed', { ...seedFiles(), '.gitops-gate.yaml': CONFIG });
  git(origin, 'branch', 'staging');
  git(origin, 'branch', 'dev');
  // A bare-like origin: nothing checked out that a push could collide with.
  git(origin, 'checkout', '-q', '--detach');
});
after(() => dirs.forEach(removeDir));

/** Clones origin, commits `files` on `head` (pushed unless `push` is false) and checks the PR head → base. */
function promote(base: string, head: string, files: Record<string, string> = {}, push = true): string[] {
  const clone = tempDir('done-when-clone');
  dirs.push(clone);
  git(clone, 'clone', '-q', origin, '.');
  git(clone, 'checkout', '-q', head);
  if (Object.keys(files).length > 0) {
    commit(clone, `change on ${head}`, files);
    if (push) git(clone, 'push', '-q', 'origin', head);
  }
  const fs = GitRevisionFileSystem.open(clone, 'HEAD');
  const config = parseConfig(CONFIG, '.gitops-gate.yaml');
  const models = discoverEnvironments(scanRepo(fs, clone), config).map((env) =>
    renderEnvironment(env, { fs, repoRoot: clone, repoURLs: [REPO_URL] }),
  );
  const source = promotionSourceBranch({ config, models }, base);
  const headContained = source ? headContainedIn(clone, fs.commit, source) : undefined;
  const findings = checkPromotion({
    config,
    models,
    repoURLs: [REPO_URL],
    repoRoot: clone,
    fs,
    pullRequest: { baseBranch: base, headBranch: head, ...(headContained !== undefined ? { headContained } : {}) },
  });
  // Each case starts from the seed again.
  for (const branch of ['dev', 'staging', 'main']) git(origin, 'branch', '-f', branch, seed);
  return summary(findings);
}

describe('issue 5: done when', () => {
  test('staging ← dev passes', () => assert.deepEqual(promote('staging', 'dev'), []));
  test('main ← staging passes', () => assert.deepEqual(promote('main', 'staging'), []));
  test('main ← dev fails promotion/source-branch', () => assert.deepEqual(promote('main', 'dev'), ['promotion/source-branch@prod']));
  test('a prod Application tracking dev fails promotion/target-revision', () => {
    assert.deepEqual(promote('main', 'staging', { 'argocd/overlays/prod/patch.yaml': envPatch('prod', { webRevision: 'dev' }) }), [
      'promotion/target-revision@prod',
    ]);
  });
  test('an automated sync in prod fails promotion/sync-policy', () => {
    const noManualSync = 'resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n';
    assert.deepEqual(promote('main', 'staging', { 'argocd/overlays/prod/kustomization.yaml': noManualSync }), [
      'promotion/sync-policy@prod',
      'promotion/sync-policy@prod',
    ]);
  });
  test('a prod Application pointing at a dev overlay fails promotion/cross-environment', () => {
    assert.deepEqual(promote('main', 'staging', { 'argocd/overlays/prod/patch.yaml': envPatch('prod', { webPath: 'apps/web/overlays/dev' }) }), [
      'promotion/cross-environment@prod',
    ]);
  });
  test('a head commit not on the source branch fails promotion/unverified', () => {
    assert.deepEqual(promote('main', 'staging', { 'apps/web/base/extra.txt': 'untested\n' }, false), ['promotion/unverified@prod']);
  });
});
