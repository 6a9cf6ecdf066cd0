import type { FileSystem } from './ports.ts';
import { CachingFileSystem } from './cached-fs.ts';
import { isWithin, relativePath } from './path.ts';
import type { Config } from '../config/config.ts';
import type { Finding, Severity } from './model/finding.ts';
import { summarize, type EnvironmentSummary, type Report } from './model/report.ts';
import { discoverEnvironments, scanRepo, type Environment, type RepoTree } from './discover.ts';
import { emptyScanRecord } from './discover/scan.ts';
import type { RenderContext } from './cluster/render-environment.ts';
import type { EnvironmentModel } from './cluster/model.ts';
import type { ValidationMemo } from './checks/schema.ts';
import { LocationResolver, type PlacementMemo } from './checks/resolve-location.ts';
import { BaseBuildMemo } from './kustomize/base-memo.ts';
import { checkOneEnvironment, findResource, refKey, wanted, withPlace, type EnvironmentCheckContext, type EnvironmentChecks, type EnvironmentOutcome } from './check-environment.ts';
import type { EnvironmentWorkers, ParallelOptions } from './parallel.ts';
import { checkPromotion, promotionSourceBranch, type PullRequestInfo } from './checks/promotion.ts';
import type { SchemaSource } from './schema/source.ts';
import { SchemaValidator } from './schema/validator.ts';
import { VERSION } from '../version.ts';
import { mergeMissingSchemas, OutageLog } from './merge-findings.ts';
import { applySuppressions, isExcluded } from './suppress.ts';
import { addTo } from './model/multimap.ts';

export type { EnvironmentChecks } from './check-environment.ts';

export interface CheckInputs {
  fs: FileSystem;
  /** Absolute path of the repository root in `fs`. */
  repoRoot: string;
  config: Config;
  /** URLs naming this repository (config repoURL, git remote origin). */
  repoURLs: string[];
  schemaSource: SchemaSource;
  /** Only these environments (`--env`); all when empty. */
  environments?: string[];
  /** Names in `environments` that the repository lacks are left out instead of refused (a pull request's base). */
  skipUnknownEnvironments?: boolean;
  /** Overrides every environment's Kubernetes version (`--kubernetes-version`). */
  kubernetesVersion?: string;
  /** Called as each environment starts, for a progress line. */
  onProgress?: (message: string) => void;
  /** The pull request being checked (`--base-branch/--head-branch`, or the Action's event): promotion rules. */
  pullRequest?: PullRequestInfo;
  /** Incremental renders (a pull request): record this side's renders, or reuse another side's. */
  renderMemo?: RenderContext['memo'];
  /**
   * Per-environment findings: `record` keeps them; `reuse` takes them for an environment whose renders were
   * all reused from the recording run (renderMemo), as its checks would find the same.
   */
  environmentChecks?: { record?: Map<string, EnvironmentChecks>; reuse?: Map<string, EnvironmentChecks> };
  /** Worker threads to render and check environments on (the CLI's --jobs, the Action's jobs); absent: this thread. */
  workers?: EnvironmentWorkers;
  /** Compiled schemas and validation results shared with another run over the same objects (a pull request's base). */
  validation?: { validator: SchemaValidator; results: ValidationMemo };
  /** Source positions of rendered values, shared with another run over the same objects (a pull request's base). */
  placements?: PlacementMemo;
  /**
   * A pull request's base, checked only to classify the head's findings: the rules the head reported. A
   * check that can report none of them is skipped, as its findings would match nothing.
   */
  comparedRules?: ReadonlySet<string>;
  /**
   * The rules compared in one environment, when they differ by environment: a finding is matched with one
   * of the same environment (baseline.ts), so an environment's checks need only the rules the head reported
   * there, and those of findings about no environment. Absent: `comparedRules` everywhere.
   */
  comparedRulesIn?: (environment: string) => ReadonlySet<string>;
  /** Whether the promoted head commit is on a branch ('unknown' in a shallow clone); IO the caller owns. */
  headContainedIn?: (sourceBranch: string) => boolean | 'unknown';
}

