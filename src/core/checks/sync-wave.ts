import type { EnvironmentModel } from '../cluster/model.ts';
import type { Finding } from '../model/finding.ts';
import { isJsonObject, type JsonValue } from '../model/json.ts';
import { applicationSyncOptions, destinationNamespace, hasSyncOption, HOOK, SYNC_WAVE } from '../graph/argo-annotations.ts';
import { compareSync, type SyncOrder } from '../graph/argo-order.ts';
import { groupOf } from '../graph/build-graph.ts';
import { describeNode, type DependencyGraph, type GraphEdge, type GraphNode } from '../graph/model.ts';
import { REASON_TEXT } from '../graph/reasons.ts';
import { at } from '../graph/references.ts';
import { sourceLocation } from './locations.ts';
import { addTo } from '../model/multimap.ts';

const WAVE_POINTER = `/metadata/annotations/${SYNC_WAVE.replace('/', '~1')}`;
const HOOK_POINTER = `/metadata/annotations/${HOOK.replace('/', '~1')}`;
/** Edges Argo CD waves have nothing to do with (Flux wiring). */
const NOT_ARGO: ReadonlySet<string> = new Set(['source', 'depends-on']);
/** Edges satisfied when any one target is in place (several charts may install a CRD; several pools). */
const ANY_OF: ReadonlySet<string> = new Set(['crd', 'load-balancer']);

/**
 * The Argo CD sync-wave rules: `wave/invalid` (annotations Argo CD cannot read), `wave/order` (a
 * dependency synced in a later wave or phase), `wave/crd-order` (a custom resource synced no later than
 * what installs its CRD) and `wave/child-health` (app-of-apps waves that will not wait).
 */
export function checkSyncWaves(model: EnvironmentModel, graph: DependencyGraph): Finding[] {
  const apps = [...graph.nodes.values()].filter((n) => n.role === 'application');
  if (apps.length === 0) return [];
  const environment = model.config.name;
  return [...invalidAnnotations(graph), ...orderFaults(graph), ...childHealth(graph, apps)].map((f) => ({ ...f, environment }));
}

function invalidAnnotations(graph: DependencyGraph): Finding[] {
  const out: Finding[] = [];
  for (const n of graph.nodes.values()) {
    if (n.invalidWave !== undefined) {
      out.push({
        ...place(n, WAVE_POINTER),
        ruleId: 'wave/invalid',
        severity: 'error',
        message: `${describeNode(n)} has sync-wave ${JSON.stringify(n.invalidWave)}, which Argo CD cannot read as an integer: it silently syncs the object in wave ${n.wave}; write a quoted integer such as "1" or "-2"`,
      });
    }
    for (const hook of n.invalidHooks ?? []) {
      out.push({
        ...place(n, HOOK_POINTER),
        ruleId: 'wave/invalid',
        severity: 'error',
        message: `${describeNode(n)} has hook ${JSON.stringify(hook)}, which Argo CD does not know (it expects PreSync, Sync, PostSync, SyncFail, PostDelete or Skip, spelled so)`,
      });
    }
  }
  return out;
}

interface Fault {
  rule: 'wave/order' | 'wave/crd-order';
  edge: GraphEdge;
  order: Extract<SyncOrder, { aSide: GraphNode }>;
  sameWave: boolean;
}

function orderFaults(graph: DependencyGraph): Finding[] {
  const byFrom = new Map<string, GraphEdge[]>();
  for (const e of graph.edges) {
    if (NOT_ARGO.has(e.reason)) continue;
    const key = ANY_OF.has(e.reason) ? `${e.from}|${e.reason}` : `${e.from}|${e.reason}|${e.to}`;
    addTo(byFrom, key, e);
  }
  // One finding per pair of Applications/objects whose waves are at fault, with the first example.
  const faults = new Map<string, { fault: Fault; more: number }>();
  for (const group of byFrom.values()) {
    const fault = judge(graph, group);
    if (!fault) continue;
    const key = `${fault.rule}|${fault.order.aSide.id}|${fault.order.bSide.id}`;
    const seen = faults.get(key);
    if (seen) seen.more++;
    else faults.set(key, { fault, more: 0 });
  }
  return [...faults.values()].map(({ fault, more }) => describeFault(graph, fault, more));
}

