import type { FileSystem } from '../ports.ts';
import { readText } from '../ports.ts';
import type { Finding } from '../model/finding.ts';
import { isJsonObject } from '../model/json.ts';
import { isWithin, joinPath, relativePath, resolvePath } from '../path.ts';
import type { ClusterResource, EnvironmentModel } from '../cluster/model.ts';
import { KUSTOMIZATION_FILE_NAMES } from '../kustomize/build.ts';
import { readKustomizationFileOnce } from '../kustomize/parse-cache.ts';
import { locateInYaml } from '../yaml/locate.ts';
import { resourceRef, sourceLocation } from './locations.ts';
import type { PromotionInput } from './promotion.ts';
import { applicationSources, field, isArgoApplication, isFluxKustomization, repoRelative, type ThisRepository } from './promotion-sources.ts';

/**
 * `promotion/cross-environment`: what an environment deploys must come from its own directories. Another
 * environment's territory is its entrypoints and any `overlays/<its name>` directory; an Application or
 * Flux Kustomization path, an Argo CD directory include, a kustomization's `resources` / `bases` /
 * `components` entry, or a patch file that lands there is reported where it is written.
 */

/** Tells which other environment a repo-relative path belongs to, if any. */
type Territory = (relPath: string) => string | undefined;

function territoryOfOthers(model: EnvironmentModel, models: EnvironmentModel[], envNames: string[]): Territory {
  const own = new Set(model.entrypoints.map((e) => e.path));
  const ownAncestors = ancestorsOf(own);
  const me = model.config.name;
  // Entrypoint directory → the other environment it is: looked up by walking a path's ancestors, so a
  // lookup costs the path's depth, not the number of entrypoints.
  const roots = new Map<string, string>();
  for (const other of models) {
    if (other.config.name === me) continue;
    for (const e of other.entrypoints) {
      // A shared directory (or an ancestor of this environment's own entrypoints) belongs to no one.
      if (e.path === '.' || own.has(e.path) || ownAncestors.has(e.path)) continue;
      if (!roots.has(e.path)) roots.set(e.path, other.config.name);
    }
  }
  const others = new Set(envNames.filter((n) => n !== me));
  // Every resource of a shared base asks about the same few files: each path is worked out once.
  const answers = new Map<string, string | undefined>();
  return (relPath) => {
    if (answers.has(relPath)) return answers.get(relPath);
    const owner = ownerOf(relPath);
    answers.set(relPath, owner);
    return owner;
  };

  function ownerOf(relPath: string): string | undefined {
    const segs = relPath.split('/');
    for (let i = 0; i + 1 < segs.length; i++) {
      if (segs[i] === 'overlays' && others.has(segs[i + 1]!)) return segs[i + 1];
    }
    for (let cur = relPath; ; cur = cur.slice(0, cur.lastIndexOf('/'))) {
      const env = roots.get(cur);
      if (env !== undefined) return env;
      if (!cur.includes('/')) return undefined;
    }
  }
}

/** Every proper ancestor directory of the paths. */
function ancestorsOf(paths: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of paths) {
    for (let cur = p; cur.includes('/'); ) {
      cur = cur.slice(0, cur.lastIndexOf('/'));
      if (out.has(cur)) break;
      out.add(cur);
    }
  }
  return out;
}

/** Whether `path` is one of `dirs` or lies below one of them, looked up by its ancestors. */
function withinAny(path: string, dirs: ReadonlySet<string>): boolean {
  if (dirs.size === 0) return false;
  if (dirs.has('.')) return true;
  for (let cur = path; ; cur = cur.slice(0, cur.lastIndexOf('/'))) {
    if (dirs.has(cur)) return true;
    if (!cur.includes('/')) return false;
  }
}

