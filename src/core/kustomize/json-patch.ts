import { parseAllDocuments, type Tags } from 'yaml';
import { cloneJson, isJsonObject, jsonEqual, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';
import { KustomizeError } from './errors.ts';
import { parseCommonYaml11FirstDocument } from '../yaml/fast-parse.ts';
import { sharedParseCache } from './parse-cache.ts';

/*
 * RFC 6902 JSON patches exactly as kustomize applies them, through gopkg.in/evanphx/json-patch.v4 (v4.12).
 * That library has quirks kustomize users depend on, kept here on purpose:
 * - `replace` of a missing object key adds it; `copy` from a missing object key copies null;
 * - a path's first segment is skipped without being looked at (`spec/x` acts as `/x`);
 * - negative array indices count from the end;
 * - error texts are the library's, so messages match `kustomize build`.
 */

/**
 * Decodes a JSON 6902 patch as kustomize does: text starting with `[` is JSON, anything else is YAML read by
 * sigs.k8s.io/yaml (YAML 1.1: `yes`/`on` are booleans; only the first document counts). Null or an empty
 * document is an empty patch. Throws KustomizeError naming `where`.
 */
export function decodeJson6902(text: string, where: string): JsonValue[] {
  // The same patch text (a component's, a shared file) is decoded once per process. The operations are
  // only read: applying one copies the values it inserts.
  return decoded.get(where, text, () => decodeUncached(text, where));
}

const decoded = sharedParseCache<JsonValue[]>();

function decodeUncached(text: string, where: string): JsonValue[] {
  let value: unknown;
  if (text.startsWith('[')) {
    try {
      value = JSON.parse(text);
    } catch (e) {
      throw new KustomizeError(`${(e as Error).message}`, where);
    }
  } else {
    value = parseCommonYaml11FirstDocument(text) ?? yaml11ToJson(text, where);
  }
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    throw new KustomizeError(`json: cannot unmarshal ${goJsonType(value)} into Go value of type jsonpatch.Patch`, where);
  }
  for (const op of value) {
    if (op !== null && !isJsonObject(op as JsonValue)) {
      throw new KustomizeError(
        `json: cannot unmarshal ${goJsonType(op)} into Go value of type jsonpatch.Operation`,
        where,
      );
    }
  }
  return value as JsonValue[];
}

/** Timestamps stay strings: sigs.k8s.io/yaml turns YAML into JSON, which has no dates. */
const withoutTimestamps = (tags: Tags): Tags =>
  tags.filter((t) => typeof t !== 'object' || !('tag' in t) || t.tag !== 'tag:yaml.org,2002:timestamp');

function yaml11ToJson(text: string, where: string): unknown {
  const docs = parseAllDocuments(text, { version: '1.1', merge: true, customTags: withoutTimestamps, uniqueKeys: false });
  const list = Array.isArray(docs) ? docs : [docs];
  const first = list[0];
  if (!first) return null;
  if (first.errors.length > 0) {
    throw new KustomizeError(`yaml: ${first.errors[0]!.message.split('\n')[0]}`, where);
  }
  return toJsonValue(first.toJS({ maxAliasCount: -1 }));
}

/** Map keys become strings and non-JSON values are rejected, as a YAML → JSON conversion does. */
function toJsonValue(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(toJsonValue);
  if (v instanceof Map) {
    const out: JsonObject = {};
    for (const [k, val] of v) setOwn(out, String(k), toJsonValue(val));
    return out;
  }
  if (v instanceof Set) return [...v].map(toJsonValue);
  if (typeof v === 'object') {
    const out: JsonObject = {};
    for (const [k, val] of Object.entries(v as Record<string, unknown>)) setOwn(out, k, toJsonValue(val));
    return out;
  }
  return String(v);
}

function goJsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  return 'object';
}

/**
 * Applies RFC 6902 operations to a copy of `obj` and returns it; `obj` is left untouched. Errors carry the
 * library's message and name `where` as the file.
 */
export function applyJson6902(obj: JsonObject, ops: JsonValue, where: string): JsonObject {
  const list = ops === null ? [] : Array.isArray(ops) ? ops : undefined;
  if (!list) throw new KustomizeError(`json: cannot unmarshal ${goJsonType(ops)} into Go value of type jsonpatch.Patch`, where);
  const root: Root = { doc: cloneJson(obj) };
  for (const op of list) {
    if (!isJsonObject(op)) {
      throw new KustomizeError(`json: cannot unmarshal ${goJsonType(op)} into Go value of type jsonpatch.Operation`, where);
    }
    try {
      applyOne(root, op);
    } catch (e) {
      if (e instanceof PatchError) throw new KustomizeError(e.message, where);
      throw e;
    }
  }
  if (!isJsonObject(root.doc)) {
    throw new KustomizeError(`a JSON patch must leave an object, got ${Array.isArray(root.doc) ? 'an array' : 'a scalar'}`, where);
  }
  return root.doc;
}

