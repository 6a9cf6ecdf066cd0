/**
 * One environment rendered and checked: the render (render-environment.ts), then every check that looks
 * at one environment — schemas, API versions, duplicates, plain-text Secrets, sync waves, Flux ordering —
 * each finding placed at the source file and line it came from. The orchestrator (run.ts) runs this per
 * environment, in this thread or on worker threads (parallel.ts), and adds what spans environments.
 */
import type { Config } from '../config/config.ts';
import type { Environment } from './discover.ts';
import type { FileSystem } from './ports.ts';
import type { Finding } from './model/finding.ts';
import type { ClusterResource, EnvironmentModel } from './cluster/model.ts';
import { renderCounts, renderEnvironment, renderLimit, type RenderContext } from './cluster/render-environment.ts';
import { checkSchemas, type ValidationMemo } from './checks/schema.ts';
import { checkApiVersions } from './schema/api-removals.ts';
import { checkDuplicates } from './checks/duplicates.ts';
import { checkPlaintextSecrets } from './checks/secrets.ts';
import { LocationResolver, type PlacementMemo } from './checks/resolve-location.ts';
import { buildDependencyGraph } from './graph/build-graph.ts';
import { checkSyncWaves } from './checks/sync-wave.ts';
import { checkFluxDependencies } from './checks/depends-on.ts';
import type { SchemaSource } from './schema/source.ts';
import type { SchemaValidator } from './schema/validator.ts';
import { OutageLog, type OutageEntry } from './merge-findings.ts';
import type { BaseBuildMemo } from './kustomize/base-memo.ts';

/** What every environment of a run shares. */
export interface EnvironmentCheckContext {
  /** A caching FileSystem over the repository's tree. */
  fs: FileSystem;
  repoRoot: string;
  repoURLs: string[];
  config: Config;
  schemaSource: SchemaSource;
  validator: SchemaValidator;
  validationResults?: ValidationMemo;
  /** Overrides every environment's Kubernetes version (`--kubernetes-version`). */
  kubernetesVersion?: string;
  /** Directories in the repository (sizes the render cap). */
  directories: number;
  renderMemo?: RenderContext['memo'];
  /** Only findings of these rules are wanted (a pull request's base, see CheckInputs): other checks are skipped. */
  comparedRules?: ReadonlySet<string>;
  placements?: PlacementMemo;
  /** Bases built so far in this run: an app's base is built once for all its environments' overlays. */
  bases?: BaseBuildMemo;
}

/** One environment's findings (located, before suppression), and what it left unvalidated. */
export interface EnvironmentChecks {
  /** Its entrypoints and Kubernetes version: reused only for the same. */
  signature: string;
  findings: Finding[];
  outages: OutageEntry[];
  /** How many renders it took, and whether it hit renderLimit: reused only where the limit changes nothing. */
  renders?: { visited: number; capped: boolean };
  /** The rendered environment the findings are of (kept by a run that records them). */
  model?: EnvironmentModel;
}

export interface EnvironmentOutcome {
  model: EnvironmentModel;
  checks: EnvironmentChecks;
}

/**
 * Renders and checks one environment. With `reusable` checks of another run (a pull request's head), an
 * environment that tree answers alike is taken whole, and one whose renders were all reused from that run
 * takes its findings as they were.
 */
export async function checkOneEnvironment(env: Environment, ctx: EnvironmentCheckContext, reusable?: EnvironmentChecks): Promise<EnvironmentOutcome> {
  const { config, repoRoot } = ctx;
  const version = ctx.kubernetesVersion ?? env.config.kubernetesVersion ?? config.kubernetesVersion;
  const signature = JSON.stringify([env.entrypoints, version]);
  const reusableHere = reusable?.signature === signature && withinLimit(reusable, ctx.directories) ? reusable : undefined;
  const whole = reusableHere ? reusedWhole(env, ctx, reusableHere) : undefined;
  if (whole) return whole;
  const model = renderEnvironment(env, {
    fs: ctx.fs,
    repoRoot,
    repoURLs: ctx.repoURLs,
    exclude: config.exclude,
    directories: ctx.directories,
    ...(config.sources ? { sources: config.sources } : {}),
    ...(ctx.renderMemo ? { memo: ctx.renderMemo } : {}),
    ...(ctx.bases ? { bases: ctx.bases } : {}),
  });
  const counts = renderCounts.get(model);
  if (reusableHere && counts?.rendered === 0 && !counts.capped) {
    // Every render of this environment was reused: its checks would find what they found before.
    return { model, checks: reusableHere };
  }
  const resolver = new LocationResolver(ctx.fs, ctx.placements);
  const outages = new OutageLog();
  const findings = [
    ...noEntrypointNotice(env),
    ...model.findings.map((f) => resolver.locateField(f, repoRoot)),
    ...(await checkEnvironment(model, version, { source: ctx.schemaSource, validator: ctx.validator, results: ctx.validationResults }, resolver, config, outages, ctx.comparedRules)),
  ];
  const renders = counts ? { renders: { visited: counts.visited, capped: counts.capped } } : {};
  return { model, checks: { signature, findings, outages: outages.entriesOf(env.config.name), ...renders } };
}

