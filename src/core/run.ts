import type { FileSystem } from './ports.ts';
import { CachingFileSystem } from './cached-fs.ts';
import { isWithin, relativePath } from './path.ts';
import type { Config } from '../config/config.ts';
import type { Finding, Severity } from './model/finding.ts';
import { summarize, type EnvironmentSummary, type Report } from './model/report.ts';
import { discoverEnvironments, scanRepo, type Environment } from './discover.ts';
import { renderCounts, renderEnvironment, type RenderContext } from './cluster/render-environment.ts';
import type { ClusterResource, EnvironmentModel } from './cluster/model.ts';
import { checkSchemas, type ValidationMemo } from './checks/schema.ts';
import { checkApiVersions } from './schema/api-removals.ts';
import { checkDuplicates } from './checks/duplicates.ts';
import { checkPlaintextSecrets } from './checks/secrets.ts';
import { LocationResolver } from './checks/resolve-location.ts';
import { buildDependencyGraph } from './graph/build-graph.ts';
import { checkSyncWaves } from './checks/sync-wave.ts';
import { checkFluxDependencies } from './checks/depends-on.ts';
import { checkPromotion, promotionSourceBranch, type PullRequestInfo } from './checks/promotion.ts';
import type { SchemaSource } from './schema/source.ts';
import { SchemaValidator } from './schema/validator.ts';
import { VERSION } from '../version.ts';
import { mergeMissingSchemas, OutageLog, type OutageEntry } from './merge-findings.ts';
import { applySuppressions, isExcluded } from './suppress.ts';

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
  /** Compiled schemas and validation results shared with another run over the same objects (a pull request's base). */
  validation?: { validator: SchemaValidator; results: ValidationMemo };
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

/** One environment's findings (located, before suppression), and what it left unvalidated. */
export interface EnvironmentChecks {
  /** Its entrypoints and Kubernetes version: reused only for the same. */
  signature: string;
  findings: Finding[];
  outages: OutageEntry[];
}

/** An invocation problem (unknown --env name): exit code 2, not a finding. */
export class CheckUsageError extends Error {}

