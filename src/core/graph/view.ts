import { HOOK, SYNC_WAVE } from './argo-annotations.ts';
import type { DependencyGraph, EdgeReason, GraphNode } from './model.ts';
import { addTo } from '../model/multimap.ts';

/**
 * What a drawing shows of a dependency graph. Every object drawn would be unreadable past a few dozen,
 * so a drawing keeps the nodes that carry the structure (Applications, Flux Kustomizations and
 * HelmReleases, sources, and objects with their own wave or hook) and lifts every other object into the
 * Application or Kustomization that applies it: edges then run between what a reviewer reasons about.
 */
export interface ViewNode {
  key: string;
  node: GraphNode;
  /** Objects folded into this node (the Application's or Kustomization's own resources not drawn). */
  folded: number;
}

export interface ViewBox {
  key: string;
  title: string;
  /** The node that stands for the box (its Application / Kustomization), drawn inside it. */
  anchor?: ViewNode;
  children: Array<ViewBox | ViewNode>;
}

export interface ViewEdge {
  /** The dependency (drawn first) and the dependent. */
  from: string;
  to: string;
  reasons: EdgeReason[];
}

export interface GraphView {
  top: Array<ViewBox | ViewNode>;
  edges: ViewEdge[];
  /** Nodes drawn, for the size budget. */
  nodeCount: number;
}

const STRUCTURAL = new Set(['application', 'flux-kustomization', 'helmrelease', 'source']);
const HIDDEN_EDGES: ReadonlySet<EdgeReason> = new Set(['namespace']);

export function isBox(x: ViewBox | ViewNode): x is ViewBox {
  return 'children' in x;
}

export function buildView(graph: DependencyGraph): GraphView {
  const containerOf = (n: GraphNode): GraphNode | undefined => {
    const id = n.application ?? n.kustomization;
    return id && id !== n.id ? graph.nodes.get(id) : undefined;
  };
  const hasOwnStage = (n: GraphNode) => {
    const a = n.cluster.resource.annotations();
    return SYNC_WAVE in a || HOOK in a || 'helm.sh/hook' in a;
  };
  const shown = new Set<string>();
  for (const n of graph.nodes.values()) {
    if (STRUCTURAL.has(n.role) || (hasOwnStage(n) && containerOf(n))) shown.add(n.id);
  }
  // Where an object's edges are drawn from: itself when shown, else the nearest shown container.
  const endpoint = (n: GraphNode): GraphNode | undefined => {
    const seen = new Set<string>();
    let cur: GraphNode | undefined = n;
    while (cur && !shown.has(cur.id) && !seen.has(cur.id)) {
      seen.add(cur.id);
      cur = containerOf(cur);
    }
    return cur && shown.has(cur.id) ? cur : undefined;
  };
  // Objects applied by nothing in the graph (bootstrapped) are drawn only when they are wired to others.
  for (const e of graph.edges) {
    if (HIDDEN_EDGES.has(e.reason)) continue;
    for (const id of [e.from, e.to]) {
      const n = graph.nodes.get(id)!;
      if (!endpoint(n)) shown.add(n.id);
    }
  }

  const folded = new Map<string, number>();
  for (const n of graph.nodes.values()) {
    if (shown.has(n.id)) continue;
    const ep = endpoint(n);
    if (ep) folded.set(ep.id, (folded.get(ep.id) ?? 0) + 1);
  }
  const viewNode = (n: GraphNode): ViewNode => ({ key: n.id, node: n, folded: folded.get(n.id) ?? 0 });

  const members = new Map<string, GraphNode[]>();
  const top: GraphNode[] = [];
  for (const n of graph.nodes.values()) {
    if (!shown.has(n.id)) continue;
    const c = containerOf(n);
    const at = c && shown.has(c.id) ? c : undefined;
    if (at) addTo(members, at.id, n);
    else top.push(n);
  }
  const building = new Set<string>();
  /** Containers met at the nesting limit: their members start again at the top of the drawing. */
  const restarted: GraphNode[] = [];
  const item = (n: GraphNode, depth: number): ViewBox | ViewNode => {
    const kids = members.get(n.id);
    if (!kids || building.has(n.id)) return viewNode(n);
    if (depth >= MAX_NESTED_BOXES) {
      restarted.push(n);
      return viewNode(n);
    }
    building.add(n.id);
    const box: ViewBox = { key: `box:${n.id}`, title: boxTitle(n), anchor: viewNode(n), children: staged(n, kids, depth + 1) };
    building.delete(n.id);
    return box;
  };
  const staged = (container: GraphNode, kids: GraphNode[], depth: number): Array<ViewBox | ViewNode> => {
    const sorted = [...kids].sort(byStage);
    const items = (list: GraphNode[]) => list.map((k) => item(k, depth));
    if (container.role !== 'application') return items(sorted);
    const stages = new Map<string, GraphNode[]>();
    for (const k of sorted) addTo(stages, stageName(k), k);
    if (stages.size <= 1) return items(sorted);
    return [...stages.entries()].map(([name, list]) => ({
      key: `stage:${container.id}:${name}`,
      title: name,
      children: items(list),
    }));
  };

  const edges = new Map<string, ViewEdge>();
  for (const e of graph.edges) {
    if (HIDDEN_EDGES.has(e.reason)) continue;
    const from = endpoint(graph.nodes.get(e.to)!);
    const to = endpoint(graph.nodes.get(e.from)!);
    if (!from || !to || from.id === to.id) continue;
    const key = `${from.id}|${to.id}`;
    const seen = edges.get(key);
    if (seen) {
      if (!seen.reasons.includes(e.reason)) seen.reasons.push(e.reason);
    } else edges.set(key, { from: from.id, to: to.id, reasons: [e.reason] });
  }
  const drawn = top.sort(byStage).map((n) => item(n, 0));
  for (let i = 0; i < restarted.length; i++) drawn.push(...staged(restarted[i]!, members.get(restarted[i]!.id)!, 0));
  return { top: drawn, edges: [...edges.values()], nodeCount: shown.size };
}

