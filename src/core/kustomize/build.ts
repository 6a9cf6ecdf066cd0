import { FsError, readText, type FileSystem } from '../ports.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { joinPath, normalizePath, relativePath } from '../path.ts';
import { parseYamlDocuments, YamlError, type YamlDocument } from '../yaml/parse.ts';
import { parseDocumentsOnce, parseKustomizationFileOnce } from './parse-cache.ts';
import { KustomizeError, UnsupportedFeatureError, YamlParseError } from './errors.ts';
import { KustomizationLoader, isRemote, type LoadRestrictor } from './loader.ts';
import type { BaseBuildMemo } from './base-memo.ts';
import { RecordingFileSystem } from '../recording-fs.ts';
import { parseKustomization, DEPRECATED_FIELDS, type Kustomization } from './kustomization.ts';
import { Resource } from './resource.ts';
import { resourcesFromDocuments } from './resource-factory.ts';
import { Accumulator } from './accumulator.ts';
import { mergeTransformerConfig, parseTransformerConfig, sharedDefaultTransformerConfig } from './default-config.ts';
import { parseCrdsConfig } from './crds-config.ts';
import { MergeSchema } from './merge-schema.ts';
import { runGenerators } from './run-generators.ts';
import { runTransformers } from './run-transformers.ts';
import { applyHashSuffixes } from './generators.ts';
import { fixNameReferences } from './name-reference.ts';
import { resolveVars } from './vars.ts';
import { sortResources } from './sort.ts';
import { applyLabelFieldSpecs } from './transformers/labels.ts';
import { ORIGIN_ANNOTATION, setOriginAnnotations } from './origin.ts';
import { locateInYaml } from '../yaml/locate.ts';

export interface BuildOptions {
  /** `rootOnly` (default) refuses files outside the kustomization root's tree; `none` allows them. */
  loadRestrictor?: LoadRestrictor;
  /** Output order: `legacy` sorts by kind as kustomize's CLI does by default; `none` keeps input order. */
  reorder?: 'legacy' | 'none';
  /** Adds `app.kubernetes.io/managed-by` as `--enable-managedby-label` does. */
  enableManagedByLabel?: boolean;
  /**
   * What to do with what the engine never renders — remote resources, Helm charts, remote generator files,
   * external plugins: `error` (default, as kustomize without network or plugins would), or `skip`: leave
   * that part out, record it in `skipped`, and build the rest.
   */
  unrenderable?: 'error' | 'skip';
  /** Bases built earlier in the same run, from the same FileSystem: a base listed again is copied (base-memo.ts). */
  bases?: BaseBuildMemo;
}

/** A part of a kustomization the build left out (`unrenderable: 'skip'`). */
export interface SkippedInput {
  /** The kustomization file that names it (absolute). */
  file: string;
  field: string;
  /** The entry's JSON pointer in that file (`/resources/2`), when known. */
  pointer?: string;
  /** What it is, as written: `remote resource 'https://…'`, `Helm chart podinfo 6.5.0 from https://…`. */
  what: string;
}

export interface BuildResult {
  resources: Resource[];
  /** Deprecation notices kustomize would print on stderr, one per field per file. */
  warnings: BuildWarning[];
  /** Every file the build read (absolute paths): what a cache must watch. */
  files: string[];
  /** What `unrenderable: 'skip'` left out, in the order met, each once. */
  skipped: SkippedInput[];
}

/** A deprecated field in a kustomization file. */
export interface BuildWarning {
  file: string;
  field: string;
  message: string;
}

/** The value kustomize embedded in kubectl writes for --enable-managedby-label. */
export const MANAGED_BY_VALUE = 'kustomize-(devel)';

export const KUSTOMIZATION_FILE_NAMES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];

/** Shared state of one build: options, the merge schema in force, warnings. */
export interface BuildSession {
  fs: FileSystem;
  options: BuildOptions;
  schema: MergeSchema;
  warnings: BuildWarning[];
  files: Set<string>;
  /** Kustomization directory of the top-level build, for origin annotations. */
  topDir: string;
  /** Whether origin annotations are requested (buildMetadata: [originAnnotations]). */
  trackOrigins: boolean;
  /** Set once a kustomization chose the schema: the top level's wins, else the first base's that names one. */
  schemaFixed: boolean;
  skipped: SkippedInput[];
  /** While a base build is kept for the memo: the real directory of every kustomization it loads. */
  loaded?: string[];
}