/** The one orchestrator: discover → render → check → locate → report. */
export async function runChecks(inputs: CheckInputs): Promise<CheckResult> {
  const { repoRoot, config } = inputs;
  const fs = new CachingFileSystem(inputs.fs);
  const tree = scanRepo(fs, repoRoot, { exclude: config.exclude });
  let envs = withoutExcluded(discoverEnvironments(tree, config), config.exclude);
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
  const validationResults = inputs.validation?.results;
  const resolver = new LocationResolver(fs);
  const outages = new OutageLog();
  const models: EnvironmentModel[] = [];
  const findings: Finding[] = [];
  for (const env of envs) {
    inputs.onProgress?.(`rendering environment ${env.config.name} (${env.entrypoints.length} entrypoints)`);
    const model = renderEnvironment(env, {
      fs,
      repoRoot,
      repoURLs: inputs.repoURLs,
      exclude: config.exclude,
      directories: tree.dirs.length,
      ...(config.sources ? { sources: config.sources } : {}),
      ...(inputs.renderMemo ? { memo: inputs.renderMemo } : {}),
    });
    models.push(model);
    const version = inputs.kubernetesVersion ?? env.config.kubernetesVersion ?? config.kubernetesVersion;
    const signature = JSON.stringify([env.entrypoints, version]);
    const reusable = inputs.environmentChecks?.reuse?.get(env.config.name);
    let envFindings: Finding[];
    if (reusable && reusable.signature === signature && renderCounts.get(model)?.rendered === 0) {
      // Every render of this environment was reused: its checks would find what they found before.
      envFindings = reusable.findings;
      outages.replay(reusable.outages);
    } else {
      envFindings = [
        ...noEntrypointNotice(env),
        ...model.findings.map((f) => resolver.locateField(f, repoRoot)),
        ...(await checkEnvironment(model, version, { source: inputs.schemaSource, validator, results: validationResults }, resolver, config, outages)),
      ];
    }
    inputs.environmentChecks?.record?.set(env.config.name, { signature, findings: envFindings, outages: outages.entriesOf(env.config.name) });
    findings.push(...envFindings);
  }
  const unreachable = outages.notice();
  if (unreachable) findings.push(unreachable);
  if (envs.every((e) => e.entrypoints.length === 0)) findings.push(nothingFound(config, envs.length));

  let pullRequest = inputs.pullRequest;
  if (pullRequest && pullRequest.headContained === undefined && inputs.headContainedIn) {
    const source = promotionSourceBranch({ config, models }, pullRequest.baseBranch);
    if (source) pullRequest = { ...pullRequest, headContained: inputs.headContainedIn(source) };
  }
  const modelsByName = new Map(models.map((m) => [m.config.name, m]));
  for (const f of checkPromotion({ config, models, repoURLs: inputs.repoURLs, repoRoot, fs, ...(pullRequest ? { pullRequest } : {}) })) {
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

async function checkEnvironment(
  model: EnvironmentModel,
  kubernetesVersion: string,
  schemas: { source: SchemaSource; validator: SchemaValidator; results: ValidationMemo | undefined },
  resolver: LocationResolver,
  config: Config,
  outages: OutageLog,
): Promise<Finding[]> {
  const env = model.config.name;
  const resources = model.resources.map((r) => r.resource);
  const out: Finding[] = [];

  // Checks that work on bare resources report the resource; find its source and entrypoint from that.
  const schemaFindings = await checkSchemas(resources, {
    source: schemas.source,
    kubernetesVersion,
    validator: schemas.validator,
    ...(schemas.results ? { results: schemas.results } : {}),
    onOutage: (outage, ref) => outages.add(outage, ref, env),
  });
  const apiFindings = checkApiVersions(resources, kubernetesVersion);
  const removed = new Set(apiFindings.filter((f) => f.ruleId === 'schema/removed-api').map((f) => refKey(f)));
  for (const f of apiFindings) if (f.ruleId === 'schema/removed-api' && f.resource) outages.forget(f.resource, env);
  for (const f of [...schemaFindings, ...apiFindings]) {
    const cr = f.resource ? findResource(model.resources, f) : undefined;
    // A removed API has no schema in the target version: the removal is the finding, not the missing schema.
    if (f.ruleId === 'schema/missing' && removed.has(refKey(f))) continue;
    // Server-side apply merges a partial object into one the cluster already has (often made by a chart):
    // fields it leaves out are not missing.
    if (cr?.serverSideApply && f.ruleId === 'schema/invalid' && / is required by .* but missing$/.test(f.message)) continue;
    out.push(withPlace(f, env, cr, resolver));
  }
  const clusterChecks: Finding[] = [];
  // An isolated environment's entrypoints are clusters of their own: duplicates and order within each.
  for (const cluster of model.config.isolated ? perEntrypoint(model) : [model]) {
    const graph = buildDependencyGraph(cluster, { crdProviders: config.crdProviders, preinstalledCrds: config.preinstalledCrds });
    clusterChecks.push(...checkDuplicates(cluster.resources, env), ...checkSyncWaves(cluster, graph), ...checkFluxDependencies(cluster, graph));
  }
  for (const f of [...clusterChecks, ...checkPlaintextSecrets(model.resources, env)]) {
    const cr = f.resource ? findResource(model.resources, f) : undefined;
    out.push(withPlace(f, env, cr, resolver));
  }
  return out;
}

/**
 * One finding per cause in an environment: a base two entrypoints build fails (or breaks a schema) once,
 * not once per entrypoint. The first, with its entrypoint, stands for the others.
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const r = f.resource;
    const key = JSON.stringify([f.environment, f.ruleId, f.severity, f.file, f.line, f.column, f.path, f.message, r ? [r.apiVersion, r.kind, r.namespace, r.name] : null]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** An environment's model split by entrypoint, each part a model of its own. */
function perEntrypoint(model: EnvironmentModel): EnvironmentModel[] {
  const byEntrypoint = new Map<string, EnvironmentModel>();
  for (const e of model.entrypoints) byEntrypoint.set(e.path, { ...model, entrypoints: [e], resources: [], findings: [] });
  for (const r of model.resources) byEntrypoint.get(r.entrypoint)?.resources.push(r);
  return [...byEntrypoint.values()];
}

function withPlace(f: Finding, env: string, cr: ClusterResource | undefined, resolver: LocationResolver): Finding {
  const out: Finding = { ...f, environment: env };
  if (cr) {
    out.entrypoint ??= cr.entrypoint;
    const pos = resolver.locate(cr.resource, f.path);
    if (pos) {
      out.file = pos.file;
      out.line = pos.line;
      if (pos.column) out.column = pos.column;
      else delete out.column;
    }
  }
  return out;
}

/** Each model's resources by apiVersion/kind/namespace/name, built once: findings look up in it. */
const resourceIndexes = new WeakMap<readonly ClusterResource[], Map<string, ClusterResource[]>>();

function indexOf(resources: readonly ClusterResource[]): Map<string, ClusterResource[]> {
  let index = resourceIndexes.get(resources);
  if (!index) {
    index = new Map();
    for (const r of resources) {
      const key = `${r.resource.apiVersion}|${r.resource.kind}|${r.resource.namespace || ''}|${r.resource.name}`;
      const list = index.get(key);
      if (list) list.push(r);
      else index.set(key, [r]);
    }
    resourceIndexes.set(resources, index);
  }
  return index;
}

/** The rendered resource a finding is about; among same-named copies, the one from the finding's file. */
function findResource(resources: readonly ClusterResource[], f: Finding): ClusterResource | undefined {
  const matches = indexOf(resources).get(refKey(f)) ?? [];
  if (matches.length > 1 && f.file) return matches.find((r) => r.resource.source?.file === f.file) ?? matches[0];
  return matches[0];
}

function refKey(f: Finding): string {
  const r = f.resource;
  return r ? `${r.apiVersion}|${r.kind}|${r.namespace ?? ''}|${r.name}` : '';
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

function noEntrypointNotice(env: Environment): Finding[] {
  if (env.entrypoints.length > 0) return [];
  const globs = env.config.entrypoints;
  return [
    {
      ruleId: 'render/skipped',
      severity: 'notice',
      environment: env.config.name,
      message:
        globs.length > 0
          ? `environment ${env.config.name}: its entrypoints (${globs.join(', ')}) match no directory`
          : `environment ${env.config.name}: no overlays/${env.config.name} or clusters/${env.config.name} directory found; set its entrypoints in .gitops-gate.yaml`,
    },
  ];
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
      index.set(key, [...(index.get(key) ?? []), ...cr.ignoredRules]);
    }
  }
  return index;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function sortFindings(findings: Finding[], envs: Environment[]): void {
  const envRank = new Map(envs.map((e, i) => [e.config.name, i]));
  findings.sort(
    (a, b) =>
      (envRank.get(a.environment ?? '') ?? -1) - (envRank.get(b.environment ?? '') ?? -1) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
