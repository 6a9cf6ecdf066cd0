import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { dirname, resolvePath } from '../path.ts';
import { parseYamlDocuments } from '../yaml/parse.ts';
import { parseDocumentsOnce } from './parse-cache.ts';
import { KustomizeError } from './errors.ts';
import { applyJson6902, decodeJson6902 } from './json-patch.ts';
import type { MergeSchema } from './merge-schema.ts';
import { Resource, type ResId, type SourceRef } from './resource.ts';
import { formatKustomizeId, formatSelector, idEquals, parseSelector, selectResources, type Selector } from './selector.ts';
import { strategicMerge } from './strategic-merge.ts';

/*
 * kustomize's three patch transformers: `patches:` (PatchTransformer), `patchesStrategicMerge:`
 * (PatchStrategicMergeTransformer) and `patchesJson6902:` (PatchJson6902Transformer). Each works in two
 * phases as kustomize does: every entry is loaded and checked first ("configuring"), then applied in order.
 * Resources are mutated in place; the returned list drops those a `$patch: delete` removed.
 */

export interface PatchContext {
  /** Absolute path of the kustomization file the patches come from. */
  kustomizationFile: string;
  /** Reads a file relative to the kustomization directory, load restrictions applied; throws KustomizeError. */
  readFile(relPath: string): string;
  schema: MergeSchema;
}

export interface PatchEntry {
  path?: string;
  patch?: string;
  target?: Selector;
  options?: { allowNameChange?: boolean; allowKindChange?: boolean };
}

export interface Json6902Entry {
  target: Selector & { group?: string; version?: string; kind: string; name: string };
  path?: string;
  patch?: string;
}

/** A strategic-merge patch document, ready to apply. */
interface SmPatch {
  obj: JsonObject;
  ref: SourceRef;
  allowNameChange: boolean;
  allowKindChange: boolean;
}

/** One `patches:` entry after configuring: either strategic-merge documents or JSON 6902 operations. */
export type LoadedPatch =
  | { type: 'sm'; patches: SmPatch[]; target?: Selector; source: string }
  | { type: 'json'; ops: JsonValue[]; target?: Selector; source: string; ref: SourceRef };

// ---------------------------------------------------------------------------------------------------------
// `patches:`

/** The `patches:` field: loads every entry, then applies them in order. */
export function applyPatches(resources: Resource[], entries: PatchEntry[], ctx: PatchContext): Resource[] {
  const loaded = entries.map((e) => loadPatch(e, ctx));
  let out = resources;
  for (const p of loaded) out = applyLoadedPatch(out, p, ctx);
  return out;
}