/**
 * The engine's answer to an unrenderable part: an error, or (skip mode) a record and nothing rendered from
 * it. Returns normally only in skip mode.
 */
export function refuseOrSkip(session: BuildSession, err: UnsupportedFeatureError): void {
  if (session.options.unrenderable !== 'skip') throw err;
  const entry: SkippedInput = { file: err.file ?? session.topDir, field: err.field ?? '', what: err.what, ...(err.pointer ? { pointer: err.pointer } : {}) };
  if (!session.skipped.some((s) => s.file === entry.file && s.field === entry.field && s.what === entry.what)) session.skipped.push(entry);
}

/**
 * In skip mode, once something was left out, a patch or replacement whose target is missing may be
 * aimed at what was left out: it is left out too (recorded) instead of failing the build. Without a skip
 * the missing target is a genuine error and `apply` throws as usual.
 */
export function tolerateMissingTarget<T>(session: BuildSession, file: string, field: string, apply: () => T, unchanged: () => T): T {
  try {
    return apply();
  } catch (err) {
    if (!(err instanceof KustomizeError) || session.options.unrenderable !== 'skip' || session.skipped.length === 0) throw err;
    if (!/failed to find unique target|no resource matches|no matches for|nothing selected by/.test(err.message)) throw err;
    session.skipped.push({ file, field, what: `${err.message.split('\n')[0]} (its target may be among what was not rendered)` });
    return unchanged();
  }
}

/** One loaded kustomization directory. */
export interface Target {
  loader: KustomizationLoader;
  file: string;
  k: Kustomization;
  /** The directory relative to the top-level build, for origin annotations. */
  originDir: string;
}

/** Builds the kustomization in `dir` (absolute FileSystem path) as `kustomize build` does. Throws KustomizeError. */
export function buildKustomization(fs: FileSystem, dir: string, options: BuildOptions = {}): BuildResult {
  const root = normalizePath(dir);
  const loader = new KustomizationLoader(fs, root, options.loadRestrictor ?? 'rootOnly');
  const session: BuildSession = {
    fs,
    options,
    schema: MergeSchema.builtin(),
    warnings: [],
    files: new Set(),
    topDir: root,
    trackOrigins: false,
    schemaFixed: false,
    skipped: [],
  };
  const target = loadTarget(session, loader, '.');
  session.trackOrigins = target.k.buildMetadata.includes('originAnnotations');
  const topSchema = schemaFor(session, target);
  if (topSchema) {
    session.schema = topSchema;
    session.schemaFixed = true;
  }

  const acc = accumulateTarget(session, target, new Accumulator(sharedDefaultTransformerConfig()));

  // Kustomize does these last, once, on the whole result: not in every nested kustomization.
  applyHashSuffixes(acc.resources);
  fixNameReferences(acc.resources, acc.config.nameReference);
  resolveVars(acc.resources, acc.vars, acc.config.varReference, target.file);
  let resources = acc.resources.filter((r) => !isLocalConfig(r));

  resources = sortResources(resources, target.k.sortOptions, options.reorder, target.file);
  if (options.enableManagedByLabel || target.k.buildMetadata.includes('managedByLabel')) {
    applyLabelFieldSpecs(resources, { 'app.kubernetes.io/managed-by': MANAGED_BY_VALUE }, [
      { path: 'metadata/labels', create: true },
    ]);
  }
  for (const r of resources) {
    if (!session.trackOrigins) removeAnnotation(r, ORIGIN_ANNOTATION);
    normalizeAnnotations(r, session.fs);
  }
  return { resources, warnings: session.warnings, files: [...session.files], skipped: session.skipped };
}