/** Whether recorded checks hold under this run's render limit: the recorded renders stayed below it and below their own. */
function withinLimit(reusable: EnvironmentChecks, directories: number): boolean {
  return !!reusable.renders && !reusable.renders.capped && reusable.renders.visited < renderLimit(directories);
}

/**
 * The recorded environment, model and findings, when the tree answers every question its whole render
 * asked as the recorded tree did: rendering it again would make the same (render-memo.ts), so not even
 * its directory renders are looked up one by one.
 */
function reusedWhole(env: Environment, ctx: EnvironmentCheckContext, reusable: EnvironmentChecks): EnvironmentOutcome | undefined {
  const reuse = ctx.renderMemo?.reuse;
  const recorded = reusable.model;
  const questions = reuse?.memo.questionsOf(env.config.name);
  if (!reuse || !recorded || !questions || !reuse.comparison.sameAnswers(questions)) return undefined;
  // A model of its own, as a render makes one: the resources themselves are shared, as reused renders share them.
  const model: EnvironmentModel = { ...recorded, entrypoints: [...recorded.entrypoints], resources: recorded.resources.map((cr) => ({ ...cr })), findings: [...recorded.findings] };
  renderCounts.set(model, { rendered: 0, reused: reuse.memo.countOf(env.config.name), visited: reusable.renders!.visited, capped: false, whole: true });
  return { model, checks: reusable };
}

async function checkEnvironment(
  model: EnvironmentModel,
  kubernetesVersion: string,
  schemas: { source: SchemaSource; validator: SchemaValidator; results: ValidationMemo | undefined },
  resolver: LocationResolver,
  config: Config,
  outages: OutageLog,
  comparedRules: ReadonlySet<string> | undefined,
): Promise<Finding[]> {
  const env = model.config.name;
  const resources = model.resources.map((r) => r.resource);
  const out: Finding[] = [];
  const want = (family: string) => wanted(comparedRules, family);

  // Checks that work on bare resources report the resource; find its source and entrypoint from that.
  const schemaFindings = want('schema/')
    ? await checkSchemas(resources, {
        source: schemas.source,
        kubernetesVersion,
        validator: schemas.validator,
        ...(schemas.results ? { results: schemas.results } : {}),
        onOutage: (outage, ref) => outages.add(outage, ref, env),
      })
    : [];
  const apiFindings = want('schema/') ? checkApiVersions(resources, kubernetesVersion) : [];
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
  const ordering = want('wave/') || want('flux/');
  // Invalid annotations and child health read the graph's nodes alone; any other ordering rule, its edges too.
  const edges = !comparedRules || [...comparedRules].some((rule) => /^(wave|flux)\//.test(rule) && !NODE_RULES.has(rule));
  for (const cluster of model.config.isolated ? perEntrypoint(model) : [model]) {
    if (want('resource/')) clusterChecks.push(...checkDuplicates(cluster.resources, env));
    if (!ordering) continue;
    const graph = buildDependencyGraph(cluster, { crdProviders: config.crdProviders, preinstalledCrds: config.preinstalledCrds, ...(edges ? {} : { nodesOnly: true }) });
    clusterChecks.push(...checkSyncWaves(cluster, graph), ...(want('flux/') ? checkFluxDependencies(cluster, graph) : []));
  }
  for (const f of [...clusterChecks, ...(want('secret/') ? checkPlaintextSecrets(model.resources, env) : [])]) {
    const cr = f.resource ? findResource(model.resources, f) : undefined;
    out.push(withPlace(f, env, cr, resolver));
  }
  return out;
}

/** The ordering rules whose checks read the dependency graph's nodes alone, never its edges. */
const NODE_RULES: ReadonlySet<string> = new Set(['wave/invalid', 'wave/child-health']);

/** An environment's model split by entrypoint, each part a model of its own. */
function perEntrypoint(model: EnvironmentModel): EnvironmentModel[] {
  const byEntrypoint = new Map<string, EnvironmentModel>();
  for (const e of model.entrypoints) byEntrypoint.set(e.path, { ...model, entrypoints: [e], resources: [], findings: [] });
  for (const r of model.resources) byEntrypoint.get(r.entrypoint)?.resources.push(r);
  return [...byEntrypoint.values()];
}

/** Places a finding about a rendered resource at the source file and line its value came from. */
export function withPlace(f: Finding, env: string, cr: ClusterResource | undefined, resolver: LocationResolver): Finding {
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
export function findResource(resources: readonly ClusterResource[], f: Finding): ClusterResource | undefined {
  const matches = indexOf(resources).get(refKey(f)) ?? [];
  if (matches.length > 1 && f.file) return matches.find((r) => r.resource.source?.file === f.file) ?? matches[0];
  return matches[0];
}

/** Whether a check reporting rules of this family (`promotion/`) is wanted: always, unless only some rules are compared. */
export function wanted(comparedRules: ReadonlySet<string> | undefined, family: string): boolean {
  if (!comparedRules) return true;
  for (const rule of comparedRules) if (rule.startsWith(family)) return true;
  return false;
}

export function refKey(f: Finding): string {
  const r = f.resource;
  return r ? `${r.apiVersion}|${r.kind}|${r.namespace ?? ''}|${r.name}` : '';
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
