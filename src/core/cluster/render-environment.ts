import type { FileSystem } from '../ports.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import type { Finding } from '../model/finding.ts';
import { isWithin, joinPath, normalizePath, relativePath } from '../path.ts';
import type { Environment } from '../discover.ts';
import { buildKustomization, KUSTOMIZATION_FILE_NAMES, type BuildOptions } from '../kustomize/build.ts';
import type { BaseBuildMemo } from '../kustomize/base-memo.ts';
import { KustomizeError, YamlParseError } from '../kustomize/errors.ts';
import { Resource } from '../kustomize/resource.ts';
import { isClusterScoped } from '../kustomize/scope.ts';
import { parseYamlDocuments, YamlError } from '../yaml/parse.ts';
import { resourcesFromDocuments } from '../kustomize/resource-factory.ts';
import { OverlayFileSystem } from './overlay-fs.ts';
import { sameRepo } from './repo-url.ts';
import { substituteVariables } from './substitute.ts';
import type { ClusterResource, EntrypointResult, EnvironmentModel, OwnerRef } from './model.ts';
import { argoDirectoryFiles, fluxGeneratedResources } from './generated-sources.ts';
import { LocationResolver } from '../checks/resolve-location.ts';
import type { RenderEvent, RenderMemo, TreeComparison } from './render-memo.ts';
import { RecordingFileSystem } from '../recording-fs.ts';
import type { FluxSourceConfig } from '../../config/config.ts';
import { IGNORE_ANNOTATION, isExcluded, parseIgnoreAnnotation } from '../suppress.ts';

export interface RenderContext {
  fs: FileSystem;
  /** Absolute path of the repository root in `fs`. */
  repoRoot: string;
  /** URLs under which Applications and GitRepositories name this repository (config repoURL, git remote). */
  repoURLs: string[];
  /** Flux sources that hold this repository (config `sources:`); undefined: the flux bootstrap defaults. */
  sources?: readonly FluxSourceConfig[];
  /** Repo-relative globs never rendered (config `exclude:`). */
  exclude?: readonly string[];
  /** Directories in the repository: sizes the cap on renders (hostile input only). */
  directories?: number;
  /**
   * Incremental renders: `record` keeps every directory render with the questions it asked the
   * FileSystem; `reuse` takes a recorded render instead of rendering again when the tree being rendered
   * answers those questions as the recorded one did (a pull request's base against its head).
   */
  memo?: { record?: RenderMemo; reuse?: { memo: RenderMemo; comparison: TreeComparison } };
  /** Bases built by earlier renders of the run, copied instead of built again (kustomize/base-memo.ts). */
  bases?: BaseBuildMemo;
}

/** How many directory renders were reused from a memo, and how many were rendered. */
export interface RenderCounts {
  rendered: number;
  reused: number;
  /** Distinct renders the environment asked for, and whether it was stopped at renderLimit. */
  visited: number;
  capped: boolean;
  /** Taken whole from a memo, without looking up its renders one by one. */
  whole?: boolean;
}

/** The most renders one environment may ask for: sized by the repository, against render loops only. */
export function renderLimit(directories: number | undefined): number {
  return Math.max(MIN_RENDERS, RENDERS_PER_DIRECTORY * (directories ?? 0));
}

/** What `flux bootstrap` creates outside the repository: the source named flux-system is the repository itself. */
const BOOTSTRAP_SOURCES: readonly FluxSourceConfig[] = [
  { kind: 'GitRepository', name: 'flux-system', namespace: 'flux-system', path: '.' },
  { kind: 'OCIRepository', name: 'flux-system', namespace: 'flux-system', path: '.' },
];

/** One directory to render and how. */
interface WorkItem {
  dir: string; // repo-relative
  mode: 'kustomization' | 'flux' | 'argo';
  entrypoint: string;
  owner?: OwnerRef;
  /** The object that asked for this render (Application / Flux Kustomization), for amendments and findings. */
  spec?: Resource;
  /** Where that object names the path: its `path` field as written, and a pointer to it, for findings. */
  pathField?: { resource: Resource; pointer: string; written: string };
  /** Directories below a discovered Flux tree that its own Kustomizations render (see Entrypoint.ownedBelow). */
  owned?: string[];
}

/**
 * Renders an environment may make per directory of the repository: a directory renders once per set of
 * amendments asking for it, which real repositories keep to a handful. The cap stops hostile input (an
 * app-of-apps generating itself), never an honest repository however large.
 */
const RENDERS_PER_DIRECTORY = 10;
const MIN_RENDERS = 1_000;

/** How many renders each model took and reused (for tests and the benchmark). */
export const renderCounts = new WeakMap<EnvironmentModel, RenderCounts>();

/**
 * Renders what one environment's cluster would receive: every entrypoint, then — transitively — every Argo
 * CD Application and Flux Kustomization that points into this repository. A failure is a finding; the rest
 * of the environment still renders.
 */
