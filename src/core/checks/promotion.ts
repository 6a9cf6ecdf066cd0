import { minimatch } from 'minimatch';
import { defaultBranch, type Config, type EnvironmentConfig } from '../../config/config.ts';
import type { FileSystem } from '../ports.ts';
import type { Finding } from '../model/finding.ts';
import { isJsonObject } from '../model/json.ts';
import type { EnvironmentModel } from '../cluster/model.ts';
import { resourceRef, sourceLocation } from './locations.ts';
import { checkCrossEnvironment } from './promotion-cross-environment.ts';
import { field, isArgoApplication, isArgoApplicationSet, ThisRepository, type TrackedRevision, type TrackedSource } from './promotion-sources.ts';

/** The pull request being checked: from `headBranch` into `baseBranch`. */
export interface PullRequestInfo {
  baseBranch: string;
  headBranch: string;
  /** The head branch lives in a fork: its name says nothing about this repository's branches. */
  headIsFork?: boolean;
  /** Whether the head commit is on the promotesFrom branch (see promotionSourceBranch); 'unknown' in a shallow clone. */
  headContained?: boolean | 'unknown';
}

export interface PromotionInput {
  config: Config;
  models: EnvironmentModel[];
  /** This repository's URLs (config repoURL, git remote origin). */
  repoURLs: string[];
  pullRequest?: PullRequestInfo;
  /** Absolute repository root of the models' source files; lets files be compared with entrypoint paths. */
  repoRoot?: string;
  /** The file system the models were rendered from (with repoRoot): lets overlays' `resources` be followed. */
  fs?: FileSystem;
}

/** Branch names Argo CD's HEAD (the repository's default branch) is taken to be. */
const DEFAULT_BRANCHES = new Set(['main', 'master']);

/**
 * Discovery makes an "environment" of every `overlays/<name>`, and catalogue repositories name variants
 * that way (`overlays/stable`, `overlays/aws`). Without a config, only these names are taken for stages
 * of a promotion.
 */
const STAGE_NAMES = new Set([
  'dev', 'develop', 'development', 'int', 'integration', 'test', 'testing', 'qa', 'uat',
  'stage', 'staging', 'preprod', 'pre-prod', 'perf', 'prod', 'production',
]);

/**
 * The `promotion/*` rules: a pull request may only promote into an environment's branch from the branch
 * its rules allow, and what each environment deploys must come from its own branch, its own overlays and
 * its own sync mode.
 *
 * Branch rules need to know that the repository runs a branch per environment: configured environments
 * say so; discovered ones only when some environment's Applications or GitRepositories track a branch of
 * their own (dev tracking `dev`), since a trunk-based repository's dev tracks `main` on purpose.
 */
export function checkPromotion(input: PromotionInput): Finding[] {
  const envs = environmentConfigs(input);
  const models = stageModels(input);
  const repo = new ThisRepository(input.repoURLs);
  const branchPerEnvironment = input.config.environments.length > 0 || tracksOwnBranches(models, repo);
  const findings: Finding[] = [];
  if (input.pullRequest) findings.push(...checkPullRequest(input.pullRequest, envs, branchPerEnvironment));
  for (const model of models) {
    if (branchPerEnvironment) findings.push(...checkTargetRevisions(model, envs, repo));
    findings.push(...checkCrossEnvironment(model, { ...input, models }, repo));
    findings.push(...checkSyncPolicy(model));
  }
  return findings;
}

/** The environments that are stages of a promotion: all configured ones, or the discovered ones named like stages. */
function stageModels(input: Pick<PromotionInput, 'config' | 'models'>): EnvironmentModel[] {
  // An isolated environment is a catalogue of independent kustomizations, never a stage.
  const candidates = input.models.filter((m) => !m.config.isolated);
  if (input.config.environments.length > 0) return candidates;
  return candidates.filter((m) => STAGE_NAMES.has(m.config.name));
}

/**
 * The branch whose commits a pull request into `baseBranch` promotes (the promotesFrom environment's
 * branch), for the caller to ask git whether the head commit is on it; undefined when `baseBranch` is no
 * environment's branch or takes any source.
 */
export function promotionSourceBranch(input: Pick<PromotionInput, 'config' | 'models'>, baseBranch: string): string | undefined {
  const envs = environmentConfigs(input);
  for (const env of envs) {
    if (env.branch !== baseBranch) continue;
    const source = sourceBranchOf(env, envs);
    if (source) return source;
  }
  return undefined;
}

