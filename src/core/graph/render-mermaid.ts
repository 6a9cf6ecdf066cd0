import type { DependencyGraph } from './model.ts';
import { buildView, isBox, nodeLabel, type ViewBox, type ViewNode } from './view.ts';

/** GitHub renders no diagram past ~500 edges; a drawing that large is unreadable anyway. */
const MAX_EDGES = 400;

/**
 * A Mermaid flowchart for GitHub markdown: a subgraph per Application/Kustomization (and per wave inside
 * an Application), arrows from what is needed to what needs it, labelled with why.
 */
export function renderMermaid(graph: DependencyGraph): string {
  const view = buildView(graph);
  const ids = new Map<string, string>();
  const idFor = (key: string, prefix: string) => {
    let id = ids.get(key);
    if (!id) ids.set(key, (id = `${prefix}${ids.size}`));
    return id;
  };
  const lines = [`%% gitops-gate graph: environment ${graph.environment}; an arrow runs from what is needed to what needs it`, 'flowchart LR'];
  const emit = (item: ViewBox | ViewNode, depth: number) => {
    const pad = '  '.repeat(depth);
    if (isBox(item)) {
      lines.push(`${pad}subgraph ${idFor(item.key, 's')}["${escape(item.title)}"]`);
      if (item.anchor) emit(item.anchor, depth + 1);
      for (const c of item.children) emit(c, depth + 1);
      lines.push(`${pad}end`);
      return;
    }
    const [title, facts] = nodeLabel(item);
    const label = facts ? `${escape(title)}<br/>${escape(facts)}` : escape(title);
    lines.push(`${pad}${idFor(item.key, 'n')}${shape(item, label)}`);
  };
  for (const item of view.top) emit(item, 1);
  const edges = view.edges.slice(0, MAX_EDGES);
  for (const e of edges) {
    lines.push(`  ${idFor(e.from, 'n')} -->|${escape(e.reasons.slice(0, 2).join(', '))}| ${idFor(e.to, 'n')}`);
  }
  if (view.edges.length > edges.length) lines.push(`%% ${view.edges.length - edges.length} more edges left out; see --format json`);
  return `${lines.join('\n')}\n`;
}

function shape(v: ViewNode, label: string): string {
  switch (v.node.role) {
    case 'application':
    case 'flux-kustomization':
      return `(["${label}"])`;
    case 'helmrelease':
      return `[["${label}"]]`;
    case 'source':
      return `[("${label}")]`;
    default:
      return `["${label}"]`;
  }
}

/** Mermaid labels are quoted strings; quotes and markup characters become entities. */
function escape(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;').replace(/\|/g, '#124;');
}
