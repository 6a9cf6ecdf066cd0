import type { DependencyGraph } from './model.ts';
import { renderDot } from './render-dot.ts';
import { renderGraphJson } from './render-json.ts';
import { renderMermaid } from './render-mermaid.ts';

export const GRAPH_FORMATS = ['mermaid', 'dot', 'json'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

export function isGraphFormat(s: string): s is GraphFormat {
  return (GRAPH_FORMATS as readonly string[]).includes(s);
}

export interface GraphRenderOptions {
  /** Makes the JSON format's file paths repo-relative. */
  repoRoot?: string;
}

/** One writer per format, like the report renderers. */
export function renderGraph(graph: DependencyGraph, format: GraphFormat, options: GraphRenderOptions = {}): string {
  switch (format) {
    case 'mermaid':
      return renderMermaid(graph);
    case 'dot':
      return renderDot(graph);
    case 'json':
      return renderGraphJson(graph, options.repoRoot);
  }
}