export interface CheckResult {
  report: Report;
  /** The rendered environments, for the diff and graph commands. */
  models: EnvironmentModel[];
  /** Every environment the repository has, asked for or not. */
  environmentNames: string[];
}

/** An invocation problem (unknown --env name): exit code 2, not a finding. */
export class CheckUsageError extends Error {}

/** The one orchestrator: discover → render and check each environment → promotion → locate → suppress → report. */
export async function runChecks(inputs: CheckInputs): Promise<CheckResult> {
  const { repoRoot, config } = inputs;
  const fs = inputs.fs instanceof CachingFileSystem ? inputs.fs : new CachingFileSystem(inputs.fs);
  const tree = await scanWithMemo(fs, repoRoot, config, inputs.renderMemo);
  let envs = withoutExcluded(discoverWithMemo(tree, config, inputs.renderMemo), config.exclude);
  const environmentNames = envs.map((e) => e.config.name);
  if (inputs.environments && inputs.environments.length > 0) {
    const known = new Set(envs.map((e) => e.config.name));
    const unknown = inputs.environments.filter((n) => !known.has(n));
    if (unknown.length > 0 && !inputs.skipUnknownEnvironments) {
      throw new CheckUsageError(
        `unknown environment ${unknown.map((n) => `'${n}'`).join(', ')}; this repository has ${[...known].map((n) => `'${n}'`).join(', ') || 'none'}`,
      );
    }
    envs = envs.filter((e) => inputs.environments!.includes(e.config.name));
  }

  const validator = inputs.validation?.validator ?? new SchemaValidator();
  const resolver = new LocationResolver(fs, inputs.placements);
  const outages = new OutageLog();
  const models: EnvironmentModel[] = [];
  const findings: Finding[] = [];
  const ctx: EnvironmentCheckContext = {
    fs,
    repoRoot,
    repoURLs: inputs.repoURLs,
    config,
    schemaSource: inputs.schemaSource,
    validator,
    ...(inputs.validation?.results ? { validationResults: inputs.validation.results } : {}),
    ...(inputs.kubernetesVersion ? { kubernetesVersion: inputs.kubernetesVersion } : {}),
    directories: tree.dirs.length,
    ...(inputs.renderMemo ? { renderMemo: inputs.renderMemo } : {}),
    ...(inputs.comparedRules ? { comparedRules: inputs.comparedRules } : {}),
    ...(inputs.placements ? { placements: inputs.placements } : {}),
    bases: new BaseBuildMemo(),
  };
  for (const outcome of await checkEnvironments(envs, ctx, inputs)) {
    models.push(outcome.model);
    outages.replay(outcome.checks.outages);
    inputs.environmentChecks?.record?.set(outcome.model.config.name, { ...outcome.checks, model: outcome.model });
    findings.push(...outcome.checks.findings);
  }
  const unreachable = outages.notice();
  if (unreachable) findings.push(unreachable);
  if (tree.walkLimit !== undefined) findings.push(walkStopped(tree.walkLimit, config));
  if (envs.every((e) => e.entrypoints.length === 0)) findings.push(nothingFound(config, envs.length));

  let pullRequest = inputs.pullRequest;
  if (pullRequest && pullRequest.headContained === undefined && inputs.headContainedIn) {
    const source = promotionSourceBranch({ config, models }, pullRequest.baseBranch);
    if (source) pullRequest = { ...pullRequest, headContained: inputs.headContainedIn(source) };
  }
  const modelsByName = new Map(models.map((m) => [m.config.name, m]));
  const promotion = wanted(inputs.comparedRules, 'promotion/') ? checkPromotion({ config, models, repoURLs: inputs.repoURLs, repoRoot, fs, ...(pullRequest ? { pullRequest } : {}) }) : [];
  for (const f of promotion) {
    const model = f.environment !== undefined ? modelsByName.get(f.environment) : undefined;
    const cr = model && f.resource ? findResource(model.resources, f) : undefined;
    findings.push(cr ? withPlace(f, f.environment!, cr, resolver) : f);
  }

  const located = mergeMissingSchemas(withoutRepeats(findings.map((f) => relativize(f, repoRoot))));
  const annotated = annotatedRulesIndex(models);
  const { findings: final, suppressed } = applySuppressions(located, {
    config,
    annotatedRules: (f) => (f.environment && f.resource ? annotated.get(`${f.environment}\n${refKey(f)}`) : undefined),
  });
  sortFindings(final, envs);
  const environments: EnvironmentSummary[] = models.map((m) => ({
    name: m.config.name,
    branch: m.config.branch,
    entrypoints: m.entrypoints.map((e) => ({ path: e.path, resources: e.resources })),
    ...(m.config.isolated ? { isolated: true } : {}),
  }));
  return {
    report: {
      tool: 'gitops-gate',
      version: VERSION,
      reportVersion: 1,
      environments,
      findings: final,
      summary: { ...summarize(environments, final), suppressed },
    },
    models,
    environmentNames,
  };
}