/** Finds, reads and parses the kustomization file of a directory. */
export function loadTarget(session: BuildSession, loader: KustomizationLoader, originDir: string): Target {
  const { fs } = session;
  const found = KUSTOMIZATION_FILE_NAMES.map((n) => joinPath(loader.root, n)).filter((p) => fs.stat(p)?.kind === 'file');
  if (found.length === 0) {
    throw new KustomizeError(
      `unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory '${loader.root}'`,
      loader.root,
    );
  }
  if (found.length > 1) {
    throw new KustomizeError(`found multiple kustomization files in ${loader.root}: ${found.join(', ')}`, found[0]);
  }
  const file = found[0]!;
  session.files.add(file);
  session.loaded?.push(loader.realRoot);
  const docs = parseDocs(readFileText(fs, file), file, 'kustomization');
  if (docs.length > 1) {
    throw new KustomizeError(`a kustomization file holds one YAML document, found ${docs.length}`, file);
  }
  const k = parseKustomization(docs[0]?.value, file);
  for (const field of Object.keys(DEPRECATED_FIELDS)) {
    if (k.present.has(field)) session.warnings.push({ file, field, message: DEPRECATED_FIELDS[field]! });
  }
  if (k.present.has('helmCharts') || k.present.has('helmChartInflationGenerator')) {
    if (session.options.unrenderable !== 'skip') throw new UnsupportedFeatureError('inflating Helm charts', file, 'helmCharts');
    k.helmCharts.forEach((chart, i) => refuseOrSkip(session, new UnsupportedFeatureError(describeChart(chart), file, 'helmCharts', `/helmCharts/${i}`)));
    if (k.present.has('helmChartInflationGenerator')) {
      refuseOrSkip(session, new UnsupportedFeatureError('Helm chart inflation', file, 'helmChartInflationGenerator', '/helmChartInflationGenerator'));
    }
  }
  // helmGlobals only configures the charts above: with them left out it has nothing to do.
  if (k.present.has('helmGlobals') && session.options.unrenderable !== 'skip') throw new UnsupportedFeatureError('Helm charts', file, 'helmGlobals');
  if (k.validators.length > 0) refuseOrSkip(session, new UnsupportedFeatureError('validator plugins', file, 'validators', '/validators'));
  return { loader, file, k, originDir };
}

/** `Helm chart podinfo 6.5.0 from https://stefanprodan.github.io/podinfo`, from a helmCharts entry. */
function describeChart(chart: unknown): string {
  if (!isJsonObject(chart)) return 'a Helm chart';
  const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  const name = str(chart.name) || 'a chart';
  const version = str(chart.version);
  const repo = str(chart.repo);
  return `Helm chart ${name}${version ? ` ${version}` : ''}${repo ? ` from ${repo}` : ''}`;
}


/** Reads a file the build needs; a file system refusal (missing, too big) is a build error naming it. */
function readFileText(fs: FileSystem, path: string): string {
  try {
    return readText(fs, path);
  } catch (err) {
    if (err instanceof FsError) throw new KustomizeError(err.message, path);
    throw err;
  }
}

/**
 * Parses a file the build reads; each path and text is parsed once per process (see parse-cache.ts).
 * Kustomization files are read as sigs.k8s.io/yaml reads them: a later duplicate key wins.
 */
function parseDocs(text: string, file: string, kind: 'manifests' | 'kustomization' = 'manifests'): YamlDocument[] {
  try {
    return kind === 'kustomization' ? parseKustomizationFileOnce(text, file) : parseDocumentsOnce(text, file, parseYamlDocuments);
  } catch (err) {
    if (err instanceof YamlError) throw new YamlParseError(err.reason, file, err.line, err.column);
    throw err;
  }
}

