/**
 * Strategic merge patch, exactly as kustomize v5.5 applies it (kyaml's merge2 walker with the
 * `ListIncreaseDirection: prepend` option), including its quirks:
 * - maps merge key by key; `null` in the patch removes a key; scalars and lists without a merge strategy in
 *   the schema are replaced wholesale (their contents are not walked, so directives inside them stay);
 * - lists with a merge strategy merge element by element on their merge keys; the patch's elements come
 *   first, then the original's remaining ones;
 * - `$patch: delete | replace | merge` works on maps, on list elements and on whole lists; kyaml does not
 *   know `$setElementOrder/…`, `$retainKeys` or `$deleteFromPrimitiveList/…`, so those are merged as
 *   ordinary fields and appear in the output, as they do with the real tool;
 * - a patch value of another node kind than the original's (map vs list vs scalar) is an error.
 * The element bookkeeping below mirrors kyaml's step by step (its removals by partial key match, its
 * re-insertion of the original's elements), because the element order and the survivors depend on it.
 */
import { cloneJson, isEmptyValue, isJsonObject, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';
import { KustomizeError } from './errors.ts';
import type { MergeSchema, SchemaNode } from './merge-schema.ts';

export interface StrategicMergeContext {
  schema: MergeSchema;
  apiVersion: string;
  kind: string;
}

/**
 * Merges `patch` into a copy of `original`. Returns null when the patch deletes the resource
 * (`$patch: delete` at its root). Neither argument is modified.
 */
export function strategicMerge(original: JsonObject, patch: JsonObject, ctx: StrategicMergeContext): JsonObject | null {
  const walker = new Walker(ctx.schema);
  const dest = cloneJson(original);
  const origin = cloneJson(patch);
  const rootSchema = ctx.schema.forKind(ctx.apiVersion, ctx.kind);
  const result = walker.walk(dest, origin, rootSchema, []);
  if (result === undefined || result === null || result === KEEP_NULL) return null;
  // kustomize keeps only what the merge did to the resource's own node: a root `$patch: replace` yields
  // the patch as a new node, which kustomize drops, leaving the resource as it was.
  return result === dest ? dest : cloneJson(original);
}

/**
 * The longest list merged element by element the general way (below), whose every step scans the list:
 * 5,000 elements take seconds; kustomize itself takes minutes and hours past that.
 */
const MAX_SCANNED_LIST = 5_000;

/** A value absent from its map (kyaml's nil node). */
type Node = JsonValue | undefined;
/** An original `null` the merge keeps (kyaml's "persistent null"); a patch's `null` instead removes the key. */
const KEEP_NULL: unique symbol = Symbol('keep-null');
type WalkResult = Node | typeof KEEP_NULL;

type Directive = 'merge' | 'replace' | 'delete';
const DIRECTIVE_KEY = '$patch';

class Walker {
  constructor(private readonly schema: MergeSchema) {}

  walk(dest: Node, origin: Node, schema: SchemaNode | undefined, path: readonly string[]): WalkResult {
    if (origin === undefined) return this.walkUnpatched(dest, schema, path);
    const nodeSchema = schema ?? this.schemaFromKinds(dest, origin);
    const present = !isMissingOrNull(dest) ? dest : !isMissingOrNull(origin) ? origin : undefined;
    if (present === undefined || isJsonObject(present)) {
      expectKind('map', dest, origin, path);
      return this.walkMap(dest, origin, nodeSchema, path);
    }
    if (Array.isArray(present)) {
      expectKind('list', dest, origin, path);
      const info = nodeSchema?.listInfo();
      if (info?.strategy === 'merge') return this.walkAssociativeList(dest, origin, nodeSchema, info.keys, path);
      // A replaced list: the patch's list as written, directives and nulls included.
      return origin !== undefined ? origin : dest;
    }
    expectKind('scalar', dest, origin, path);
    return origin !== undefined ? origin : dest;
  }

  /**
   * `walk` where the patch has nothing — most of a resource: the original stays as it is, but for the fields
   * it wrote with no value, which kyaml drops wherever it walks, and the merge lists, whose elements it
   * walks (and may fail on) even so. Step for step what walkMap does with no patch, without its bookkeeping:
   * no union of keys, no path per scalar field.
   */
  private walkUnpatched(dest: Node, schema: SchemaNode | undefined, path: readonly string[]): WalkResult {
    if (dest === undefined) return undefined;
    if (dest === null) return KEEP_NULL;
    if (Array.isArray(dest)) {
      const info = schema?.listInfo();
      return info?.strategy === 'merge' ? this.walkAssociativeList(dest, undefined, schema, info.keys, path) : dest;
    }
    if (!isJsonObject(dest)) return dest;
    const nodeSchema = schema ?? this.schemaFromKinds(dest, undefined);
    // A scalar or a null stands as it is; only maps and lists are walked further.
    let nested: string[] | undefined;
    for (const key of Object.keys(dest)) {
      if (isEmptyValue(dest, key)) delete dest[key];
      else if (dest[key] !== null && typeof dest[key] === 'object') (nested ??= []).push(key);
    }
    // In walkMap's (sorted) order, so that of two faults the same one is reported.
    for (const key of nested?.sort(compareStrings) ?? []) {
      const child = dest[key]!;
      const value = this.walkUnpatched(child, nodeSchema?.field(key), [...path, key]);
      if (value !== child) setOwn(dest, key, value as JsonValue);
    }
    return dest;
  }

  /**
   * kyaml finds no schema for a field it does not know; it then looks for one by the apiVersion/kind of
   * the nodes themselves, so an embedded object (a Deployment inside a custom resource) merges by its own
   * kind's rules.
   */
  private schemaFromKinds(dest: Node, origin: Node): SchemaNode | undefined {
    for (const node of [dest, origin]) {
      if (!isJsonObject(node)) continue;
      const { apiVersion, kind } = node;
      if (typeof apiVersion !== 'string' || typeof kind !== 'string' || apiVersion === '' || kind === '') continue;
      const found = this.schema.forKind(apiVersion, kind);
      if (found) return found;
    }
    return undefined;
  }

  private walkMap(dest: Node, origin: Node, schema: SchemaNode | undefined, path: readonly string[]): WalkResult {
    const visited = visitMap(dest, origin, path);
    if (!isJsonObject(visited)) return visited;
    // The union of both maps' keys, sorted: new keys are appended in this order.
    const keys = new Set(Object.keys(visited));
    if (isJsonObject(origin)) for (const key of Object.keys(origin)) keys.add(key);
    for (const key of [...keys].sort(compareStrings)) {
      // kyaml drops a field the original wrote with no value (`labels:`) wherever the merge walks, while
      // an explicit null stays.
      if (ownField(origin, key) === undefined && isEmptyValue(visited, key)) {
        delete visited[key];
        continue;
      }
      const value = this.walk(ownField(visited, key), ownField(origin, key), schema?.field(key), [...path, key]);
      if (value === KEEP_NULL) setOwn(visited, key, null);
      else if (value === undefined || value === null) delete visited[key];
      else setOwn(visited, key, value);
    }
    return visited;
  }

  private walkAssociativeList(
    dest: Node,
    origin: Node,
    schema: SchemaNode | undefined,
    keys: string[],
    path: readonly string[],
  ): WalkResult {
    const visited = visitAssociativeList(dest, origin, path);
    if (!Array.isArray(visited)) return visited;
    // From here on the visited list stands in for the original (it is the patch's own list when the
    // original had none or the patch replaces it); both are read patch-first.
    const sources: [JsonValue[], Node] = [visited, origin];
    const keyed = elementKeyValues(keys, sources);
    if (keyed.length > 0 || keys.length > 0) return this.mergeElements(keyed, keys, sources, schema, path);
    return this.mergeElements(primitiveValues(sources), [''], sources, schema, path);
  }

  private mergeElements(
    valuesList: string[][],
    keys: string[],
    sources: [JsonValue[], Node],
    schema: SchemaNode | undefined,
    path: readonly string[],
  ): JsonValue[] {
    const unique = keys.length === 1 ? uniquelyKeyed(keys[0]!, sources) : undefined;
    if (unique) return this.mergeUniquelyKeyed(valuesList, keys[0]!, unique, schema, path);
    // kyaml's walk scans the list for every element: quadratic, and a hostile list would never finish.
    const longest = Math.max(sources[0].length, Array.isArray(sources[1]) ? sources[1].length : 0);
    if (longest > MAX_SCANNED_LIST) {
      throw new KustomizeError(
        `strategic merge patch: the list at '${formatPath(path)}' has ${longest} elements; lists of over ${MAX_SCANNED_LIST} are merged only ` +
          `when each element has its own value for the merge key (${keys.join(', ') || 'the element itself'}) and no value comes twice`,
      );
    }
    let dest = sources[0];
    const toAdd: JsonValue[] = [];
    const elementSchema = schema?.elements();
    if (keys.length > 1) mergeValues(valuesList);
    let validKeys: string[] = keys;
    let validValues: string[] = [];
    for (const values of valuesList) {
      if (values.length === 0) continue;
      [validKeys, validValues] = validateKeys(valuesList, values, keys);
      const [elementKeys, elementValues] = validateKeys([validValues], validValues, validKeys);
      const destElement = findElement(dest, elementKeys, elementValues);
      const originElement = Array.isArray(sources[1]) ? findElement(sources[1], elementKeys, elementValues) : undefined;
      const elementPath = [...path, `[${validKeys.map((k, i) => `${k}=${validValues[i]}`).join(',')}]`];
      const merged = this.walk(destElement, originElement, elementSchema, elementPath);
      const val: Node = merged === KEEP_NULL ? null : merged;
      if (isMissingOrNull(val) || isEmptyMap(val)) {
        setElement(dest, validKeys, validValues, undefined, elementPath);
        continue;
      }
      validKeys.forEach((key, i) => {
        if (key === '' || validValues[i] === '' || (isJsonObject(val) && Object.prototype.hasOwnProperty.call(val, key))) return;
        if (!isJsonObject(val)) throw wrongKind('map', val!, elementPath);
        setOwn(val, key, scalarFromText(validValues[i]!));
      });
      setElement(toAdd, validKeys, validValues, val, elementPath);
    }
    if (valuesList.length > 0) dest = appendElements(toAdd, dest, validKeys, path);
    return dest;
  }

  /**
   * mergeElements for the usual list — one merge key (`name`), every element a map with its own scalar value
   * for it, no value twice in either list — in one pass with look-ups instead of kyaml's scans of the list
   * per element (quadratic: a list of 20,000 env entries took over a minute, as it does kustomize). The
   * result is the same: the walked elements in the patch-first order, each replaced by the original's
   * element of the same key where the original has one (the original's element is the merged one unless the
   * patch replaced it: kyaml puts the original's elements back over the merged ones), those merged to
   * nothing dropped.
   */
  private mergeUniquelyKeyed(
    valuesList: string[][],
    key: string,
    lists: { dest: Map<string, JsonObject>; origin: Map<string, JsonObject> },
    schema: SchemaNode | undefined,
    path: readonly string[],
  ): JsonValue[] {
    const elementSchema = schema?.elements();
    const merged: JsonValue[] = [];
    for (const [value] of valuesList) {
      const elementPath = [...path, `[${key}=${value!}]`];
      const original = lists.dest.get(value!);
      const result = this.walk(original, lists.origin.get(value!), elementSchema, elementPath);
      const element: Node = result === KEEP_NULL ? null : result;
      if (isMissingOrNull(element) || isEmptyMap(element)) continue;
      if (!isJsonObject(element)) throw wrongKind('map', element!, elementPath);
      if (!Object.prototype.hasOwnProperty.call(element, key)) setOwn(element, key, scalarFromText(value!));
      merged.push(original ?? element);
    }
    return merged;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Visiting one node: directives and presence decide what stands in for the original.

function visitMap(dest: Node, origin: Node, path: readonly string[]): WalkResult {
  if (isMissingOrNull(dest)) {
    // kyaml ignores an invalid directive here (it is still an error where the original has the map).
    const directive = safeDirective(origin, path);
    if (directive === 'delete') return undefined;
    if (origin === undefined && dest === null) return KEEP_NULL;
    return origin;
  }
  if (origin === null) return undefined;
  switch (directive(origin, path)) {
    case 'delete':
      return undefined;
    case 'replace':
      return origin;
    default:
      return dest;
  }
}

function visitAssociativeList(dest: Node, origin: Node, path: readonly string[]): WalkResult {
  if (isMissingOrNull(dest)) return origin;
  if (origin === null) return undefined;
  switch (directive(origin, path)) {
    case 'delete':
      return undefined;
    case 'replace':
      return origin;
    default:
      return dest;
  }
}

function safeDirective(patch: Node, path: readonly string[]): Directive | undefined {
  try {
    return directive(patch, path);
  } catch {
    return undefined;
  }
}

/** Reads a `$patch` directive and removes it from the patch, as kyaml does. */
function directive(patch: Node, path: readonly string[]): Directive {
  if (patch === undefined) return 'merge';
  if (isJsonObject(patch)) {
    if (!Object.prototype.hasOwnProperty.call(patch, DIRECTIVE_KEY)) return 'merge';
    const value = checkDirective(patch[DIRECTIVE_KEY]!, path);
    delete patch[DIRECTIVE_KEY];
    return value;
  }
  if (Array.isArray(patch)) {
    // A list's own directive is an element holding nothing but `$patch`; with other keys it belongs to
    // that element.
    const holder = patch.find((e) => isJsonObject(e) && Object.prototype.hasOwnProperty.call(e, DIRECTIVE_KEY));
    if (!isJsonObject(holder) || Object.keys(holder).length > 1) return 'merge';
    const text = scalarText(holder[DIRECTIVE_KEY]!);
    const value = checkDirective(holder[DIRECTIVE_KEY]!, path);
    setElement(patch, [DIRECTIVE_KEY], [text], undefined, path);
    return value;
  }
  throw new KustomizeError(
    `strategic merge patch: no patch strategy for a ${nodeKind(patch)} at '${formatPath(path)}' (${JSON.stringify(patch)})`,
  );
}

function checkDirective(value: JsonValue, path: readonly string[]): Directive {
  const text = scalarText(value);
  if (text === 'merge' || text === 'replace' || text === 'delete') return text;
  throw new KustomizeError(
    `strategic merge patch: unknown patch strategy '${text}' at '${formatPath(path)}'; expected $patch: merge, replace or delete`,
  );
}

// ---------------------------------------------------------------------------------------------------------
// Element bookkeeping for merged lists (kyaml's associative-sequence walk).

/**
 * The elements of both lists by their value of `key`, when every element is a map with its own non-empty
 * scalar value for it and no value comes twice in a list; undefined otherwise (kyaml's general walk then
 * decides, wildcards and repeats included).
 */
function uniquelyKeyed(key: string, [dest, origin]: [JsonValue[], Node]): { dest: Map<string, JsonObject>; origin: Map<string, JsonObject> } | undefined {
  const index = (list: JsonValue[]): Map<string, JsonObject> | undefined => {
    const byValue = new Map<string, JsonObject>();
    for (const element of list) {
      if (!isJsonObject(element)) return undefined;
      const field = ownField(element, key);
      if (field === undefined || field === null || typeof field === 'object') return undefined;
      const text = scalarText(field);
      if (text === '' || byValue.has(text)) return undefined;
      byValue.set(text, element);
    }
    return byValue;
  };
  const destIndex = index(dest);
  if (!destIndex) return undefined;
  if (origin === undefined) return { dest: destIndex, origin: new Map() };
  const originIndex = Array.isArray(origin) ? index(origin) : undefined;
  return originIndex && { dest: destIndex, origin: originIndex };
}

/** Each element's merge-key values ('' where absent or empty), patch elements first, without repeats. */
function elementKeyValues(keys: string[], [dest, origin]: [JsonValue[], Node]): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const list of [origin, dest]) {
    if (!Array.isArray(list)) continue;
    for (const element of list) {
      const values = keys.map((key) => {
        const field = ownField(element, key);
        return field === undefined || isNilOrEmpty(field) ? '' : scalarText(field);
      });
      const id = JSON.stringify(values);
      if (values.length === 0 || seen.has(id)) continue;
      seen.add(id);
      out.push(values);
    }
  }
  return out;
}

function primitiveValues([dest, origin]: [JsonValue[], Node]): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const list of [origin, dest]) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      const text = scalarText(item);
      if (seen.has(text)) continue;
      seen.add(text);
      out.push([text]);
    }
  }
  return out;
}

