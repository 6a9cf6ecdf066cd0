import type { EnvironmentModel, ClusterResource } from '../cluster/model.ts';
import type { Resource } from '../kustomize/resource.ts';
import { splitApiVersion } from '../kustomize/resource.ts';
import { isClusterScoped } from '../kustomize/scope.ts';
import { isJsonObject, type JsonObject } from '../model/json.ts';
import { applicationSyncOptions, readArgoSyncInfo } from './argo-annotations.ts';
import {
  ADDRESS_POOL_KINDS,
  BUILTIN_API_GROUPS,
  chartKey,
  CRD_VALUE_TOGGLES,
  CRDS_DIRECTORY_CHARTS,
  entryCovers,
  LOAD_BALANCER_CONSUMERS,
  LOAD_BALANCER_PROVIDERS,
  mergeCatalog,
} from './crd-catalog.ts';
import { applicationValueLayers, helmReleaseValueLayers, valueAt } from './helm-values.ts';
import { idOf, nodeId, type DependencyGraph, type GraphEdge, type GraphNode, type NodeRole } from './model.ts';
import { at, atString, referencesOf } from './references.ts';
import { addTo } from '../model/multimap.ts';

export interface GraphOptions {
  /** Chart name → API groups (or `group/Kind`) it installs; adds to and overrides the built-in catalog. */
  crdProviders?: Record<string, string[]>;
  /** API groups (or `group/Kind`) whose CRDs exist before any sync (installed at bootstrap): no CRD edges. */
  preinstalledCrds?: string[];
  /**
   * Only the nodes, with their owners, charts and implicit syncs, and no edge: enough for the checks that
   * read no edge (invalid annotations, child health), at a fraction of the cost.
   */
  nodesOnly?: boolean;
}

const ARGO = 'argoproj.io';
const FLUX_KUSTOMIZE = 'kustomize.toolkit.fluxcd.io';
const FLUX_HELM = 'helm.toolkit.fluxcd.io';
const FLUX_SOURCE = 'source.toolkit.fluxcd.io';

const CONTROLLER_KINDS = new Set([`${ARGO}/Application`, `${ARGO}/ApplicationSet`, `${ARGO}/AppProject`]);

/**
 * The dependency graph of one environment: every rendered object as a node placed in its Argo CD sync
 * (Application, phase, wave) or Flux Kustomization, and an edge for every object another one needs first.
 */
