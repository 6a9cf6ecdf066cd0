import { minimatch } from 'minimatch';
import type { FileSystem } from './ports.ts';
import type { Config, EnvironmentConfig } from '../config/config.ts';
import { defaultBranch } from '../config/config.ts';
import { scanRepo as scanRepoTree, underChart, type RepoTree, type ScanOptions } from './discover/scan.ts';

export type { RepoTree, GitOpsObjects, ScanOptions } from './discover/scan.ts';

/**
 * How an entrypoint is rendered: a kustomization directory as `kustomize build` builds it, or as Flux's
 * kustomize-controller builds a path (a generated kustomization when it has none; no load restrictor).
 */
export type EntrypointKind = 'kustomization' | 'flux-tree';

export interface Entrypoint {
  /** Repo-relative directory with `/`, `.` for the root. */
  path: string;
  kind: EntrypointKind;
  /**
   * An in-repo Argo CD Application or Flux Kustomization renders this directory: the environment renders it
   * after its other entrypoints, and only when no such object rendered it already (with its amendments).
   */
  selected?: boolean;
  /**
   * For a directory discovery takes for a Flux cluster tree: the directories below it that Flux
   * Kustomizations of the repository render. They are those Kustomizations' (rendered when followed), not
   * part of the tree's own generated kustomization — the bootstrap that really syncs the tree is outside
   * the repository, and this is how such trees are laid out (`ks.yaml` beside its `app/`).
   */
  ownedBelow?: string[];
}

export interface Environment {
  config: EnvironmentConfig;
  entrypoints: Entrypoint[];
}

