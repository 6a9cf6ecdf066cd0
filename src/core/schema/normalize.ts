/**
 * Rewrites schemas as loaded (kubeconform's strict set, CRDs-catalog files, CRDs' openAPIV3Schema) into what
 * the validator compiles: OpenAPI and Kubernetes extensions turned into plain JSON Schema, so that the
 * validator judges a value the way the API server does.
 */
import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';

export interface NormalizeOptions {
  /**
   * Close every object schema that neither lists `additionalProperties` nor carries
   * `x-kubernetes-preserve-unknown-fields`: the API server prunes (and with strict field validation rejects)
   * fields a CRD does not declare. The published strict sets are closed already.
   */
  closeObjects: boolean;
}

/** Keywords whose value is a map of name → schema. */
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
/** Keywords whose value is one schema. */
const SCHEMA_ONE = new Set(['additionalProperties', 'additionalItems', 'not', 'if', 'then', 'else', 'propertyNames', 'contains']);
/** Keywords whose value is a list of schemas. */
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
/** Dropped: documentation, CEL rules (not evaluated here), and ids that would clash between documents. */
const DROPPED = new Set(['description', 'x-kubernetes-validations', 'example', 'examples', '$id', 'id', '$schema']);

/** Returns a normalized copy of a schema document; the input is not changed. */
export function normalizeSchema(schema: JsonObject, options: NormalizeOptions): JsonObject {
  return normalizeNode(schema, options, 'root');
}

type Position = 'root' | 'root-property' | 'embedded-property' | 'inner';

function normalizeNode(node: JsonObject, options: NormalizeOptions, position: Position): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED.has(key)) continue;
    if (SCHEMA_MAPS.has(key) && isJsonObject(value)) {
      const map: JsonObject = {};
      const childPosition: Position =
        key !== 'properties' ? 'inner' : position === 'root' ? 'root-property' : node['x-kubernetes-embedded-resource'] === true ? 'embedded-property' : 'inner';
      for (const [name, child] of Object.entries(value)) {
        setOwn(map, name, isJsonObject(child) ? normalizeNode(child, options, childPosition === 'inner' ? 'inner' : metadataPosition(name, childPosition)) : child);
      }
      setOwn(out, key, map);
    } else if (SCHEMA_ONE.has(key) && isJsonObject(value)) {
      setOwn(out, key, normalizeNode(value, options, 'inner'));
    } else if (SCHEMA_LISTS.has(key) && Array.isArray(value)) {
      setOwn(out, key, value.map((v) => (isJsonObject(v) ? normalizeNode(v, options, 'inner') : v)));
    } else if (key === 'items') {
      setOwn(out, key, Array.isArray(value) ? value.map((v) => (isJsonObject(v) ? normalizeNode(v, options, 'inner') : v)) : isJsonObject(value) ? normalizeNode(value, options, 'inner') : value);
    } else {
      setOwn(out, key, value);
    }
  }
  applyKubernetesExtensions(out, options, position);
  simplifyTypeAlternatives(out, 'anyOf');
  simplifyTypeAlternatives(out, 'oneOf');
  return out;
}

/** Only `metadata` directly under a resource (or an embedded resource) is special; other names are inner. */
function metadataPosition(name: string, position: Position): Position {
  return name === 'metadata' ? position : 'inner';
}

function applyKubernetesExtensions(out: JsonObject, options: NormalizeOptions, position: Position): void {
  const preserve = out['x-kubernetes-preserve-unknown-fields'] === true;
  if (out['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    delete out.anyOf;
    delete out.oneOf;
    out.type = ['integer', 'string'];
  }
  if (out['x-kubernetes-embedded-resource'] === true) {
    // An embedded object is a whole resource: apiVersion, kind and metadata are allowed even if unlisted.
    const props = isJsonObject(out.properties) ? out.properties : {};
    if (!props.apiVersion) setOwn(props, 'apiVersion', { type: 'string' });
    if (!props.kind) setOwn(props, 'kind', { type: 'string' });
    if (!props.metadata) setOwn(props, 'metadata', { type: 'object' });
    out.properties = props;
  }
  if (out.nullable === true) allowNull(out);
  delete out.nullable;

  // The API server checks a resource's metadata as ObjectMeta whatever the CRD says: leave it open here.
  const isMetadata = position === 'root-property' || position === 'embedded-property';
  const isObject = out.type === 'object' || (out.type === undefined && isJsonObject(out.properties));
  if (options.closeObjects && isObject && !preserve && !isMetadata && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
}

function allowNull(out: JsonObject): void {
  const type = out.type;
  if (typeof type === 'string') out.type = [type, 'null'];
  else if (Array.isArray(type) && !type.includes('null')) out.type = [...type, 'null'];
  if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
}

/**
 * `anyOf: [{type: integer}, {type: string}]` (int-or-string, quantities) becomes `type: [integer, string]`:
 * the same check, and one clear error ("expected integer or string") instead of one per branch.
 */
function simplifyTypeAlternatives(out: JsonObject, keyword: 'anyOf' | 'oneOf'): void {
  const branches = out[keyword];
  if (!Array.isArray(branches) || branches.length === 0 || out.type !== undefined) return;
  const types: string[] = [];
  for (const branch of branches) {
    if (!isJsonObject(branch) || typeof branch.type !== 'string') return;
    if (Object.keys(branch).some((k) => k !== 'type' && k !== 'format')) return;
    types.push(branch.type);
  }
  // oneOf [string, number] over an integer is still one match (integer is not a listed type): same verdict.
  if (keyword === 'oneOf' && types.includes('number') && types.includes('integer')) return;
  delete out[keyword];
  out.type = types as JsonValue;
}
