import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { promotionSourceBranch, type PullRequestInfo } from '../../src/core/checks/promotion.ts';
import { envPatch, renderScenario, summary } from './harness.ts';

interface Row {
  name: string;
  pr: PullRequestInfo;
  expect: string[];
  message?: RegExp;
}

// The pull-request rules over the clean seed repository: only promotion/source-branch and
// promotion/unverified can fire.
const rows: Row[] = [
  { name: 'staging ← dev passes', pr: { baseBranch: 'staging', headBranch: 'dev', headContained: true }, expect: [] },
  { name: 'main ← staging passes', pr: { baseBranch: 'main', headBranch: 'staging', headContained: true }, expect: [] },
  { name: 'dev ← a feature branch passes (the first stage takes any branch)', pr: { baseBranch: 'dev', headBranch: 'feature/x' }, expect: [] },
  { name: 'a pull request into a non-environment branch is no promotion', pr: { baseBranch: 'feature/y', headBranch: 'dev' }, expect: [] },
  {
    name: 'main ← dev skips staging',
    pr: { baseBranch: 'main', headBranch: 'dev' },
    expect: ['promotion/source-branch@prod'],
    message: /^a pull request into main \(environment prod\) must come from staging \(environment staging\) or a branch matching hotfix\/\*; this one comes from dev$/,
  },
  { name: 'staging ← a feature branch', pr: { baseBranch: 'staging', headBranch: 'feature/x' }, expect: ['promotion/source-branch@staging'] },
  { name: 'main ← hotfix/db passes through the allowed pattern', pr: { baseBranch: 'main', headBranch: 'hotfix/db' }, expect: [] },
  {
    name: 'a hotfix is not asked to be on staging',
    pr: { baseBranch: 'main', headBranch: 'hotfix/db', headContained: false },
    expect: [],
  },
  { name: 'hotfix/* does not cross a slash', pr: { baseBranch: 'main', headBranch: 'hotfix/a/b' }, expect: ['promotion/source-branch@prod'] },
  {
    name: "a fork's branch named staging is not staging",
    pr: { baseBranch: 'main', headBranch: 'staging', headIsFork: true },
    expect: ['promotion/source-branch@prod'],
    message: /comes from staging from a fork \(a fork's branch is not this repository's staging\)$/,
  },
  { name: "a fork's hotfix branch is not this repository's", pr: { baseBranch: 'main', headBranch: 'hotfix/x', headIsFork: true }, expect: ['promotion/source-branch@prod'] },
  {
    name: 'a head commit not on staging is unverified',
    pr: { baseBranch: 'main', headBranch: 'staging', headContained: false },
    expect: ['promotion/unverified@prod'],
    message: /^the head commit is not on staging: promote what was tested/,
  },
  {
    name: 'a shallow clone gets a notice saying what to fetch',
    pr: { baseBranch: 'main', headBranch: 'staging', headContained: 'unknown' },
    expect: ['promotion/unverified@prod:notice'],
    message: /fetch it \(git fetch origin staging, or actions\/checkout with fetch-depth: 0\)/,
  },
  { name: 'an unknown containment is not checked', pr: { baseBranch: 'main', headBranch: 'staging' }, expect: [] },
  {
    name: 'a wrong source is reported once, not also as unverified',
    pr: { baseBranch: 'main', headBranch: 'dev', headContained: false },
    expect: ['promotion/source-branch@prod'],
  },
];

describe('promotion rules for a pull request', () => {
  for (const row of rows) {
    test(row.name, () => {
      const { findings } = renderScenario({ pullRequest: row.pr });
      assert.deepEqual(summary(findings), row.expect);
      if (row.message) assert.match(findings[0]!.message, row.message);
    });
  }

  test('the source branch the caller must ask git about', () => {
    const { config, models } = renderScenario();
    assert.equal(promotionSourceBranch({ config, models }, 'main'), 'staging');
    assert.equal(promotionSourceBranch({ config, models }, 'staging'), 'dev');
    assert.equal(promotionSourceBranch({ config, models }, 'dev'), undefined);
    assert.equal(promotionSourceBranch({ config, models }, 'feature/x'), undefined);
  });
});

describe('discovered environments (no config)', () => {
  test('the default chain applies when environments track their own branches', () => {
    // The seed layout without .gitops-gate.yaml: dev → staging → prod (main), found from overlays/<env>.
    const { models, findings } = renderScenario({ config: null, pullRequest: { baseBranch: 'main', headBranch: 'dev' } });
    assert.deepEqual(models.map((m) => `${m.config.name}:${m.config.branch}<-${m.config.promotesFrom ?? ''}`), ['dev:dev<-', 'staging:staging<-dev', 'prod:main<-staging']);
    assert.deepEqual(summary(findings), ['promotion/source-branch@prod']);
    assert.deepEqual(summary(renderScenario({ config: null, pullRequest: { baseBranch: 'main', headBranch: 'staging' } }).findings), []);
  });

  test('a trunk-based repository (every environment on HEAD) is left alone, with a notice for the pull request', () => {
    const files: Record<string, string> = {};
    for (const env of ['dev', 'staging', 'prod']) {
      files[`argocd/overlays/${env}/patch.yaml`] = envPatch(env, { webRevision: 'HEAD', rootRevision: 'HEAD' });
    }
    const { findings } = renderScenario({ config: null, files, pullRequest: { baseBranch: 'main', headBranch: 'feature/x' } });
    assert.deepEqual(summary(findings), ['promotion/source-branch@-:notice']);
    assert.deepEqual(summary(renderScenario({ config: null, files }).findings), []);
  });

  test('with no repository URL known, the Applications the render followed count as this repository', () => {
    const { findings } = renderScenario({
      config: null,
      repoURLs: [],
      files: { 'argocd/overlays/prod/patch.yaml': envPatch('prod', { webRevision: 'dev' }) },
    });
    assert.deepEqual(summary(findings), ['promotion/target-revision@prod']);
  });
});