/** The fault in one dependency (or any-of group of them), if Argo CD's order breaks it. */
function judge(graph: DependencyGraph, edges: GraphEdge[]): Fault | undefined {
  const first = edges[0]!;
  const a = graph.nodes.get(first.from)!;
  if (first.reason === 'namespace' && createsNamespace(graph, a, first.to)) return undefined;
  const orders = edges.map((e) => ({ edge: e, order: compareSync(graph, e.from, e.to) }));
  if (first.reason !== 'crd') {
    if (orders.some((o) => o.order.kind !== 'before')) return undefined;
    const o = orders[0]!;
    return { rule: 'wave/order', edge: o.edge, order: o.order as Fault['order'], sameWave: false };
  }
  // A CRD rendered in the same sync and wave is fine: Argo CD applies CRDs first and skips the dry run.
  const satisfied = orders.some(({ edge, order }) => {
    if (order.kind === 'after' || order.kind === 'unordered') return true;
    if (order.kind === 'same') {
      const b = graph.nodes.get(edge.to)!;
      return order.aSide.id === a.id && order.bSide.id === b.id && b.role === 'crd';
    }
    return false;
  });
  if (satisfied) return undefined;
  const before = orders.find((o) => o.order.kind === 'before');
  if (before) return { rule: 'wave/crd-order', edge: before.edge, order: before.order as Fault['order'], sameWave: false };
  if (hasSyncOption(a.syncOptions, 'SkipDryRunOnMissingResource')) return undefined;
  const o = orders[0]!;
  return { rule: 'wave/crd-order', edge: o.edge, order: o.order as Fault['order'], sameWave: true };
}

/** Argo CD creates an Application's destination namespace before syncing when CreateNamespace=true. */
function createsNamespace(graph: DependencyGraph, a: GraphNode, nsId: string): boolean {
  const app = a.application ? graph.nodes.get(a.application) : undefined;
  if (!app || !hasSyncOption(applicationSyncOptions(app.cluster.resource), 'CreateNamespace')) return false;
  return destinationNamespace(app.cluster.resource) === graph.nodes.get(nsId)?.ref.name;
}

function describeFault(graph: DependencyGraph, f: Fault, more: number): Finding {
  const a = graph.nodes.get(f.edge.from)!;
  const b = graph.nodes.get(f.edge.to)!;
  const { aSide, bSide, sync } = f.order;
  const need = f.edge.reason === 'crd' ? `the CRD of ${f.edge.detail ?? a.ref.kind}, which ${describe(b, bSide)} installs` : `${describe(b, bSide)} (${REASON_TEXT[f.edge.reason]})`;
  const others = more > 0 ? ` (and ${more} more such dependenc${more === 1 ? 'y' : 'ies'})` : '';
  const where = `in the sync of ${typeof sync === 'string' ? sync : describeNode(sync)}`;
  let why: string;
  if (f.sameWave) {
    why = `both sync in ${stage(aSide)} ${where}, at the same time, so the dry run of ${a.ref.kind} fails with "no matches for kind"; put ${describeNode(aSide)} in a wave after ${bSide.wave}, or add SkipDryRunOnMissingResource=true to its sync options`;
  } else {
    why = `${aSide === a ? 'it' : describeNode(aSide)} syncs in ${stage(aSide)}, before ${stage(bSide)} ${where}; Argo CD waits for each wave to be healthy before the next, so this sync fails or never finishes: put ${describeNode(aSide)} in a wave after ${bSide.wave}${aSide.phase !== bSide.phase ? ` or change its hook` : ''}`;
  }
  const pointer = aSide.phase !== bSide.phase && HOOK in aSide.cluster.resource.annotations() ? HOOK_POINTER : wavePointer(aSide);
  return {
    ...place(aSide, pointer),
    ruleId: f.rule,
    severity: 'error',
    message: `${describe(a, aSide)} needs ${need}${others}, but ${why}`,
  };
}

/** `Kind ns/name (wave 2)`, or `Kind ns/name of Application x (wave 2)` when the wave is its Application's. */
function describe(n: GraphNode, side: GraphNode): string {
  if (n === side) return `${describeNode(n)} (${stage(n)})`;
  return `${describeNode(n)} of ${describeNode(side)} (${stage(side)})`;
}

