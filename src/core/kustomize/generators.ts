import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';
import { resolvePath } from '../path.ts';
import { EnvFileError, parseEnvFile } from './env-file.ts';
import { KustomizeError, UnsupportedFeatureError } from './errors.ts';
import { contentHash } from './hash.ts';
import { formatResId, Resource, type GeneratorBehavior, type ResId } from './resource.ts';

/** `generatorOptions` of a kustomization, or `options` of one generator. */
export interface GeneratorOptions {
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  disableNameSuffixHash?: boolean;
  immutable?: boolean;
}

/** One entry of `configMapGenerator` / `secretGenerator`. */
export interface GeneratorSpec {
  name?: string;
  namespace?: string;
  behavior?: string;
  files?: string[];
  literals?: string[];
  envs?: string[];
  /** Older singular form of `envs`; read after them. */
  env?: string;
  /** Secrets only; default Opaque. */
  type?: string;
  options?: GeneratorOptions;
}

export interface GeneratorContext {
  /** Absolute path of the kustomization file, for error messages. */
  kustomizationFile: string;
  /** The kustomization directory (absolute FileSystem path). */
  dir: string;
  /** Reads a file named in the kustomization (relative to dir), enforcing load restrictions; throws KustomizeError. */
  readFile(relPath: string): Uint8Array;
  /**
   * Ignore fields kustomize does not know instead of failing. kustomize decodes a kustomization strictly,
   * but the config of a builtin generator plugin (`generators:`) leniently.
   */
  ignoreUnknownFields?: boolean;
}

type GeneratorKind = 'ConfigMap' | 'Secret';

const FIELD_OF: Record<GeneratorKind, string> = { ConfigMap: 'configMapGenerator', Secret: 'secretGenerator' };

/** Makes the ConfigMap of one `configMapGenerator` entry. `spec` may be the raw entry; it is validated. */
export function generateConfigMap(
  spec: GeneratorSpec,
  global: GeneratorOptions | undefined,
  ctx: GeneratorContext,
): Resource {
  return generate('ConfigMap', spec, global, ctx);
}

/** Makes the Secret of one `secretGenerator` entry. `spec` may be the raw entry; it is validated. */
export function generateSecret(spec: GeneratorSpec, global: GeneratorOptions | undefined, ctx: GeneratorContext): Resource {
  return generate('Secret', spec, global, ctx);
}

function generate(
  kind: GeneratorKind,
  rawSpec: GeneratorSpec,
  rawGlobal: GeneratorOptions | undefined,
  ctx: GeneratorContext,
): Resource {
  const field = FIELD_OF[kind];
  const file = ctx.kustomizationFile;
  const spec = parseGeneratorSpec(rawSpec as unknown as JsonValue, kind, file, ctx.ignoreUnknownFields);
  const global =
    rawGlobal === undefined ? undefined : parseGeneratorOptions(rawGlobal as unknown as JsonValue, 'generatorOptions', file);
  const options = mergeGlobalOptions(spec.options, global);

  // kustomize says "configmap" here for secrets too.
  if (!spec.name) throw new KustomizeError(`${field}: a configmap must have a name`, file, field);
  const where = `${field} '${spec.name}'`;

  const values = loadValues(spec, ctx, where, field);

  const metadata: JsonObject = { name: spec.name };
  if (spec.namespace) metadata.namespace = spec.namespace;
  const obj: JsonObject = { apiVersion: 'v1', kind, metadata };
  if (kind === 'Secret') {
    obj.type = spec.type || 'Opaque';
    const data: JsonObject = {};
    for (const [key, bytes] of values) setOwn(data, key, encodeBase64(bytes));
    // kustomize creates the map even when there is nothing to put in it.
    obj.data = data;
  } else {
    const data: JsonObject = {};
    const binaryData: JsonObject = {};
    for (const [key, bytes] of values) {
      const text = decodeUtf8(bytes);
      if (text === undefined) setOwn(binaryData, key, encodeBase64(bytes));
      else setOwn(data, key, text);
    }
    if (Object.keys(data).length > 0) obj.data = data;
    if (Object.keys(binaryData).length > 0) obj.binaryData = binaryData;
  }
  if (options.labels && Object.keys(options.labels).length > 0) metadata.labels = sortedMap(options.labels);
  if (options.annotations && Object.keys(options.annotations).length > 0) {
    metadata.annotations = sortedMap(options.annotations);
  }
  if (options.immutable) obj.immutable = true;

  const res = new Resource(obj);
  res.generated = { behavior: parseBehavior(spec.behavior), hash: !options.disableNameSuffixHash };
  return res;
}

