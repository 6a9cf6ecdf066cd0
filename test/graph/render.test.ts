// Drawings of the fixture repositories, compared with snapshots (UPDATE_GOLDEN=1 rewrites them), and the
// properties that keep a drawing readable and valid whatever the manifests contain.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, loadFixture, ROOT } from './harness.ts';
import { renderGraph, type GraphFormat } from '../../src/core/graph/render.ts';

const SNAPSHOTS = join(dirname(fileURLToPath(import.meta.url)), 'snapshots');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

function matchSnapshot(name: string, actual: string): void {
  const path = join(SNAPSHOTS, name);
  if (UPDATE || !existsSync(path)) {
    mkdirSync(SNAPSHOTS, { recursive: true });
    writeFileSync(path, actual);
    if (!UPDATE) assert.fail(`wrote missing snapshot ${name}; review it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `snapshot ${name} differs; UPDATE_GOLDEN=1 rewrites it`);
}

const CASES: Array<[string, GraphFormat[]]> = [
  ['waves-000', ['mermaid', 'dot', 'json']],
  ['waves-002', ['mermaid']],
  ['flux-004', ['mermaid', 'dot']],
];

for (const [fixture, formats] of CASES) {
  for (const format of formats) {
    test(`graph snapshot: ${fixture} as ${format}`, () => {
      const graph = check(loadFixture(fixture)).graphs[0]!;
      matchSnapshot(`${fixture}.${format === 'mermaid' ? 'mmd' : format}`, renderGraph(graph, format, { repoRoot: ROOT }));
    });
  }
}

/** Structural validity a Mermaid parser needs: balanced subgraphs, simple ids, quoted labels. */
function assertWellFormedMermaid(text: string): void {
  const lines = text.trimEnd().split('\n');
  assert.equal(lines[1], 'flowchart LR');
  let depth = 0;
  for (const line of lines.slice(2)) {
    const t = line.trim();
    if (t.startsWith('%%')) continue;
    if (t.startsWith('subgraph ')) {
      depth++;
      assert.match(t, /^subgraph s\d+\["[^"]*"\]$/);
    } else if (t === 'end') depth--;
    else assert.match(t, /^n\d+(\(\["[^"]*"\]\)|\[\["[^"]*"\]\]|\[\("[^"]*"\)\]|\["[^"]*"\])$|^n\d+ -->\|[^|"]+\| n\d+$/, t);
    assert.ok(depth >= 0);
  }
  assert.equal(depth, 0);
}

test('graph: a 60-Application app-of-apps draws Applications grouped by wave, not their objects', () => {
  const files: Record<string, string> = {
    '.gitops-gate.yaml': 'repoURL: https://git.example.test/r.git\nenvironments:\n  - name: big\n    entrypoints: ["root"]\n',
    'root/kustomization.yaml': 'resources:\n  - root.yaml\n',
    'root/root.yaml': 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: root\n  namespace: argocd\nspec:\n  source:\n    repoURL: https://git.example.test/r.git\n    path: apps\n  destination:\n    namespace: argocd\n',
  };
  let apps = '';
  for (let i = 0; i < 60; i++) {
    apps += `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: app-${i}\n  namespace: argocd\n  annotations:\n    argocd.argoproj.io/sync-wave: "${i % 6}"\nspec:\n  source:\n    repoURL: https://git.example.test/r.git\n    path: apps/app-${i}\n  destination:\n    namespace: app-${i}\n---\n`;
    let objects = '';
    for (let j = 0; j < 10; j++) objects += `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "cm-${j}"\ndata:\n  password: "s3cr\\"et<b>|"\n---\n`;
    files[`apps/app-${i}/all.yaml`] = objects;
  }
  files['apps/all.yaml'] = apps;
  const graph = check(files).graphs[0]!;
  assert.equal(graph.nodes.size, 661);
  const text = renderGraph(graph, 'mermaid');
  assertWellFormedMermaid(text);
  assert.equal((text.match(/^\s*n\d+\(\[/gm) ?? []).length, 61, 'one node per Application');
  assert.equal((text.match(/^\s*subgraph s\d+\["wave \d"\]/gm) ?? []).length, 6, 'one box per wave');
  assert.match(text, /Application app-7<br\/>wave 1 · 10 objects/);
  assert.doesNotMatch(text, /s3cr/, 'no values are drawn');
  const dot = renderGraph(graph, 'dot');
  assert.equal((dot.match(/subgraph cluster_/g) ?? []).length, 7);
});

test('graph: an app-of-apps chain hundreds deep draws with boxes nested at most 20 deep', () => {
  const URL = 'https://git.example.test/r.git';
  const files: Record<string, string> = { '.gitops-gate.yaml': `repoURL: ${URL}\nenvironments:\n  - name: deep\n    entrypoints: ["apps/a0"]\n` };
  const depth = 900; // below the harness's render limit (1,000 without a directory count)
  for (let i = 0; i < depth; i++) {
    files[`apps/a${i}/kustomization.yaml`] = 'resources:\n  - all.yaml\n';
    files[`apps/a${i}/all.yaml`] =
      i + 1 < depth
        ? `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: a${i + 1}\n  namespace: argocd\nspec:\n  source:\n    repoURL: ${URL}\n    path: apps/a${i + 1}\n  destination:\n    namespace: a${i + 1}\n`
        : 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: last\n  namespace: a1\n';
  }
  const graph = check(files).graphs[0]!;
  const text = renderGraph(graph, 'mermaid');
  assertWellFormedMermaid(text);
  let open = 0;
  let deepest = 0;
  for (const line of text.split('\n')) {
    if (line.trim().startsWith('subgraph ')) deepest = Math.max(deepest, ++open);
    else if (line.trim() === 'end') open--;
  }
  assert.ok(deepest <= 20, `boxes nested ${deepest} deep`);
  assert.equal((text.match(/^\s*n\d+\(\[/gm) ?? []).length, depth - 1, 'every Application is drawn once');
  assert.match(renderGraph(graph, 'dot'), /^digraph "deep" \{$/m);
});

test('graph: every fixture draws well-formed Mermaid', () => {
  for (const [fixture] of CASES) assertWellFormedMermaid(renderGraph(check(loadFixture(fixture)).graphs[0]!, 'mermaid'));
});

test('graph: names with quotes and markup are escaped', () => {
  const files = {
    '.gitops-gate.yaml': 'environments:\n  - name: t\n    entrypoints: ["root"]\n',
    'root/kustomization.yaml': 'resources:\n  - all.yaml\n',
    'root/all.yaml': 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: "a\\"b<c>|d"\n  namespace: x\nspec:\n  chart:\n    spec:\n      chart: podinfo\n',
  };
  const text = renderGraph(check(files).graphs[0]!, 'mermaid');
  assertWellFormedMermaid(text);
  assert.match(text, /a#quot;b#lt;c#gt;#124;d/);
});
