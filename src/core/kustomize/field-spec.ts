import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { defaultKindRank } from './sort.ts';
import { KustomizeError } from './errors.ts';
import { splitApiVersion, type Resource } from './resource.ts';

/**
 * Kustomize's FieldSpec: which kinds a transformer touches and where, e.g. labels at
 * `spec/template/metadata/labels` of apps Deployments. Empty group/version/kind match anything.
 */
export interface FieldSpec {
  group?: string;
  version?: string;
  kind?: string;
  path: string;
  create?: boolean;
}

/** A group/version/kind where '' (or absent) is a wildcard when used as a selector. */
export interface GvkLike {
  group?: string;
  version?: string;
  kind?: string;
}

/** Kustomize's Gvk.IsSelected: every non-empty field of `selector` equals the same field of `gvk`. */
export function gvkSelects(selector: GvkLike, gvk: GvkLike): boolean {
  if (selector.group && selector.group !== (gvk.group ?? '')) return false;
  if (selector.version && selector.version !== (gvk.version ?? '')) return false;
  if (selector.kind && selector.kind !== (gvk.kind ?? '')) return false;
  return true;
}

/** Whether `spec` applies to the resource as it is now (its current apiVersion and kind). */
export function fieldSpecSelects(spec: FieldSpec, res: Resource): boolean {
  // Called for every spec × resource × transformer: compare in place, without building a gvk object.
  if (spec.kind && spec.kind !== res.kind) return false;
  if (!spec.group && !spec.version) return true;
  const apiVersion = res.apiVersion;
  const slash = apiVersion.indexOf('/');
  if (spec.group && spec.group !== (slash < 0 ? '' : apiVersion.slice(0, slash))) return false;
  if (spec.version && spec.version !== (slash < 0 ? apiVersion : apiVersion.slice(slash + 1))) return false;
  return true;
}

/**
 * Splits a field path as kustomize's PathSplitter does: on `/`, a leading `/` ignored, `\/` kept as a
 * literal slash (`metadata/annotations/a.io\/b`). Empty segments are kept: kustomize rejects them when it
 * walks the path.
 */
export function splitFieldPath(path: string): readonly string[] {
  // The same few dozen paths are split for every resource; keep the (frozen) splits.
  let split = splits.get(path);
  if (!split) {
    split = Object.freeze(splitUncached(path));
    if (splits.size < 10_000) splits.set(path, split);
  }
  return split;
}

const splits = new Map<string, readonly string[]>();

function splitUncached(path: string): string[] {
  let parts = path.split('/');
  if (parts.length > 1 && parts[0] === '') parts = parts.slice(1);
  const out: string[] = [parts[0]!];
  for (const part of parts.slice(1)) {
    const last = out.length - 1;
    if (out[last]!.endsWith('\\')) out[last] = `${out[last]!.slice(0, -1)}/${part}`;
    else out.push(part);
  }
  return out;
}

/**
 * What a transformer creates at the end of a path when the field spec says `create` and the field is
 * missing: labels and annotations create maps, names and namespaces scalars; `none` (images) never creates.
 */
export type CreateKind = 'map' | 'scalar' | 'none';

/** A value kustomize cannot walk through or set; the caller adds which field spec and resource. */
export class FieldPathError extends Error {}

/**
 * Calls `visit(holder, key)` at every place a field path reaches in `root`, as kustomize's fieldspec
 * filter does; `holder[key]` then exists (possibly null). Sequences met on the way are traversed element by
 * element. With `create` (and a createKind other than `none`), missing intermediate fields become maps and a
 * missing last field becomes a `createKind` value; a segment `x[]` is never created, and a null found there
 * becomes an empty sequence. A null found where something would be created becomes that thing. Other
 * nulls end the branch. A scalar in the middle of the path is an error, as in kustomize.
 */
export function visitFieldPath(
  root: JsonValue,
  segments: readonly string[],
  create: boolean,
  createKind: CreateKind,
  visit: (holder: JsonObject, key: string) => void,
): void {
  walkFieldPath(root, 0, { steps: stepsOf(segments), create, createKind, visit });
}

