/** Where subschemas sit inside a JSON schema, so rewrites visit schemas and never property names or values. */
import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';

/** Keywords whose value is a map of name → schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
/** Keywords whose value is one schema. */
const SCHEMA_ONE = new Set(['additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'propertyNames', 'contains']);
/** Keywords whose value is a list of schemas (`items` may also be one schema). */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'items']);

/**
 * A shallow copy of `node` with each direct subschema replaced by `fn(child, keyword, name)`; `name` is the
 * property name for map keywords. Other members are copied as they are.
 */
export function mapSubschemas(node: JsonObject, fn: (child: JsonObject, keyword: string, name?: string) => JsonValue): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (SCHEMA_MAPS.has(key) && isJsonObject(value)) {
      const map: JsonObject = {};
      for (const [name, child] of Object.entries(value)) setOwn(map, name, isJsonObject(child) ? fn(child, key, name) : child);
      setOwn(out, key, map);
    } else if (SCHEMA_ONE.has(key) && isJsonObject(value)) {
      setOwn(out, key, fn(value, key));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      setOwn(out, key, value.map((v) => (isJsonObject(v) ? fn(v, key) : v)));
    } else if (key === 'items' && isJsonObject(value)) {
      setOwn(out, key, fn(value, key));
    } else {
      setOwn(out, key, value);
    }
  }
  return out;
}