function environmentConfigs(input: Pick<PromotionInput, 'config' | 'models'>): EnvironmentConfig[] {
  // The config's list is complete even when `--env` rendered only some environments.
  return input.config.environments.length > 0 ? input.config.environments : stageModels(input).map((m) => m.config);
}

function sourceBranchOf(env: EnvironmentConfig, envs: EnvironmentConfig[]): string | undefined {
  if (!env.promotesFrom) return undefined;
  const from = envs.find((e) => e.name === env.promotesFrom);
  const branch = from?.branch ?? defaultBranch(env.promotesFrom);
  // Environments sharing one branch promote by directory, not by pull request between branches.
  return branch === env.branch ? undefined : branch;
}

function tracksOwnBranches(models: EnvironmentModel[], repo: ThisRepository): boolean {
  return models.some(
    (m) =>
      !DEFAULT_BRANCHES.has(m.config.branch) &&
      repo.trackedRevisions(m).some((t) => revisionName(t.revision) === m.config.branch),
  );
}

function revisionName(rev: TrackedRevision): string | undefined {
  return rev.kind === 'branch' || rev.kind === 'branch-or-tag' ? rev.name : undefined;
}

// ---------------------------------------------------------------------------------------------------
// promotion/source-branch and promotion/unverified

function checkPullRequest(pr: PullRequestInfo, envs: EnvironmentConfig[], branchPerEnvironment: boolean): Finding[] {
  if (pr.baseBranch === pr.headBranch && !pr.headIsFork) return [];
  const targets = envs.filter((e) => e.branch === pr.baseBranch);
  if (targets.length === 0) return []; // not a promotion: a pull request into a feature branch
  if (!branchPerEnvironment) {
    return [
      {
        ruleId: 'promotion/source-branch',
        severity: 'notice',
        message: `promotion rules not applied to this pull request into ${pr.baseBranch}: no environment's Applications track a branch of their own, so the repository does not look branch-per-environment; set environments[].branch and promotesFrom in .gitops-gate.yaml to check promotions`,
      },
    ];
  }
  const findings: Finding[] = [];
  for (const env of targets) {
    const sourceBranch = sourceBranchOf(env, envs);
    const patterns = env.allowedSources;
    if (!sourceBranch && patterns.length === 0) continue; // takes any branch (the first stage)
    const fromSource = !pr.headIsFork && sourceBranch === pr.headBranch;
    const fromPattern = !pr.headIsFork && patterns.some((p) => minimatch(pr.headBranch, p));
    if (!fromSource && !fromPattern) {
      findings.push(sourceBranchFinding(pr, env, sourceBranch, envs));
      continue;
    }
    // Allowed-source patterns are the declared exceptions (hotfixes): only the promotesFrom path must
    // carry a commit that the previous stage has run.
    if (fromSource && pr.headContained !== undefined && pr.headContained !== true) {
      findings.push(unverifiedFinding(pr, env, sourceBranch!));
    }
  }
  return findings;
}

function sourceBranchFinding(pr: PullRequestInfo, env: EnvironmentConfig, sourceBranch: string | undefined, envs: EnvironmentConfig[]): Finding {
  const allowed: string[] = [];
  if (sourceBranch) {
    const from = envs.find((e) => e.branch === sourceBranch);
    allowed.push(from ? `${sourceBranch} (environment ${from.name})` : sourceBranch);
  }
  if (env.allowedSources.length > 0) allowed.push(`a branch matching ${env.allowedSources.join(', ')}`);
  const got = pr.headIsFork
    ? `${pr.headBranch} from a fork (a fork's branch is not this repository's ${pr.headBranch})`
    : pr.headBranch;
  return {
    ruleId: 'promotion/source-branch',
    severity: 'error',
    environment: env.name,
    message: `a pull request into ${env.branch} (environment ${env.name}) must come from ${allowed.join(' or ')}; this one comes from ${got}`,
  };
}

function unverifiedFinding(pr: PullRequestInfo, env: EnvironmentConfig, sourceBranch: string): Finding {
  if (pr.headContained === 'unknown') {
    return {
      ruleId: 'promotion/unverified',
      severity: 'notice',
      environment: env.name,
      message: `could not tell whether the head commit of ${pr.headBranch} is on ${sourceBranch}: this clone lacks that branch or its history; fetch it (git fetch origin ${sourceBranch}, or actions/checkout with fetch-depth: 0)`,
    };
  }
  return {
    ruleId: 'promotion/unverified',
    severity: 'error',
    environment: env.name,
    message: `the head commit is not on ${sourceBranch}: promote what was tested (merge into ${sourceBranch} and let environment ${env.promotesFrom} run it first)`,
  };
}