class PatchError extends Error {}

const MISSING = 'missing value';
const INVALID_INDEX = 'invalid index referenced';

interface Root {
  doc: JsonObject | JsonValue[];
}

/** An object or array a path's last segment is looked up in. */
type Container = JsonObject | JsonValue[];

function opKind(op: JsonObject): string {
  const k = op.op;
  return typeof k === 'string' ? k : 'unknown';
}

function opString(op: JsonObject, field: 'path' | 'from'): string | undefined {
  const v = op[field];
  return typeof v === 'string' ? v : undefined;
}

/** The value of an op; a missing `value` adds null, as the library does. */
function opValue(op: JsonObject): JsonValue {
  return Object.prototype.hasOwnProperty.call(op, 'value') ? cloneJson(op.value!) : null;
}

function applyOne(root: Root, op: JsonObject): void {
  switch (opKind(op)) {
    case 'add':
      return add(root, op);
    case 'remove':
      return remove(root, op);
    case 'replace':
      return replace(root, op);
    case 'move':
      return move(root, op);
    case 'test':
      return test(root, op);
    case 'copy':
      return copy(root, op);
    default:
      throw new PatchError(`Unexpected kind: ${opKind(op)}`);
  }
}

function decodeKey(k: string): string {
  return k.replace(/~1|~0/g, (m) => (m === '~1' ? '/' : '~'));
}

/** evanphx's findObject: walks all but the last segment; undefined when any step is missing. */
function findObject(root: Root, path: string): { con: Container; key: string } | undefined {
  const split = path.split('/');
  if (split.length < 2) return undefined;
  let doc: Container = root.doc;
  for (const part of split.slice(1, -1)) {
    let next: JsonValue | undefined;
    try {
      next = get(doc, decodeKey(part));
    } catch {
      return undefined;
    }
    if (next === undefined || next === null) return undefined;
    if (!Array.isArray(next) && !isJsonObject(next)) return undefined;
    doc = next;
  }
  return { con: doc, key: decodeKey(split[split.length - 1]!) };
}

/** Go's strconv.Atoi. */
function atoi(key: string): number {
  if (!/^[+-]?\d+$/.test(key)) throw new PatchError(`strconv.Atoi: parsing ${JSON.stringify(key)}: invalid syntax`);
  const n = Number(key);
  if (!Number.isSafeInteger(n)) throw new PatchError(`strconv.Atoi: parsing ${JSON.stringify(key)}: value out of range`);
  return n;
}

function invalidIndex(idx: number): PatchError {
  return new PatchError(`Unable to access invalid index: ${idx}: ${INVALID_INDEX}`);
}

/** Looks a key up; undefined for a missing object key; throws for a bad array index. */
function get(con: Container, key: string): JsonValue | undefined {
  if (!Array.isArray(con)) return Object.prototype.hasOwnProperty.call(con, key) ? con[key] : undefined;
  let idx = atoi(key);
  if (idx < 0) {
    if (idx < -con.length) throw invalidIndex(idx);
    idx += con.length;
  }
  if (idx >= con.length) throw invalidIndex(idx);
  return con[idx];
}

function set(con: Container, key: string, val: JsonValue): void {
  if (!Array.isArray(con)) {
    setOwn(con, key, val);
    return;
  }
  let idx = atoi(key);
  if (idx < 0) {
    if (idx < -con.length) throw invalidIndex(idx);
    idx += con.length;
  }
  con[idx] = val;
}

function addTo(con: Container, key: string, val: JsonValue): void {
  if (!Array.isArray(con)) {
    setOwn(con, key, val);
    return;
  }
  if (key === '-') {
    con.push(val);
    return;
  }
  let idx: number;
  try {
    idx = atoi(key);
  } catch (e) {
    throw new PatchError(`value was not a proper array index: '${key}': ${(e as Error).message}`);
  }
  const size = con.length + 1;
  if (idx >= size) throw invalidIndex(idx);
  if (idx < 0) {
    if (idx < -size) throw invalidIndex(idx);
    idx += size;
  }
  con.splice(idx, 0, val);
}

function removeFrom(con: Container, key: string): void {
  if (!Array.isArray(con)) {
    if (!Object.prototype.hasOwnProperty.call(con, key)) {
      throw new PatchError(`Unable to remove nonexistent key: ${key}: ${MISSING}`);
    }
    delete con[key];
    return;
  }
  let idx = atoi(key);
  if (idx >= con.length) throw invalidIndex(idx);
  if (idx < 0) {
    if (idx < -con.length) throw invalidIndex(idx);
    idx += con.length;
  }
  con.splice(idx, 1);
}