export function buildDependencyGraph(model: EnvironmentModel, options: GraphOptions = {}): DependencyGraph {
  const catalog = mergeCatalog(options.crdProviders);
  const nodes = new Map<string, GraphNode>();
  for (const cr of model.resources) {
    const id = nodeId(cr.resource);
    if (!nodes.has(id)) nodes.set(id, makeNode(id, cr));
  }
  // Indexes only some graphs need (HelmReleases look up their sources; refs to unknown cluster-scoped
  // kinds), built on first use: most environments never ask.
  let byKindName: Map<string, GraphNode[]> | undefined;
  const lookup = (kind: string, namespace: string, name: string) => (byKindName ??= indexByKindName(nodes)).get(`${kind}/${namespace}/${name}`)?.[0]?.cluster.resource;

  // Owners and charts first: ordering and CRD providers both need them.
  const crdChartsOf = new Map<string, string[]>();
  for (const n of nodes.values()) {
    const owner = n.cluster.owner;
    if (owner?.kind === 'Application') {
      const appId = idOf(ARGO, 'Application', owner.namespace, owner.name);
      if (appId !== n.id && nodes.has(appId)) {
        n.application = appId;
        const app = nodes.get(appId)!.cluster.resource;
        n.syncOptions = [...applicationSyncOptions(app), ...n.syncOptions];
      }
    } else if (owner?.kind === 'Kustomization') {
      const ksId = idOf(FLUX_KUSTOMIZE, 'Kustomization', owner.namespace, owner.name);
      if (ksId !== n.id && nodes.has(ksId)) n.kustomization = ksId;
    }
    if (n.role === 'application') {
      n.charts = applicationCharts(n.cluster.resource);
      const crdCharts = applicationSources(n.cluster.resource)
        .filter((s) => typeof s.chart === 'string' && installsCrds(chartKey(s.chart), applicationValueLayers(s), isJsonObject(s.helm) && s.helm.skipCrds === true))
        .map((s) => chartKey(s.chart as string));
      if (crdCharts.length > 0) crdChartsOf.set(n.id, crdCharts);
    }
    if (n.role === 'helmrelease') {
      n.charts = helmReleaseCharts(n.cluster.resource, lookup);
      const r = n.cluster.resource;
      const skip = atString(r.obj, ['spec', 'install', 'crds']) === 'Skip';
      const crdCharts = n.charts.filter((c) => installsCrds(c, helmReleaseValueLayers(r, lookup), skip));
      if (crdCharts.length > 0) crdChartsOf.set(n.id, crdCharts);
    }
    if (n.role === 'flux-kustomization' || n.role === 'helmrelease') n.dependsOn = fluxDependsOn(n);
  }

  markImplicitSyncs(nodes);
  if (options.nodesOnly) return { environment: model.config.name, nodes, edges: [], crdProviders: new Map() };

  const edges: GraphEdge[] = [];
  const edgeKeys = new Set<string>();
  const addEdge = (e: GraphEdge) => {
    if (e.from === e.to || !nodes.has(e.to)) return;
    const key = `${e.from}|${e.to}|${e.reason}`;
    if (edgeKeys.has(key)) return;
    edgeKeys.add(key);
    edges.push(e);
  };

  const crdProviders = new Map<string, string[]>();
  const crdNodes = [...nodes.values()].filter((n) => n.role === 'crd');
  const chartNodes = [...nodes.values()].filter((n) => (n.charts?.length ?? 0) > 0);
  const providersOf = (group: string, kind: string): string[] => {
    const key = `${group}/${kind}`;
    let found = crdProviders.get(key);
    if (found) return found;
    found = [];
    for (const c of crdNodes) {
      const spec = c.cluster.resource.obj.spec;
      if (atString(spec, ['group']) === group && atString(spec, ['names', 'kind']) === kind) found.push(c.id);
    }
    for (const c of chartNodes) {
      if ((crdChartsOf.get(c.id) ?? []).some((chart) => (catalog.get(chart) ?? []).some((entry) => entryCovers(entry, group, kind)))) found.push(c.id);
    }
    crdProviders.set(key, found);
    return found;
  };

  const pools = [...nodes.values()].filter((n) => ADDRESS_POOL_KINDS.some((p) => p.group === groupOf(n) && p.kind === n.ref.kind));
  const lbProviders = chartNodes.filter((n) => n.charts!.some((c) => LOAD_BALANCER_PROVIDERS.includes(c)));
  const lbTargets = (pools.length > 0 ? pools : lbProviders).map((n) => n.id);
  const namespaces = new Set([...nodes.values()].filter((n) => n.ref.kind === 'Namespace' && groupOf(n) === '').map((n) => n.ref.name));
  const secretMakers = indexSecretMakers(nodes);
  let clusterScopedByName: Map<string, string[]> | undefined;
  const byClusterScopedName = (key: string): string[] => {
    if (!clusterScopedByName) {
      clusterScopedByName = new Map();
      for (const n of nodes.values()) addTo(clusterScopedByName, `${groupOf(n)}/${n.ref.kind}/${n.ref.name}`, n.id);
    }
    return clusterScopedByName.get(key) ?? [];
  };

  for (const n of nodes.values()) {
    const r = n.cluster.resource;
    const group = groupOf(n);
    // A custom resource needs what installs its CRD.
    const preinstalled = (options.preinstalledCrds ?? []).some((entry) => entryCovers(entry, group, n.ref.kind));
    if (!BUILTIN_API_GROUPS.has(group) && !isControllerKind(group, n.ref.kind) && !preinstalled) {
      for (const p of providersOf(group, n.ref.kind)) addEdge({ from: n.id, to: p, reason: 'crd', path: '/apiVersion', detail: `${group}/${n.ref.kind}` });
    }
    for (const ref of referencesOf(r)) {
      const targets = ref.groups.flatMap((g) => {
        if (ref.kind === 'Secret' && g === '') return secretMakers.get(`${ref.namespace}/${ref.name}`) ?? [];
        const id = idOf(g, ref.kind, ref.namespace, ref.name);
        if (nodes.has(id)) return [id];
        // A cluster-scoped kind kustomize does not know (ClusterIssuer) may have been given a namespace.
        return ref.namespace === '' ? byClusterScopedName(`${g}/${ref.kind}/${ref.name}`) : [];
      });
      for (const t of targets.slice(0, 1)) addEdge({ from: n.id, to: t, reason: ref.reason, path: ref.path });
    }
    if (lbTargets.length > 0 && needsLoadBalancer(n, lookup)) {
      for (const t of lbTargets) addEdge({ from: n.id, to: t, reason: 'load-balancer', path: n.role === 'resource' ? '/spec/type' : '/spec' });
    }
    if (r.namespace && namespaces.has(r.namespace) && !isClusterScoped(r.apiVersion, r.kind)) {
      addEdge({ from: n.id, to: idOf('', 'Namespace', '', r.namespace), reason: 'namespace', path: '/metadata/namespace' });
    }
    for (const s of fluxSources(n)) addEdge({ from: n.id, to: s.id, reason: 'source', path: s.path });
    for (const d of n.dependsOn ?? []) addEdge({ from: n.id, to: d.id, reason: 'depends-on', path: `/spec/dependsOn/${d.index}` });
  }

  return { environment: model.config.name, nodes, edges, crdProviders };
}