export function renderEnvironment(env: Environment, ctx: RenderContext): EnvironmentModel {
  const envName = env.config.name;
  const model: EnvironmentModel = { config: env.config, entrypoints: [], resources: [], findings: [] };
  const queue: WorkItem[] = [];
  const visited = new Set<string>();
  // kind/namespace/name of the Flux sources that are this repository → the directory their artifact holds.
  // `assumed`: the directory is a guess (an OCI artifact of this repository may be pushed from a
  // subdirectory); it is settled by where the first Kustomization's path exists.
  const inRepoSources = new Map<string, { path: string; assumed: boolean }>();
  for (const src of ctx.sources ?? BOOTSTRAP_SOURCES) {
    inRepoSources.set(sourceKey(src.kind, src.namespace, src.name), { path: src.path, assumed: !ctx.sources && src.kind !== 'GitRepository' });
  }
  let pendingFlux: ClusterResource[] = [];
  let virtualCount = 0;
  const noticed = new Set<string>();
  /** Rendered resources by the directory they were built from, and counts per entrypoint. */
  const byRenderedFrom = new Map<string, ClusterResource[]>();
  const perEntrypoint = new Map<string, number>();
  const failedEntrypoints = new Set<string>();
  // Recording: every question the environment asks, renders and the look-ups between them, so that a
  // pull request's base can take the whole environment when the base answers all of them alike.
  const envFs = ctx.memo?.record ? new RecordingFileSystem(ctx.fs, ctx.memo.record.alike) : ctx.fs;
  /** The FileSystem renders read: envFs, or a recorder of it while a render is being recorded. */
  let fs: FileSystem = envFs;
  /** The events of the render being recorded, if any. */
  let recording: RenderEvent[] | undefined;

  /** Adds a finding of the render under way (replayed where the render is reused). */
  const emit = (finding: Finding) => {
    recording?.push({ kind: 'finding', finding });
    addFinding(finding);
  };
  /** Adds a finding once per environment under `key`, however many renders say it. */
  const emitOnce = (key: string, finding: Finding) => {
    recording?.push({ kind: 'once', key, finding });
    addOnce(key, finding);
  };
  const addFinding = (finding: Finding) => {
    model.findings.push(finding);
    if (finding.entrypoint !== undefined && finding.severity === 'error' && finding.ruleId.startsWith('kustomize/')) failedEntrypoints.add(finding.entrypoint);
  };
  const addOnce = (key: string, finding: Finding) => {
    if (noticed.has(key)) return;
    noticed.add(key);
    addFinding(finding);
  };
  const notice = (key: string, f: Omit<Finding, 'severity' | 'environment'>) => emitOnce(key, { ...f, severity: 'notice', environment: envName });
  const rel = (abs: string) => relativePath(ctx.repoRoot, abs);
  // Reads through whichever FileSystem renders read at the moment, so a recorded render records it too.
  const locator = new LocationResolver({
    stat: (p) => fs.stat(p),
    readBytes: (p) => fs.readBytes(p),
    readDir: (p) => fs.readDir(p),
    realPath: (p) => fs.realPath(p),
  });
  const maxRenders = renderLimit(ctx.directories);
  const counts: RenderCounts = { rendered: 0, reused: 0, visited: 0, capped: false };

  // Entrypoints an Application or Flux Kustomization renders come last: rendered by their owner (with its
  // amendments, as the cluster receives them) they are not rendered again on their own.
  const ordered = [...env.entrypoints.filter((e) => !e.selected), ...env.entrypoints.filter((e) => e.selected)];
  const renderedDirs = new Set<string>();
  const results = new Map<string, EntrypointResult>();
  for (const e of ordered) {
    if (e.selected && renderedDirs.has(e.path)) continue;
    const result = { path: e.path, resources: 0, failed: false };
    results.set(e.path, result);
    queue.push({ dir: e.path, mode: e.kind === 'kustomization' ? 'kustomization' : 'flux', entrypoint: e.path, ...(e.ownedBelow ? { owned: e.ownedBelow } : {}) });
    drain();
    // Flux Kustomizations whose GitRepository appeared later in the walk.
    while (pendingFlux.length > 0) {
      const again = pendingFlux;
      pendingFlux = [];
      let progressed = false;
      for (const r of again) progressed = followFlux(r, true) || progressed;
      if (!progressed) break;
      drain();
    }
    pendingFlux = [];
    result.resources = perEntrypoint.get(e.path) ?? 0;
    result.failed = failedEntrypoints.has(e.path);
  }
  for (const e of env.entrypoints) {
    const result = results.get(e.path);
    if (result) model.entrypoints.push(result);
  }
  counts.visited = visited.size;
  renderCounts.set(model, counts);
  if (envFs instanceof RecordingFileSystem) ctx.memo?.record?.recordEnvironment(envName, envFs.questions);
  return model;

  function drain(): void {
    while (queue.length > 0) {
      const item = queue.shift()!;
      if (visited.size >= maxRenders) {
        // Only hostile input gets here (a real repository renders each directory a few times at most):
        // one finding, at the object that asked for the render too many.
        model.findings.push({
          ruleId: 'kustomize/build-failed',
          severity: 'error',
          environment: envName,
          entrypoint: item.entrypoint,
          message: `stopped after ${maxRenders} renders (${RENDERS_PER_DIRECTORY} per directory of the repository): ${item.owner ? `${item.owner.kind} '${item.owner.name}' and the objects before it` : 'Applications and Kustomizations'} keep asking for new renders (of '${item.dir}' last); the rest of this environment is not rendered`,
          ...(item.spec?.source ? { file: rel(item.spec.source.file), line: item.spec.source.line, resource: refOf(item.spec) } : {}),
        });
        queue.length = 0;
        counts.capped = true;
        return;
      }
      // A directory renders once per environment whoever asks (an entrypoint, then the Application that
      // points at it): twice would be the same objects, not duplicates. Amendments make a different render.
      const key = `${item.dir}:${JSON.stringify(amendmentsOf(item))}`;
      if (visited.has(key)) {
        if (item.owner) adoptOwner(item);
        continue;
      }
      visited.add(key);
      renderedDirs.add(item.dir);
      const rendered = renderItem(item);
      for (const r of rendered) {
        model.resources.push(r);
        const siblings = byRenderedFrom.get(r.renderedFrom);
        if (siblings) siblings.push(r);
        else byRenderedFrom.set(r.renderedFrom, [r]);
        perEntrypoint.set(r.entrypoint, (perEntrypoint.get(r.entrypoint) ?? 0) + 1);
        collectGitRepository(r);
      }
      for (const r of rendered) follow(r);
    }
  }

  /** Credits an already rendered directory to the Application/Kustomization that also points at it. */
  function adoptOwner(item: WorkItem): void {
    for (const r of byRenderedFrom.get(item.dir) ?? []) {
      if (r.owner) continue;
      r.owner = item.owner!;
      if (serverSideApplied(r.resource, item.spec)) r.serverSideApply = true;
    }
  }

  /**
   * One directory render — reused from the memo when the tree answers its recorded questions alike,
   * recorded for later reuse when asked, else simply rendered.
   */
  function renderItem(item: WorkItem): ClusterResource[] {
    const vars = item.mode === 'flux' ? substitutionVariables(item) : undefined;
    const memo = ctx.memo;
    if (!memo) return renderFresh(item, vars);
    const previous = memo.reuse?.memo.get(envName, JSON.stringify(renderKey(item, vars)), item.spec?.obj);
    if (previous && memo.reuse!.comparison.sameAnswers(previous.questions)) {
      counts.reused++;
      for (const e of previous.events) {
        if (e.kind === 'finding') addFinding(e.finding);
        else addOnce(e.key, e.finding);
      }
      return previous.resources.map((cr) => ({ ...cr }));
    }
    if (!memo.record) return renderFresh(item, vars);
    const recorder = new RecordingFileSystem(envFs);
    const events: RenderEvent[] = [];
    fs = recorder;
    recording = events;
    try {
      const out = renderFresh(item, vars);
      // As rendered: adoptOwner may yet credit a resource no object owns to an Application, so those are
      // copied; an owned one never changes.
      const resources = out.map((cr) => (cr.owner ? cr : { ...cr }));
      const spec = item.spec?.obj;
      // The key's parts are taken now, serialised only if the base looks this environment's renders up.
      const key = renderKey(item, vars);
      memo.record.record(envName, () => JSON.stringify(key), { questions: recorder.questions, resources, events, ...(spec ? { spec } : {}) });
      return out;
    } finally {
      fs = envFs;
      recording = undefined;
    }
  }

  function renderFresh(item: WorkItem, vars: Record<string, string> | undefined): ClusterResource[] {
    counts.rendered++;
    const abs = item.dir === '.' ? ctx.repoRoot : joinPath(ctx.repoRoot, item.dir);
    // A bad path is the fault of the `path:` line that names it (through patches), else of the object.
    const field = item.pathField;
    // Located only when a finding needs it: reading the object's file for every render would cost more
    // than the render.
    const place = () => {
      const at = field ? locator.locate(field.resource, field.pointer) : undefined;
      return { at, where: at ?? item.spec?.source };
    };
    const written = field?.written ?? item.dir;
    const fail = (message: string) => {
      const { at, where } = place();
      emit({
        ruleId: 'kustomize/build-failed',
        severity: 'error',
        environment: envName,
        entrypoint: item.entrypoint,
        message,
        ...(where ? { file: rel(where.file), line: where.line } : {}),
        ...(at?.column ? { column: at.column } : {}),
        ...(item.spec ? { resource: refOf(item.spec) } : {}),
        ...(field ? { path: field.pointer } : {}),
      });
      return [] as ClusterResource[];
    };
    if (!isWithin(ctx.repoRoot, abs)) {
      return fail(`${ownerText(item)}path '${written}' leaves the repository`);
    }
    if (item.owner && ctx.exclude && ctx.exclude.length > 0 && isExcluded(item.dir, ctx.exclude)) {
      const { where } = place();
      notice(`excluded:${item.dir}`, {
        ruleId: 'render/skipped',
        message: `${ownerText(item)}path '${written}' is excluded by the configuration; not rendered`,
        entrypoint: item.entrypoint,
        ...(where ? { file: rel(where.file), line: where.line } : {}),
        ...(item.spec ? { resource: refOf(item.spec) } : {}),
      });
      return [];
    }
    if (fs.stat(abs)?.kind !== 'dir') {
      return fail(`${ownerText(item)}path '${written}' does not exist in this repository`);
    }
    try {
      const resources = renderDir(item, abs, vars);
      return resources.map((resource) => {
        const ignoredRules = takeIgnoreAnnotation(resource);
        return {
          resource,
          entrypoint: item.entrypoint,
          renderedFrom: item.dir,
          ...(item.owner ? { owner: item.owner } : {}),
          ...(serverSideApplied(resource, item.spec) ? { serverSideApply: true } : {}),
          ...(ignoredRules.length > 0 ? { ignoredRules } : {}),
        };
      });
    } catch (err) {
      if (err instanceof KustomizeError) {
        const place = splitPlace(err);
        emit({
          ruleId: err instanceof YamlParseError ? 'yaml/parse-error' : 'kustomize/build-failed',
          severity: 'error',
          environment: envName,
          entrypoint: item.entrypoint,
          message: `${ownerText(item)}${relativizeMessage(place.message, ctx.repoRoot)}`,
          ...(err.file ? { file: rel(err.file) } : {}),
          ...(err.line ? { line: err.line } : {}),
          ...(err.line && place.column ? { column: place.column } : {}),
          // The kustomization field at fault: the orchestrator turns it into the line of that field.
          ...(err.field && !err.line && !(err instanceof YamlParseError) ? { path: `/${err.field}` } : {}),
        });
        return [];
      }
      throw err;
    }
  }

  function renderDir(item: WorkItem, abs: string, vars: Record<string, string> | undefined): Resource[] {
    const hasKustomization = KUSTOMIZATION_FILE_NAMES.some((n) => fs.stat(joinPath(abs, n))?.kind === 'file');
    if (item.mode === 'argo') {
      if (fs.stat(joinPath(abs, 'Chart.yaml'))?.kind === 'file') {
        notice(`chart:${item.dir}`, {
          ruleId: 'render/skipped',
          message: `${ownerText(item)}the Helm chart in '${item.dir}' is not rendered (gitops-gate never runs helm); the Application itself is validated`,
          entrypoint: item.entrypoint,
        });
        return [];
      }
      const resources = hasKustomization
        ? buildAmended(abs, item, { loadRestrictor: 'rootOnly' })
        : readDirectorySource(abs, item);
      applyDestinationNamespace(resources, item.spec);
      return resources;
    }
    if (item.mode === 'flux') {
      const resources = hasKustomization
        ? buildAmended(abs, item, { loadRestrictor: 'none' })
        : buildGenerated(abs, item);
      applyFluxPostBuild(resources, item, vars);
      return resources;
    }
    return build(fs, abs, {}, item);
  }

  /** Builds with the engine; deprecated kustomization fields become findings (once per file and field). */
  function build(buildFs: FileSystem, abs: string, options: BuildOptions, item: WorkItem): Resource[] {
    // What the engine never renders (remote bases, Helm charts, plugins) is left out and said once; the
    // rest of the kustomization renders and is checked, as kustomize would build it minus that part.
    const result = buildKustomization(buildFs, abs, { ...options, unrenderable: 'skip', ...(ctx.bases ? { bases: ctx.bases } : {}) });
    for (const skipped of result.skipped) {
      if (skipped.file.startsWith('/.gitops-gate-virtual/')) continue;
      emitOnce(`skipped:${skipped.file}:${skipped.field}:${skipped.what}`, {
        ruleId: 'render/skipped',
        severity: 'notice',
        environment: envName,
        entrypoint: item.entrypoint,
        message: `${skipped.what} (${skipped.field} in ${rel(skipped.file)}) is not rendered: gitops-gate never downloads or runs anything from a repository; the rest of the kustomization is checked`,
        file: rel(skipped.file),
        ...(skipped.pointer ? { path: skipped.pointer } : {}),
      });
    }
    for (const w of result.warnings) {
      if (w.file.startsWith('/.gitops-gate-virtual/')) continue;
      emitOnce(`deprecated:${w.file}:${w.field}`, {
        ruleId: 'kustomize/deprecated-field',
        severity: 'warning',
        environment: envName,
        entrypoint: item.entrypoint,
        message: `${w.message.replace(/^'(\w+)'/, "'$1'")}`,
        file: rel(w.file),
        path: `/${w.field}`,
      });
    }
    return result.resources;
  }

  /** Builds a kustomization, amended with what the Application/Kustomization adds (namespace, patches, images...). */
  function buildAmended(abs: string, item: WorkItem, options: BuildOptions): Resource[] {
    const amendments = amendmentsOf(item);
    if (Object.keys(amendments).length === 0) return build(fs, abs, options, item);
    // A virtual kustomization outside the repository takes the directory as its base, as Argo CD and Flux
    // amend a kustomization before building it.
    const wrapperDir = `/.gitops-gate-virtual/amend-${++virtualCount}`;
    const overlay = new OverlayFileSystem(fs).withFile(
      joinPath(wrapperDir, 'kustomization.yaml'),
      JSON.stringify({ resources: [abs], ...absolutize(amendments, abs) }),
    );
    return build(overlay, wrapperDir, { ...options, loadRestrictor: 'none' }, item);
  }

  /** Flux's generated kustomization for a directory that has none. */
  function buildGenerated(abs: string, item: WorkItem): Resource[] {
    const owned = item.owned ? new Set(item.owned.map((d) => joinPath(ctx.repoRoot, d))) : undefined;
    const generated = fluxGeneratedResources(fs, abs, owned ? (dir) => owned.has(dir) : undefined);
    const overlay = new OverlayFileSystem(fs).withFile(
      joinPath(abs, 'kustomization.yaml'),
      JSON.stringify({ resources: generated, ...absolutize(amendmentsOf(item), abs) }),
    );
    return build(overlay, abs, { loadRestrictor: 'none' }, item);
  }

  function readDirectorySource(abs: string, item: WorkItem): Resource[] {
    const dirSpec = sourceOf(item.spec)?.directory;
    const opts = isJsonObject(dirSpec) ? dirSpec : {};
    const files = argoDirectoryFiles(fs, abs, {
      recurse: opts.recurse === true,
      include: typeof opts.include === 'string' ? opts.include : '',
      exclude: typeof opts.exclude === 'string' ? opts.exclude : '',
    });
    const out: Resource[] = [];
    for (const f of files) {
      const text = new TextDecoder().decode(fs.readBytes(f));
      try {
        out.push(...resourcesFromDocuments(parseYamlDocuments(text, f), f));
      } catch (err) {
        if (err instanceof YamlError) throw new YamlParseError(err.reason, f, err.line, err.column);
        throw err;
      }
    }
    return out;
  }

  function follow(r: ClusterResource): void {
    const res = r.resource;
    const group = res.apiVersion.split('/')[0];
    if (group === 'argoproj.io' && res.kind === 'Application') followArgo(r);
    else if (group === 'argoproj.io' && res.kind === 'ApplicationSet') {
      notice(`appset:${res.namespace}/${res.name}`, {
        ruleId: 'render/skipped',
        message: `ApplicationSet '${res.name}': the Applications it generates are not rendered`,
        entrypoint: r.entrypoint,
        ...locationOf(res),
      });
    } else if (group === 'kustomize.toolkit.fluxcd.io' && res.kind === 'Kustomization') {
      if (!followFlux(r, false)) pendingFlux.push(r);
    } else if (group === 'helm.toolkit.fluxcd.io' && res.kind === 'HelmRelease') {
      const chart = getString(res.obj, ['spec', 'chart', 'spec', 'chart']) || getString(res.obj, ['spec', 'chartRef', 'name']);
      notice(`hr:${res.namespace}/${res.name}`, {
        ruleId: 'render/skipped',
        message: `HelmRelease '${res.name}'${chart ? ` (chart ${chart})` : ''}: the chart is not rendered (gitops-gate never runs helm); the HelmRelease itself is validated`,
        entrypoint: r.entrypoint,
        ...locationOf(res),
      });
    }
  }

  function followArgo(r: ClusterResource): void {
    const app = r.resource;
    const spec = isJsonObject(app.obj.spec) ? app.obj.spec : {};
    const sources: [JsonObject, string][] = [];
    if (isJsonObject(spec.source)) sources.push([spec.source, '/spec/source']);
    if (Array.isArray(spec.sources)) {
      spec.sources.forEach((s, i) => isJsonObject(s) && sources.push([s, `/spec/sources/${i}`]));
    }
    for (const [source, pointer] of sources) {
      const repoURL = typeof source.repoURL === 'string' ? source.repoURL : '';
      if (typeof source.chart === 'string') {
        notice(`chart:${repoURL}/${source.chart}`, {
          ruleId: 'render/skipped',
          message: `Application '${app.name}': Helm chart ${source.chart} ${typeof source.targetRevision === 'string' ? source.targetRevision : ''} from ${repoURL} is not rendered (gitops-gate never runs helm); the Application itself is validated`.replace('  ', ' '),
          entrypoint: r.entrypoint,
          ...locationOf(app),
        });
        continue;
      }
      if (typeof source.path !== 'string') continue;
      if (!isThisRepo(repoURL, source.path)) continue;
      queue.push({
        dir: repoRelDir(source.path),
        mode: 'argo',
        entrypoint: r.entrypoint,
        owner: { kind: 'Application', name: app.name, namespace: app.namespace },
        spec: withSource(app, source),
        pathField: { resource: app, pointer: `${pointer}/path`, written: source.path },
      });
    }
  }

  /** Queues a Flux Kustomization's path when its source is this repository; false when that is not known yet. */
  function followFlux(r: ClusterResource, final: boolean): boolean {
    const ks = r.resource;
    const spec = isJsonObject(ks.obj.spec) ? ks.obj.spec : {};
    const ref = isJsonObject(spec.sourceRef) ? spec.sourceRef : {};
    const kind = typeof ref.kind === 'string' ? ref.kind : 'GitRepository';
    const name = typeof ref.name === 'string' ? ref.name : '';
    const ns = typeof ref.namespace === 'string' ? ref.namespace : ks.namespace || 'flux-system';
    const source = inRepoSources.get(sourceKey(kind, ns, name));
    if (source === undefined) {
      if (final) {
        notice(`fluxsrc:${kind}/${ns}/${name}`, {
          ruleId: 'render/skipped',
          message: `Flux Kustomization '${ks.name}': its source ${kind} '${ns}/${name}' is not known to hold this repository; not rendered (name it under sources: in .gitops-gate.yaml if it does)`,
          entrypoint: r.entrypoint,
          ...locationOf(ks),
        });
      }
      return false;
    }
    const path = typeof spec.path === 'string' ? spec.path : './';
    const within = (root: string) => repoRelDir(root === '.' ? path : `${root}/${path.replace(/^\.?\/+/, '')}`);
    if (source.assumed) {
      const root = artifactRoot(source.path, path, ks);
      if (root === undefined) {
        notice(`fluxpath:${kind}/${ns}/${name}:${path}`, {
          ruleId: 'render/skipped',
          message: `Flux Kustomization '${ks.name}': path '${path}' of ${kind} '${ns}/${name}' is not found in this repository, from its root or any directory above the Kustomization; not rendered (if the artifact is built from a directory of this repository, name it under sources: with its path)`,
          entrypoint: r.entrypoint,
          ...locationOf(ks),
        });
        return true;
      }
      source.path = root;
      source.assumed = false;
    }
    queue.push({
      dir: within(source.path),
      mode: 'flux',
      entrypoint: r.entrypoint,
      owner: { kind: 'Kustomization', name: ks.name, namespace: ks.namespace },
      spec: ks,
      ...(typeof spec.path === 'string' ? { pathField: { resource: ks, pointer: '/spec/path', written: spec.path } } : {}),
    });
    return true;
  }

  /**
   * Where an artifact of this repository is rooted, when that is a guess: the assumed root if the path is
   * there, else the nearest directory above the Kustomization's own file where it is (`flux push artifact
   * --path=./kubernetes` makes paths relative to `kubernetes/`).
   */
  function artifactRoot(assumed: string, path: string, ks: Resource): string | undefined {
    const exists = (root: string) => envFs.stat(joinPath(ctx.repoRoot, repoRelDir(root === '.' ? path : `${root}/${path.replace(/^\.?\/+/, '')}`)))?.kind === 'dir';
    if (exists(assumed)) return assumed;
    const file = ks.source?.file;
    if (!file || !isWithin(ctx.repoRoot, file)) return undefined;
    for (let dir = rel(file).split('/').slice(0, -1).join('/') || '.'; dir !== '.'; dir = dir.includes('/') ? dir.slice(0, dir.lastIndexOf('/')) : '.') {
      if (exists(dir)) return dir;
    }
    return undefined;
  }

  /**
   * A Flux source whose URL names this repository holds it; one named like a bootstrap default whose URL
   * names another repository (when this repository's URL is known) does not.
   */
  function collectGitRepository(r: ClusterResource): void {
    const res = r.resource;
    if (!res.apiVersion.startsWith('source.toolkit.fluxcd.io/')) return;
    if (res.kind !== 'GitRepository' && res.kind !== 'OCIRepository') return;
    const url = getString(res.obj, ['spec', 'url']);
    const key = sourceKey(res.kind, res.namespace || 'flux-system', res.name);
    if (ctx.repoURLs.length === 0 || !url) return;
    if (ctx.repoURLs.some((u) => sameRepo(u, url))) {
      if (!inRepoSources.has(key)) inRepoSources.set(key, { path: '.', assumed: false });
    } else if (!ctx.sources && BOOTSTRAP_SOURCES.some((b) => sourceKey(b.kind, b.namespace, b.name) === key)) {
      inRepoSources.delete(key);
    }
  }

  function isThisRepo(repoURL: string, path: string): boolean {
    if (ctx.repoURLs.length > 0) return ctx.repoURLs.some((u) => sameRepo(u, repoURL));
    // Without a known URL, an Application whose path exists here is taken to point at this repository.
    return envFs.stat(joinPath(ctx.repoRoot, repoRelDir(path)))?.kind === 'dir';
  }

  /** Flux's commonMetadata and postBuild substitution, with the variables resolved before the render. */
  function applyFluxPostBuild(resources: Resource[], item: WorkItem, vars: Record<string, string> | undefined): void {
    const spec = item.spec && isJsonObject(item.spec.obj.spec) ? item.spec.obj.spec : undefined;
    if (!spec) return;
    const meta = isJsonObject(spec.commonMetadata) ? spec.commonMetadata : undefined;
    if (meta) {
      for (const r of resources) {
        for (const field of ['labels', 'annotations'] as const) {
          const add = meta[field];
          if (!isJsonObject(add)) continue;
          if (!isJsonObject(r.obj.metadata)) r.obj.metadata = {};
          const md = r.obj.metadata as JsonObject;
          md[field] = { ...(isJsonObject(md[field]) ? md[field] : {}), ...add };
        }
      }
    }
    if (!vars) return;
    const unresolved = new Set<string>();
    for (const r of resources) {
      if (r.annotations()['kustomize.toolkit.fluxcd.io/substitute'] === 'disabled') continue;
      r.obj = substituteVariables(r.obj, vars, unresolved) as JsonObject;
    }
  }

  /**
   * A Flux Kustomization's postBuild variables: `substituteFrom` ConfigMaps and Secrets among what the
   * environment rendered so far, then `substitute`. Undefined without postBuild. Resolved before the render,
   * so they are part of what makes two renders of the same directory the same.
   */
  function substitutionVariables(item: WorkItem): Record<string, string> | undefined {
    const spec = item.spec && isJsonObject(item.spec.obj.spec) ? item.spec.obj.spec : undefined;
    const postBuild = spec && isJsonObject(spec.postBuild) ? spec.postBuild : undefined;
    if (!postBuild) return undefined;
    const vars: Record<string, string> = {};
    for (const from of Array.isArray(postBuild.substituteFrom) ? postBuild.substituteFrom : []) {
      if (!isJsonObject(from)) continue;
      Object.assign(vars, variablesFrom(from, item.spec!.namespace || 'flux-system'));
    }
    if (isJsonObject(postBuild.substitute)) {
      for (const [k, v] of Object.entries(postBuild.substitute)) vars[k] = typeof v === 'string' ? v : JSON.stringify(v);
    }
    return vars;
  }

  /** ConfigMap/Secret data named by `substituteFrom`, found among what the environment rendered so far. */
  function variablesFrom(from: JsonObject, ns: string): Record<string, string> {
    const kind = from.kind;
    const name = from.name;
    const found = model.resources.find(
      (r) => r.resource.kind === kind && r.resource.name === name && (r.resource.namespace || ns) === ns,
    );
    if (!found) return {};
    const out: Record<string, string> = {};
    const data = found.resource.obj.data;
    if (isJsonObject(data)) {
      for (const [k, v] of Object.entries(data)) {
        if (typeof v !== 'string') continue;
        out[k] = kind === 'Secret' ? Buffer.from(v, 'base64').toString('utf8') : v;
      }
    }
    const stringData = found.resource.obj.stringData;
    if (kind === 'Secret' && isJsonObject(stringData)) {
      for (const [k, v] of Object.entries(stringData)) if (typeof v === 'string') out[k] = v;
    }
    return out;
  }

  function locationOf(res: Resource): Pick<Finding, 'file' | 'line' | 'resource'> {
    return {
      ...(res.source ? { file: rel(res.source.file), line: res.source.line } : {}),
      resource: refOf(res),
    };
  }
}