function stage(n: GraphNode): string {
  return n.phase === 'Sync' ? `wave ${n.wave}` : `the ${n.phase} phase, wave ${n.wave}`;
}

function wavePointer(n: GraphNode): string {
  const a = n.cluster.resource.annotations();
  if (SYNC_WAVE in a) return WAVE_POINTER;
  return isJsonObject(n.cluster.resource.metadata.annotations) ? '/metadata/annotations' : '/metadata';
}

function place(n: GraphNode, path: string): Pick<Finding, 'resource' | 'path' | 'file' | 'line' | 'entrypoint'> {
  return { resource: n.ref, path, entrypoint: n.cluster.entrypoint, ...sourceLocation(n.cluster.resource) };
}

const HEALTH_KEY = 'resource.customizations.health.argoproj.io_Application';

/**
 * Since Argo CD 1.8 an Application has no health of its own: a parent syncing child Applications in waves
 * moves to the next wave at once unless argocd-cm restores the health check.
 */
function childHealth(graph: DependencyGraph, apps: GraphNode[]): Finding[] {
  const children = new Map<string, GraphNode[]>();
  for (const app of apps) {
    const parent = app.application ?? (app.implicitSync ? `implicit:${app.implicitSync}` : undefined);
    if (parent) addTo(children, parent, app);
  }
  const parents = [...children.entries()].filter(([, kids]) => new Set(kids.map((k) => k.wave)).size > 1);
  if (parents.length === 0 || applicationHealthConfigured(graph)) return [];
  const cm = [...graph.nodes.values()].find((n) => n.ref.kind === 'ConfigMap' && n.ref.name === 'argocd-cm' && groupOf(n) === '');
  return parents.map(([parentId, kids]) => {
    const parent = graph.nodes.get(parentId);
    const parentText = parent ? describeNode(parent) : `The Application that syncs ${parentId.slice('implicit:'.length)}`;
    const waves = [...new Set(kids.map((k) => k.wave))].sort((x, y) => x - y);
    const sample = waves
      .slice(0, 3)
      .map((w) => `${kids.find((k) => k.wave === w)!.ref.name} in wave ${w}`)
      .join(', ');
    // The fix goes into argocd-cm; without one, point at the first child that relies on waiting.
    const waiting = kids.find((k) => k.wave === waves[1])!;
    return {
      ...(cm ? place(cm, '/data') : place(waiting, wavePointer(waiting))),
      ruleId: 'wave/child-health',
      severity: 'warning' as const,
      message: `${parentText} orders its child Applications by sync wave (${sample}${waves.length > 3 ? ', …' : ''}), but ${cm ? `argocd-cm (${describeNode(cm)}) does not set` : 'no argocd-cm in this environment sets'} ${HEALTH_KEY}: since Argo CD 1.8 an Application reports no health, so a wave does not wait for the Applications of the previous one; add that health check to argocd-cm`,
    };
  });
}

/** Whether the environment restores Application health: argocd-cm, the ArgoCD operator CR, or argo-cd chart values. */
function applicationHealthConfigured(graph: DependencyGraph): boolean {
  for (const n of graph.nodes.values()) {
    const obj = n.cluster.resource.obj;
    if (n.ref.kind === 'ConfigMap' && n.ref.name === 'argocd-cm' && groupOf(n) === '') {
      const data = obj.data;
      if (!isJsonObject(data)) continue;
      if (typeof data[HEALTH_KEY] === 'string') return true;
      if (mentionsApplicationHealth(data['resource.customizations'])) return true;
    } else if (groupOf(n) === 'argoproj.io' && n.ref.kind === 'ArgoCD') {
      const checks = at(obj, ['spec', 'resourceHealthChecks']);
      if (Array.isArray(checks) && checks.some((c) => isJsonObject(c) && c.kind === 'Application' && c.group === 'argoproj.io')) return true;
      if (mentionsApplicationHealth(at(obj, ['spec', 'resourceCustomizations']))) return true;
    } else if ((n.charts ?? []).includes('argo-cd')) {
      const text = JSON.stringify(obj.spec ?? {});
      if (text.includes(HEALTH_KEY) || mentionsApplicationHealth(text)) return true;
    }
  }
  return false;
}

function mentionsApplicationHealth(value: JsonValue | undefined): boolean {
  return typeof value === 'string' && value.includes('argoproj.io/Application') && value.includes('health.lua');
}