/**
 * An entrypoint whose top-level Applications carry different sync waves is evidently synced by a parent
 * Application created outside the repository (bootstrap, Terraform): waves mean nothing otherwise. Its
 * top-level objects are then ordered as that parent would order them.
 */
function markImplicitSyncs(nodes: Map<string, GraphNode>): void {
  const topLevel = [...nodes.values()].filter((n) => !n.application && !n.kustomization && n.cluster.renderedFrom === n.cluster.entrypoint);
  const waves = new Map<string, Set<number>>();
  for (const n of topLevel) {
    if (n.role !== 'application') continue;
    const set = waves.get(n.cluster.entrypoint) ?? new Set<number>();
    set.add(n.wave);
    waves.set(n.cluster.entrypoint, set);
  }
  for (const n of topLevel) if ((waves.get(n.cluster.entrypoint)?.size ?? 0) > 1) n.implicitSync = n.cluster.entrypoint;
}

/** Argo CD's and Flux's own kinds exist wherever those controllers run, which is a given for a sync. */
function isControllerKind(group: string, kind: string): boolean {
  return CONTROLLER_KINDS.has(`${group}/${kind}`) || group.endsWith('.toolkit.fluxcd.io');
}

function makeNode(id: string, cr: ClusterResource): GraphNode {
  const r = cr.resource;
  const info = readArgoSyncInfo(r);
  const node: GraphNode = {
    id,
    role: roleOf(r),
    ref: { apiVersion: r.apiVersion, kind: r.kind, ...(r.namespace ? { namespace: r.namespace } : {}), name: r.name },
    wave: info.wave,
    phase: info.phase,
    syncOptions: info.syncOptions,
    cluster: cr,
  };
  if (info.invalidWave !== undefined) node.invalidWave = info.invalidWave;
  if (info.invalidHooks) node.invalidHooks = info.invalidHooks;
  return node;
}

