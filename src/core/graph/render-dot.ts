import type { DependencyGraph } from './model.ts';
import { buildView, isBox, nodeLabel, type ViewBox, type ViewNode } from './view.ts';

/** Graphviz: the same drawing as the Mermaid one, clusters for Applications/Kustomizations and waves. */
export function renderDot(graph: DependencyGraph): string {
  const view = buildView(graph);
  const ids = new Map<string, string>();
  const idFor = (key: string, prefix: string) => {
    let id = ids.get(key);
    if (!id) ids.set(key, (id = `${prefix}${ids.size}`));
    return id;
  };
  const lines = [
    `// gitops-gate graph: environment ${graph.environment}; an arrow runs from what is needed to what needs it`,
    `digraph ${quote(graph.environment)} {`,
    '  rankdir=LR;',
    '  node [shape=box, fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  const emit = (item: ViewBox | ViewNode, depth: number) => {
    const pad = '  '.repeat(depth);
    if (isBox(item)) {
      lines.push(`${pad}subgraph cluster_${idFor(item.key, 's')} {`);
      lines.push(`${pad}  label=${quote(item.title)};`);
      if (item.anchor) emit(item.anchor, depth + 1);
      for (const c of item.children) emit(c, depth + 1);
      lines.push(`${pad}}`);
      return;
    }
    const [title, facts] = nodeLabel(item);
    lines.push(`${pad}${idFor(item.key, 'n')} [label=${quote(facts ? `${title}\n${facts}` : title)}${style(item)}];`);
  };
  for (const item of view.top) emit(item, 1);
  for (const e of view.edges) {
    lines.push(`  ${idFor(e.from, 'n')} -> ${idFor(e.to, 'n')} [label=${quote(e.reasons.slice(0, 2).join(', '))}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function style(v: ViewNode): string {
  switch (v.node.role) {
    case 'application':
    case 'flux-kustomization':
      return ', style="rounded,bold"';
    case 'helmrelease':
      return ', shape=component';
    case 'source':
      return ', shape=cylinder';
    default:
      return '';
  }
}

function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
}