/** kustomize reads unknown behaviors as "unspecified", which acts as create. */
function parseBehavior(b: string | undefined): GeneratorBehavior {
  return b === 'merge' || b === 'replace' ? b : 'create';
}

/**
 * The key/value pairs of a generator, in kustomize's order (env files, then literals, then files), as raw
 * bytes, sorted by key. A repeated key is an error.
 */
function loadValues(spec: GeneratorSpec, ctx: GeneratorContext, where: string, field: string): [string, Uint8Array][] {
  const file = ctx.kustomizationFile;
  const fail = (msg: string): never => {
    throw new KustomizeError(`${where}: loading KV pairs: ${msg}`, file, field);
  };
  const pairs: [string, Uint8Array][] = [];
  const encoder = new TextEncoder();

  const envs = [...(spec.envs ?? []), ...(spec.env ? [spec.env] : [])];
  for (const env of envs) {
    const bytes = readSource(ctx, env, `${where}: loading KV pairs: env source files: [${envs.join(' ')}]`, field);
    try {
      for (const p of parseEnvFile(bytes)) pairs.push([p.key, encoder.encode(p.value)]);
    } catch (err) {
      if (!(err instanceof EnvFileError)) throw err;
      throw new KustomizeError(
        `${where}: loading KV pairs: env source files: [${envs.join(' ')}]: ${env}: ${err.message}`,
        resolvePath(ctx.dir, env),
        field,
        err.line,
      );
    }
  }

  const literals = spec.literals ?? [];
  for (const lit of literals) {
    const eq = lit.indexOf('=');
    if (eq <= 0) fail(`literal sources [${literals.join(' ')}]: invalid literal source ${lit}, expected key=value`);
    pairs.push([lit.slice(0, eq), encoder.encode(removeQuotes(lit.slice(eq + 1)))]);
  }

  const files = spec.files ?? [];
  for (const source of files) {
    const prefix = `file sources: [${files.join(' ')}]`;
    const { key, path, error } = parseFileSource(source);
    if (error) fail(`${prefix}: ${error}`);
    pairs.push([key, readSource(ctx, path, `${where}: loading KV pairs: ${prefix}`, field)]);
  }

  const seen = new Set<string>();
  for (const [key] of pairs) {
    if (seen.has(key)) {
      throw new KustomizeError(`${where}: configmap ${spec.name} illegally repeats the key \`${key}\``, file, field);
    }
    seen.add(key);
  }
  return pairs.sort(([a], [b]) => compareBytes(a, b));
}

function readSource(ctx: GeneratorContext, rel: string, prefix: string, field: string): Uint8Array {
  try {
    return ctx.readFile(rel);
  } catch (err) {
    if (err instanceof UnsupportedFeatureError) {
      throw new UnsupportedFeatureError(err.what, err.file ?? ctx.kustomizationFile, err.field ?? field, err.pointer, prefix);
    }
    if (err instanceof KustomizeError) {
      throw new KustomizeError(`${prefix}: ${err.message}`, err.file ?? ctx.kustomizationFile, err.field ?? field, err.line);
    }
    throw err;
  }
}

