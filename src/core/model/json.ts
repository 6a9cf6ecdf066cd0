/** Kubernetes manifests as plain JSON values: what kustomize's resources are, minus YAML comments and style. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Keys written with no value at all (`labels:`), as opposed to an explicit `null` or `~`. JSON cannot tell
 * them apart, but kustomize's strategic merge drops the first kind and keeps the second, so the parser
 * marks them here.
 */
const emptyValueKeys = new WeakMap<JsonObject, Set<string>>();

export function markEmptyValue(obj: JsonObject, key: string): void {
  let keys = emptyValueKeys.get(obj);
  if (!keys) emptyValueKeys.set(obj, (keys = new Set()));
  keys.add(key);
}

export function isEmptyValue(obj: JsonObject, key: string): boolean {
  return emptyValueKeys.get(obj)?.has(key) === true && obj[key] === null;
}

/** A deep copy. Manifests are trees (aliases are expanded at parse time), so no cycle handling is needed. */
export function cloneJson<T extends JsonValue>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => cloneJson(v)) as T;
  if (isJsonObject(value)) {
    const out: JsonObject = {};
    // for…in, not Object.keys: the same own keys in the same order (nothing is inherited: the engine never
    // touches Object.prototype), without an array of them per object — the clone is the engine's commonest copy.
    for (const key in value) setOwn(out, key, cloneJson(value[key]!));
    const empty = emptyValueKeys.get(value);
    if (empty) emptyValueKeys.set(out, new Set(empty));
    return out as T;
  }
  return value;
}

/**
 * Sets a key as an own property, even `__proto__`: manifests come from strangers, and a plain assignment of
 * `__proto__` would change the object's prototype instead of adding a key.
 */
export function setOwn(obj: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  } else {
    obj[key] = value;
  }
}

export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]));
  }
  if (isJsonObject(a) && isJsonObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
  }
  return false;
}