/** One segment of a field path, read once: its key and whether it walks a sequence (`containers[]`). */
interface PathStep {
  key: string;
  isSeq: boolean;
}

interface FieldWalk {
  steps: readonly PathStep[];
  create: boolean;
  createKind: CreateKind;
  visit: (holder: JsonObject, key: string) => void;
}

/** The steps of a split path, kept with it: transformers walk the same few dozen paths for every resource. */
const stepsBySegments = new WeakMap<readonly string[], readonly PathStep[]>();

function stepsOf(segments: readonly string[]): readonly PathStep[] {
  let steps = stepsBySegments.get(segments);
  if (!steps) {
    steps = segments.map((raw) => (raw.endsWith('[]') ? { key: raw.slice(0, -2), isSeq: true } : { key: raw, isSeq: false }));
    stepsBySegments.set(segments, steps);
  }
  return steps;
}

function walkFieldPath(node: JsonValue | undefined, i: number, w: FieldWalk): void {
  if (node === undefined || node === null) return;
  if (Array.isArray(node)) {
    for (const item of node) walkFieldPath(item, i, w);
    return;
  }
  if (!isJsonObject(node)) throw new FieldPathError('expected sequence or mapping node');
  const { key, isSeq } = w.steps[i]!;
  if (key === '') throw new FieldPathError('cannot set or create an empty field name');
  const last = i === w.steps.length - 1;

  // The kind kustomize gives a missing (or null) field here; undefined means "look up only".
  let kind: 'map' | 'scalar' | 'seq' | undefined;
  if (!w.create || w.createKind === 'none' || isSeq) kind = isSeq ? 'seq' : undefined;
  else kind = last ? w.createKind : 'map';

  const present = Object.prototype.hasOwnProperty.call(node, key);
  if (!present) {
    if (kind === undefined || kind === 'seq') return;
    setKey(node, key, emptyOf(kind));
  } else if (node[key] === null && kind !== undefined) {
    setKey(node, key, emptyOf(kind));
  }
  if (last) w.visit(node, key);
  else walkFieldPath(node[key], i + 1, w);
}

function emptyOf(kind: 'map' | 'scalar' | 'seq'): JsonValue {
  if (kind === 'map') return {};
  if (kind === 'seq') return [];
  return '';
}

