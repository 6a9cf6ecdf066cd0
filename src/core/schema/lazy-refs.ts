/**
 * Makes compilation pay only for what manifests use. A CRD schema is mostly fields nobody sets (a Grafana CR
 * carries a whole Deployment spec), and ajv compiles every reachable `$ref` eagerly. Here every `$ref`, and
 * every large inline subschema (moved to `$defs`), becomes a lazy reference: a keyword that compiles its
 * target the first time a value reaches it. Compiled targets are cached, so kinds sharing definitions
 * (every workload's PodSpec) still compile them once.
 */
import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';
import { mapSubschemas } from './schema-walk.ts';

/** The keyword that replaces `$ref`; its value is an absolute schema URI with a `#` pointer. */
export const LAZY_REF = 'x-gitops-gate-lazy-ref';

/** Inline subschemas at least this large (JSON characters) are compiled on first use instead of up front. */
const MIN_LAZY_SIZE = 400;
const LAZY_PREFIX = 'gitops-gate-lazy-';

/** Rewrites a document added under `uri` so that its references are lazy. Returns a new document. */
export function makeReferencesLazy(document: JsonObject, uri: string): JsonObject {
  const defs: JsonObject = {};
  let counter = 0;

  /** Returns the rewritten schema and its size, measured on the input. */
  function rewrite(schema: JsonObject): { schema: JsonObject; size: number } {
    let size = 2;
    const out = mapSubschemas(schema, (child, keyword) => {
      const inner = rewrite(child);
      size += inner.size;
      // Only subschemas that apply to a nested value are worth deferring; combinators stay inline.
      const defers = keyword === 'properties' || keyword === 'items' || keyword === 'additionalProperties' || keyword === 'patternProperties';
      if (!defers || inner.size < MIN_LAZY_SIZE) return inner.schema;
      const name = `${LAZY_PREFIX}${counter++}`;
      setOwn(defs, name, inner.schema);
      return { [LAZY_REF]: `${uri}#/$defs/${name}` };
    });
    for (const [key, value] of Object.entries(schema)) {
      if (!isSubschemaKeyword(key)) size += key.length + (typeof value === 'string' ? value.length : 8);
    }
    const ref = out.$ref;
    if (typeof ref === 'string' && ref.startsWith('#')) {
      delete out.$ref;
      out[LAZY_REF] = `${uri}${ref}`;
    }
    return { schema: out, size };
  }

  const root = rewrite(document).schema;
  const existing = isJsonObject(root.$defs) ? root.$defs : {};
  const merged: JsonObject = { ...existing };
  for (const [name, value] of Object.entries(defs)) setOwn(merged, name, value as JsonValue);
  return { ...root, $defs: merged };
}

const SUBSCHEMA_KEYWORDS = new Set([
  'properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas', 'additionalProperties', 'additionalItems',
  'not', 'if', 'then', 'else', 'propertyNames', 'contains', 'allOf', 'anyOf', 'oneOf', 'items',
]);

function isSubschemaKeyword(key: string): boolean {
  return SUBSCHEMA_KEYWORDS.has(key);
}