function wrap(prefix: string, fn: () => void): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof PatchError) throw new PatchError(`${prefix}: ${e.message}`);
    throw e;
  }
}

function add(root: Root, op: JsonObject): void {
  const path = opString(op, 'path');
  if (path === undefined) throw new PatchError(`add operation failed to decode path: ${MISSING}`);
  const found = findObject(root, path);
  if (!found) throw new PatchError(`add operation does not apply: doc is missing path: "${path}": ${MISSING}`);
  wrap(`error in add for path: '${path}'`, () => addTo(found.con, found.key, opValue(op)));
}

function remove(root: Root, op: JsonObject): void {
  const path = opString(op, 'path');
  if (path === undefined) throw new PatchError(`remove operation failed to decode path: ${MISSING}`);
  const found = findObject(root, path);
  if (!found) throw new PatchError(`remove operation does not apply: doc is missing path: "${path}": ${MISSING}`);
  wrap(`error in remove for path: '${path}'`, () => removeFrom(found.con, found.key));
}

function replace(root: Root, op: JsonObject): void {
  const path = opString(op, 'path');
  if (path === undefined) {
    throw new PatchError(`replace operation failed to decode path: operation missing path field: ${MISSING}`);
  }
  if (path === '') {
    const val = opValue(op);
    if (!Array.isArray(val) && !isJsonObject(val)) throw new PatchError('replace operation value must be object or array');
    root.doc = val;
    return;
  }
  const found = findObject(root, path);
  if (!found) throw new PatchError(`replace operation does not apply: doc is missing path: ${path}: ${MISSING}`);
  try {
    get(found.con, found.key);
  } catch {
    throw new PatchError(`replace operation does not apply: doc is missing key: ${path}: ${MISSING}`);
  }
  wrap(`error in remove for path: '${path}'`, () => set(found.con, found.key, opValue(op)));
}

function move(root: Root, op: JsonObject): void {
  const from = opString(op, 'from');
  if (from === undefined) throw new PatchError(`move operation failed to decode from: operation, missing from field: ${MISSING}`);
  const src = findObject(root, from);
  if (!src) throw new PatchError(`move operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
  let val: JsonValue | undefined;
  wrap(`error in move for path: '${src.key}'`, () => {
    val = get(src.con, src.key);
    removeFrom(src.con, src.key);
  });
  const path = opString(op, 'path');
  if (path === undefined) throw new PatchError(`move operation failed to decode path: operation missing path field: ${MISSING}`);
  const dst = findObject(root, path);
  if (!dst) throw new PatchError(`move operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
  wrap(`error in move for path: '${path}'`, () => addTo(dst.con, dst.key, val ?? null));
}

function test(root: Root, op: JsonObject): void {
  const path = opString(op, 'path');
  if (path === undefined) throw new PatchError(`test operation failed to decode path: operation missing path field: ${MISSING}`);
  const hasValue = Object.prototype.hasOwnProperty.call(op, 'value');
  const failed = () => new PatchError(`testing value ${path} failed: test failed`);
  if (path === '') {
    if (hasValue && jsonEqual(root.doc, op.value)) return;
    throw failed();
  }
  const found = findObject(root, path);
  if (!found) throw new PatchError(`test operation does not apply: is missing path: ${path}: ${MISSING}`);
  let val: JsonValue | undefined;
  wrap(`error in test for path: '${path}'`, () => {
    val = get(found.con, found.key);
  });
  if (val === undefined) {
    // A missing key passes only against an explicit null.
    if (hasValue && op.value === null) return;
    throw failed();
  }
  if (!hasValue) throw failed();
  if (jsonEqual(val, op.value)) return;
  throw failed();
}

function copy(root: Root, op: JsonObject): void {
  const from = opString(op, 'from');
  if (from === undefined) throw new PatchError(`copy operation failed to decode from: operation, missing from field: ${MISSING}`);
  const src = findObject(root, from);
  if (!src) throw new PatchError(`copy operation does not apply: doc is missing from path: ${from}: ${MISSING}`);
  let val: JsonValue | undefined;
  wrap(`error in copy for from: '${from}'`, () => {
    val = get(src.con, src.key);
  });
  const path = opString(op, 'path');
  if (path === undefined) throw new PatchError(`copy operation failed to decode path: ${MISSING}`);
  const dst = findObject(root, path);
  if (!dst) throw new PatchError(`copy operation does not apply: doc is missing destination path: ${path}: ${MISSING}`);
  const value = val === undefined ? null : cloneJson(val);
  wrap('error while adding value during copy', () => addTo(dst.con, dst.key, value));
}