function setKey(obj: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

/**
 * Applies one field spec to a resource, as kustomize's fieldspec filter: nothing when the spec's
 * group/version/kind do not select it, else `visit` at each place its path reaches. Problems become a
 * KustomizeError naming the field spec and the resource, in kustomize's words.
 */
export function applyFieldSpec(
  res: Resource,
  spec: FieldSpec,
  createKind: CreateKind,
  visit: (holder: JsonObject, key: string) => void,
): void {
  if (!fieldSpecSelects(spec, res)) return;
  try {
    visitFieldPath(res.obj, splitFieldPath(spec.path), spec.create === true, createKind, visit);
  } catch (e) {
    if (e instanceof FieldPathError || e instanceof KustomizeError) {
      throw new KustomizeError(
        `considering field '${spec.path}' of object ${describeResource(res)}: ${e.message}`,
        res.source?.file,
      );
    }
    throw e;
  }
}

/** A resource's id as kustomize prints it in messages: `Deployment.v1.apps/web.[noNs]`. */
export function describeResource(res: Resource): string {
  const { group, version } = splitApiVersion(res.apiVersion);
  return `${gvkString({ group, version, kind: res.kind })}/${res.name || '[noName]'}.${res.namespace || '[noNs]'}`;
}

/** Kustomize's Gvk.String(): `Kind.version.group` with `[noKind]`/`[noVer]`/`[noGrp]` for empty parts. */
export function gvkString(gvk: GvkLike): string {
  return `${gvk.kind || '[noKind]'}.${gvk.version || '[noVer]'}.${gvk.group || '[noGrp]'}`;
}


function stableSortString(gvk: GvkLike): string {
  return `${gvk.group || '~G'}_${gvk.version || '~V'}_${gvk.kind || '~K'}`;
}

/** Kustomize's Gvk.IsLessThan, as a comparator: the order it sorts field specs in after a merge. */
export function compareGvk(a: GvkLike, b: GvkLike): number {
  const ra = defaultKindRank(a.kind ?? '');
  const rb = defaultKindRank(b.kind ?? '');
  if (ra !== rb) return ra - rb;
  const sa = stableSortString(a);
  const sb = stableSortString(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/**
 * Kustomize's FsSlice.MergeOne: `incoming` is dropped when an existing spec has the same path and is
 * selected by incoming's group/version/kind (so a wildcard incoming spec is covered by any specific one);
 * if that existing spec disagrees on `create`, kustomize fails with "conflicting fieldspecs".
 */
export function mergeFieldSpec(specs: FieldSpec[], incoming: FieldSpec): FieldSpec[] {
  const existing = specs.find((s) => s.path === incoming.path && gvkSelects(incoming, s));
  if (!existing) return [...specs, incoming];
  if ((existing.create === true) !== (incoming.create === true)) throw new FieldPathError('conflicting fieldspecs');
  return specs;
}

/** Kustomize's FsSlice.MergeAll: mergeFieldSpec for each incoming spec in turn. */
export function mergeFieldSpecs(specs: FieldSpec[], incoming: FieldSpec[]): FieldSpec[] {
  let out = specs;
  for (const spec of incoming) out = mergeFieldSpec(out, spec);
  return out;
}

/**
 * Reads one field spec from a stranger's YAML (a `configurations:` file, a plugin's `fieldSpecs`, a
 * `labels[].fields` entry). Wrong types are errors; unknown keys too when `strict` (kustomization files and
 * configurations are read strictly, builtin plugin configs are not). Keys match case-insensitively, as Go's
 * encoding/json does.
 */
export function parseFieldSpec(value: JsonValue, file: string, where: string, strict = true): FieldSpec {
  if (!isJsonObject(value)) {
    throw new KustomizeError(`${where}: expected a field spec (a map with 'path'), got ${describe(value)}`, file);
  }
  const spec: FieldSpec = { path: '', create: false };
  for (const [rawKey, v] of Object.entries(value)) {
    const key = rawKey.toLowerCase();
    if (v === null) continue; // JSON null leaves Go's zero value
    if (key === 'create') {
      spec.create = parseBool(v, file, `${where}.create`);
    } else if (key === 'path' || key === 'group' || key === 'version' || key === 'kind') {
      if (typeof v !== 'string') {
        throw new KustomizeError(`${where}.${key}: expected a string, got ${describe(v)}`, file);
      }
      if (key === 'path') spec.path = v;
      else if (v !== '') spec[key] = v;
    } else if (strict) {
      throw new KustomizeError(`${where}: unknown field "${rawKey}" in a field spec (expected path, create, group, version, kind)`, file);
    }
  }
  return spec;
}

/** A list of field specs (`fieldSpecs:` of a plugin, a `configurations:` section); null means none. */
export function parseFieldSpecList(value: JsonValue | undefined, file: string, where: string, strict = true): FieldSpec[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new KustomizeError(`${where}: expected a list of field specs, got ${describe(value)}`, file);
  return value.map((v, i) => parseFieldSpec(v, file, `${where}[${i}]`, strict));
}

/** YAML 1.1 booleans, which kustomize's YAML reader (go-yaml v2 underneath) accepts for bool fields. */
const YAML11_BOOLS: Record<string, boolean> = {
  y: true, yes: true, true: true, on: true,
  n: false, no: false, false: false, off: false,
};

export function parseBool(v: JsonValue, file: string, where: string): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && Object.prototype.hasOwnProperty.call(YAML11_BOOLS, v.toLowerCase())) {
    return YAML11_BOOLS[v.toLowerCase()]!;
  }
  throw new KustomizeError(`${where}: expected true or false, got ${describe(v)}`, file);
}

/** A short description of a bad value for error messages. */
export function describe(v: JsonValue | undefined): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (isJsonObject(v)) return 'a map';
  return `${typeof v} ${JSON.stringify(v)}`;
}
