/**
 * One walk over the repository for discovery: its directories and kustomization directories, what each
 * kustomization builds on, which are Components, which directories are Helm charts, and the GitOps objects
 * written in it — Argo CD Applications and ApplicationSets, Flux Kustomizations and sources — with the
 * directories their paths select. Parsing is bounded: a YAML file is parsed only when its text names an
 * Argo CD or Flux API group, through the parse cache the builds share, and what discovery needs of each file
 * is summarised once per text.
 */
import type { FileSystem } from '../ports.ts';
import { readText } from '../ports.ts';
import { joinPath, normalizePath, resolvePath } from '../path.ts';
import { isJsonObject, type JsonObject } from '../model/json.ts';
import { readDocumentsOnce, readKustomizationFileOnce, sharedParseCache } from '../kustomize/parse-cache.ts';
import { parseYamlDocuments } from '../yaml/parse.ts';
import { isExcluded } from '../suppress.ts';
import { addTo } from '../model/multimap.ts';
import { sameNames } from '../listing.ts';

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
  /** Kustomization directories of `kind: Component`. */
  components?: Set<string>;
  /** Directories of Helm charts (a Chart.yaml): their templates are not manifests. */
  chartDirs?: Set<string>;
  /** Argo CD and Flux objects written in the repository, by the directory of their file. */
  gitops?: GitOpsObjects;
  /** Set when the walk stopped at this many directories, with more left: the rest was not looked at. */
  walkLimit?: number;
}

/** What discovery needs to know of a repository's Argo CD and Flux objects. */
export interface GitOpsObjects {
  /** Directories holding Flux Kustomizations. */
  fluxKustomizationDirs: Set<string>;
  /** Directories holding Argo CD Applications or ApplicationSets. */
  argoDirs: Set<string>;
  /** Directories an Application or Flux Kustomization renders (its `path`), repo-relative. */
  selected: Set<string>;
  /** Of those, the ones Flux renders (built without kustomize's load restrictor), with the directories of the Kustomizations that do. */
  selectedByFlux: Map<string, string[]>;
}

const KUSTOMIZATION_FILES = new Set(['kustomization.yaml', 'kustomization.yml', 'Kustomization']);
const SKIPPED_DIRS = new Set(['.git', 'node_modules', '.github']);

/** Whether the walk passes over an entry of this name (and all it holds). */
export function walkSkips(name: string): boolean {
  return SKIPPED_DIRS.has(name);
}
/**
 * A walk bound: a GitOps repository has thousands of directories, not millions (a vendored tree or a build
 * output left in it can have them). Reaching it is said in a finding; the configuration's `exclude:` lifts it.
 */
export const MAX_DIRS = 100_000;
const GITOPS_GROUPS = /argoproj\.io|toolkit\.fluxcd\.io/;

export interface ScanOptions {
  /** Repo-relative globs not walked (the configuration's `exclude:`). */
  exclude?: readonly string[];
  /**
   * A pull request: `record` the head's walk and file summaries; at the base, `reuse` them where the base
   * answers alike — the walk when every directory lists and every entry is of the same kind, a file's
   * summary when its bytes are the same — and read the rest.
   */
  memo?: { record?: ScanRecord; reuse?: { record: ScanRecord; same: SameAnswers } };
}

/** What a walk of one tree saw, for another tree to be checked against and to reuse. */
export interface ScanRecord {
  /** Directories whose real path was asked (absolute). */
  realPaths: string[];
  /**
   * Directories listed (absolute), with their names — skipped ones too (walkSkips) — or undefined when
   * unreadable, and where their entries start in `kinds` (they run to where the next directory's start).
   */
  listed: [string, readonly string[] | undefined, number][];
  /** Entries whose kind was asked (absolute), directory by directory in the order of `listed`. */
  kinds: string[];
  walk?: Walk;
  /** Summaries by absolute path (undefined: unreadable, or not a kustomization). */
  kustomizations: Map<string, KustomizationSummary | undefined>;
  gitops: Map<string, GitOpsObject[]>;
  /** What the scan made of it all. */
  tree?: RepoTree;
}