/** Configures one `patches:` entry as kustomize's PatchTransformer does: reads it and decides its type. */
export function loadPatch(raw: PatchEntry, ctx: PatchContext): LoadedPatch {
  const entry = normalizePatchEntry(raw, ctx.kustomizationFile);
  const fail = (message: string, cause?: KustomizeError): never => {
    throw new KustomizeError(
      `trouble configuring builtin PatchTransformer with config: \`\n${configYaml(entryConfig(entry))}\`: ${message}`,
      cause?.file ?? ctx.kustomizationFile,
      'patches',
      cause?.line,
    );
  };
  const inline = typeof entry.patch === 'string' ? entry.patch.trim() : '';
  const path = typeof entry.path === 'string' ? entry.path : '';
  if (inline === '' && path === '') fail(`must specify one of patch and path in\n${configYaml(entryConfig(entry))}`);
  if (inline !== '' && path !== '') fail(`patch and path can't be set at the same time\n${configYaml(entryConfig(entry))}`);

  let text: string;
  let source: string;
  let file: string;
  if (inline !== '') {
    text = inline;
    source = `[patch: ${JSON.stringify(inline)}]`;
    file = ctx.kustomizationFile;
  } else {
    try {
      text = ctx.readFile(path);
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      return fail(`failed to get the patch file from path(${path}): ${e.message}`, e);
    }
    source = `[path: ${JSON.stringify(path)}]`;
    file = resolvePath(dirname(ctx.kustomizationFile), path);
  }

  // A text that opens a list is decoded as JSON operations first: when that gives operations, the text
  // cannot be strategic merge too (its first document is a list, not a map), so the SM parse is skipped.
  const early = LIST_START.test(text) ? tryDecodeJson6902(text, file) : undefined;
  const sm: SmParse =
    early !== undefined && 'ops' in early && early.ops.length > 0
      ? { error: 'a list of JSON operations' }
      : tryParseSmPatches(text, file, inline !== '');
  let json: JsonValue[] | undefined;
  let jsonError: KustomizeError | undefined;
  if (early !== undefined) {
    if ('ops' in early) json = early.ops;
    else jsonError = early.error;
  } else if (text === '') {
    jsonError = new KustomizeError('empty json patch operations', file);
  } else if ('startsWithMap' in sm && sm.startsWithMap) {
    // Decoding would only fail ("cannot unmarshal object into jsonpatch.Patch"), and that error is never
    // shown once the text reads as strategic merge: skip a second, YAML 1.1 parse of every SM patch.
  } else {
    try {
      json = decodeJson6902(text, file);
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      jsonError = e;
    }
  }
  if (!('error' in sm) && json !== undefined) fail(`illegally qualifies as both an SM and JSON patch: ${source}`);
  if ('error' in sm && jsonError) fail(`unable to parse SM or JSON patch from ${source}`);

  const target = entry.target;
  if (!('error' in sm) && sm.patches.length > 0) {
    for (const p of sm.patches) {
      p.allowNameChange = entry.options?.allowNameChange === true;
      p.allowKindChange = entry.options?.allowKindChange === true;
    }
    return { type: 'sm', patches: sm.patches, target, source };
  }
  // An SM parse with no documents falls through to the JSON path, as kustomize's nil check does; the
  // operations are then decoded again when applied, which fails for anything but a list.
  let ops: JsonValue[] = json ?? [];
  if (json === undefined && target) ops = decodeJson6902(text, file);
  return { type: 'json', ops, target, source, ref: { file, doc: 0, line: 1, column: 1 } };
}