/**
 * The discovery walk. Recorded for a pull request's head; at its base, the head's walk and file summaries
 * wherever the base answers alike (scan.ts), else read from the base.
 */
async function scanWithMemo(fs: FileSystem, repoRoot: string, config: Config, memo: CheckInputs['renderMemo']): Promise<RepoTree> {
  const options = { exclude: config.exclude };
  const reuse = memo?.reuse;
  if (reuse?.memo.scan) return scanRepo(fs, repoRoot, { ...options, memo: { reuse: { record: reuse.memo.scan, same: reuse.comparison } } });
  if (!memo?.record) return scanRepo(fs, repoRoot, options);
  const record = emptyScanRecord();
  memo.record.scan = record;
  const tree = scanRepo(fs, repoRoot, { ...options, memo: { record } });
  const alike = await memo.record.certify?.(record, fs);
  if (alike) memo.record.alike = alike;
  return tree;
}

/** The environments of the tree; a pull request's base whose scan is the head's takes the head's (discovery is pure). */
function discoverWithMemo(tree: RepoTree, config: Config, memo: CheckInputs['renderMemo']): Environment[] {
  const recorded = memo?.reuse?.memo;
  if (recorded?.environments && recorded.scan?.tree === tree) return recorded.environments;
  const environments = discoverEnvironments(tree, config);
  if (memo?.record) memo.record.environments = environments;
  return environments;
}

/**
 * Every environment rendered and checked: on worker threads when the caller offers them and the work is
 * worth it (results in environment order, as in this thread), else one after the other here. A pull
 * request's base, which reuses the head's renders held in this thread, is always checked here.
 */
async function checkEnvironments(envs: Environment[], ctx: EnvironmentCheckContext, inputs: CheckInputs): Promise<EnvironmentOutcome[]> {
  const reusing = !!inputs.renderMemo?.reuse || !!inputs.environmentChecks?.reuse;
  if (inputs.workers && !reusing && worthParallel(envs)) {
    inputs.onProgress?.(`rendering ${envs.length} environments in parallel`);
    const record = inputs.renderMemo?.record;
    const options: ParallelOptions = { record: !!record, kubernetesVersion: inputs.kubernetesVersion, directories: ctx.directories };
    if (record?.alike) options.alike = record.alike.toData();
    const outcomes = await inputs.workers.checkEnvironments(envs, options);
    if (outcomes) {
      for (const o of outcomes) {
        if (o.renders && record) record.add(o.model.config.name, o.renders);
        if (o.environmentQuestions && record) record.recordEnvironment(o.model.config.name, o.environmentQuestions);
      }
      return outcomes;
    }
  }
  const out: EnvironmentOutcome[] = [];
  for (const env of envs) {
    inputs.onProgress?.(`rendering environment ${env.config.name} (${env.entrypoints.length} entrypoints)`);
    const rules = inputs.comparedRulesIn?.(env.config.name);
    out.push(await checkOneEnvironment(env, rules ? { ...ctx, comparedRules: rules } : ctx, inputs.environmentChecks?.reuse?.get(env.config.name)));
  }
  return out;
}