export function emptyScanRecord(): ScanRecord {
  return { realPaths: [], listed: [], kinds: [], kustomizations: new Map(), gitops: new Map() };
}

/** Whether another tree (a pull request's head) answers a question about a path as the one scanned does. */
export interface SameAnswers {
  realPath(path: string): boolean;
  list(path: string): boolean;
  kind(path: string): boolean;
  bytes(path: string): boolean;
  /**
   * The files whose bytes may differ, when known (absolute): every other file both trees hold answers
   * `bytes` alike. Undefined: ask `bytes` of each.
   */
  changedFiles?(): Iterable<string> | undefined;
  /** True when a directory's names the walk looks at are known to be the same in both trees without listing it. */
  walkListsAlike?(dir: string): boolean;
}

/** What the walk finds: repo-relative directories and files. */
interface Walk {
  dirs: string[];
  kustomizationDirs: string[];
  chartDirs: Set<string>;
  yamlFiles: string[];
  /** Kustomization directory → its kustomization file, as the walk saw it among the directory's files. */
  kustomizationFiles: Map<string, string>;
  /** Whether the walk stopped at MAX_DIRS with directories left to look at. */
  truncated: boolean;
}

/** Walks the repository breadth-first, bounded, skipping excluded directories. */
export function scanRepo(fs: FileSystem, root: string, options: ScanOptions = {}): RepoTree {
  const exclude = options.exclude ?? [];
  const { record, reuse } = options.memo ?? {};
  const heldWalk = reuse?.record.walk && walkHolds(reuse.record, reuse.same, fs) ? reuse.record.walk : undefined;
  if (heldWalk && reuse!.record.tree && treeHolds(fs, reuse!.record, reuse!.same)) return reuse!.record.tree;
  const walk = heldWalk ?? walkRepo(fs, root, exclude, record);
  if (record) record.walk = walk;
  const knownKustomizations = reuse && { known: reuse.record.kustomizations, same: reuse.same };
  const knownGitOps = reuse && { known: reuse.record.gitops, same: reuse.same };
  const summaries = {
    kustomization: (file: string, read: () => string) => remembered(file, record?.kustomizations, knownKustomizations, () => kustomizationSummary(file, read())),
    gitops: (file: string, read: () => string) => remembered(file, record?.gitops, knownGitOps, () => gitOpsObjectsIn(file, read())) ?? [],
  };
  const kustomizations = readKustomizations(fs, root, walk.kustomizationDirs, walk.kustomizationFiles, summaries.kustomization);
  const dirSet = new Set(walk.dirs);
  const tree: RepoTree = {
    dirs: walk.dirs,
    kustomizationDirs: walk.kustomizationDirs,
    includes: kustomizations.includes,
    components: kustomizations.components,
    chartDirs: walk.chartDirs,
    gitops: readGitOpsObjects(fs, root, walk.yamlFiles.filter((f) => !underChart(f, walk.chartDirs)), dirSet, summaries.gitops),
    ...(walk.truncated ? { walkLimit: MAX_DIRS } : {}),
  };
  if (record) record.tree = tree;
  return tree;
}

/**
 * Whether a recorded scan's result holds as a whole in a tree whose walk held: the result depends on the
 * walk and on the summary of each kustomization and GitOps file, so it holds when every file whose bytes
 * may differ is summarised alike (an edit to an overlay's patches changes no summary). Only when the
 * trees know which files may differ: asking every file costs what scanning does.
 */
function treeHolds(fs: FileSystem, record: ScanRecord, same: SameAnswers): boolean {
  const changed = same.changedFiles?.();
  if (!changed) return false;
  for (const file of changed) {
    const kustomization = record.kustomizations.has(file);
    const gitops = record.gitops.has(file);
    if ((!kustomization && !gitops) || same.bytes(file)) continue;
    if (kustomization && !sameSummary(record.kustomizations.get(file), summarised(() => kustomizationSummary(file, readText(fs, file))))) return false;
    if (gitops && !sameSummary(record.gitops.get(file) ?? [], summarised(() => gitOpsObjectsIn(file, readText(fs, file))) ?? [])) return false;
  }
  return true;
}