/** Lists the repository for discovery (see discover/scan.ts). */
export function scanRepo(fs: FileSystem, root: string, options: ScanOptions = {}): RepoTree {
  return scanRepoTree(fs, root, options);
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
 * The environments to check and their entrypoints: as configured, or detected from the repository's
 * layout (see `detect`). Detected environments get their branch from their name and the promotion chain
 * dev → … → prod over the well-known names present; an environment of independent kustomization roots
 * (a catalogue, or a repository with no environment layout) is `isolated`.
 */
export function discoverEnvironments(tree: RepoTree, config: Config): Environment[] {
  if (config.environments.length > 0) {
    const detected = config.environments.some((e) => e.entrypoints.length === 0) ? detect(tree).environments : new Map<string, Entrypoint[]>();
    return config.environments.map((env) => ({
      config: env,
      entrypoints: markSelected(tree, env.entrypoints.length > 0 ? expandGlobs(tree, env.entrypoints) : detected.get(env.name) ?? []),
    }));
  }
  const { environments, isolated } = detect(tree);
  const names = [...environments.keys()].sort(compareEnvironmentNames);
  const present = names.filter((n) => PROMOTION_ORDER.includes(n));
  const out: Environment[] = names.map((name) => {
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
    return { config: env, entrypoints: environments.get(name)! };
  });
  if (isolated.length > 0) {
    const name = out.length === 0 ? 'default' : uniqueName('catalog', names);
    out.push({
      config: { name, branch: defaultBranch(name), entrypoints: [], allowedSources: [], targetRevisions: [], isolated: true },
      entrypoints: isolated,
    });
  }
  return out;
}

function uniqueName(base: string, taken: string[]): string {
  let name = base;
  for (let i = 2; taken.includes(name); i++) name = `${base}-${i}`;
  return name;
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

/** Flags entrypoints an in-repo Application or Flux Kustomization renders; Flux's are built as Flux builds them. */
function markSelected(tree: RepoTree, entrypoints: Entrypoint[]): Entrypoint[] {
  const gitops = tree.gitops;
  if (!gitops) return entrypoints;
  return entrypoints.map((e) => {
    if (!gitops.selected.has(e.path)) return e;
    return { ...e, selected: true, ...(gitops.selectedByFlux.has(e.path) ? { kind: 'flux-tree' as const } : {}) };
  });
}

/** Directories that hold environments by name: `envs/<env>`, `clusters/<cluster>`… */
const ENVIRONMENT_CONTAINERS = new Set(['envs', 'env', 'environments', 'clusters']);
/** Names of a layout's own parts, never an environment's. */
const STRUCTURAL_NAMES = new Set(['overlays', 'overlay', 'base', 'bases', 'components', 'common', 'shared', 'templates']);
/**
 * Names people give environments: the stages (optionally with a region or variant, `prod-eu`, `staging2`)
 * and sandboxes. A catalogue's variants (`stable`, `v1.11`, `aws`) are not among them.
 */
const ENVIRONMENT_NAME =
  /^(dev|develop|development|int|integration|test|testing|qa|uat|sit|stage|staging|stg|preprod|pre-prod|perf|prod|production|prd|sandbox)\d*([-_.][a-z0-9]+)*$|^[a-z0-9]+[-_](dev|test|qa|uat|stage|staging|preprod|prod|production)\d*$/;

export function isEnvironmentName(name: string): boolean {
  return ENVIRONMENT_NAME.test(name.toLowerCase());
}

interface Detected {
  environments: Map<string, Entrypoint[]>;
  /** Kustomization roots checked each on its own, not as one cluster: a catalogue's entries. */
  isolated: Entrypoint[];
}

/**
 * Environments from the layout, in this order of evidence:
 * 1. containers named for environments: `envs/<env>`, `env/<env>`, `environments/<env>` (the topmost
 *    kustomizations below) and Flux `clusters/<cluster>` trees;
 * 2. `overlays/<name>` (per-app and env-first), when the name is an environment's — a stage name, a name
 *    step 1 found, a directory under `clusters/` — or an in-repo Application or Flux Kustomization renders
 *    it; any other `overlays/<variant>` is a catalogue entry;
 * 3. without those: Flux bootstraps (a directory of Flux Kustomizations nothing else renders) and Argo CD
 *    app-of-apps roots (a directory of Applications nothing else renders), one `default` environment;
 * 4. without those: a lone `k8s/` or root kustomization, environment `default`.
 * Kustomization roots no environment reaches — catalogue entries, or every root when nothing above
 * matched — are checked each on its own (`isolated`).
 */
function detect(tree: RepoTree): Detected {
  const envs = new Map<string, Entrypoint[]>();
  const claimed = new Set<string>(); // name\0path of every entrypoint added, and the bare paths
  const add = (name: string, e: Entrypoint) => {
    const list = envs.get(name) ?? [];
    if (!claimed.has(`${name}\0${e.path}`)) list.push(e);
    claimed.add(`${name}\0${e.path}`);
    claimed.add(e.path);
    envs.set(name, list);
  };
  const kdirs = new Set(tree.kustomizationDirs);
  const charts = tree.chartDirs ?? new Set<string>();
  const gitops = tree.gitops;
  const selected = gitops?.selected ?? new Set<string>();
  const kindOf = (dir: string): EntrypointKind => (kdirs.has(dir) && !gitops?.selectedByFlux.has(dir) ? 'kustomization' : 'flux-tree');
  const entry = (dir: string): Entrypoint => {
    const kind = kindOf(dir);
    const within = (d: string) => d !== dir && (dir === '.' || d.startsWith(`${dir}/`));
    // Directories below the tree that a Flux Kustomization written in the tree itself renders.
    const owned =
      kind === 'flux-tree' && !selected.has(dir)
        ? [...(gitops?.selectedByFlux ?? [])].filter(([d, holders]) => within(d) && holders.some((h) => h === dir || within(h))).map(([d]) => d).sort()
        : [];
    return { path: dir, kind, ...(selected.has(dir) ? { selected: true } : {}), ...(owned.length > 0 ? { ownedBelow: owned } : {}) };
  };

  // 1. envs/<env>, env/<env>, environments/<env>: the topmost kustomizations below; clusters/<name>: the tree.
  const explicitNames = new Set<string>();
  for (const dir of tree.dirs) {
    if (underChart(dir, charts)) continue;
    const segs = dir.split('/');
    const i = segs.length - 2;
    if (i < 0 || !ENVIRONMENT_CONTAINERS.has(segs[i]!) || STRUCTURAL_NAMES.has(segs[i + 1]!)) continue;
    const name = segs[i + 1]!;
    if (segs[i] === 'clusters') {
      add(name, entry(dir));
      explicitNames.add(name);
      continue;
    }
    for (const k of tree.kustomizationDirs) {
      if ((k === dir || k.startsWith(`${dir}/`)) && !hasKustomizationAncestor(k, dir, kdirs)) {
        add(name, entry(k));
        explicitNames.add(name);
      }
    }
  }

  // 2. overlays/<name>: the topmost kustomization at or below each overlays/<name> directory.
  const variants: Entrypoint[] = [];
  for (const dir of tree.kustomizationDirs) {
    if (underChart(dir, charts)) continue;
    const segs = dir.split('/');
    const i = segs.lastIndexOf('overlays');
    if (i < 0 || i + 1 >= segs.length) continue;
    const name = segs[i + 1]!;
    const envRoot = segs.slice(0, i + 2).join('/');
    if (hasKustomizationAncestor(dir, envRoot, kdirs)) continue;
    if (claimed.has(dir)) continue;
    const environmentLike = isEnvironmentName(name) || explicitNames.has(name) || segs.slice(0, i).includes('clusters') || selected.has(dir);
    if (environmentLike) add(name, entry(dir));
    else variants.push(entry(dir));
  }

  // 3. Flux bootstraps and Argo CD app-of-apps roots, when the layout named no environment.
  if (envs.size === 0 && gitops) {
    const holders = [...gitops.fluxKustomizationDirs, ...gitops.argoDirs].filter((d) => !underSelected(d, selected) && !includedBySome(d, tree)).sort();
    for (const dir of topmost(holders)) add('default', entry(dir));
  }

  // 4. A lone k8s/ or root kustomization.
  if (envs.size === 0) {
    const lone = kdirs.has('k8s') ? 'k8s' : kdirs.has('.') ? '.' : undefined;
    if (lone) add('default', entry(lone));
  }
  if (tree.includes) {
    for (const [name, list] of envs) envs.set(name, withoutIncluded(list, tree.includes));
  }
  return { environments: envs, isolated: unclaimedRoots(tree, envs, variants) };
}

/**
 * Whether an Application or Flux Kustomization renders `dir` or a directory above it: Flux builds a whole
 * tree when the path has no kustomization, so what lies below is its owner's, not a root of its own.
 */
function underSelected(dir: string, selected: ReadonlySet<string>): boolean {
  if (selected.size === 0) return false;
  for (let cur = dir; ; cur = cur.slice(0, cur.lastIndexOf('/'))) {
    if (selected.has(cur)) return true;
    if (!cur.includes('/')) return selected.has('.');
  }
}

/** Keeps the directories no other one of the list contains. */
function topmost(dirs: string[]): string[] {
  return dirs.filter((d) => !dirs.some((o) => o !== d && (o === '.' || d.startsWith(`${o}/`))));
}

/** Whether another kustomization of the repository builds on the kustomization in `dir`. */
function includedBySome(dir: string, tree: RepoTree): boolean {
  if (!tree.includes) return false;
  for (const refs of tree.includes.values()) if (refs.includes(dir)) return true;
  return false;
}

/**
 * Kustomization roots no environment reaches, each to be checked on its own: the catalogue variants, and —
 * when no environment was found at all — every root. A root is a kustomization no other builds on, that is
 * not a Component, not in a Helm chart, and that no in-repo Application or Flux Kustomization renders.
 */
function unclaimedRoots(tree: RepoTree, envs: Map<string, Entrypoint[]>, variants: Entrypoint[]): Entrypoint[] {
  const selected = tree.gitops?.selected ?? new Set<string>();
  const included = new Set<string>();
  for (const refs of tree.includes?.values() ?? []) for (const r of refs) included.add(r);
  const isRoot = (dir: string) =>
    !included.has(dir) && !tree.components?.has(dir) && !underChart(dir, tree.chartDirs ?? new Set()) && !underSelected(dir, selected);
  if (envs.size > 0) return variants.filter((v) => isRoot(v.path));
  return tree.kustomizationDirs.filter(isRoot).map((dir) => ({ path: dir, kind: 'kustomization' as const }));
}

/**
 * Drops a detected entrypoint that another entrypoint of the same environment builds on (an aggregate
 * overlay over per-component overlays): it is part of that build, not a second copy in the cluster.
 */
function withoutIncluded(entrypoints: Entrypoint[], includes: ReadonlyMap<string, string[]>): Entrypoint[] {
  const paths = new Set(entrypoints.map((e) => e.path));
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
  // Who reaches each entrypoint, among the others: walked from each reach set, not by pairs.
  const reachedBy = new Map<string, string[]>();
  for (const [from, set] of reached) {
    for (const to of set) {
      if (to === from || !paths.has(to)) continue;
      const list = reachedBy.get(to);
      if (list) list.push(from);
      else reachedBy.set(to, [from]);
    }
  }
  // Kept unless another entrypoint reaches it and it does not reach that one back (a cycle fails to build
  // either way, and is reported once per entrypoint).
  return entrypoints.filter((e) => !(reachedBy.get(e.path) ?? []).some((o) => !reached.get(e.path)!.has(o)));
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
