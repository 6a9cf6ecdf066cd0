import { minimatch } from 'minimatch';
import type { FileSystem } from './ports.ts';
import { joinPath, resolvePath } from './path.ts';
import { readText } from './ports.ts';
import { isJsonObject } from './model/json.ts';
import { parseKustomizationFileOnce } from './kustomize/parse-cache.ts';
import type { Config, EnvironmentConfig } from '../config/config.ts';
import { defaultBranch } from '../config/config.ts';

/** How an entrypoint is rendered: a kustomization directory, or a Flux cluster tree (Flux's generated kustomization). */
export type EntrypointKind = 'kustomization' | 'flux-tree';

export interface Entrypoint {
  /** Repo-relative directory with `/`, `.` for the root. */
  path: string;
  kind: EntrypointKind;
}

export interface Environment {
  config: EnvironmentConfig;
  entrypoints: Entrypoint[];
}

export interface RepoTree {
  /** Repo-relative directories holding a kustomization file. */
  kustomizationDirs: string[];
  /** Every repo-relative directory. */
  dirs: string[];
  /**
   * Kustomization directory → the kustomization directories it builds on (`resources`, `bases`,
   * `components`), repo-relative. Absent for trees made by hand; an unreadable kustomization has none.
   */
  includes?: Map<string, string[]>;
}

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.github']);
/** A walk bound: a GitOps repository has thousands of directories, not millions. */
const MAX_DIRS = 100_000;

/** Lists the repository's directories and its kustomization directories, breadth-first and bounded. */
export function scanRepo(fs: FileSystem, root: string): RepoTree {
  const dirs: string[] = [];
  const kustomizationDirs: string[] = [];
  const queue: string[] = ['.'];
  const seenReal = new Set<string>();
  while (queue.length > 0 && dirs.length < MAX_DIRS) {
    const rel = queue.shift()!;
    const abs = rel === '.' ? root : joinPath(root, rel);
    const real = fs.realPath(abs);
    if (seenReal.has(real)) continue; // a symlink loop
    seenReal.add(real);
    dirs.push(rel);
    let names: string[];
    try {
      names = fs.readDir(abs);
    } catch {
      continue;
    }
    if (names.some((n) => KUSTOMIZATION_FILES.has(n))) kustomizationDirs.push(rel);
    for (const name of names) {
      if (SKIPPED_DIRS.has(name)) continue;
      const childRel = rel === '.' ? name : `${rel}/${name}`;
      if (fs.stat(joinPath(root, childRel))?.kind === 'dir') queue.push(childRel);
    }
  }
  dirs.sort();
  kustomizationDirs.sort();
  return { dirs, kustomizationDirs, includes: readIncludes(fs, root, kustomizationDirs) };
}

/** What each kustomization builds on, among the repository's kustomization directories. */
function readIncludes(fs: FileSystem, root: string, kustomizationDirs: string[]): Map<string, string[]> {
  const kdirs = new Set(kustomizationDirs);
  const out = new Map<string, string[]>();
  for (const dir of kustomizationDirs) {
    const abs = dir === '.' ? root : joinPath(root, dir);
    const file = [...KUSTOMIZATION_FILES].map((n) => joinPath(abs, n)).find((p) => fs.stat(p)?.kind === 'file');
    if (!file) continue;
    let value: unknown;
    try {
      // The same cache the builds use: each kustomization file is parsed once per run.
      value = parseKustomizationFileOnce(readText(fs, file), file)[0]?.value;
    } catch {
      continue; // the build reports it
    }
    if (!isJsonObject(value)) continue;
    const refs: string[] = [];
    for (const field of ['resources', 'bases', 'components'] as const) {
      const list = value[field];
      if (!Array.isArray(list)) continue;
      for (const entry of list) {
        if (typeof entry !== 'string' || entry.includes('://') || entry.startsWith('/')) continue;
        const target = resolvePath(dir, entry);
        if (kdirs.has(target) && target !== dir) refs.push(target);
      }
    }
    if (refs.length > 0) out.set(dir, refs);
  }
  return out;
}

const PROMOTION_ORDER = ['dev', 'development', 'int', 'integration', 'test', 'qa', 'uat', 'stage', 'staging', 'preprod', 'prod', 'production'];