/**
 * Argo CD applies with server-side apply when the Application or the resource asks for it; such a
 * manifest may be a partial object merged into one that exists (a chart's Deployment, say).
 */
function serverSideApplied(resource: Resource, app: Resource | undefined): boolean {
  const ssa = (options: string) => /(^|,)\s*ServerSideApply=true\s*(,|$)/.test(options);
  const annotation = resource.annotations()['argocd.argoproj.io/sync-options'];
  if (typeof annotation === 'string' && ssa(annotation)) return true;
  if (!app || app.kind !== 'Application') return false;
  const spec = isJsonObject(app.obj.spec) ? app.obj.spec : {};
  const policy = isJsonObject(spec.syncPolicy) ? spec.syncPolicy : {};
  const options = Array.isArray(policy.syncOptions) ? policy.syncOptions : [];
  return options.some((o) => typeof o === 'string' && ssa(o));
}

/**
 * What makes two renders of a work item the same, besides the files they read and the content of the object
 * that asked (compared apart, RenderMemo.get: it is large, and at a base usually the very same object): the
 * directory and how it is rendered, for which entrypoint and owner, where the asking object was written,
 * and the substitution variables. The parts, serialised to compare: taken as they are at the render (the
 * list of patches copied), they can be serialised later.
 */
function renderKey(item: WorkItem, vars: Record<string, string> | undefined): unknown[] {
  const spec = item.spec;
  return [
    item.mode,
    item.dir,
    item.entrypoint,
    item.owner ?? null,
    spec ? [spec.source ?? null, [...spec.patches]] : null,
    item.pathField ? [item.pathField.pointer, item.pathField.written] : null,
    item.owned ?? null,
    vars ?? null,
  ];
}