/** `input.models` are the stage environments only. */
export function checkCrossEnvironment(model: EnvironmentModel, input: PromotionInput, repo: ThisRepository): Finding[] {
  const envNames = [...new Set([...input.config.environments.map((e) => e.name), ...input.models.map((m) => m.config.name)])];
  const otherEnv = territoryOfOthers(model, input.models, envNames);
  const me = model.config.name;
  const findings: Finding[] = [];

  for (const e of model.entrypoints) {
    const other = otherEnv(e.path);
    if (other) {
      findings.push({
        ruleId: 'promotion/cross-environment',
        severity: 'error',
        environment: me,
        entrypoint: e.path,
        ...(input.config.file ? { file: input.config.file } : {}),
        message: `environment ${me} has entrypoint ${e.path}, which is environment ${other}'s: fix the entrypoints of ${me} in the config`,
      });
    }
  }

  const repoKeys = repo.gitRepositoryKeys(model);
  const reported = new Set<string>(); // Applications / Kustomizations already reported as pointing across
  const pointed = (cr: ClusterResource, path: string, pointer: string, how: string) => {
    const other = otherEnv(path);
    if (!other) return;
    reported.add(ownerKey(cr.resource.kind, cr.resource.namespace, cr.resource.name));
    findings.push({
      ruleId: 'promotion/cross-environment',
      severity: 'error',
      environment: me,
      entrypoint: cr.entrypoint,
      resource: resourceRef(cr.resource),
      path: pointer,
      ...sourceLocation(cr.resource),
      message: `${cr.resource.kind} ${cr.resource.name} in environment ${me} ${how} ${path}, which belongs to environment ${other}: point it at ${me}'s own overlay`,
    });
  };
  for (const cr of model.resources) {
    const r = cr.resource;
    // What came from another environment's directory is reported once, where it was pointed at.
    if (otherEnv(cr.renderedFrom)) continue;
    if (isArgoApplication(r)) {
      for (const { source, pointer } of applicationSources(r)) {
        if (!repo.isAppSource(model, r, source)) continue;
        if (typeof source.path === 'string') pointed(cr, repoRelative(source.path), `${pointer}/path`, 'renders');
        const include = field(source, 'directory', 'include');
        if (typeof include === 'string') pointed(cr, include.replace(/^\.\//, ''), `${pointer}/directory/include`, 'includes');
      }
    } else if (isFluxKustomization(r) && repo.isFluxKustomizationSource(r, repoKeys)) {
      const path = field(r.obj, 'spec', 'path');
      pointed(cr, repoRelative(typeof path === 'string' ? path : './'), '/spec/path', 'renders');
    }
  }
  const { fs, repoRoot } = input;
  const walkedTargets = new Set<string>();
  if (fs && repoRoot) {
    // Every directory this environment built, except those already reported as another environment's.
    const dirs = new Set<string>();
    for (const e of model.entrypoints) if (!otherEnv(e.path)) dirs.add(e.path);
    for (const cr of model.resources) {
      if (otherEnv(cr.renderedFrom)) continue;
      if (cr.owner && reported.has(ownerKey(cr.owner.kind, cr.owner.namespace, cr.owner.name))) continue;
      dirs.add(cr.renderedFrom);
    }
    for (const ref of findCrossReferences(fs, repoRoot, [...dirs].sort(), otherEnv)) {
      walkedTargets.add(ref.target);
      findings.push({
        ruleId: 'promotion/cross-environment',
        severity: 'error',
        environment: me,
        file: ref.file,
        ...(ref.line ? { line: ref.line } : {}),
        path: ref.pointer,
        message: `${relativePath(repoRoot, ref.file)}, built for environment ${me}, includes ${ref.entry} (${ref.target}), which belongs to environment ${ref.environment}: move what both share into a base or component`,
      });
    }
  }
  findings.push(...checkBorrowedFiles(model, otherEnv, input, reported, walkedTargets));
  return findings;
}

function ownerKey(kind: string, namespace: string, name: string): string {
  return `${kind}/${namespace}/${name}`;
}

/**
 * Files of another environment in this environment's resources: patches taken from another overlay
 * (`patches: - path: ../dev/replicas.yaml`) and — when the kustomization graph could not be walked —
 * resources too. One finding per rendered directory and borrowed directory; what an Application or
 * Kustomization already reported as pointing across brought in is not reported again.
 */
function checkBorrowedFiles(
  model: EnvironmentModel,
  otherEnv: Territory,
  input: PromotionInput,
  reported: Set<string>,
  /** Directories and files the kustomization walk already reported. */
  walkedTargets: ReadonlySet<string>,
): Finding[] {
  const me = model.config.name;
  const repoRoot = input.repoRoot;
  const graphWalked = !!(input.fs && repoRoot);
  const seen = new Set<string>();
  const findings: Finding[] = [];
  const rel = (abs: string) => (repoRoot && isWithin(repoRoot, abs) ? relativePath(repoRoot, abs) : repoRoot ? undefined : abs.replace(/^\/+/, ''));
  for (const cr of model.resources) {
    if (otherEnv(cr.renderedFrom)) continue;
    if (cr.owner && reported.has(ownerKey(cr.owner.kind, cr.owner.namespace, cr.owner.name))) continue;
    const files = [graphWalked ? undefined : cr.resource.source?.file, ...cr.resource.patches.map((p) => p.file)].filter(
      (f): f is string => !!f,
    );
    for (const file of files) {
      const relFile = rel(file);
      if (relFile === undefined || withinAny(relFile, walkedTargets)) continue;
      const dir = relFile.slice(0, Math.max(relFile.lastIndexOf('/'), 0)) || '.';
      // Without a repository root only the `overlays/<env>` rule can judge an absolute path.
      const other = repoRoot ? otherEnv(dir) : otherEnvBySegments(otherEnv, dir);
      if (!other || seen.has(`${cr.renderedFrom}\0${dir}`)) continue;
      seen.add(`${cr.renderedFrom}\0${dir}`);
      findings.push({
        ruleId: 'promotion/cross-environment',
        severity: 'error',
        environment: me,
        entrypoint: cr.entrypoint,
        resource: resourceRef(cr.resource),
        file,
        ...(file === cr.resource.source?.file ? { line: cr.resource.source.line } : {}),
        message: `${cr.renderedFrom} (environment ${me}) builds ${repoRoot ? relFile : file} from environment ${other}'s ${dir}: move what both share into a base or component`,
      });
    }
  }
  return findings;
}

function otherEnvBySegments(otherEnv: Territory, absDir: string): string | undefined {
  const i = absDir.lastIndexOf('/overlays/');
  return i < 0 ? undefined : otherEnv(absDir.slice(i + 1));
}

/** A kustomization entry that reaches into another environment's directory. */
interface CrossReference {
  /** Absolute path of the kustomization file. */
  file: string;
  line?: number;
  /** JSON pointer of the entry, e.g. `/resources/0`. */
  pointer: string;
  /** The entry as written. */
  entry: string;
  /** Repo-relative path it resolves to. */
  target: string;
  /** The environment that path belongs to. */
  environment: string;
}

/** Fields whose entries are other kustomizations or manifests: the edges of the build graph. */
const GRAPH_FIELDS = ['resources', 'bases', 'components'] as const;

/**
 * Walks the kustomization graph from `startDirs` (repo-relative) and returns every `resources`, `bases` or
 * `components` entry that resolves into another environment's territory (`ownerOf` says whose), without
 * following it further. Remote and unreadable entries are skipped: the build reports those. Each directory
 * is visited once (by its real path), so the walk ends, and costs what the kustomizations it reads name: a
 * cycle, a symlink loop or a large repository needs no other bound.
 */
function findCrossReferences(
  fs: FileSystem,
  repoRoot: string,
  startDirs: string[],
  ownerOf: (relPath: string) => string | undefined,
): CrossReference[] {
  const out: CrossReference[] = [];
  const visited = new Set<string>();
  const stack = startDirs.map((d) => (d === '.' ? repoRoot : joinPath(repoRoot, d)));
  while (stack.length > 0) {
    const dir = stack.pop()!;
    // By real path: a symlink to `.` (or two) names the same directory under ever longer paths.
    const real = realPathOf(fs, dir);
    if (visited.has(real)) continue;
    visited.add(real);
    const file = KUSTOMIZATION_FILE_NAMES.map((n) => joinPath(dir, n)).find((p) => fs.stat(p)?.kind === 'file');
    if (!file) continue;
    let text: string;
    let doc: unknown;
    try {
      text = readText(fs, file);
      doc = readKustomizationFileOnce(text, file)[0]?.value;
    } catch {
      continue; // a broken kustomization is the build's finding, not this rule's
    }
    if (!isJsonObject(doc)) continue;
    for (const field of GRAPH_FIELDS) {
      const entries = doc[field];
      if (!Array.isArray(entries)) continue;
      entries.forEach((entry, i) => {
        if (typeof entry !== 'string' || isRemote(entry)) return;
        const abs = resolvePath(dir, entry);
        if (!isWithin(repoRoot, abs)) return;
        const rel = relativePath(repoRoot, abs);
        const environment = ownerOf(rel);
        if (environment) {
          const pos = locateInYaml(text, 0, [field, i]);
          out.push({ file, ...(pos ? { line: pos.line } : {}), pointer: `/${field}/${i}`, entry, target: rel, environment });
          return;
        }
        if (fs.stat(abs)?.kind === 'dir') stack.push(abs);
      });
    }
  }
  return out;
}

function realPathOf(fs: FileSystem, dir: string): string {
  try {
    return fs.realPath(dir);
  } catch {
    return dir;
  }
}

function isRemote(entry: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(entry) || /^[\w.-]+@[\w.-]+:/.test(entry) || /^(github|gitlab|bitbucket)\.(com|org)\//.test(entry);
}