/** A file's summary, or undefined when it cannot be read or summarised (as `remembered` makes it). */
function summarised<T>(make: () => T | undefined): T | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

function sameSummary(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether a recorded walk holds in `fs`: every directory resolves and lists alike (but for the names the
 * walk skips: a working tree has a `.git`, a commit's tree has not), every entry is of the same kind.
 */
function walkHolds(record: ScanRecord, same: SameAnswers, fs: FileSystem): boolean {
  return (
    record.realPaths.every((p) => same.realPath(p)) &&
    record.listed.every(([dir, names]) => same.walkListsAlike?.(dir) || sameWalkedNames(namesOrUnreadable(fs, dir), names)) &&
    record.kinds.every((p) => same.kind(p))
  );
}

/** The names of a directory; undefined when it cannot be listed. */
function namesOrUnreadable(fs: FileSystem, dir: string): readonly string[] | undefined {
  try {
    return fs.readDir(dir);
  } catch {
    return undefined;
  }
}

/** Whether two listings agree on the names a walk looks at (both unreadable counts as alike). */
function sameWalkedNames(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return a === undefined || b === undefined ? a === b : sameNames(a, b, walkSkips);
}

/**
 * A file's summary: the recorded one when the file holds the same bytes, else `make()` (undefined when
 * the file cannot be read or summarised); recorded when asked to.
 */
function remembered<T>(
  file: string,
  record: Map<string, T | undefined> | undefined,
  reuse: { known: Map<string, T | undefined>; same: SameAnswers } | undefined,
  make: () => T | undefined,
): T | undefined {
  // Unreadable or unparsable is undefined: the build that reads it reports it.
  const value = reuse && reuse.known.has(file) && reuse.same.bytes(file) ? reuse.known.get(file) : summarised(make);
  record?.set(file, value);
  return value;
}

function walkRepo(fs: FileSystem, root: string, exclude: readonly string[], record: ScanRecord | undefined): Walk {
  const dirs: string[] = [];
  const kustomizationDirs: string[] = [];
  const chartDirs = new Set<string>();
  const yamlFiles: string[] = [];
  const kustomizationFiles = new Map<string, string>();
  const queue: string[] = ['.'];
  let head = 0;
  const seenReal = new Set<string>();
  while (head < queue.length && dirs.length < MAX_DIRS) {
    const rel = queue[head++]!;
    const abs = rel === '.' ? root : joinPath(root, rel);
    record?.realPaths.push(abs);
    const real = fs.realPath(abs);
    if (seenReal.has(real)) continue; // a symlink loop
    seenReal.add(real);
    dirs.push(rel);
    let names: string[];
    try {
      names = fs.readDir(abs);
    } catch {
      record?.listed.push([abs, undefined, record.kinds.length]);
      continue;
    }
    record?.listed.push([abs, names, record.kinds.length]); // names: its own copy (readDir's), never changed below
    if (names.some((n) => KUSTOMIZATION_FILES.has(n))) kustomizationDirs.push(rel);
    if (names.includes('Chart.yaml')) chartDirs.add(rel);
    for (const name of names) {
      if (SKIPPED_DIRS.has(name)) continue;
      const childRel = rel === '.' ? name : `${rel}/${name}`;
      if (exclude.length > 0 && isExcluded(childRel, exclude)) continue;
      const childAbs = joinPath(root, childRel);
      record?.kinds.push(childAbs);
      // Only the kind: a file too large to read is refused when read, like any other unreadable file.
      const kind = fs.stat(childAbs)?.kind;
      if (kind === 'dir') queue.push(childRel);
      else if (kind === 'file' && KUSTOMIZATION_FILES.has(name)) noteKustomizationFile(kustomizationFiles, rel, name);
      if (kind === 'file' && /\.ya?ml$/.test(name)) yamlFiles.push(childRel);
    }
  }
  dirs.sort();
  kustomizationDirs.sort();
  return { dirs, kustomizationDirs, chartDirs, yamlFiles, kustomizationFiles, truncated: head < queue.length };
}

/** True when `path` lies in a Helm chart directory (its templates do not parse as YAML). */
export function underChart(path: string, chartDirs: ReadonlySet<string>): boolean {
  if (chartDirs.size === 0) return false;
  for (let cur = path; cur.includes('/'); ) {
    cur = cur.slice(0, cur.lastIndexOf('/'));
    if (chartDirs.has(cur)) return true;
  }
  return chartDirs.has('.');
}

/** The file kustomize would load in a directory: the first of its names, in kustomize's order. */
function noteKustomizationFile(files: Map<string, string>, dir: string, name: string): void {
  const seen = files.get(dir);
  if (seen === undefined || KUSTOMIZATION_FILE_ORDER.indexOf(name) < KUSTOMIZATION_FILE_ORDER.indexOf(seen)) files.set(dir, name);
}

const KUSTOMIZATION_FILE_ORDER = [...KUSTOMIZATION_FILES];

/** What each kustomization builds on, among the repository's kustomization directories, and which are Components. */
function readKustomizations(
  fs: FileSystem,
  root: string,
  kustomizationDirs: string[],
  seenFiles: ReadonlyMap<string, string>,
  summaryOf: (file: string, read: () => string) => KustomizationSummary | undefined,
): { includes: Map<string, string[]>; components: Set<string> } {
  const kdirs = new Set(kustomizationDirs);
  const includes = new Map<string, string[]>();
  const components = new Set<string>();
  for (const dir of kustomizationDirs) {
    const abs = dir === '.' ? root : joinPath(root, dir);
    // The walk saw the directory's files, unless `exclude:` hid them from it.
    const seen = seenFiles.get(dir);
    const file = seen !== undefined ? joinPath(abs, seen) : KUSTOMIZATION_FILE_ORDER.map((n) => joinPath(abs, n)).find((p) => fs.stat(p)?.kind === 'file');
    if (!file) continue;
    const summary = summaryOf(file, () => readText(fs, file));
    if (!summary) continue; // unreadable or broken: the build reports it
    if (summary.component) components.add(dir);
    const refs: string[] = [];
    for (const entry of summary.entries) {
      const target = resolvePath(dir, entry);
      if (kdirs.has(target) && target !== dir) refs.push(target);
    }
    if (refs.length > 0) includes.set(dir, refs);
  }
  return { includes, components };
}

/** What discovery reads of a kustomization file: its kind, and the local entries it builds on. */
export interface KustomizationSummary {
  component: boolean;
  /** `resources`, `bases` and `components` entries that are local paths, as written. */
  entries: string[];
}

/**
 * Summaries by path and exact text, for the whole process: a pull request's base reads the same text as
 * its head for every file the change left alone, and gets the summary without parsing or copying.
 */
const kustomizationSummaries = sharedParseCache<KustomizationSummary | undefined>();

function kustomizationSummary(file: string, text: string): KustomizationSummary | undefined {
  return kustomizationSummaries.get(file, text, () => {
    // The same parse the builds use: each kustomization file is parsed once per run.
    const value = readKustomizationFileOnce(text, file)[0]?.value;
    if (!isJsonObject(value)) return undefined;
    const entries: string[] = [];
    for (const field of ['resources', 'bases', 'components'] as const) {
      const list = value[field];
      if (!Array.isArray(list)) continue;
      for (const entry of list) if (typeof entry === 'string' && !entry.includes('://') && !entry.startsWith('/')) entries.push(entry);
    }
    return { component: value.kind === 'Component', entries };
  });
}

/** The Argo CD and Flux objects of the repository's YAML files, and the directories they select. */
function readGitOpsObjects(
  fs: FileSystem,
  root: string,
  yamlFiles: string[],
  dirs: ReadonlySet<string>,
  objectsIn: (file: string, read: () => string) => GitOpsObject[],
): GitOpsObjects {
  const out: GitOpsObjects = { fluxKustomizationDirs: new Set(), argoDirs: new Set(), selected: new Set(), selectedByFlux: new Map() };
  for (const rel of yamlFiles) {
    const abs = joinPath(root, rel);
    const objects = objectsIn(abs, () => readText(fs, abs));
    if (objects.length === 0) continue;
    const dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '.';
    for (const o of objects) {
      if (o.kind === 'argo') {
        out.argoDirs.add(dir);
        for (const path of o.paths) {
          const target = repoDir(path);
          if (target !== undefined && dirs.has(target)) out.selected.add(target);
        }
      } else {
        out.fluxKustomizationDirs.add(dir);
        const target = fluxTarget(o.path, dir, dirs);
        if (target !== undefined) {
          out.selected.add(target);
          addTo(out.selectedByFlux, target, dir);
        }
      }
    }
  }
  return out;
}

/** An Argo CD Application or ApplicationSet (with its source paths), or a Flux Kustomization (with its path). */
export type GitOpsObject = { kind: 'argo'; paths: string[] } | { kind: 'flux'; path: string };

/** Summaries by path and exact text, as kustomizationSummaries. */
const gitOpsSummaries = sharedParseCache<GitOpsObject[]>();

function gitOpsObjectsIn(file: string, text: string): GitOpsObject[] {
  // Only files that name an Argo CD or Flux API group are parsed at all.
  if (!GITOPS_GROUPS.test(text)) return [];
  return gitOpsSummaries.get(file, text, () => {
    let docs;
    try {
      docs = readDocumentsOnce(text, file, parseYamlDocuments);
    } catch {
      return []; // the build that reads it reports it
    }
    const objects: GitOpsObject[] = [];
    for (const doc of docs) {
      const obj = doc.value;
      if (!isJsonObject(obj) || typeof obj.apiVersion !== 'string') continue;
      const group = obj.apiVersion.split('/')[0];
      if (group === 'argoproj.io' && (obj.kind === 'Application' || obj.kind === 'ApplicationSet')) {
        objects.push({ kind: 'argo', paths: applicationPaths(obj) });
      } else if (group === 'kustomize.toolkit.fluxcd.io' && obj.kind === 'Kustomization') {
        const spec = isJsonObject(obj.spec) ? obj.spec : {};
        objects.push({ kind: 'flux', path: typeof spec.path === 'string' ? spec.path : './' });
      }
    }
    return objects;
  });
}

function applicationPaths(app: JsonObject): string[] {
  const spec = isJsonObject(app.spec) ? app.spec : {};
  const sources = [spec.source, ...(Array.isArray(spec.sources) ? spec.sources : [])];
  return sources.filter(isJsonObject).map((s) => s.path).filter((p): p is string => typeof p === 'string');
}

/**
 * Where a Flux Kustomization's path lands: in the repository root (a GitRepository of the whole
 * repository), else under the nearest ancestor of its own file where it exists (an OCI artifact or
 * ExternalArtifact built from a subdirectory holds paths relative to that directory).
 */
export function fluxTarget(path: string, fileDir: string, dirs: ReadonlySet<string>): string | undefined {
  const fromRoot = repoDir(path);
  if (fromRoot !== undefined && dirs.has(fromRoot)) return fromRoot;
  for (let cur = fileDir; cur !== '.'; cur = cur.includes('/') ? cur.slice(0, cur.lastIndexOf('/')) : '.') {
    const candidate = repoDir(`${cur}/${path.replace(/^\.?\/+/, '')}`);
    if (candidate !== undefined && dirs.has(candidate)) return candidate;
  }
  return undefined;
}

/** A path as written in an Application or Kustomization, as a repo-relative directory; undefined when it leaves. */
function repoDir(path: string): string | undefined {
  const rel = normalizePath(path.replace(/^\/+/, ''));
  return rel === '..' || rel.startsWith('../') ? undefined : rel;
}
