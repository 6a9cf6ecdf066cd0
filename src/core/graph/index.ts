export { buildDependencyGraph, type GraphOptions } from './build-graph.ts';
export { renderGraph, isGraphFormat, GRAPH_FORMATS, type GraphFormat } from './render.ts';
export type { DependencyGraph, GraphNode, GraphEdge, EdgeReason, NodeRole, SyncPhase } from './model.ts';
export { BUILTIN_CRD_PROVIDERS } from './crd-catalog.ts';
