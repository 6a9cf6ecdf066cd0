// Renders a small repository held in memory, builds its dependency graph and runs the ordering checks.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { discoverEnvironments, scanRepo } from '../../src/core/discover.ts';
import { renderEnvironment } from '../../src/core/cluster/render-environment.ts';
import { defaultConfig, parseConfig } from '../../src/config/config.ts';
import type { EnvironmentModel } from '../../src/core/cluster/model.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import { buildDependencyGraph, type GraphOptions } from '../../src/core/graph/build-graph.ts';
import type { DependencyGraph } from '../../src/core/graph/model.ts';
import { checkSyncWaves } from '../../src/core/checks/sync-wave.ts';
import { checkFluxDependencies } from '../../src/core/checks/depends-on.ts';

export const ROOT = '/repo';
export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** A fixture repository's files, path → text, to be edited by a test before rendering. */
export function loadFixture(name: string): Record<string, string> {
  const base = join(FIXTURES, name);
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const p = join(dir, entry);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(base, p).split('\\').join('/')] = readFileSync(p, 'utf8');
    }
  };
  walk(base);
  return files;
}

/** Replaces `from` with `to` in one file; fails loudly when the text is not there (a stale test). */
export function edit(files: Record<string, string>, path: string, from: string | RegExp, to: string): Record<string, string> {
  const text = files[path];
  assert.ok(text !== undefined, `no file ${path}`);
  const next = text.replace(from, to);
  assert.notEqual(next, text, `${path}: ${String(from)} not found`);
  return { ...files, [path]: next };
}

export interface Checked {
  models: EnvironmentModel[];
  graphs: DependencyGraph[];
  findings: Finding[];
}

/** Renders every environment of the in-memory repository and runs both ordering checks. */
export function check(files: Record<string, string>, options: GraphOptions = {}): Checked {
  const fs = new MemoryFileSystem();
  for (const [p, text] of Object.entries(files)) fs.writeFile(`${ROOT}/${p}`, text);
  const cfgText = files['.gitops-gate.yaml'];
  const config = cfgText ? parseConfig(cfgText, '.gitops-gate.yaml') : defaultConfig();
  const envs = discoverEnvironments(scanRepo(fs, ROOT), config);
  const out: Checked = { models: [], graphs: [], findings: [] };
  for (const env of envs) {
    const model = renderEnvironment(env, { fs, repoRoot: ROOT, repoURLs: config.repoURL ? [config.repoURL] : [] });
    const renderErrors = model.findings.filter((f) => f.severity === 'error');
    assert.deepEqual(renderErrors, [], 'the fixture renders without errors');
    const graph = buildDependencyGraph(model, options);
    out.models.push(model);
    out.graphs.push(graph);
    out.findings.push(...checkSyncWaves(model, graph), ...checkFluxDependencies(model, graph));
  }
  return out;
}

export function ruleIds(findings: Finding[]): string[] {
  return findings.map((f) => f.ruleId).sort();
}
