import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { parseYamlDocuments } from '../yaml/parse.ts';
import { parseDocumentsOnce } from './parse-cache.ts';
import { KustomizeError } from './errors.ts';
import type { ResId, Resource } from './resource.ts';
import { formatKustomizeId, idSelectedBy, matchesLabelAndAnnotationSelectors, type Selector } from './selector.ts';

/*
 * kustomize's ReplacementTransformer (api/filters/replacement): copies one field of a source resource into
 * fields of target resources. Values keep the target's type when the target is a scalar (kyaml only swaps
 * the scalar's text), which is why a string "3" copied onto `replicas: 1` gives the number 3.
 */

export interface FieldOptions {
  delimiter?: string;
  index?: number;
  create?: boolean;
}

export interface Replacement {
  source: Selector & { fieldPath?: string; options?: FieldOptions };
  targets: { select: Selector; reject?: Selector[]; fieldPaths?: string[]; options?: FieldOptions }[];
}

export interface ReplacementContext {
  kustomizationFile: string;
  readFile(relPath: string): string;
}

const DEFAULT_FIELD_PATH = 'metadata.name';

/** The `replacements:` field: entries inline or `{path}` of a file holding one replacement or a list. */
export function applyReplacements(resources: Resource[], replacements: JsonValue[], ctx: ReplacementContext): void {
  const list = loadReplacements(replacements, ctx);
  for (const r of list) {
    const value = sourceValue(resources, r, ctx.kustomizationFile);
    for (const t of r.targets) applyTarget(resources, value, t, ctx.kustomizationFile);
  }
}

/** Reads and checks every entry first, as kustomize configures the transformer before running it. */
export function loadReplacements(entries: JsonValue[], ctx: ReplacementContext): Replacement[] {
  const out: Replacement[] = [];
  const file = ctx.kustomizationFile;
  for (const entry of entries) {
    if (!isJsonObject(entry)) throw new KustomizeError(`replacements entries must be maps, got ${JSON.stringify(entry)}`, file, 'replacements');
    const path = entry.path;
    if (typeof path === 'string' && path !== '') {
      if (entry.source !== undefined || (Array.isArray(entry.targets) && entry.targets.length > 0)) {
        throw new KustomizeError('cannot specify both path and inline replacement', file, 'replacements');
      }
      const text = ctx.readFile(path);
      const docs = parseDocumentsOnce(text, path, parseYamlDocuments);
      const content = docs[0]?.value ?? null;
      if (Array.isArray(content)) {
        for (const item of content) out.push(parseReplacement(item, path));
      } else if (isJsonObject(content)) {
        out.push(parseReplacement(content, path));
      } else {
        throw new KustomizeError(
          `unsupported replacement type encountered within replacement path: ${goKind(content)}`,
          path,
          'replacements',
        );
      }
    } else {
      out.push(parseReplacement(entry, file));
    }
  }
  return out;
}

function goKind(v: JsonValue): string {
  if (v === null) return 'invalid';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  return 'map';
}

function parseReplacement(v: JsonValue, file: string): Replacement {
  if (!isJsonObject(v)) throw new KustomizeError(`a replacement must be a map, got ${JSON.stringify(v)}`, file, 'replacements');
  const source = v.source;
  const targets = v.targets;
  if (!isJsonObject(source) || !Array.isArray(targets)) {
    throw new KustomizeError('replacements must specify a source and at least one target', file, 'replacements');
  }
  return {
    source: {
      ...idSelector(source, file, 'source'),
      fieldPath: optString(source, 'fieldPath', file, 'source'),
      options: fieldOptions(source.options, file, 'source.options'),
    },
    targets: targets.map((t, i) => {
      const where = `targets[${i}]`;
      if (!isJsonObject(t)) throw new KustomizeError(`replacement ${where} must be a map`, file, 'replacements');
      if (!isJsonObject(t.select)) throw new KustomizeError('target must specify resources to select', file, 'replacements');
      const reject = t.reject;
      if (reject !== undefined && reject !== null && !Array.isArray(reject)) {
        throw new KustomizeError(`replacement ${where}.reject must be a list`, file, 'replacements');
      }
      const fieldPaths = t.fieldPaths;
      if (fieldPaths !== undefined && fieldPaths !== null && !(Array.isArray(fieldPaths) && fieldPaths.every((p) => typeof p === 'string'))) {
        throw new KustomizeError(`replacement ${where}.fieldPaths must be a list of strings`, file, 'replacements');
      }
      return {
        select: fullSelector(t.select, file, `${where}.select`),
        reject: (reject ?? []).map((r, j) => fullSelector(r, file, `${where}.reject[${j}]`)),
        fieldPaths: (fieldPaths as string[] | null | undefined) ?? undefined,
        options: fieldOptions(t.options, file, `${where}.options`),
      };
    }),
  };
}