/** Text whose first content (after blank and comment lines) is a block or flow sequence (not a `---` marker). */
const LIST_START = /^(?:[ \t]*(?:#[^\n]*)?\r?\n)*[ \t]*(?:\[|-(?!--))/;

function tryDecodeJson6902(text: string, file: string): { ops: JsonValue[] } | { error: KustomizeError } {
  try {
    return { ops: decodeJson6902(text, file) };
  } catch (e) {
    if (!(e instanceof KustomizeError)) throw e;
    return { error: e };
  }
}

/** Applies one configured `patches:` entry. */
export function applyLoadedPatch(resources: Resource[], p: LoadedPatch, ctx: PatchContext): Resource[] {
  if (p.type === 'json') {
    if (!p.target) {
      throw new KustomizeError(`must specify a target for JSON patch ${p.source}`, ctx.kustomizationFile, 'patches');
    }
    for (const res of selectResources(resources, p.target)) {
      res.storePreviousId();
      applyJsonOps(res, p.ops, p.ref);
    }
    return resources;
  }
  if (p.target) {
    if (p.patches.length > 1) {
      throw new KustomizeError(
        `Multiple Strategic-Merge Patches in one \`patches\` entry is not allowed to set \`patches.target\` field: ${p.source}`,
        ctx.kustomizationFile,
        'patches',
      );
    }
    const selected = new Set(selectResources(resources, p.target));
    return applySmToSet(resources, selected, p.patches[0]!, ctx);
  }
  let out = resources;
  for (const patch of p.patches) {
    const id = patchId(patch.obj);
    const target = findUniqueById(out, id, (msg) => `no resource matches strategic merge patch "${formatKustomizeId(id)}": ${msg}`, ctx);
    if (!applySmToResource(target, patch, ctx)) out = out.filter((r) => r !== target);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// `patchesStrategicMerge:`

/** The `patchesStrategicMerge:` field: each entry is a file path or an inline YAML patch. */
export function applyStrategicMergePatches(resources: Resource[], patches: string[], ctx: PatchContext): Resource[] {
  const loaded = loadStrategicMergePatches(patches, ctx);
  let out = resources;
  for (const patch of loaded) {
    const id = patchId(patch.obj);
    const target = findUniqueById(out, id, (msg) => msg, ctx);
    out = applySmToSet(out, new Set([target]), patch, ctx);
  }
  return out;
}

export function loadStrategicMergePatches(patches: string[], ctx: PatchContext): SmPatch[] {
  const prefix = `trouble configuring builtin PatchStrategicMergeTransformer with config: \`\n${configYaml({ paths: patches })}\`: `;
  const fail = (message: string, cause?: KustomizeError): never => {
    throw new KustomizeError(prefix + message, cause?.file ?? ctx.kustomizationFile, 'patchesStrategicMerge', cause?.line);
  };
  if (patches.length === 0) fail('empty file path and empty patch content');
  const out: SmPatch[] = [];
  for (const entry of patches) {
    if (typeof entry !== 'string') fail(`patchesStrategicMerge entries must be strings, got ${JSON.stringify(entry)}`);
    // kustomize first tries the entry itself as YAML, then as a file name.
    const inline = tryParseSmPatches(entry, ctx.kustomizationFile, true);
    if (!('error' in inline)) {
      out.push(...inline.patches);
      continue;
    }
    let text: string;
    try {
      text = ctx.readFile(entry);
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      return fail(e.message, e);
    }
    const file = resolvePath(dirname(ctx.kustomizationFile), entry);
    const parsed = tryParseSmPatches(text, file, false);
    if ('error' in parsed) return fail(`${parsed.error} (in patch file '${entry}')`, new KustomizeError(parsed.error, file));
    out.push(...parsed.patches);
  }
  if (out.length === 0) fail(`patch appears to be empty; files=[${patches.join(' ')}], Patch=`);
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// `patchesJson6902:`

/** The `patchesJson6902:` field: JSON 6902 operations applied to every resource the target selects. */
export function applyJson6902Patches(resources: Resource[], entries: Json6902Entry[], ctx: PatchContext): Resource[] {
  const loaded = entries.map((e) => loadJson6902Entry(e, ctx));
  for (const { ops, target, ref } of loaded) {
    for (const res of selectResources(resources, target)) applyJsonOps(res, ops, ref);
  }
  return resources;
}

function loadJson6902Entry(raw: Json6902Entry, ctx: PatchContext): { ops: JsonValue[]; target: Selector; ref: SourceRef } {
  const entry = normalizeJson6902Entry(raw, ctx.kustomizationFile);
  const config: JsonObject = {};
  if (entry.patch) config.jsonOp = entry.patch;
  if (entry.path) config.path = entry.path;
  if (entry.target) config.target = selectorConfig(entry.target);
  const fail = (message: string, cause?: KustomizeError): never => {
    throw new KustomizeError(
      `trouble configuring builtin PatchJson6902Transformer with config: \`\n${configYaml(config)}\`: ${message}`,
      cause?.file ?? ctx.kustomizationFile,
      'patchesJson6902',
      cause?.line,
    );
  };
  if (!entry.target || !entry.target.name) fail('must specify the target name');
  const path = entry.path ?? '';
  let text = entry.patch ?? '';
  if (path === '' && text === '') fail('empty file path and empty jsonOp');
  let file = ctx.kustomizationFile;
  if (path !== '') {
    if (text !== '') fail('must specify a file path or jsonOp, not both');
    try {
      text = ctx.readFile(path);
    } catch (e) {
      if (!(e instanceof KustomizeError)) throw e;
      return fail(e.message, e);
    }
    file = resolvePath(dirname(ctx.kustomizationFile), path);
    if (text === '') fail(`patch file '${path}' empty seems to be empty`);
  }
  let ops: JsonValue[];
  try {
    ops = decodeJson6902(text, file);
  } catch (e) {
    if (!(e instanceof KustomizeError)) throw e;
    return fail(`decoding ${text}: ${e.message}`, e);
  }
  if (ops.length === 0) fail(`patch appears to be empty; file=${path}, JsonOp=${text}`);
  return { ops, target: entry.target!, ref: { file, doc: 0, line: 1, column: 1 } };
}

// ---------------------------------------------------------------------------------------------------------
// Entries as they come from a stranger's kustomization: check the types before trusting them.

function normalizePatchEntry(raw: PatchEntry, file: string): PatchEntry {
  const v = raw as unknown as JsonValue;
  if (!isJsonObject(v)) throw new KustomizeError(`patches entries must be maps with path or patch, got ${JSON.stringify(v)}`, file, 'patches');
  const out: PatchEntry = {};
  if (v.path !== undefined && v.path !== null) out.path = stringField(v.path, 'patches', 'path', file);
  if (v.patch !== undefined && v.patch !== null) out.patch = stringField(v.patch, 'patches', 'patch', file);
  if (v.target !== undefined && v.target !== null) out.target = parseSelector(v.target, file, 'patches.target');
  const options = v.options;
  if (options !== undefined && options !== null) {
    if (!isJsonObject(options)) throw new KustomizeError('patches.options must be a map of booleans', file, 'patches');
    out.options = {};
    for (const key of ['allowNameChange', 'allowKindChange'] as const) {
      const o = options[key];
      if (o === undefined || o === null) continue;
      if (typeof o !== 'boolean') throw new KustomizeError(`patches.options.${key} must be true or false, got ${JSON.stringify(o)}`, file, 'patches');
      out.options[key] = o;
    }
  }
  return out;
}

function normalizeJson6902Entry(raw: Json6902Entry, file: string): Json6902Entry {
  const v = raw as unknown as JsonValue;
  if (!isJsonObject(v)) throw new KustomizeError(`patchesJson6902 entries must be maps, got ${JSON.stringify(v)}`, file, 'patchesJson6902');
  const target = v.target === undefined || v.target === null ? undefined : parseSelector(v.target, file, 'patchesJson6902.target');
  const out = { target } as Json6902Entry;
  if (v.path !== undefined && v.path !== null) out.path = stringField(v.path, 'patchesJson6902', 'path', file);
  if (v.patch !== undefined && v.patch !== null) out.patch = stringField(v.patch, 'patchesJson6902', 'patch', file);
  return out;
}

function stringField(v: JsonValue, field: string, key: string, file: string): string {
  if (typeof v !== 'string') throw new KustomizeError(`${field}.${key} must be a string, got ${JSON.stringify(v)}`, file, field);
  return v;
}

// ---------------------------------------------------------------------------------------------------------
// Shared steps

const INTERNAL = 'internal.config.kubernetes.io/';

/**
 * Applies JSON 6902 operations to a resource as kustomize does. kustomize keeps its bookkeeping in
 * `internal.config.kubernetes.io/*` annotations while it builds, so a resource that has been renamed,
 * generated or (in `patches:`) just had its id recorded has a metadata.annotations map during the patch
 * even when the user wrote none, and `add /metadata/annotations/x` then works. Those annotations are
 * stood in for here and removed afterwards; an annotations map left empty or null is dropped, as
 * kustomize's re-setting of its internal annotations does.
 */
function applyJsonOps(res: Resource, ops: JsonValue[], ref: SourceRef): void {
  const input = res.obj;
  const internal = internalAnnotations(res);
  let withInternal = input;
  if (Object.keys(internal).length > 0) {
    withInternal = cloneJson(input);
    const md = isJsonObject(withInternal.metadata) ? withInternal.metadata : (withInternal.metadata = {});
    const annotations = isJsonObject(md.annotations) ? md.annotations : (md.annotations = {});
    for (const [k, v] of Object.entries(internal)) if (!(k in annotations)) annotations[k] = v;
  }
  const patched = applyJson6902(withInternal, ops, ref.file);
  const md = patched.metadata;
  if (isJsonObject(md) && Object.prototype.hasOwnProperty.call(md, 'annotations')) {
    const a = md.annotations;
    if (isJsonObject(a)) for (const k of Object.keys(a)) if (k.startsWith(INTERNAL) && k in internal) delete a[k];
    if (a === null || (isJsonObject(a) && Object.keys(a).length === 0)) delete md.annotations;
  }
  res.obj = patched;
  res.patches.push(ref);
}

/** Stand-ins for the internal annotations kustomize would have on this resource at this point. */
function internalAnnotations(res: Resource): Record<string, string> {
  const out: Record<string, string> = {};
  if (res.prevIds.length > 0) {
    out[`${INTERNAL}previousKinds`] = res.prevIds.map((id) => id.kind).join(',');
    out[`${INTERNAL}previousNames`] = res.prevIds.map((id) => id.name).join(',');
    out[`${INTERNAL}previousNamespaces`] = res.prevIds.map((id) => id.namespace || 'default').join(',');
  }
  if (res.generated) {
    out[`${INTERNAL}generatorBehavior`] = res.generated.behavior;
    if (res.generated.hash) out[`${INTERNAL}needsHashSuffix`] = 'enabled';
  }
  return out;
}

/**
 * kustomize's ResMap.ApplySmPatch: applies a copy of the patch to each selected resource, the copy taking
 * the resource's apiVersion (the patch keeps its kind, which only matters with allowKindChange), and drops
 * resources the patch deleted.
 */
function applySmToSet(resources: Resource[], selected: Set<Resource>, patch: SmPatch, ctx: PatchContext): Resource[] {
  const out: Resource[] = [];
  for (const res of resources) {
    if (selected.has(res)) {
      const copy: SmPatch = { ...patch, obj: cloneJson(patch.obj) };
      copy.obj.apiVersion = res.apiVersion;
      if (!applySmToResource(res, copy, ctx)) continue;
    }
    out.push(res);
  }
  return out;
}

/**
 * kustomize's Resource.ApplySmPatch: merges the patch in, then restores the name and kind (unless the patch
 * may change them) and always the namespace. Returns false when the patch deleted the resource.
 */
function applySmToResource(res: Resource, patch: SmPatch, ctx: PatchContext): boolean {
  const { name, namespace, kind } = res;
  if (patch.allowNameChange || patch.allowKindChange) res.storePreviousId();
  const merged = mergeOne(res, patch, ctx);
  if (merged === null || Object.keys(merged).length === 0) return false;
  res.obj = merged;
  if (!patch.allowKindChange) res.obj.kind = kind;
  if (!patch.allowNameChange) res.setName(name);
  if (namespace !== '') {
    res.setNamespace(namespace);
  } else if (isJsonObject(res.obj.metadata)) {
    delete res.obj.metadata.namespace;
  }
  res.patches.push(patch.ref);
  return true;
}

/** The one call into the strategic-merge engine. */
function mergeOne(res: Resource, patch: SmPatch, ctx: PatchContext): JsonObject | null {
  try {
    return strategicMerge(res.obj, cloneJson(patch.obj), { schema: ctx.schema, apiVersion: res.apiVersion, kind: res.kind });
  } catch (err) {
    // The merge knows the field at fault; the patch's document is where to look for it.
    if (err instanceof KustomizeError && err.file === undefined) throw new KustomizeError(err.message, patch.ref.file, 'patches', patch.ref.line);
    throw err;
  }
}

/** The id a strategic-merge patch names: its own apiVersion, kind, name and namespace. */
function patchId(obj: JsonObject): ResId {
  return new Resource(obj).curId();
}

/** kustomize's ResMap.GetById: exactly one resource with any (previous or current) id equal to `id`. */
function findUniqueById(resources: Resource[], id: ResId, wrap: (msg: string) => string, ctx: PatchContext): Resource {
  const matches = resources.filter((r) => r.allIds().some((other) => idEquals(id, other)));
  if (matches.length === 1) return matches[0]!;
  const shown = formatKustomizeId(id);
  const why = matches.length > 1 ? `multiple matches for Id ${shown}` : `no matches for Id ${shown}`;
  throw new KustomizeError(wrap(`${why}; failed to find unique target for patch ${shown}`), ctx.kustomizationFile);
}

/** `startsWithMap`: the stream's first document is a map, so it can never also be a list of JSON operations. */
type SmParse = { patches: SmPatch[]; startsWithMap: boolean } | { error: string };

/**
 * Reads strategic-merge patch documents as kustomize's resource factory does: empty documents are skipped,
 * `*List` kinds are expanded to their items, and every other document needs a kind and a metadata.name.
 */
function tryParseSmPatches(text: string, file: string, inline: boolean): SmParse {
  let docs;
  try {
    docs = parseDocumentsOnce(text, file, parseYamlDocuments);
  } catch (e) {
    return { error: (e as Error).message };
  }
  const queue: { value: JsonValue; ref: SourceRef }[] = [];
  for (const d of docs) {
    const ref: SourceRef = inline
      ? { file, doc: 0, line: 1, column: 1 }
      : { file, doc: d.index, line: d.line, column: d.column };
    if (isNilOrEmpty(d.value)) continue;
    if (!isJsonObject(d.value)) return { error: `wrong node kind: expected MappingNode in ${file}` };
    const kind = typeof d.value.kind === 'string' ? d.value.kind : '';
    if (kind === '') return { error: `missing kind in object ${JSON.stringify(d.value)}` };
    if (!kind.endsWith('List')) {
      const md = d.value.metadata;
      const name = isJsonObject(md) && typeof md.name === 'string' ? md.name : '';
      if (name === '') return { error: `missing metadata.name in object ${JSON.stringify(d.value)}` };
    }
    if (hasNilEntryInList(d.value)) return { error: `empty item in a list in object ${JSON.stringify(d.value)}` };
    queue.push({ value: d.value, ref });
  }
  const patches: SmPatch[] = [];
  while (queue.length > 0) {
    const { value, ref } = queue.shift()!;
    const obj = value as JsonObject;
    const kind = obj.kind as string;
    if (kind.endsWith('List') && Object.prototype.hasOwnProperty.call(obj, 'items')) {
      const items = obj.items;
      if (items === null) continue;
      if (!Array.isArray(items)) return { error: `expected array in ${kind}/items` };
      for (const item of items) {
        if (!isJsonObject(item)) return { error: `expected a map in ${kind}/items` };
        queue.push({ value: item, ref });
      }
      continue;
    }
    patches.push({ obj, ref, allowNameChange: false, allowKindChange: false });
  }
  return { patches, startsWithMap: docs[0]?.index === 0 && isJsonObject(docs[0].value) };
}

function isNilOrEmpty(v: JsonValue): boolean {
  return v === null || (Array.isArray(v) && v.length === 0) || (isJsonObject(v) && Object.keys(v).length === 0);
}

function hasNilEntryInList(v: JsonValue): boolean {
  if (Array.isArray(v)) return v.some((x) => x === null || hasNilEntryInList(x));
  if (isJsonObject(v)) return Object.values(v).some(hasNilEntryInList);
  return false;
}

// ---------------------------------------------------------------------------------------------------------
// Plugin configs as kustomize prints them in "trouble configuring" errors (sigs.k8s.io/yaml: sorted keys).

function entryConfig(entry: PatchEntry): JsonObject {
  const out: JsonObject = {};
  if (entry.path) out.path = entry.path;
  if (entry.patch) out.patch = entry.patch;
  if (entry.target) out.target = selectorConfig(entry.target);
  if (entry.options) {
    const o: JsonObject = {};
    for (const [k, v] of Object.entries(entry.options)) if (typeof v === 'boolean') o[k] = v;
    if (Object.keys(o).length > 0) out.options = o;
  }
  return out;
}

function selectorConfig(sel: Selector): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(sel)) if (typeof v === 'string' && v !== '') out[k] = v;
  return out;
}

/** A small YAML emitter for plugin configs: sorted keys, block style, literal blocks for multi-line text. */
export function configYaml(value: JsonValue, indent = ''): string {
  if (Array.isArray(value)) {
    return value.map((v) => `${indent}- ${scalarOrNested(v, `${indent}  `, true)}`).join('');
  }
  if (isJsonObject(value)) {
    return Object.keys(value)
      .sort()
      .map((k) => `${indent}${k}:${nestedAfterKey(value[k]!, indent)}`)
      .join('');
  }
  return `${indent}${scalar(value, indent)}\n`;
}

function nestedAfterKey(v: JsonValue, indent: string): string {
  if (Array.isArray(v)) return v.length === 0 ? ' []\n' : `\n${configYaml(v, indent)}`;
  if (isJsonObject(v)) return Object.keys(v).length === 0 ? ' {}\n' : `\n${configYaml(v, `${indent}  `)}`;
  return ` ${scalar(v, indent)}\n`;
}

function scalarOrNested(v: JsonValue, indent: string, _inSeq: boolean): string {
  if (isJsonObject(v) || Array.isArray(v)) return `\n${configYaml(v, indent)}`;
  return `${scalar(v, indent)}\n`;
}

function scalar(v: JsonValue, indent: string): string {
  if (typeof v !== 'string') return JSON.stringify(v);
  if (v.includes('\n')) {
    const chomp = v.endsWith('\n') ? '|' : '|-';
    const body = (v.endsWith('\n') ? v.slice(0, -1) : v).split('\n');
    return `${chomp}\n${body.map((l) => (l === '' ? '' : `${indent}  ${l}`)).join('\n')}`;
  }
  const plain = /^[A-Za-z0-9_./~][^:#\n]*$/.test(v) && !/\s$/.test(v) && !/^(true|false|null|yes|no|on|off|~|[-+]?[0-9.]+)$/i.test(v);
  return plain ? v : JSON.stringify(v);
}

/** For error messages that print a selector the way kustomize does. */
export function describeSelector(sel: Selector): string {
  return formatSelector(sel);
}
