import type { EnvironmentModel } from '../cluster/model.ts';
import type { Finding } from '../model/finding.ts';
import { describeNode, type DependencyGraph, type GraphNode } from '../graph/model.ts';
import { sourceLocation } from './locations.ts';
import { addTo } from '../model/multimap.ts';

/**
 * The Flux rules: `flux/dependson-missing` (a dependsOn naming nothing rendered), `flux/dependson-cycle`
 * (Flux then reconciles none of them) and `flux/crd-order` (a Kustomization applies custom resources
 * whose CRD comes from a Kustomization or HelmRelease it does not transitively depend on).
 */
export function checkFluxDependencies(model: EnvironmentModel, graph: DependencyGraph): Finding[] {
  const flux = [...graph.nodes.values()].filter((n) => n.role === 'flux-kustomization' || n.role === 'helmrelease');
  if (flux.length === 0) return [];
  const environment = model.config.name;
  return [...missing(graph, flux), ...cycles(graph, flux), ...crdOrder(graph)].map((f) => ({ ...f, environment }));
}

function missing(graph: DependencyGraph, flux: GraphNode[]): Finding[] {
  // A Kustomization whose content was not rendered (another repository, a failed build) may define the
  // object a dependsOn names: then its absence here proves nothing.
  const applying = new Set([...graph.nodes.values()].map((n) => n.kustomization).filter((k): k is string => !!k));
  const unrendered = flux.filter((n) => n.role === 'flux-kustomization' && !applying.has(n.id));
  if (unrendered.length > 0) return [];
  const out: Finding[] = [];
  for (const n of flux) {
    for (const d of n.dependsOn ?? []) {
      if (graph.nodes.has(d.id)) continue;
      const kind = n.role === 'helmrelease' ? 'HelmRelease' : 'Kustomization';
      const same = flux.filter((f) => f.ref.kind === kind && f.ref.name === d.name);
      const hint = same.length > 0 ? `; there is ${same.map(describeNode).join(', ')} — set its namespace in the dependsOn entry` : '';
      out.push({
        ...place(n, `/spec/dependsOn/${d.index}/name`),
        ruleId: 'flux/dependson-missing',
        severity: 'error',
        message: `${describeNode(n)} depends on ${kind} ${d.namespace}/${d.name}, which this environment does not define: Flux keeps it waiting for ever${hint}`,
      });
    }
  }
  return out;
}

function cycles(graph: DependencyGraph, flux: GraphNode[]): Finding[] {
  const out: Finding[] = [];
  const reported = new Set<string>();
  const state = new Map<string, 'active' | 'done'>();
  // Depth first, with a stack of our own: a dependsOn chain of thousands must not exhaust the call stack.
  const path: GraphNode[] = [];
  const next: number[] = [];
  const enter = (n: GraphNode) => {
    state.set(n.id, 'active');
    path.push(n);
    next.push(0);
  };
  for (const root of [...flux].sort((x, y) => x.id.localeCompare(y.id))) {
    if (state.has(root.id)) continue;
    enter(root);
    while (path.length > 0) {
      const n = path[path.length - 1]!;
      const deps = n.dependsOn ?? [];
      const i = next[next.length - 1]!;
      if (i >= deps.length) {
        path.pop();
        next.pop();
        state.set(n.id, 'done');
        continue;
      }
      next[next.length - 1] = i + 1;
      const dep = graph.nodes.get(deps[i]!.id);
      if (!dep) continue;
      const s = state.get(dep.id);
      if (s === 'active') {
        const loop = path.slice(path.indexOf(dep));
        const key = loop.map((x) => x.id).sort().join('|');
        if (!reported.has(key)) {
          reported.add(key);
          out.push(cycleFinding(loop));
        }
      } else if (s === undefined) enter(dep);
    }
  }
  return out;
}