/**
 * A `files:` entry: `path` (key = its base name) or `key=path`. A key or path holding "=" is refused, as
 * are an empty key or path.
 */
export function parseFileSource(source: string): { key: string; path: string; error?: string } {
  const parts = source.split('=');
  if (parts.length === 1) return { key: goBase(source), path: source };
  if (parts.length > 2) return { key: '', path: '', error: `source "${source}" key name or file path contains '='` };
  const [key, path] = parts as [string, string];
  if (key === '') return { key, path, error: `missing key name for file path "${path}" in source "${source}"` };
  if (path === '') return { key, path, error: `missing file path for key name "${key}" in source "${source}"` };
  return { key, path };
}

/** Go's path.Base: the last element, trailing slashes ignored; "." for "", "/" for all slashes. */
function goBase(p: string): string {
  if (p === '') return '.';
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return '/';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** A literal's value loses one pair of matching surrounding quotes ('…' or "…"), nothing more. */
export function removeQuotes(v: string): string {
  if (v.length < 2 || v[0] !== v[v.length - 1]) return v;
  return v[0] === '"' || v[0] === "'" ? v.slice(1, -1) : v;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** Base64 as kustomize writes it: one line up to 69 characters; longer, 70-character lines each ending "\n". */
export function encodeBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const b64 = btoa(bin);
  const lineLen = 70;
  if (b64.length < lineLen) return b64;
  let out = '';
  for (let i = 0; i < b64.length; i += lineLen) out += `${b64.slice(i, i + lineLen)}\n`;
  return out;
}

/** Go's sort.Strings: byte order of UTF-8, which is code point order. */
function compareBytes(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const d = ca[i]!.codePointAt(0)! - cb[i]!.codePointAt(0)!;
    if (d !== 0) return d;
  }
  return ca.length - cb.length;
}

function sortedMap(m: Record<string, string>): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(m).sort(compareBytes)) setOwn(out, k, m[k]!);
  return out;
}

/**
 * kustomize's MergeGlobalOptionsIntoLocal: a local label/annotation wins over a global one of the same key;
 * a global `true` wins over a local `false` (a bool cannot say "unset").
 */
export function mergeGlobalOptions(local: GeneratorOptions | undefined, global: GeneratorOptions | undefined): GeneratorOptions {
  const out: GeneratorOptions = { ...local };
  if (!global) return out;
  if (global.labels) out.labels = { ...global.labels, ...local?.labels };
  if (global.annotations) out.annotations = { ...global.annotations, ...local?.annotations };
  if (global.disableNameSuffixHash) out.disableNameSuffixHash = true;
  if (global.immutable) out.immutable = true;
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Validation of the raw entries, as Go's strict JSON decoding of a kustomization does it.

const SPEC_FIELDS = ['name', 'namespace', 'behavior', 'files', 'literals', 'envs', 'env', 'options'] as const;
const OPTION_FIELDS = ['labels', 'annotations', 'disableNameSuffixHash', 'immutable'] as const;

/**
 * Checks a raw generator entry and returns it typed. Field names match case-insensitively and `null` means
 * "not set", as in Go's decoder; an unknown field or a wrongly typed value is a KustomizeError naming the field.
 */
export function parseGeneratorSpec(
  raw: JsonValue | undefined,
  kind: GeneratorKind,
  file: string,
  ignoreUnknownFields = false,
): GeneratorSpec {
  const field = FIELD_OF[kind];
  if (raw === null || raw === undefined) return {};
  if (!isJsonObject(raw)) throw typeError(`${field}`, 'a map of generator fields', raw, file, field);
  const known: readonly string[] = kind === 'Secret' ? [...SPEC_FIELDS, 'type'] : SPEC_FIELDS;
  const spec: GeneratorSpec = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = known.find((f) => f.toLowerCase() === key.toLowerCase());
    if (!name) {
      if (ignoreUnknownFields) continue;
      throw new KustomizeError(`invalid Kustomization: ${field}: unknown field "${key}"`, file, field);
    }
    const path = `${field}.${name}`;
    if (value === null || value === undefined) {
      delete (spec as Record<string, unknown>)[name];
      continue;
    }
    switch (name) {
      case 'name':
      case 'namespace':
      case 'behavior':
      case 'env':
      case 'type':
        spec[name] = expectString(value, path, file, field);
        break;
      case 'files':
      case 'literals':
      case 'envs':
        spec[name] = expectStringList(value, path, file, field);
        break;
      case 'options':
        spec.options = parseGeneratorOptions(value, path, file);
        break;
    }
  }
  return spec;
}