/** The merge schema named by a kustomization's `openapi:` field, if any. */
function schemaFor(session: BuildSession, target: Target): MergeSchema | undefined {
  const openapi = target.k.openapi;
  if (!openapi) return undefined;
  if (openapi.path && openapi.version) {
    throw new KustomizeError('openapi: builtin version and custom schema provided, cannot use both', target.file, 'openapi');
  }
  if (openapi.path) {
    const text = target.loader.readText(openapi.path, 'openapi', target.file);
    session.files.add(target.loader.resolve(openapi.path));
    const docs = parseDocs(text, target.loader.resolve(openapi.path));
    const doc = docs[0]?.value;
    if (!isJsonObject(doc)) throw new KustomizeError(`openapi: ${openapi.path} is not a schema document`, target.file, 'openapi');
    // A custom schema replaces kustomize's builtin one entirely, as in kustomize.
    return MergeSchema.empty().withOpenApi(doc);
  }
  if (openapi.version && openapi.version !== 'v1.21.2') {
    throw new KustomizeError(
      `openapi: the specified OpenAPI version '${openapi.version}' is not built in (kustomize 5.5 has v1.21.2)`,
      target.file,
      'openapi',
    );
  }
  // An explicit builtin version is a choice too: it keeps a base's custom schema from taking over.
  return openapi.version ? MergeSchema.builtin() : undefined;
}

function adoptSchema(session: BuildSession, target: Target): void {
  const schema = schemaFor(session, target);
  if (schema && !session.schemaFixed) {
    session.schema = schema;
    session.schemaFixed = true;
  }
}

/**
 * Accumulates one kustomization into `acc` in kustomize's order: resources, configurations, crds,
 * generators, components, transformers, vars. For a Kustomization `acc` is new and merged into the parent
 * by the caller; a Component works on its parent's accumulator directly.
 */
export function accumulateTarget(session: BuildSession, target: Target, acc: Accumulator): Accumulator {
  const { k, file, loader } = target;

  k.resources.forEach((path, index) => accumulateResource(session, target, acc, path, 'resources', index));

  for (const path of k.configurations) {
    const text = loader.readText(path, 'configurations', file);
    session.files.add(loader.resolve(path));
    const docs = parseDocs(text, loader.resolve(path));
    for (const d of docs) acc.config = mergeTransformerConfig(acc.config, parseTransformerConfig(d.value, loader.resolve(path)));
  }
  for (const path of k.crds) {
    const text = loader.readText(path, 'crds', file);
    session.files.add(loader.resolve(path));
    for (const d of parseDocs(text, loader.resolve(path))) {
      acc.config = mergeTransformerConfig(acc.config, parseCrdsConfig(d.value, loader.resolve(path)));
    }
  }

  runGenerators(session, target, acc, loadPluginConfigs(session, target, k.generators, 'generators'));

  for (const [index, path] of k.components.entries()) {
    if (isRemote(path)) {
      refuseOrSkip(session, new UnsupportedFeatureError(`remote component '${path}'`, file, 'components', `/components/${index}`));
      continue;
    }
    const abs = loader.resolve(path);
    if (session.fs.stat(abs)?.kind !== 'dir') {
      throw new KustomizeError(`components: '${path}' must be a directory holding a Component`, file, 'components');
    }
    const child = loadTarget(session, loader.child(abs, file, 'components'), joinOrigin(target.originDir, path));
    if (child.k.kind !== 'Component') {
      throw new KustomizeError(
        `components: '${path}' holds a ${child.k.kind}, but components must be of kind Component`,
        file,
        'components',
      );
    }
    // A component works directly on its parent's resources.
    adoptSchema(session, child);
    accumulateTarget(session, child, acc);
  }

  runTransformers(session, target, acc, loadPluginConfigs(session, target, k.transformers, 'transformers'));
  acc.mergeVars(k.vars, file);
  return acc;
}