/** Unifies key tuples that agree where both have values (an element without `protocol` matches one with). */
function mergeValues(valuesList: string[][]): void {
  for (let i = 0; i < valuesList.length; i++) {
    const first = valuesList[i]!;
    for (let j = 0; j < valuesList.length; j++) {
      const merged = matchValues(first, valuesList[j]!);
      if (merged) {
        valuesList[i] = merged;
        valuesList[j] = merged;
      }
    }
  }
}

function matchValues(a: string[], b: string[]): string[] | undefined {
  if (a.length !== b.length) return undefined;
  let common = false;
  const out: string[] = [];
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      common = true;
      out.push(a[i]!);
    } else if (a[i] !== '' && b[i] !== '') {
      return undefined;
    } else {
      out.push(a[i] !== '' ? a[i]! : b[i]!);
    }
  }
  return common ? out : undefined;
}

/** Keeps the keys some element has a value for (all of them when none has). */
function validateKeys(valuesList: string[][], values: string[], keys: string[]): [string[], string[]] {
  const valid = new Set<string>();
  for (const entry of valuesList) entry.forEach((v, i) => v !== '' && valid.add(keys[i]!));
  if (valid.size === 0) return [keys, values];
  return [keys.filter((k) => valid.has(k)), values.filter((v, i) => v !== '' || valid.has(keys[i]!))];
}