function cycleFinding(loop: GraphNode[]): Finding {
  const first = loop[0]!;
  const next = loop[1] ?? first;
  const entry = first.dependsOn!.find((d) => d.id === next.id)!;
  const path = [...loop, first].map((n) => n.ref.name).join(' → ');
  return {
    ...place(first, `/spec/dependsOn/${entry.index}/name`),
    ruleId: 'flux/dependson-cycle',
    severity: 'error',
    message: `${describeNode(first)} depends on itself: ${path}; Flux never reconciles any ${first.ref.kind} in this cycle — remove one of these dependsOn entries`,
  };
}

/**
 * Whether one Kustomization depends on another through a chain of one or more dependsOn entries. Asked
 * of a few targets (the Kustomizations that apply CRDs), so each target's dependents are gathered once,
 * walking the dependsOn edges backwards: linear in the graph, however long its chains.
 */
function transitiveDependsOn(graph: DependencyGraph): (from: string, target: string) => boolean {
  const dependents = new Map<string, string[]>();
  for (const n of graph.nodes.values()) for (const d of n.dependsOn ?? []) if (graph.nodes.has(d.id)) addTo(dependents, d.id, n.id);
  const waiting = new Map<string, Set<string>>();
  return (from, target) => {
    let found = waiting.get(target);
    if (!found) {
      found = new Set();
      const queue = [...(dependents.get(target) ?? [])];
      for (let i = 0; i < queue.length; i++) {
        const id = queue[i]!;
        if (found.has(id)) continue;
        found.add(id);
        for (const d of dependents.get(id) ?? []) if (!found.has(d)) queue.push(d);
      }
      waiting.set(target, found);
    }
    return found.has(from);
  };
}