/** One entry of `resources:`: a file of manifests, or a directory holding a kustomization. */
function accumulateResource(
  session: BuildSession,
  target: Target,
  acc: Accumulator,
  path: string,
  field = 'resources',
  index?: number,
): void {
  const { loader, file } = target;
  if (isRemote(path)) {
    refuseOrSkip(session, new UnsupportedFeatureError(`remote resource '${path}'`, file, field, index !== undefined ? `/${field}/${index}` : undefined));
    return;
  }
  const abs = loader.resolve(path);
  const stat = session.fs.stat(abs);
  if (!stat) {
    throw new KustomizeError(`${field}: '${path}' does not exist (looked for ${abs})`, file, field);
  }
  const origin = joinOrigin(target.originDir, path);
  if (stat.kind === 'file') {
    loader.checkRestriction(abs, path, field, file);
    session.files.add(abs);
    const text = readFileText(session.fs, abs);
    const resources = resourcesFromDocuments(parseDocs(text, abs), abs);
    if (session.trackOrigins) setOriginAnnotations(resources, { path: origin });
    acc.appendAll(resources, `${field}: '${path}' in ${file}`);
    return;
  }
  const childLoader = loader.child(abs, file, field);
  const build = (session: BuildSession, childLoader: KustomizationLoader) => {
    const child = loadTarget(session, childLoader, origin);
    if (child.k.kind === 'Component') {
      throw new KustomizeError(
        `${field}: '${path}' holds a Component; list it under 'components:' instead`,
        file,
        field,
      );
    }
    adoptSchema(session, child);
    // A base starts from the default configuration, not its parent's: its own `configurations:` flow up, never down.
    return accumulateTarget(session, child, new Accumulator(sharedDefaultTransformerConfig()));
  };
  acc.merge(buildBase(session, loader, childLoader, build), `${field}: '${path}' in ${file}`);
}

/**
 * A base directory's build, from the run's memo when the same base was built before under the same
 * settings (base-memo.ts), else built — and kept when nothing but its own files decided the result.
 */
function buildBase(
  session: BuildSession,
  parent: KustomizationLoader,
  childLoader: KustomizationLoader,
  build: (session: BuildSession, childLoader: KustomizationLoader) => Accumulator,
): Accumulator {
  const memo = session.options.bases;
  // What a base build reads of its parent's build: origin paths, what was left out so far (lenient
  // patches), the merge schema. Builds that depend on more than their settings are not kept.
  if (!memo || session.trackOrigins || session.skipped.length > 0 || session.schema !== MergeSchema.builtin()) return build(session, childLoader);
  const key = [childLoader.root, childLoader.restrictor, session.options.unrenderable ?? 'error', session.schemaFixed].join('\0');
  const copied = memo.copy(session.fs, key, [...parent.chain, parent.realRoot]);
  if (copied) {
    session.warnings.push(...copied.build.warnings);
    for (const f of copied.build.files) session.files.add(f);
    session.loaded?.push(...copied.build.loaded);
    return copied.accumulator;
  }
  const outer = { fs: session.fs, warnings: session.warnings, files: session.files, loaded: session.loaded, schemaFixed: session.schemaFixed };
  // What the build asks is written down only where someone records (a pull request's head): a copy is
  // then credited with it. Elsewhere nobody would read it.
  const recorder = outer.fs instanceof RecordingFileSystem ? new RecordingFileSystem(outer.fs) : undefined;
  if (recorder) session.fs = recorder;
  session.warnings = [];
  session.files = new Set();
  session.loaded = [];
  let sub: Accumulator;
  let effects: { warnings: BuildWarning[]; files: string[]; loaded: string[] };
  try {
    sub = build(session, recorder ? childLoader.through(recorder) : childLoader);
  } finally {
    effects = { warnings: session.warnings, files: [...session.files], loaded: session.loaded ?? [] };
    session.fs = outer.fs;
    session.warnings = outer.warnings;
    session.files = outer.files;
    session.loaded = outer.loaded;
    outer.warnings.push(...effects.warnings);
    for (const f of effects.files) outer.files.add(f);
    outer.loaded?.push(...effects.loaded);
  }
  const settingsUnchanged = session.skipped.length === 0 && session.schema === MergeSchema.builtin() && session.schemaFixed === outer.schemaFixed;
  if (settingsUnchanged) memo.keep(outer.fs, key, sub, { ...effects, ...(recorder ? { questions: recorder.questions } : {}) });
  return sub;
}

/**
 * The plugin configs a `generators:` / `transformers:` list names: inline YAML, files, or directories whose
 * kustomization builds the configs.
 */