/** The first element whose key fields equal the values exactly (kyaml's ElementMatcher). */
function findElement(list: JsonValue[], keys: string[], values: string[]): Node {
  const ks = keys.length > 0 ? keys : [''];
  const vs = values.length > 0 ? values : [''];
  if (ks[0] === '') return list.find((item) => scalarText(item) === vs[0]);
  if (ks.length !== vs.length) return undefined;
  return list.find(
    (element) => isJsonObject(element) && ks.every((key, i) => {
      const field = ownField(element, key);
      return field !== undefined && scalarText(field) === vs[i];
    }),
  );
}

/**
 * kyaml's ElementSetter, in place: drops null and empty-map elements, then replaces the elements whose key
 * fields match (a value '' matches any value, a missing value is not checked) with `element`, or removes
 * them when there is none; appends `element` when nothing matched.
 */
function setElement(list: JsonValue[], keys: string[], values: string[], element: Node, path: readonly string[]): void {
  const ks = keys.length > 0 ? keys : [''];
  const mappingSetter = ks[0] !== '' && values.length > 0 && values[0] !== '';
  const kept: JsonValue[] = [];
  let matched = false;
  for (const item of list) {
    if (isMissingOrNull(item) || isEmptyMap(item)) continue;
    if (!isJsonObject(item) && mappingSetter) {
      kept.push(item);
      continue;
    }
    let found = true;
    let hit = false;
    for (let j = 0; j < ks.length; j++) {
      if (j < values.length) hit = fieldMatches(item, ks[j]!, values[j]!, path);
      if (!hit) {
        found = false;
        break;
      }
    }
    if (!found) {
      if (values.length > 0) kept.push(item);
      continue;
    }
    matched = true;
    if (element !== undefined) kept.push(element);
  }
  list.splice(0, list.length, ...kept);
  if (isMissingOrNull(element)) return;
  if (!matched) list.push(element!);
}