function roleOf(r: Resource): NodeRole {
  const { group } = splitApiVersion(r.apiVersion);
  if (group === ARGO && r.kind === 'Application') return 'application';
  if (group === FLUX_KUSTOMIZE && r.kind === 'Kustomization') return 'flux-kustomization';
  if (group === FLUX_HELM && r.kind === 'HelmRelease') return 'helmrelease';
  if (group === FLUX_SOURCE) return 'source';
  if (group === 'apiextensions.k8s.io' && r.kind === 'CustomResourceDefinition') return 'crd';
  return 'resource';
}

export function groupOf(n: GraphNode): string {
  return splitApiVersion(n.ref.apiVersion).group;
}

function indexByKindName(nodes: Map<string, GraphNode>): Map<string, GraphNode[]> {
  const out = new Map<string, GraphNode[]>();
  for (const n of nodes.values()) {
    const key = `${n.ref.kind}/${n.ref.namespace ?? ''}/${n.ref.name}`;
    const list = out.get(key);
    if (list) list.push(n);
    else out.set(key, [n]);
  }
  return out;
}

/** A Secret can be committed as such or made in the cluster by a SealedSecret or an ExternalSecret. */
function indexSecretMakers(nodes: Map<string, GraphNode>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (key: string, id: string) => addTo(out, key, id);
  for (const n of nodes.values()) {
    const ns = n.ref.namespace ?? '';
    const group = groupOf(n);
    if (group === '' && n.ref.kind === 'Secret') add(`${ns}/${n.ref.name}`, n.id);
    else if (group === 'bitnami.com' && n.ref.kind === 'SealedSecret') {
      add(`${ns}/${atString(n.cluster.resource.obj, ['spec', 'template', 'metadata', 'name']) || n.ref.name}`, n.id);
    } else if (group === 'external-secrets.io' && n.ref.kind === 'ExternalSecret') {
      add(`${ns}/${atString(n.cluster.resource.obj, ['spec', 'target', 'name']) || n.ref.name}`, n.id);
    }
  }
  return out;
}

/** Whether a chart, with these values, installs the CRDs the catalog lists for it. */
function installsCrds(chart: string, layers: JsonObject[], skipCrdsDirectory: boolean): boolean {
  if (skipCrdsDirectory && CRDS_DIRECTORY_CHARTS.has(chart)) return false;
  const toggle = CRD_VALUE_TOGGLES[chart];
  if (!toggle) return true;
  const set = toggle.paths.map((p) => valueAt(layers, p)).filter((v) => v !== undefined);
  if (set.length === 0) return toggle.byDefault;
  return set.some((v) => v === true || v === 'true');
}

/** The charts an Application installs (one per Helm-chart source), as catalog keys. */
function applicationCharts(app: Resource): string[] {
  return applicationSources(app)
    .map((s) => (typeof s.chart === 'string' ? chartKey(s.chart) : ''))
    .filter((c) => c !== '');
}

function applicationSources(app: Resource): JsonObject[] {
  const spec = app.obj.spec;
  if (!isJsonObject(spec)) return [];
  const out: JsonObject[] = [];
  if (isJsonObject(spec.source)) out.push(spec.source);
  if (Array.isArray(spec.sources)) for (const s of spec.sources) if (isJsonObject(s)) out.push(s);
  return out;
}

/** A HelmRelease's chart: `spec.chart.spec.chart`, or the OCIRepository/HelmChart its `chartRef` names. */
function helmReleaseCharts(hr: Resource, lookup: (kind: string, ns: string, name: string) => Resource | undefined): string[] {
  const chart = atString(hr.obj, ['spec', 'chart', 'spec', 'chart']);
  if (chart) return [chartKey(chart)];
  const ref = at(hr.obj, ['spec', 'chartRef']);
  if (!isJsonObject(ref) || typeof ref.name !== 'string') return [];
  const kind = typeof ref.kind === 'string' ? ref.kind : 'OCIRepository';
  const ns = typeof ref.namespace === 'string' && ref.namespace ? ref.namespace : hr.namespace;
  const source = lookup(kind, ns, ref.name);
  if (kind === 'OCIRepository') {
    const url = source ? atString(source.obj, ['spec', 'url']) : '';
    return [chartKey(url || ref.name)];
  }
  const named = source ? atString(source.obj, ['spec', 'chart']) : '';
  return named ? [chartKey(named)] : [];
}

