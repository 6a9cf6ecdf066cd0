import { isWithin, relativePath } from '../path.ts';
import type { DependencyGraph } from './model.ts';

/** The whole graph, every object and edge, for scripts. Paths repo-relative when `repoRoot` is given. */
export function renderGraphJson(graph: DependencyGraph, repoRoot?: string): string {
  const file = (abs: string | undefined) => (abs && repoRoot && isWithin(repoRoot, abs) ? relativePath(repoRoot, abs) : abs);
  const nodes = [...graph.nodes.values()].map((n) => ({
    id: n.id,
    role: n.role,
    ...n.ref,
    wave: n.wave,
    phase: n.phase,
    ...(n.application ? { application: n.application } : {}),
    ...(n.kustomization ? { kustomization: n.kustomization } : {}),
    ...(n.charts && n.charts.length > 0 ? { charts: n.charts } : {}),
    ...(n.dependsOn && n.dependsOn.length > 0 ? { dependsOn: n.dependsOn.map((d) => d.id) } : {}),
    ...(n.syncOptions.length > 0 ? { syncOptions: n.syncOptions } : {}),
    ...(n.cluster.resource.source ? { file: file(n.cluster.resource.source.file), line: n.cluster.resource.source.line } : {}),
  }));
  const edges = graph.edges.map((e) => ({ from: e.from, to: e.to, reason: e.reason, ...(e.path ? { path: e.path } : {}) }));
  return `${JSON.stringify({ environment: graph.environment, nodes, edges }, null, 2)}\n`;
}