/** Checks raw `generatorOptions` / `options`; `path` names the field in messages. */
export function parseGeneratorOptions(raw: JsonValue | undefined, path: string, file: string): GeneratorOptions {
  const field = path.split('.')[0]!;
  if (raw === null || raw === undefined) return {};
  if (!isJsonObject(raw)) throw typeError(path, 'a map', raw, file, field);
  const opts: GeneratorOptions = {};
  for (const [key, value] of Object.entries(raw)) {
    const name = OPTION_FIELDS.find((f) => f.toLowerCase() === key.toLowerCase());
    if (!name) throw new KustomizeError(`invalid Kustomization: ${path}: unknown field "${key}"`, file, field);
    if (value === null || value === undefined) {
      delete opts[name];
      continue;
    }
    if (name === 'labels' || name === 'annotations') {
      opts[name] = expectStringMap(value, `${path}.${name}`, file, field);
    } else {
      if (typeof value !== 'boolean') throw typeError(`${path}.${name}`, 'true or false', value, file, field);
      opts[name] = value;
    }
  }
  return opts;
}

function expectString(v: JsonValue, path: string, file: string, field: string): string {
  if (typeof v !== 'string') throw typeError(path, 'a string', v, file, field);
  return v;
}

function expectStringList(v: JsonValue, path: string, file: string, field: string): string[] {
  if (!Array.isArray(v)) throw typeError(path, 'a list of strings', v, file, field);
  // Go decodes a null element of a []string as "".
  return v.map((x) => (x === null ? '' : expectString(x, `${path} item`, file, field)));
}

