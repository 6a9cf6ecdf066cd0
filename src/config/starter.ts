/**
 * The `.gitops-gate.yaml` that `gitops-gate init` writes: the environments discovery found, their
 * entrypoints folded into globs where a glob names exactly the same directories, branches and the
 * promotion chain — with comments saying what each part does, so the file is a start to edit, not a dump.
 */
import type { Environment, RepoTree } from '../core/discover.ts';

export function renderStarterConfig(envs: readonly Environment[], tree: RepoTree): string {
  const lines = [
    '# gitops-gate configuration, written by `gitops-gate init` from the layout it detected.',
    '# Every field is optional; its JSON schema is schemas/config.schema.json in gitops-gate.',
  ];
  if (envs.length === 0) {
    lines.push(
      '# Nothing was detected: name the directories each environment renders (globs allowed).',
      'environments:',
      '  - name: prod',
      '    entrypoints: ["deploy/overlays/prod"]',
    );
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    '# Environments in promotion order. entrypoints: repo-relative globs of the directories to render;',
    "# branch: the branch the environment's cluster tracks; promotesFrom: the environment whose branch merges into it.",
    'environments:',
  );
  for (const env of envs) {
    const c = env.config;
    lines.push(`  - name: ${quote(c.name)}`);
    if (c.isolated) {
      lines.push('    # Independent kustomizations (a catalogue): each is checked on its own, never as one cluster.', '    isolated: true');
    } else {
      lines.push(`    branch: ${quote(c.branch)}`);
      if (c.promotesFrom) lines.push(`    promotesFrom: ${quote(c.promotesFrom)}`);
    }
    lines.push('    entrypoints:');
    for (const glob of foldIntoGlobs(env.entrypoints.map((e) => e.path), tree)) lines.push(`      - ${quote(glob)}`);
  }
  lines.push(
    '# rules:                      # severity per rule id: error | warning | notice | off',
    '#   secret/plaintext: warning',
    '# exclude: ["legacy/**"]      # paths never rendered or checked',
  );
  return `${lines.join('\n')}\n`;
}

/**
 * The paths as few globs as possible: a path with one segment made `*` replaces the paths it matches when
 * it matches no other directory of the repository, so the configuration means exactly what was detected.
 */
export function foldIntoGlobs(paths: readonly string[], tree: RepoTree): string[] {
  // Every directory under each of its one-`*` patterns: what a glob would match, without matching globs.
  const byPattern = new Map<string, string[]>();
  for (const dir of tree.dirs) {
    const segs = dir.split('/');
    for (let i = 0; i < segs.length; i++) {
      const glob = [...segs.slice(0, i), '*', ...segs.slice(i + 1)].join('/');
      const list = byPattern.get(glob);
      if (list) list.push(dir);
      else byPattern.set(glob, [dir]);
    }
  }
  const left = new Set(paths);
  const out: string[] = [];
  while (left.size > 0) {
    let best: { glob: string; covers: string[] } | undefined;
    for (const path of left) {
      const segs = path.split('/');
      for (let i = 0; i < segs.length; i++) {
        const glob = [...segs.slice(0, i), '*', ...segs.slice(i + 1)].join('/');
        const matched = byPattern.get(glob) ?? [];
        if (matched.length < 2 || !matched.every((d) => left.has(d))) continue;
        if (!best || matched.length > best.covers.length) best = { glob, covers: matched };
      }
    }
    if (!best) {
      const first = [...left].sort()[0]!;
      out.push(first);
      left.delete(first);
      continue;
    }
    out.push(best.glob);
    for (const d of best.covers) left.delete(d);
  }
  return out.sort();
}

/** A YAML scalar: plain when safe, else double-quoted. */
function quote(value: string): string {
  return /^[A-Za-z0-9._/-][A-Za-z0-9._/ -]*$/.test(value) && !/^(true|false|null|yes|no|on|off|~|[-+]?[0-9.]+)$/i.test(value) ? value : JSON.stringify(value);
}