function sourceKey(kind: string, namespace: string, name: string): string {
  return `${kind}/${namespace}/${name}`;
}

/**
 * Reads and removes the `gitops-gate.io/ignore` annotation: it is an instruction to this tool, not part of
 * what the cluster should be compared on, so the diff and the checks never see it.
 */
function takeIgnoreAnnotation(resource: Resource): string[] {
  const md = resource.obj.metadata;
  if (!isJsonObject(md) || !isJsonObject(md.annotations) || !(IGNORE_ANNOTATION in md.annotations)) return [];
  const rules = parseIgnoreAnnotation(md.annotations[IGNORE_ANNOTATION]);
  const { [IGNORE_ANNOTATION]: _removed, ...rest } = md.annotations;
  if (Object.keys(rest).length > 0) md.annotations = rest;
  else delete md.annotations;
  return rules;
}

function repoRelDir(path: string): string {
  const n = normalizePath(path.replace(/^\.\//, '').replace(/^\/+/, '') || '.');
  return n === '' ? '.' : n;
}

function ownerText(item: WorkItem): string {
  return item.owner ? `${item.owner.kind} '${item.owner.name}': ` : '';
}

function refOf(res: Resource) {
  return { apiVersion: res.apiVersion, kind: res.kind, ...(res.namespace ? { namespace: res.namespace } : {}), name: res.name };
}

function getString(obj: JsonValue, path: string[]): string {
  let cur: JsonValue | undefined = obj;
  for (const p of path) cur = isJsonObject(cur) ? cur[p] : undefined;
  return typeof cur === 'string' ? cur : '';
}

function sourceOf(spec: Resource | undefined): JsonObject | undefined {
  if (!spec) return undefined;
  const s = isJsonObject(spec.obj.spec) ? spec.obj.spec : undefined;
  return s && isJsonObject(s.source) ? s.source : undefined;
}

/**
 * The Application with one of its sources as `spec.source`, so a multi-source app renders each in turn —
 * one copy per Application object and source, made once: a pull request's base that reuses the head's
 * Applications then asks for their renders with the very objects the head recorded them under.
 */
function withSource(app: Resource, source: JsonObject): Resource {
  let copies = sourceCopies.get(app);
  if (!copies) sourceCopies.set(app, (copies = new Map()));
  let copy = copies.get(source);
  if (!copy) copies.set(source, (copy = new Resource({ ...app.obj, spec: { ...(isJsonObject(app.obj.spec) ? app.obj.spec : {}), source } }, app.source)));
  return copy;
}

/** withSource's copies, by Application object then source object; neither is changed once rendered. */
const sourceCopies = new WeakMap<Resource, Map<JsonObject, Resource>>();

/** What an Application's `source.kustomize` or a Flux Kustomization adds to the kustomization it builds. */
function amendmentsOf(item: WorkItem): JsonObject {
  const out: JsonObject = {};
  if (!item.spec) return out;
  const spec = isJsonObject(item.spec.obj.spec) ? item.spec.obj.spec : {};
  if (item.mode === 'argo') {
    const k = isJsonObject(spec.source) && isJsonObject(spec.source.kustomize) ? spec.source.kustomize : undefined;
    if (!k) return out;
    for (const f of ['namePrefix', 'nameSuffix', 'namespace'] as const) if (typeof k[f] === 'string' && k[f]) out[f] = k[f]!;
    if (isJsonObject(k.commonLabels)) out.commonLabels = k.commonLabels;
    if (isJsonObject(k.commonAnnotations)) out.commonAnnotations = k.commonAnnotations;
    if (Array.isArray(k.images)) {
      out.images = k.images.filter((i): i is string => typeof i === 'string').map(argoImage);
    }
    if (Array.isArray(k.patches)) out.patches = k.patches;
    if (Array.isArray(k.replicas)) out.replicas = k.replicas;
    if (Array.isArray(k.components)) out.components = k.components;
    return out;
  }
  if (typeof spec.targetNamespace === 'string' && spec.targetNamespace) out.namespace = spec.targetNamespace;
  if (typeof spec.namePrefix === 'string' && spec.namePrefix) out.namePrefix = spec.namePrefix;
  if (typeof spec.nameSuffix === 'string' && spec.nameSuffix) out.nameSuffix = spec.nameSuffix;
  if (Array.isArray(spec.patches)) out.patches = spec.patches;
  if (Array.isArray(spec.images)) out.images = spec.images;
  if (Array.isArray(spec.components)) out.components = spec.components;
  return out;
}

/** Component paths in an amendment are relative to the amended directory; make them absolute. */
function absolutize(amendments: JsonObject, dir: string): JsonObject {
  if (!Array.isArray(amendments.components)) return amendments;
  return {
    ...amendments,
    components: amendments.components.map((c) => (typeof c === 'string' && !c.startsWith('/') ? joinPath(dir, c) : c)),
  };
}

/** Argo CD's image override `name=newName:tag` / `name:tag` → a kustomize images entry. */
function argoImage(spec: string): JsonObject {
  const [left, right] = spec.includes('=') ? spec.split('=', 2) as [string, string] : [undefined, spec];
  const at = right.indexOf('@');
  const colon = right.lastIndexOf(':');
  const slash = right.lastIndexOf('/');
  let newName = right;
  let newTag: string | undefined;
  let digest: string | undefined;
  if (at >= 0) {
    digest = right.slice(at + 1);
    newName = right.slice(0, at);
  } else if (colon > slash) {
    newTag = right.slice(colon + 1);
    newName = right.slice(0, colon);
  }
  const name = left ?? newName;
  return { name, ...(left ? { newName } : {}), ...(newTag ? { newTag } : {}), ...(digest ? { digest } : {}) };
}

/** Argo CD puts namespaced resources without a namespace into the destination namespace. */
function applyDestinationNamespace(resources: Resource[], app: Resource | undefined): void {
  const spec = app && isJsonObject(app.obj.spec) ? app.obj.spec : undefined;
  const dest = spec && isJsonObject(spec.destination) ? spec.destination : undefined;
  const ns = dest && typeof dest.namespace === 'string' ? dest.namespace : '';
  if (!ns) return;
  for (const r of resources) {
    if (!r.namespace && !isClusterScoped(r.apiVersion, r.kind)) r.setNamespace(ns);
  }
}

/**
 * A parse error's message starts with `file:line:column: `; the finding carries the place in its own
 * fields, so the message keeps only what is wrong (and the column is kept).
 */
function splitPlace(err: KustomizeError): { message: string; column?: number } {
  if (!err.file || !err.message.startsWith(`${err.file}:`)) return { message: err.message };
  const m = /^:(\d+)(?::(\d+))?: /.exec(err.message.slice(err.file.length));
  if (!m) return { message: err.message };
  return { message: err.message.slice(err.file.length + m[0].length), ...(m[2] ? { column: Number(m[2]) } : {}) };
}

function relativizeMessage(message: string, repoRoot: string): string {
  const root = repoRoot.endsWith('/') ? repoRoot : `${repoRoot}/`;
  return message.split(root).join('');
}