function loadPluginConfigs(session: BuildSession, target: Target, entries: string[], field: string): Resource[] {
  const configs: Resource[] = [];
  for (const [index, entry] of entries.entries()) {
    const inline = inlineConfigs(entry, target.file);
    if (inline) {
      configs.push(...inline);
      continue;
    }
    const scratch = new Accumulator(sharedDefaultTransformerConfig());
    accumulateResource(session, target, scratch, entry, field, index);
    configs.push(...scratch.resources);
  }
  return configs;
}

/** An entry that is itself YAML of one or more objects with a kind is an inline config, as in kustomize. */
function inlineConfigs(entry: string, file: string): Resource[] | undefined {
  if (!entry.includes('\n') && !entry.includes('kind:')) return undefined;
  let docs;
  try {
    docs = parseYamlDocuments(entry, file);
  } catch {
    return undefined;
  }
  if (docs.length === 0 || !docs.every((d) => isJsonObject(d.value) && typeof d.value.kind === 'string')) return undefined;
  return resourcesFromDocuments(docs, file);
}

function joinOrigin(dir: string, path: string): string {
  return normalizePath(dir === '.' ? path : `${dir}/${path}`);
}

function isLocalConfig(r: Resource): boolean {
  return r.annotations()['config.kubernetes.io/local-config'] === 'true';
}

/**
 * Kustomize rewrites every resource's annotations at the end of a build (it strips its own bookkeeping
 * ones), as a map of strings: an empty or null map disappears, and a value written unquoted that YAML reads
 * as a number, boolean or null becomes the text it was written as (`1.0e+20`, `0x1F`, `yes`, `~`), not
 * that value printed anew.
 */
function normalizeAnnotations(r: Resource, fs: FileSystem): void {
  const md = r.obj.metadata;
  if (!isJsonObject(md) || !('annotations' in md)) return;
  const ann = md.annotations;
  if (!isJsonObject(ann) || Object.keys(ann).length === 0) {
    if (ann === null || isJsonObject(ann)) delete md.annotations;
    return;
  }
  for (const [k, v] of Object.entries(ann)) {
    if (typeof v !== 'string' && (v === null || typeof v !== 'object')) ann[k] = writtenAs(r, k, fs) ?? String(v);
    // A plain date is read as a timestamp (and printed in full); the annotation keeps what was written.
    else if (typeof v === 'string' && TIMESTAMP_TEXT.test(v)) ann[k] = writtenAs(r, k, fs) ?? v;
  }
}

/** What the YAML reader makes of a plain date (`2024-01-01`, `2024-01-01 10:00:00`). */
const TIMESTAMP_TEXT = /^\d{4}-\d\d?-\d\d?(?:[Tt ].*)?$/;

/**
 * The text an annotation's value was written as, from the last patch that sets it or the resource's own
 * document: the plain scalar at that place, up to a comment or the end of the line.
 */
function writtenAs(r: Resource, key: string, fs: FileSystem): string | undefined {
  for (const ref of [...r.patches].reverse().concat(r.source ? [r.source] : [])) {
    let text: string;
    try {
      text = readText(fs, ref.file);
    } catch {
      continue;
    }
    const at = locateInYaml(text, ref.doc, ['metadata', 'annotations', key]);
    if (!at?.exact || !at.column) continue;
    const line = text.split('\n', at.line)[at.line - 1] ?? '';
    // The place is the entry's (`key: value`): the value is what follows the key's colon.
    const entry = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'|[^\s:][^:]*?)\s*:(?:\s+(.*))?$/.exec(line.slice(at.column - 1));
    const raw = (entry?.[1] ?? '').replace(/\s+#.*$/, '').trim();
    if (raw !== '' && !/^["'|>&*!{[]/.test(raw)) return raw;
  }
  return undefined;
}

function removeAnnotation(r: Resource, key: string): void {
  const md = r.obj.metadata;
  if (!isJsonObject(md) || !isJsonObject(md.annotations)) return;
  const ann = md.annotations as JsonObject;
  if (!(key in ann)) return;
  delete ann[key];
  if (Object.keys(ann).length === 0) delete md.annotations;
}

/** Repo-relative helper for messages. */
export function displayPath(session: BuildSession, abs: string): string {
  return relativePath(session.topDir, abs);
}

export type { JsonValue };