function fieldMatches(item: JsonValue, key: string, value: string, path: readonly string[]): boolean {
  if (key === '') {
    if (isJsonObject(item) || Array.isArray(item)) throw wrongKind('scalar', item, path);
    return scalarText(item) === value;
  }
  if (!isJsonObject(item)) throw wrongKind('map', item, path);
  const field = ownField(item, key);
  return field !== undefined && (value === '' || scalarText(field) === value);
}

/** Puts the original's elements into the merged list: each replaces its match there, or is appended. */
function appendElements(merged: JsonValue[], original: JsonValue[], keys: string[], path: readonly string[]): JsonValue[] {
  for (const element of [...original]) {
    if (keys[0] === '') {
      setElement(merged, [''], [scalarText(element)], element, path);
      continue;
    }
    const values: string[] = [];
    for (const key of keys) {
      if (element !== null && !isJsonObject(element)) throw wrongKind('map', element, path);
      const field = ownField(element, key);
      if (field === undefined) {
        merged.push(element);
        continue;
      }
      values.push(scalarText(field));
    }
    if (keys.length > 1) setElement(merged, keys, values, undefined, path);
    setElement(merged, keys, values, element, path);
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------------------
// Node helpers

function ownField(node: Node, key: string): Node {
  return isJsonObject(node) && Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
}

function isMissingOrNull(node: Node): boolean {
  return node === undefined || node === null;
}

function isEmptyMap(node: Node): boolean {
  return isJsonObject(node) && Object.keys(node).length === 0;
}

function isNilOrEmpty(node: JsonValue): boolean {
  if (node === null) return true;
  if (Array.isArray(node)) return node.length === 0;
  return isEmptyMap(node);
}

/** A scalar as YAML text, the form kyaml compares merge keys in; maps and lists have none. */
function scalarText(node: JsonValue): string {
  if (node === null) return 'null';
  if (typeof node === 'object') return '';
  return String(node);
}

/** kyaml writes a missing merge key back as an untagged scalar, which reads back by its form. */
function scalarFromText(text: string): JsonValue {
  if (/^-?(0|[1-9]\d*)$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}

type NodeKind = 'map' | 'list' | 'scalar';
const KIND_NAMES: Record<NodeKind, string> = { map: 'MappingNode', list: 'SequenceNode', scalar: 'ScalarNode' };

function nodeKind(node: JsonValue): NodeKind {
  return Array.isArray(node) ? 'list' : isJsonObject(node) ? 'map' : 'scalar';
}

function expectKind(kind: NodeKind, dest: Node, origin: Node, path: readonly string[]): void {
  for (const node of [dest, origin]) {
    if (!isMissingOrNull(node) && nodeKind(node!) !== kind) throw wrongKind(kind, node!, path);
  }
}

function wrongKind(expected: NodeKind, node: JsonValue, path: readonly string[]): KustomizeError {
  const got = nodeKind(node);
  return new KustomizeError(
    `strategic merge patch: wrong node kind: expected ${KIND_NAMES[expected]} but got ${KIND_NAMES[got]} ` +
      `at '${formatPath(path)}': ${truncate(JSON.stringify(node))}`,
  );
}

function formatPath(path: readonly string[]): string {
  return path.length === 0 ? '.' : path.join('.').replace(/\.\[/g, '[');
}

function truncate(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Go's sort.Strings order (bytewise), which matches UTF-16 order outside surrogate pairs. */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