/**
 * How deep Applications and Kustomizations are drawn inside one another. Real app-of-apps trees are a few
 * levels deep; a chain of thousands would nest boxes past what any drawing (or the call stack) holds, so
 * the members of a container at this depth are drawn again from the top.
 */
const MAX_NESTED_BOXES = 20;

const PHASE_ORDER = ['PreSync', 'Sync', 'PostSync', 'SyncFail', 'PostDelete', 'Skip'];

function byStage(a: GraphNode, b: GraphNode): number {
  return (
    PHASE_ORDER.indexOf(a.phase) - PHASE_ORDER.indexOf(b.phase) ||
    a.wave - b.wave ||
    roleRank(a) - roleRank(b) ||
    a.ref.kind.localeCompare(b.ref.kind) ||
    a.ref.name.localeCompare(b.ref.name)
  );
}

function roleRank(n: GraphNode): number {
  return ['source', 'flux-kustomization', 'helmrelease', 'application', 'crd', 'resource'].indexOf(n.role);
}

export function stageName(n: GraphNode): string {
  return n.phase === 'Sync' ? `wave ${n.wave}` : `${n.phase} · wave ${n.wave}`;
}

function boxTitle(n: GraphNode): string {
  return `${n.ref.kind} ${n.ref.name}`;
}

/** Two short lines for a node: `Kind name` and what matters about it (wave, chart, folded objects). */
export function nodeLabel(v: ViewNode): [string, string] {
  const n = v.node;
  const facts: string[] = [];
  if (n.application) facts.push(stageName(n));
  if (n.charts && n.charts.length > 0) facts.push(`chart ${n.charts.join(', ')}`);
  if (v.folded > 0) facts.push(`${v.folded} object${v.folded === 1 ? '' : 's'}`);
  const ns = n.ref.namespace && n.role !== 'application' && n.role !== 'flux-kustomization' ? `${n.ref.namespace}/` : '';
  return [`${n.ref.kind} ${ns}${n.ref.name}`, facts.join(' · ')];
}
