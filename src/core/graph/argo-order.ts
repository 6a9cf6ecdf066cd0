import type { DependencyGraph, GraphNode, SyncPhase } from './model.ts';

const PHASE_RANK: Partial<Record<SyncPhase, number>> = { PreSync: 0, Sync: 1, PostSync: 2 };

/** How two nodes are ordered by Argo CD, seen from the sync where their paths meet. */
export type SyncOrder =
  | { kind: 'unordered' }
  | {
      kind: 'before' | 'same' | 'after';
      /** The dependent's side in the common sync: the node itself or the Application that contains it. */
      aSide: GraphNode;
      bSide: GraphNode;
      /** The Application whose sync orders aSide and bSide (a description when it is outside the repository). */
      sync: GraphNode | string;
    };

/** The node, then the Application that syncs it, then that Application's parent, up to the root. */
export function argoChain(graph: DependencyGraph, id: string): GraphNode[] {
  const out: GraphNode[] = [];
  const seen = new Set<string>();
  let cur = graph.nodes.get(id);
  while (cur && !seen.has(cur.id)) {
    seen.add(cur.id);
    out.push(cur);
    cur = cur.application ? graph.nodes.get(cur.application) : undefined;
  }
  return out;
}

/**
 * Where `a` syncs relative to `b`. Argo CD orders only inside one Application's sync (phase, then wave);
 * objects in different Applications are ordered by the waves of the Applications that contain them in
 * their closest common parent. Objects no Application syncs, or that one contains the other, are unordered.
 */
export function compareSync(graph: DependencyGraph, a: string, b: string): SyncOrder {
  const chainA = argoChain(graph, a);
  const chainB = argoChain(graph, b);
  // Keys of each chain, ending with the implicit parent sync of a bootstrapped entrypoint, if any.
  const keys = (chain: GraphNode[]) => {
    const out = chain.map((n) => n.id);
    const top = chain[chain.length - 1];
    if (top?.implicitSync) out.push(`implicit:${top.implicitSync}`);
    return out;
  };
  const keysA = keys(chainA);
  const keysB = keys(chainB);
  const indexB = new Map(keysB.map((k, i) => [k, i]));
  for (let ia = 1; ia < keysA.length; ia++) {
    const ib = indexB.get(keysA[ia]!);
    if (ib === undefined) continue;
    if (ib === 0) return { kind: 'unordered' };
    const aSide = chainA[ia - 1]!;
    const bSide = chainB[ib - 1]!;
    if (aSide.id === bSide.id) return { kind: 'unordered' }; // `a` is the Application that syncs `b`
    const ra = PHASE_RANK[aSide.phase];
    const rb = PHASE_RANK[bSide.phase];
    if (ra === undefined || rb === undefined) return { kind: 'unordered' };
    const cmp = ra - rb || aSide.wave - bSide.wave;
    const sync = chainA[ia] ?? `the Application that syncs ${aSide.implicitSync}`;
    return { kind: cmp < 0 ? 'before' : cmp > 0 ? 'after' : 'same', aSide, bSide, sync };
  }
  return { kind: 'unordered' };
}