/** `spec.dependsOn` with Flux's defaulting: a missing namespace is the dependent's own. */
function fluxDependsOn(n: GraphNode): NonNullable<GraphNode['dependsOn']> {
  const deps = at(n.cluster.resource.obj, ['spec', 'dependsOn']);
  if (!Array.isArray(deps)) return [];
  const group = n.role === 'helmrelease' ? FLUX_HELM : FLUX_KUSTOMIZE;
  const kind = n.role === 'helmrelease' ? 'HelmRelease' : 'Kustomization';
  const out: NonNullable<GraphNode['dependsOn']> = [];
  deps.forEach((d, index) => {
    if (!isJsonObject(d) || typeof d.name !== 'string' || !d.name) return;
    const namespace = typeof d.namespace === 'string' && d.namespace ? d.namespace : (n.ref.namespace ?? '');
    out.push({ id: idOf(group, kind, namespace, d.name), name: d.name, namespace, index });
  });
  return out;
}

/** The Flux sources a Kustomization or HelmRelease reads. */
function fluxSources(n: GraphNode): Array<{ id: string; path: string }> {
  const obj = n.cluster.resource.obj;
  const ns = n.ref.namespace ?? '';
  const refs: Array<{ ref: unknown; path: string; defaultKind: string }> = [];
  if (n.role === 'flux-kustomization') refs.push({ ref: at(obj, ['spec', 'sourceRef']), path: '/spec/sourceRef/name', defaultKind: 'GitRepository' });
  if (n.role === 'helmrelease') {
    refs.push({ ref: at(obj, ['spec', 'chart', 'spec', 'sourceRef']), path: '/spec/chart/spec/sourceRef/name', defaultKind: 'HelmRepository' });
    refs.push({ ref: at(obj, ['spec', 'chartRef']), path: '/spec/chartRef/name', defaultKind: 'OCIRepository' });
  }
  const out: Array<{ id: string; path: string }> = [];
  for (const { ref, path, defaultKind } of refs) {
    if (!isJsonObject(ref) || typeof ref.name !== 'string') continue;
    const kind = typeof ref.kind === 'string' ? ref.kind : defaultKind;
    const refNs = typeof ref.namespace === 'string' && ref.namespace ? ref.namespace : ns;
    out.push({ id: idOf(FLUX_SOURCE, kind, refNs, ref.name), path });
  }
  return out;
}

/**
 * Whether a node makes a Service of type LoadBalancer: a rendered Service, or a chart known to make one
 * whose values do not turn it into another type.
 */
function needsLoadBalancer(n: GraphNode, lookup: (kind: string, ns: string, name: string) => Resource | undefined): boolean {
  const r = n.cluster.resource;
  if (n.role === 'resource') return groupOf(n) === '' && r.kind === 'Service' && at(r.obj, ['spec', 'type']) === 'LoadBalancer';
  if (n.role === 'application') {
    return applicationSources(r).some((s) => {
      const chart = typeof s.chart === 'string' ? chartKey(s.chart) : '';
      const paths = LOAD_BALANCER_CONSUMERS[chart];
      if (!paths) return false;
      const layers = applicationValueLayers(s);
      return paths.every((p) => (valueAt(layers, p) ?? 'LoadBalancer') === 'LoadBalancer');
    });
  }
  if (n.role === 'helmrelease') {
    const chart = n.charts?.[0] ?? '';
    const paths = LOAD_BALANCER_CONSUMERS[chart];
    if (!paths) return false;
    const layers = helmReleaseValueLayers(r, lookup);
    return paths.every((p) => (valueAt(layers, p) ?? 'LoadBalancer') === 'LoadBalancer');
  }
  return false;
}