/** Threads pay for themselves only with several environments and enough to render in each. */
function worthParallel(envs: readonly Environment[]): boolean {
  const entrypoints = envs.reduce((n, e) => n + e.entrypoints.length, 0);
  return envs.length >= 2 && entrypoints >= MIN_PARALLEL_ENTRYPOINTS;
}

/** Below this many entrypoints, starting threads costs more than it saves. */
const MIN_PARALLEL_ENTRYPOINTS = 40;

/**
 * One finding per cause in an environment: a base two entrypoints build fails (or breaks a schema) once,
 * not once per entrypoint. The first, with its entrypoint, stands for the others.
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const r = f.resource;
    const key = [f.environment, f.ruleId, f.severity, f.file, f.line, f.column, f.path, f.message, r?.apiVersion, r?.kind, r?.namespace, r?.name].join('\0');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A check that checks nothing must not pass: an error that says what was looked for and how to start a
 * configuration that names what to check.
 */
function nothingFound(config: Config, environments: number): Finding {
  const looked =
    environments > 0
      ? `the ${environments === 1 ? 'environment' : `${environments} environments`} of ${config.file ?? 'the configuration'} match no directory`
      : 'no envs/<env>, env/<env>, clusters/<name> or overlays/<env> directory, Flux bootstrap, Argo CD Application, k8s/ or kustomization.yaml was found';
  return {
    ruleId: 'discover/nothing-found',
    severity: 'error',
    ...(config.file ? { file: config.file } : {}),
    message:
      `nothing to check: ${looked}. Name what to check in .gitops-gate.yaml, for example:\n` +
      `environments:\n  - name: prod\n    entrypoints: ["deploy/overlays/prod"]\n` +
      '(`gitops-gate init` writes one from what it detects)',
  };
}

/** Discovery looked at the first `limit` directories only (nearest the root first): what lay beyond went unchecked. */
function walkStopped(limit: number, config: Config): Finding {
  return {
    ruleId: 'render/skipped',
    severity: 'notice',
    ...(config.file ? { file: config.file } : {}),
    message:
      `the repository has over ${limit.toLocaleString('en-US')} directories: discovery looked at the ${limit.toLocaleString('en-US')} nearest the root ` +
      'and not beyond, so entrypoints and Applications further down went unchecked; list generated or vendored trees under exclude: in .gitops-gate.yaml',
  };
}

function relativize(f: Finding, repoRoot: string): Finding {
  if (!f.file || !f.file.startsWith('/')) return f;
  if (!isWithin(repoRoot, f.file)) return f;
  return { ...f, file: relativePath(repoRoot, f.file) };
}

/** Entrypoints under the configuration's `exclude:` globs are never rendered. */
function withoutExcluded(envs: Environment[], exclude: readonly string[]): Environment[] {
  if (exclude.length === 0) return envs;
  return envs.map((e) => ({ ...e, entrypoints: e.entrypoints.filter((x) => !isExcluded(x.path, exclude)) }));
}

/** environment + resource → the rules its `gitops-gate.io/ignore` annotation names. */
function annotatedRulesIndex(models: readonly EnvironmentModel[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const m of models) {
    for (const cr of m.resources) {
      if (!cr.ignoredRules) continue;
      const r = cr.resource;
      const key = `${m.config.name}\n${r.apiVersion}|${r.kind}|${r.namespace ?? ''}|${r.name}`;
      addTo(index, key, ...cr.ignoredRules);
    }
  }
  return index;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** localeCompare's order, without building a collator for every comparison (thousands of findings). */
const collator = new Intl.Collator();

function sortFindings(findings: Finding[], envs: Environment[]): void {
  const envRank = new Map(envs.map((e, i) => [e.config.name, i]));
  findings.sort(
    (a, b) =>
      (envRank.get(a.environment ?? '') ?? -1) - (envRank.get(b.environment ?? '') ?? -1) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      collator.compare(a.file ?? '', b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      collator.compare(a.ruleId, b.ruleId),
  );
}