function expectStringMap(v: JsonValue, path: string, file: string, field: string): Record<string, string> {
  if (!isJsonObject(v)) throw typeError(path, 'a map of strings', v, file, field);
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(v)) {
    Object.defineProperty(out, k, {
      value: x === null ? '' : expectString(x, `${path}.${k}`, file, field),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

function typeError(path: string, expected: string, got: JsonValue, file: string, field: string): KustomizeError {
  const what = got === null ? 'null' : Array.isArray(got) ? 'a list' : isJsonObject(got) ? 'a map' : `${typeof got} ${JSON.stringify(got)}`;
  return new KustomizeError(`invalid Kustomization: ${path} must be ${expected}, got ${what}`, file, field);
}

// ---------------------------------------------------------------------------------------------------------
// Behaviors: how a generated resource joins the resources accumulated so far (kustomize's ResMap
// appendReplaceOrMerge).

/**
 * Adds a generated resource per its behavior. It matches a resource whose current or any previous id equals
 * its own (same group/version/kind/name, "" and "default" the same namespace):
 * - create: no match → appended; a match is an error;
 * - merge / replace: no match (or several) is an error; otherwise the generated resource takes the old one's
 *   place, with the old one's name, namespace and previous ids, its labels and annotations merged under the
 *   new ones, and (merge only) its data and binaryData merged under the new ones. It keeps its hash suffix
 *   only if both had one. Other fields of the old resource (immutable, type, stringData…) are dropped.
 */
export function addGeneratedResource(resources: Resource[], generated: Resource, where: string): void {
  const id = generated.curId();
  const behavior = generated.generated?.behavior ?? 'create';
  const matches = resources.filter((r) => r.allIds().some((other) => sameId(id, other)));
  if (matches.length === 0) {
    if (behavior === 'merge' || behavior === 'replace') {
      throw new KustomizeError(`${where}: ${describe(id)} does not exist; cannot merge or replace`);
    }
    resources.push(generated);
    return;
  }
  if (matches.length > 1) {
    throw new KustomizeError(
      `${where}: found multiple objects ${matches.map((r) => formatResId(r.curId())).join(', ')} that could accept merge of ${describe(id)}`,
    );
  }
  if (behavior === 'create') {
    throw new KustomizeError(`${where}: ${describe(id)} exists; behavior must be merge or replace`);
  }
  const old = matches[0]!;
  mergeInto(generated, old, behavior);
  resources[resources.indexOf(old)] = generated;
}

const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

function mergeInto(res: Resource, old: Resource, behavior: 'merge' | 'replace'): void {
  const oldOrigin = old.annotations()[ORIGIN_ANNOTATION];

  const md = ensureMetadata(res);
  setStringMap(md, 'labels', { ...asStringMap(old.labels()), ...asStringMap(res.labels()) });
  const annotations = { ...asStringMap(old.annotations()), ...asStringMap(res.annotations()) };
  // A merge must not lose where the resource came from.
  if (behavior === 'merge' && typeof oldOrigin === 'string') annotations[ORIGIN_ANNOTATION] = oldOrigin;
  setStringMap(md, 'annotations', annotations);

  res.setName(old.name);
  if (old.namespace) res.setNamespace(old.namespace);
  else delete md.namespace;
  res.prevIds = old.prevIds.map((pid) => ({ ...pid }));
  res.generated = {
    behavior: old.generated?.behavior ?? 'create',
    hash: Boolean(old.generated?.hash) && Boolean(res.generated?.hash),
  };

  if (behavior === 'merge') {
    setStringMap(res.obj, 'data', { ...asStringMap(old.obj.data), ...asStringMap(res.obj.data) });
    setStringMap(res.obj, 'binaryData', { ...asStringMap(old.obj.binaryData), ...asStringMap(res.obj.binaryData) });
  }
}

function ensureMetadata(r: Resource): JsonObject {
  if (!isJsonObject(r.obj.metadata)) r.obj.metadata = {};
  return r.obj.metadata as JsonObject;
}

/**
 * A map field as kustomize reads it into a map[string]string: scalars as their text, anything else as "";
 * not a map at all reads as empty.
 */
function asStringMap(v: JsonValue | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isJsonObject(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    const text = typeof x === 'string' ? x : typeof x === 'number' || typeof x === 'boolean' ? String(x) : '';
    Object.defineProperty(out, k, { value: text, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** Sets a map field sorted by key, or removes it when empty (kustomize clears and rebuilds these maps). */
function setStringMap(target: JsonObject, key: string, m: Record<string, string>): void {
  if (Object.keys(m).length === 0) delete target[key];
  else target[key] = sortedMap(m);
}

function sameId(a: ResId, b: ResId): boolean {
  return (
    a.group === b.group &&
    a.version === b.version &&
    a.kind === b.kind &&
    a.name === b.name &&
    (a.namespace || 'default') === (b.namespace || 'default')
  );
}

function describe(id: ResId): string {
  return `${id.kind} '${id.name}'${id.namespace ? ` in namespace '${id.namespace}'` : ''} (id ${formatResId(id)})`;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * At the end of the top-level build: appends `-<hash>` to the name of every resource that asks for it,
 * hashing its content as it is then (after patches and transformers). The old id is kept so that name
 * references to it follow.
 */
export function applyHashSuffixes(resources: Resource[]): void {
  for (const r of resources) {
    if (!r.generated?.hash) continue;
    const hash = contentHash(r.obj);
    r.storePreviousId();
    r.setName(`${r.name}-${hash}`);
  }
}

export { contentHash };