function optString(obj: JsonObject, key: string, file: string, where: string): string | undefined {
  const v = obj[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new KustomizeError(`replacement ${where}.${key} must be a string, got ${JSON.stringify(v)}`, file, 'replacements');
  return v;
}

function idSelector(obj: JsonObject, file: string, where: string): Selector {
  const sel: Selector = {};
  for (const key of ['group', 'version', 'kind', 'name', 'namespace'] as const) {
    const v = optString(obj, key, file, where);
    if (v !== undefined) sel[key] = v;
  }
  return sel;
}

function fullSelector(v: JsonValue, file: string, where: string): Selector {
  if (!isJsonObject(v)) throw new KustomizeError(`replacement ${where} must be a map`, file, 'replacements');
  const sel = idSelector(v, file, where);
  const labels = optString(v, 'labelSelector', file, where);
  const annotations = optString(v, 'annotationSelector', file, where);
  if (labels !== undefined) sel.labelSelector = labels;
  if (annotations !== undefined) sel.annotationSelector = annotations;
  return sel;
}

function fieldOptions(v: JsonValue | undefined, file: string, where: string): FieldOptions | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isJsonObject(v)) throw new KustomizeError(`replacement ${where} must be a map`, file, 'replacements');
  const out: FieldOptions = {};
  const delimiter = optString(v, 'delimiter', file, where);
  if (delimiter !== undefined) out.delimiter = delimiter;
  if (v.index !== undefined && v.index !== null) {
    if (typeof v.index !== 'number' || !Number.isInteger(v.index)) {
      throw new KustomizeError(`replacement ${where}.index must be an integer, got ${JSON.stringify(v.index)}`, file, 'replacements');
    }
    out.index = v.index;
  }
  if (v.create !== undefined && v.create !== null) {
    if (typeof v.create !== 'boolean') {
      throw new KustomizeError(`replacement ${where}.create must be true or false, got ${JSON.stringify(v.create)}`, file, 'replacements');
    }
    out.create = v.create;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Values: a scalar is its text plus its YAML tag, as kyaml sees it; maps and sequences are copied whole.

type Tag = 'str' | 'int' | 'float' | 'bool' | 'null';
type Value = { scalar: true; text: string; tag: Tag } | { scalar: false; node: JsonValue };

function toValue(v: JsonValue): Value {
  if (v === null) return { scalar: true, text: 'null', tag: 'null' };
  if (typeof v === 'string') return { scalar: true, text: v, tag: 'str' };
  if (typeof v === 'boolean') return { scalar: true, text: String(v), tag: 'bool' };
  if (typeof v === 'number') return { scalar: true, text: String(v), tag: Number.isInteger(v) ? 'int' : 'float' };
  return { scalar: false, node: cloneJson(v) };
}

/** yaml.v3's resolution of a plain scalar (YAML 1.2 core schema, as kyaml reads). */
function resolvePlain(text: string): { tag: Tag; value: JsonValue } {
  if (text === '' || text === '~' || /^(null|Null|NULL)$/.test(text)) return { tag: 'null', value: null };
  if (/^(true|True|TRUE)$/.test(text)) return { tag: 'bool', value: true };
  if (/^(false|False|FALSE)$/.test(text)) return { tag: 'bool', value: false };
  if (/^[-+]?[0-9]+$/.test(text)) return { tag: 'int', value: Number(text) };
  if (/^0o[0-7]+$/.test(text)) return { tag: 'int', value: parseInt(text.slice(2), 8) };
  if (/^0x[0-9a-fA-F]+$/.test(text)) return { tag: 'int', value: parseInt(text.slice(2), 16) };
  if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return { tag: 'float', value: Number(text) };
  if (/^[-+]?\.(inf|Inf|INF)$/.test(text) || /^\.(nan|NaN|NAN)$/.test(text)) return { tag: 'float', value: text };
  return { tag: 'str', value: text };
}

/** The JSON a scalar becomes when its text is read under `tag`; throws when the text does not fit the tag. */
function typedScalar(text: string, tag: Tag | undefined, file: string): JsonValue {
  if (tag === undefined) return resolvePlain(text).value;
  if (tag === 'str') return text;
  const resolved = resolvePlain(text);
  const fits =
    resolved.tag === tag || (tag === 'float' && resolved.tag === 'int');
  if (!fits || typeof resolved.value === 'string') {
    throw new KustomizeError(`map[string]interface {}(nil): yaml: cannot decode !!${resolved.tag} \`${text}\` as a !!${tag}`, file, 'replacements');
  }
  return resolved.value;
}

function valueToJson(v: Value, file: string): JsonValue {
  return v.scalar ? typedScalar(v.text, v.tag, file) : cloneJson(v.node);
}

// ---------------------------------------------------------------------------------------------------------
// Source

function allIdsForReplacement(res: Resource): ResId[] {
  return [res.curId(), ...res.prevIds];
}

function sourceString(r: Replacement): string {
  const id: ResId = {
    group: r.source.group ?? '',
    version: r.source.version ?? '',
    kind: r.source.kind ?? '',
    name: r.source.name ?? '',
    namespace: r.source.namespace ?? '',
  };
  const parts = [formatKustomizeId(id)];
  if (r.source.fieldPath) parts.push(r.source.fieldPath);
  const o = r.source.options;
  if (o && (o.delimiter || o.create)) parts.push(`${o.delimiter ?? ''}(${o.index ?? 0}), create=${o.create === true}`);
  return parts.join(':');
}

function sourceValue(resources: Resource[], r: Replacement, file: string): Value {
  const matches: Resource[] = [];
  for (const res of resources) {
    if (allIdsForReplacement(res).some((id) => idSelectedBy(id, r.source))) {
      if (matches.length > 0) throw new KustomizeError(`multiple matches for selector ${sourceString(r)}`, file, 'replacements');
      matches.push(res);
    }
  }
  if (matches.length === 0) throw new KustomizeError(`nothing selected by ${sourceString(r)}`, file, 'replacements');
  const fieldPath = r.source.fieldPath || DEFAULT_FIELD_PATH;
  let found: JsonValue | undefined;
  try {
    found = lookup(matches[0]!.obj, kyamlSplitPath(fieldPath));
  } catch (e) {
    if (e instanceof KustomizeError) throw new KustomizeError(`error looking up replacement source: ${e.message}`, file, 'replacements');
    throw e;
  }
  if (found === undefined || found === null || (Array.isArray(found) && found.length === 0) || (isJsonObject(found) && Object.keys(found).length === 0)) {
    const id = { ...sourceIdOnly(r) };
    throw new KustomizeError(`fieldPath \`${fieldPath}\` is missing for replacement source ${formatKustomizeId(id)}`, file, 'replacements');
  }
  const value = toValue(found);
  const opts = r.source.options;
  if (!opts || !opts.delimiter) return value;
  if (!value.scalar) throw new KustomizeError('delimiter option can only be used with scalar nodes', file, 'replacements');
  const parts = value.text.split(opts.delimiter);
  const index = opts.index ?? 0;
  if (index >= parts.length || index < 0) {
    throw new KustomizeError(`options.index ${index} is out of bounds for value ${value.text}`, file, 'replacements');
  }
  return { scalar: true, text: parts[index]!, tag: value.tag };
}

function sourceIdOnly(r: Replacement): ResId {
  return {
    group: r.source.group ?? '',
    version: r.source.version ?? '',
    kind: r.source.kind ?? '',
    name: r.source.name ?? '',
    namespace: r.source.namespace ?? '',
  };
}

/** kyaml's PathGetter without create: field names, `[k=v]` element matches, indices and `-` (the last). */
function lookup(root: JsonValue, path: string[]): JsonValue | undefined {
  let cur: JsonValue | undefined = root;
  for (const raw of path) {
    const part = raw.trim();
    if (part === '') continue;
    if (cur === undefined || cur === null) return undefined;
    if (/^[+-]?\d+$/.test(part)) {
      const idx = Number(part);
      if (idx < 0) throw new KustomizeError(`array index ${idx} cannot be negative`);
      if (!Array.isArray(cur)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${part}'`);
      cur = cur[idx];
    } else if (part === '-') {
      if (!Array.isArray(cur)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${part}'`);
      cur = cur[cur.length - 1];
    } else if (part === '*') {
      throw new KustomizeError('wildcard is not supported in PathGetter');
    } else if (part.startsWith('[') && part.endsWith(']')) {
      const { field, value } = splitIndexNameValue(part);
      if (!Array.isArray(cur)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${part}'`);
      cur = field === ''
        ? cur.find((e) => !isJsonObject(e) && !Array.isArray(e) && scalarText(e) === value)
        : cur.find((e) => isJsonObject(e) && Object.prototype.hasOwnProperty.call(e, field) && scalarText(e[field]!) === value);
    } else {
      if (Array.isArray(cur) || !isJsonObject(cur)) {
        if (Array.isArray(cur)) throw new KustomizeError(`wrong node kind: expected MappingNode but got SequenceNode at '${part}'`);
        return undefined;
      }
      cur = Object.prototype.hasOwnProperty.call(cur, part) ? cur[part] : undefined;
    }
  }
  return cur;
}

function scalarText(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'object') return '';
  return String(v);
}

function splitIndexNameValue(part: string): { field: string; value: string } {
  const inner = part.slice(1, -1);
  const eq = inner.indexOf('=');
  if (eq < 0) throw new KustomizeError('list path element must contain fieldName=fieldValue for element to match');
  return { field: inner.slice(0, eq), value: inner.slice(eq + 1) };
}

// ---------------------------------------------------------------------------------------------------------
// Targets

function applyTarget(resources: Resource[], value: Value, t: Replacement['targets'][number], file: string): void {
  const fieldPaths = t.fieldPaths && t.fieldPaths.length > 0 ? t.fieldPaths : [DEFAULT_FIELD_PATH];
  const rejects = t.reject ?? [];
  for (const res of resources) {
    if (!matchesLabelAndAnnotationSelectors(res, t.select)) continue;
    const rejectedByLabels = rejects.some(
      (r) => (r.labelSelector || r.annotationSelector) && matchesLabelAndAnnotationSelectors(res, r),
    );
    if (rejectedByLabels) continue;
    const ids = allIdsForReplacement(res);
    const rejectedById = rejects.some((r) => !isEmptyId(r) && ids.some((id) => idSelectedBy(id, r)));
    if (rejectedById) continue;
    if (!ids.some((id) => idSelectedBy(id, t.select))) continue;
    for (const fp of fieldPaths) copyToTarget(res, value, fp, t.options, file);
  }
}

function isEmptyId(sel: Selector): boolean {
  return !sel.group && !sel.version && !sel.kind && !sel.name && !sel.namespace;
}

/** A place a target field path reached: `holder[key]`; `created` when the path made it. */
interface Slot {
  holder: JsonObject | JsonValue[];
  key: string | number;
  created: boolean;
}

function copyToTarget(res: Resource, value: Value, fieldPath: string, options: FieldOptions | undefined, file: string): void {
  const create = options?.create === true;
  const what = create
    ? `unable to find or create field ${JSON.stringify(fieldPath)} in replacement target`
    : `unable to find field ${JSON.stringify(fieldPath)} in replacement target`;
  let slots: Slot[];
  try {
    const rootHolder: JsonValue[] = [res.obj];
    slots = matchPath({ holder: rootHolder, key: 0, created: false }, kyamlSplitPath(fieldPath), create ? (value.scalar ? 'scalar' : 'node') : undefined);
  } catch (e) {
    if (e instanceof KustomizeError) throw new KustomizeError(`${what}: ${e.message}`, file, 'replacements');
    throw e;
  }
  if (slots.length === 0) throw new KustomizeError(what, file, 'replacements');
  for (const slot of slots) setSlot(slot, value, options, file);
}

function slotGet(s: Slot): JsonValue | undefined {
  return Array.isArray(s.holder) ? s.holder[s.key as number] : (s.holder as JsonObject)[s.key as string];
}

function slotSet(s: Slot, v: JsonValue): void {
  if (Array.isArray(s.holder)) s.holder[s.key as number] = v;
  else (s.holder as JsonObject)[s.key as string] = v;
}

type CreateKind = 'scalar' | 'node' | undefined;

/** What a newly created field holds, from the next path segment (kyaml's getPathPartKind). */
function emptyFor(next: string | undefined): JsonValue {
  if (next === undefined) return null;
  if (next.startsWith('[') && next.endsWith(']')) return [];
  if (/^\+?\d+$/.test(next)) return [];
  return {};
}

/** kyaml's PathMatcher: like lookup, plus `*` over a sequence, regex `[k=v]` matches and creation. */
function matchPath(slot: Slot, path: string[], create: CreateKind): Slot[] {
  const parts = path.map((p) => p.trim()).filter((p) => p !== '');
  return walk(slot, parts);

  function walk(s: Slot, rest: string[]): Slot[] {
    if (rest.length === 0) return [s];
    const node = slotGet(s);
    const [head, ...tail] = rest as [string, ...string[]];
    if (/^\d+$/.test(head) && Number(head) >= 0) {
      const idx = Number(head);
      if (!Array.isArray(node)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${head}'`);
      const pushed = node.length === idx && create !== undefined;
      if (pushed) node.push(emptyFor(tail[0]));
      if (node.length < idx + 1) throw new KustomizeError(`index ${idx} specified but only ${node.length} elements found`);
      return walk({ holder: node, key: idx, created: pushed && tail.length === 0 }, tail);
    }
    if (head.startsWith('[') && head.endsWith(']')) {
      const { field, value } = splitIndexNameValue(head);
      let re: RegExp;
      try {
        re = new RegExp(value);
      } catch (e) {
        throw new KustomizeError(`error parsing regexp: ${(e as Error).message}`);
      }
      if (!Array.isArray(node)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '${head}'`);
      const found = seqMatches(node, field, re, tail);
      if (found.length > 0 || !create) return found;
      node.push(field === '' ? value : { [field]: value });
      return seqMatches(node, field, re, tail);
    }
    if (head === '*') {
      if (!Array.isArray(node)) throw new KustomizeError(`wrong node kind: expected SequenceNode at '*'`);
      return node.flatMap((_, i) => walk({ holder: node, key: i, created: false }, tail));
    }
    if (node === undefined || node === null) return [];
    if (!isJsonObject(node)) {
      throw new KustomizeError(`wrong node kind: expected MappingNode but got ${Array.isArray(node) ? 'SequenceNode' : 'ScalarNode'}`);
    }
    const has = Object.prototype.hasOwnProperty.call(node, head);
    if (!has || (node[head] === null && tail.length > 0)) {
      if (!create) return has ? walk({ holder: node, key: head, created: false }, tail) : [];
      node[head] = emptyFor(tail[0]);
      return walk({ holder: node, key: head, created: tail.length === 0 }, tail);
    }
    return walk({ holder: node, key: head, created: false }, tail);
  }

  function seqMatches(node: JsonValue[], field: string, re: RegExp, tail: string[]): Slot[] {
    const out: Slot[] = [];
    node.forEach((elem, i) => {
      if (field === '') {
        if (isJsonObject(elem) || Array.isArray(elem)) return;
        if (re.test(scalarText(elem).trim())) out.push({ holder: node, key: i, created: false });
        return;
      }
      if (!isJsonObject(elem) || !Object.prototype.hasOwnProperty.call(elem, field)) return;
      const v = elem[field]!;
      if (v === null || isJsonObject(v) || Array.isArray(v)) return;
      if (!re.test(scalarText(v).trim())) return;
      out.push(...walk({ holder: node, key: i, created: false }, tail));
    });
    return out;
  }
}

/** kustomize's setFieldValue: a scalar target keeps its type and only takes the text; others are replaced. */
function setSlot(slot: Slot, value: Value, options: FieldOptions | undefined, file: string): void {
  const current = slotGet(slot);
  // A created field is a node of the value's kind; an existing one is whatever it holds.
  const scalarTarget = slot.created
    ? value.scalar
    : current !== undefined && !isJsonObject(current) && !Array.isArray(current);
  let v = value;
  if (options?.delimiter) {
    if (!scalarTarget) throw new KustomizeError('delimiter option can only be used with scalar nodes', file, 'replacements');
    const parts = (slot.created ? '' : scalarText(current ?? null)).split(options.delimiter);
    const text = v.scalar ? v.text : '';
    const index = options.index ?? 0;
    if (index < 0) parts.unshift(text);
    else if (index >= parts.length) parts.push(text);
    else parts[index] = text;
    v = { scalar: true, text: parts.join(options.delimiter), tag: v.scalar ? v.tag : 'str' };
  }
  if (slot.created) {
    // A field the path created has no tag yet: its text is read as a plain YAML scalar.
    slotSet(slot, v.scalar ? typedScalar(v.text, undefined, file) : cloneJson(v.node));
  } else if (scalarTarget) {
    const tag = (toValue(current as JsonValue) as { tag: Tag }).tag;
    slotSet(slot, typedScalar(v.scalar ? v.text : '', tag, file));
  } else {
    slotSet(slot, valueToJson(v, file));
  }
}

/**
 * kyaml's SmarterPathSplitter on '.': `\.` keeps a literal dot, and a bracketed part may contain dots
 * (`spec.containers.[name=a.b].image`); brackets without `=` are dropped (`[a.b]` → `a.b`).
 */
export function kyamlSplitPath(path: string): string[] {
  const raw = path.split('.');
  const ps = raw.length > 1 && raw[0] === '' ? raw.slice(1) : raw;
  const split: string[] = [ps[0]!];
  for (let i = 1; i < ps.length; i++) {
    const last = split.length - 1;
    if (split[last]!.endsWith('\\')) split[last] = `${split[last]!.slice(0, -1)}.${ps[i]}`;
    else split.push(ps[i]!);
  }
  const out: string[] = [];
  for (let i = 0; i < split.length; i++) {
    const elem = split[i]!;
    if (elem.startsWith('[') && !elem.endsWith(']')) {
      const bracketed = [elem];
      while (i < split.length - 1) {
        i++;
        bracketed.push(split[i]!);
        if (split[i]!.endsWith(']')) break;
      }
      const joined = bracketed.join('.');
      out.push(joined.includes('=') ? joined : joined.replace(/^[[\]]+|[[\]]+$/g, ''));
    } else {
      out.push(elem);
    }
  }
  return out;
}