// ---------------------------------------------------------------------------------------------------
// promotion/target-revision

function checkTargetRevisions(model: EnvironmentModel, envs: EnvironmentConfig[], repo: ThisRepository): Finding[] {
  const env = model.config;
  const findings: Finding[] = [];
  for (const t of repo.trackedRevisions(model)) {
    if (revisionAllowed(t.revision, t.written, env)) continue;
    findings.push({
      ruleId: 'promotion/target-revision',
      severity: 'error',
      environment: env.name,
      entrypoint: t.cr.entrypoint,
      resource: resourceRef(t.cr.resource),
      path: t.pointer,
      ...sourceLocation(t.cr.resource),
      message: targetRevisionMessage(t, env, envs),
    });
  }
  return findings;
}

function revisionAllowed(rev: TrackedRevision, written: string, env: EnvironmentConfig): boolean {
  const allowedBy = (value: string) => env.targetRevisions.some((p) => minimatch(value, p));
  switch (rev.kind) {
    case 'branch':
    case 'branch-or-tag':
      return rev.name === env.branch || allowedBy(rev.name);
    case 'default':
      return DEFAULT_BRANCHES.has(env.branch) || allowedBy('HEAD');
    case 'tag':
      return allowedBy(rev.name) || allowedBy(written);
    case 'semver':
      return allowedBy(rev.range);
    case 'commit':
      return allowedBy(rev.sha);
  }
}

function targetRevisionMessage(t: TrackedSource, env: EnvironmentConfig, envs: EnvironmentConfig[]): string {
  const what = `${t.cr.resource.kind} ${t.cr.resource.name}`;
  const want = `environment ${env.name} deploys branch ${env.branch}`;
  const name = revisionName(t.revision);
  const other = name !== undefined ? envs.find((e) => e.branch === name && e.name !== env.name) : undefined;
  if (other) return `${what} tracks ${name}, the branch of environment ${other.name}, but ${want}: set it to ${env.branch}`;
  if (t.revision.kind === 'default') {
    return `${what} tracks HEAD (the repository's default branch), but ${want}: set it to ${env.branch}`;
  }
  const patterns = env.targetRevisions.length > 0 ? `its targetRevisions (${env.targetRevisions.join(', ')})` : 'no targetRevisions pattern';
  return `${what} tracks '${t.written}', but ${want} and ${patterns} allow${env.targetRevisions.length > 0 ? '' : 's'} other revisions: set it to ${env.branch} or add a pattern to environments[].targetRevisions`;
}

// ---------------------------------------------------------------------------------------------------
// promotion/sync-policy

function checkSyncPolicy(model: EnvironmentModel): Finding[] {
  const mode = model.config.sync;
  if (!mode) return [];
  const findings: Finding[] = [];
  for (const cr of model.resources) {
    const r = cr.resource;
    let prefix: string;
    if (isArgoApplication(r)) prefix = '/spec';
    else if (isArgoApplicationSet(r)) prefix = '/spec/template/spec';
    else continue;
    const spec = prefix === '/spec' ? field(r.obj, 'spec') : field(r.obj, 'spec', 'template', 'spec');
    const syncPolicy = field(spec, 'syncPolicy');
    const automated = field(syncPolicy, 'automated');
    // `automated: {}` syncs on its own; `enabled: false` (Argo CD 3) keeps the settings but turns it off.
    const enabled = isJsonObject(automated) && field(automated, 'enabled') !== false;
    if (enabled === (mode === 'auto')) continue;
    const base = { ruleId: 'promotion/sync-policy', severity: 'error' as const, environment: model.config.name, entrypoint: cr.entrypoint, resource: resourceRef(r), ...sourceLocation(r) };
    findings.push(
      mode === 'manual'
        ? {
            ...base,
            path: `${prefix}/syncPolicy/automated`,
            message: `${r.kind} ${r.name} syncs automatically, but environment ${model.config.name} is declared sync: manual: remove syncPolicy.automated`,
          }
        : {
            ...base,
            path: isJsonObject(automated) ? `${prefix}/syncPolicy/automated/enabled` : isJsonObject(syncPolicy) ? `${prefix}/syncPolicy` : prefix,
            message: `${r.kind} ${r.name} does not sync automatically, but environment ${model.config.name} is declared sync: auto: set syncPolicy.automated`,
          },
    );
  }
  return findings;
}