/** dev → test → staging → prod, then any other names alphabetically. */
export function compareEnvironmentNames(a: string, b: string): number {
  const ia = PROMOTION_ORDER.indexOf(a);
  const ib = PROMOTION_ORDER.indexOf(b);
  if (ia >= 0 && ib >= 0) return ia - ib;
  if (ia >= 0) return -1;
  if (ib >= 0) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The environments to check and their entrypoints: as configured, or detected from the seeds' layouts —
 * `overlays/<env>` directories, Flux `clusters/<name>` trees, or a lone `k8s/` / root kustomization.
 */
export function discoverEnvironments(tree: RepoTree, config: Config): Environment[] {
  if (config.environments.length > 0) {
    return config.environments.map((env) => ({
      config: env,
      entrypoints: env.entrypoints.length > 0 ? expandGlobs(tree, env.entrypoints) : detect(tree).get(env.name) ?? [],
    }));
  }
  const detected = detect(tree);
  const names = [...detected.keys()].sort(compareEnvironmentNames);
  const present = names.filter((n) => PROMOTION_ORDER.includes(n));
  return names.map((name) => {
    const env: EnvironmentConfig = {
      name,
      branch: defaultBranch(name),
      entrypoints: [],
      allowedSources: [],
      targetRevisions: [],
    };
    // Default promotion chain over the well-known names present: each promotes from the one before it.
    const i = present.indexOf(name);
    if (i > 0) env.promotesFrom = present[i - 1]!;
    return { config: env, entrypoints: detected.get(name)! };
  });
}

function expandGlobs(tree: RepoTree, globs: string[]): Entrypoint[] {
  const out: Entrypoint[] = [];
  const kdirs = new Set(tree.kustomizationDirs);
  for (const glob of globs) {
    const pattern = glob.replace(/^\.\//, '').replace(/\/$/, '') || '.';
    for (const dir of tree.dirs) {
      if (dir === pattern || minimatch(dir, pattern, { dot: false })) {
        if (!out.some((e) => e.path === dir)) out.push({ path: dir, kind: kdirs.has(dir) ? 'kustomization' : 'flux-tree' });
      }
    }
  }
  return out;
}

function detect(tree: RepoTree): Map<string, Entrypoint[]> {
  const envs = new Map<string, Entrypoint[]>();
  const add = (name: string, e: Entrypoint) => {
    const list = envs.get(name) ?? [];
    if (!list.some((x) => x.path === e.path)) list.push(e);
    envs.set(name, list);
  };
  const kdirs = new Set(tree.kustomizationDirs);

  // overlays/<env>: the topmost kustomization at or below each overlays/<env> directory.
  for (const dir of tree.kustomizationDirs) {
    const segs = dir.split('/');
    const i = segs.lastIndexOf('overlays');
    if (i < 0 || i + 1 >= segs.length) continue;
    const env = segs[i + 1]!;
    const envRoot = segs.slice(0, i + 2).join('/');
    if (hasKustomizationAncestor(dir, envRoot, kdirs)) continue;
    add(env, { path: dir, kind: 'kustomization' });
  }

  // Flux: clusters/<name>, one environment per cluster.
  for (const dir of tree.dirs) {
    const segs = dir.split('/');
    if (segs.length >= 2 && segs[segs.length - 2] === 'clusters') {
      add(segs[segs.length - 1]!, { path: dir, kind: kdirs.has(dir) ? 'kustomization' : 'flux-tree' });
    }
  }

  if (envs.size === 0) {
    const lone = kdirs.has('k8s') ? 'k8s' : kdirs.has('.') ? '.' : undefined;
    if (lone) add('default', { path: lone, kind: 'kustomization' });
  }
  if (tree.includes) {
    for (const [name, list] of envs) envs.set(name, withoutIncluded(list, tree.includes));
  }
  return envs;
}

/**
 * Drops a detected entrypoint that another entrypoint of the same environment builds on (an aggregate
 * overlay over per-component overlays): it is part of that build, not a second copy in the cluster.
 */
function withoutIncluded(entrypoints: Entrypoint[], includes: Map<string, string[]>): Entrypoint[] {
  const reach = (from: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      for (const next of includes.get(stack.pop()!) ?? []) {
        if (seen.has(next)) continue;
        seen.add(next);
        stack.push(next);
      }
    }
    return seen;
  };
  const reached = new Map(entrypoints.map((e) => [e.path, reach(e.path)]));
  // Kept unless another entrypoint reaches it and it does not reach that one back (a cycle fails to build
  // either way, and is reported once per entrypoint).
  return entrypoints.filter(
    (e) => !entrypoints.some((o) => o.path !== e.path && reached.get(o.path)!.has(e.path) && !reached.get(e.path)!.has(o.path)),
  );
}

/** True when a directory between `envRoot` (inclusive) and `dir` (exclusive) holds a kustomization. */
function hasKustomizationAncestor(dir: string, envRoot: string, kdirs: Set<string>): boolean {
  let cur = dir;
  while (cur !== envRoot && cur.includes('/')) {
    cur = cur.slice(0, cur.lastIndexOf('/'));
    if (kdirs.has(cur)) return true;
  }
  return false;
}