function crdOrder(graph: DependencyGraph): Finding[] {
  const dependsOn = transitiveDependsOn(graph);
  // Kustomization → provider → the custom resources that wait on it: one finding per Kustomization.
  const faults = new Map<string, Map<string, { provider: GraphNode; providerKs?: GraphNode; examples: GraphNode[] }>>();
  const byFrom = new Map<string, string[]>();
  for (const e of graph.edges) if (e.reason === 'crd') addTo(byFrom, e.from, e.to);
  // Per provider, the Kustomizations that wait for it and those that do not.
  const waits = new Map<string, { ok: Set<string>; not: Set<string>; groups: Set<string> }>();
  const tally = (pid: string, ks: string, ok: boolean, group: string) => {
    const t = waits.get(pid) ?? { ok: new Set(), not: new Set(), groups: new Set() };
    waits.set(pid, t);
    (ok ? t.ok : t.not).add(ks);
    if (!ok) t.groups.add(group);
  };
  for (const [from, providers] of byFrom) {
    const n = graph.nodes.get(from)!;
    if (!n.kustomization) continue;
    const ks = n.kustomization;
    let fault: { provider: GraphNode; providerKs?: GraphNode } | undefined;
    let satisfied = false;
    for (const pid of providers) {
      const p = graph.nodes.get(pid)!;
      const pks = p.kustomization;
      const group = n.ref.apiVersion.includes('/') ? n.ref.apiVersion.slice(0, n.ref.apiVersion.indexOf('/')) : n.ref.apiVersion;
      if (p.role === 'crd') {
        // Flux applies CRDs before the rest of one Kustomization, so the same Kustomization is fine.
        const ok = !pks || pks === ks || dependsOn(ks, pks);
        tally(pid, ks, ok, group);
        if (ok) satisfied = true;
        else fault ??= { provider: p, providerKs: graph.nodes.get(pks) };
      } else if (p.role === 'helmrelease') {
        // The chart's CRDs appear only after helm-controller installs it, after this apply.
        const ok = !pks || (pks !== ks && dependsOn(ks, pks));
        tally(pid, ks, ok, group);
        if (ok) satisfied = true;
        else fault ??= { provider: p, providerKs: graph.nodes.get(pks) };
      } else satisfied = true; // an Argo CD Application: not Flux's ordering
    }
    if (satisfied || !fault) continue;
    const perKs = faults.get(ks) ?? new Map();
    faults.set(ks, perKs);
    const seen = perKs.get(fault.provider.id);
    if (seen) seen.examples.push(n);
    else perKs.set(fault.provider.id, { ...fault, examples: [n] });
  }
  // A provider most of whose consumers do not wait for it is not a dozen forgotten dependsOn: the
  // repository relies on its CRDs being there already (a bootstrap step installs them). Said once, as a
  // warning, with the way to declare it. When most consumers do wait, the few that do not forgot: errors.
  const unordered = [...waits.entries()].filter(([, t]) => t.not.size >= 2 && t.ok.size < t.not.size);
  const unorderedIds = new Set(unordered.map(([pid]) => pid));
  for (const perProvider of faults.values()) for (const pid of unorderedIds) perProvider.delete(pid);
  const warnings = unordered.map(([pid, t]): Finding => {
    const provider = graph.nodes.get(pid)!;
    const groups = [...t.groups].sort();
    const from = provider.role === 'crd' ? `the CRD ${provider.ref.name}` : `${describeNode(provider)} (chart ${provider.charts?.[0] ?? '?'})`;
    return {
      ...place(provider, '/metadata/name'),
      ruleId: 'flux/crd-order',
      severity: 'warning',
      message:
        `${t.not.size} Kustomizations apply custom resources of ${groups.join(', ')} whose CRDs come from ${from} without depending on it` +
        `${t.ok.size > 0 ? ` (${t.ok.size} do)` : ''}: ` +
        `if a bootstrap step installs these CRDs, list ${groups.join(', ')} under preinstalledCrds in .gitops-gate.yaml; otherwise add the Kustomization that applies it to their dependsOn`,
    };
  });
  return [...warnings, ...[...faults.entries()].filter(([, perProvider]) => perProvider.size > 0).map(([ksId, perProvider]) => {
    const ks = graph.nodes.get(ksId)!;
    const deps = (ks.dependsOn ?? []).map((d) => d.name);
    const parts: string[] = [];
    const add = new Set<string>();
    let together = false;
    for (const { provider, providerKs, examples } of perProvider.values()) {
      const shown = examples.slice(0, 2).map(describeNode).join(', ') + (examples.length > 2 ? ` and ${examples.length - 2} more` : '');
      const from = provider.role === 'crd' ? `the CRD ${provider.ref.name}` : `${describeNode(provider)} (chart ${provider.charts?.[0] ?? '?'})`;
      if (providerKs && providerKs.id === ks.id) {
        together = true;
        parts.push(`${shown}, whose CRD comes from ${from}, which it applies at the same time`);
      } else {
        parts.push(`${shown}, whose CRD comes from ${from}${providerKs ? ` applied by ${describeNode(providerKs)}` : ''}`);
        if (providerKs) add.add(providerKs.ref.name);
      }
    }
    const fixes: string[] = [];
    if (add.size > 0) fixes.push(`add ${[...add].join(', ')} to spec.dependsOn`);
    if (together) fixes.push(`move the custom resources of its own HelmRelease into a Kustomization that depends on ${ks.ref.name}`);
    return {
      ...place(ks, ks.dependsOn && ks.dependsOn.length > 0 ? '/spec/dependsOn' : '/spec'),
      ruleId: 'flux/crd-order',
      severity: 'error' as const,
      message: `${describeNode(ks)} (dependsOn: ${deps.length > 0 ? deps.join(', ') : 'none'}) applies ${parts.join('; and ')}: Flux may apply them before their CRD exists and fail with "no matches for kind" — ${fixes.join(', and ')}`,
    };
  })];
}

function place(n: GraphNode, path: string): Pick<Finding, 'resource' | 'path' | 'file' | 'line' | 'entrypoint'> {
  return { resource: n.ref, path, entrypoint: n.cluster.entrypoint, ...sourceLocation(n.cluster.resource) };
}
