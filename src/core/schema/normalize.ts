/**
 * Rewrites schemas as loaded (kubeconform's strict set, CRDs-catalog files, CRDs' openAPIV3Schema) into what
 * the validator compiles: OpenAPI and Kubernetes extensions turned into plain JSON Schema, so that the
 * validator judges a value the way the API server does.
 */
import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';
import { mapSubschemas } from './schema-walk.ts';

export interface NormalizeOptions {
  /**
   * Close every object schema that neither lists `additionalProperties` nor carries
   * `x-kubernetes-preserve-unknown-fields`: the API server prunes (and with strict field validation rejects)
   * fields a CRD does not declare. The published strict sets are closed already.
   */
  closeObjects: boolean;
}

/** Dropped: documentation, CEL rules (not evaluated here), and ids that would clash between documents. */
const DROPPED = new Set(['description', 'x-kubernetes-validations', 'example', 'examples', '$id', 'id', '$schema']);

/** Returns a normalized copy of a schema document; the input is not changed. */
export function normalizeSchema(schema: JsonObject, options: NormalizeOptions): JsonObject {
  return normalizeNode(schema, options, 'root');
}

type Position = 'root' | 'root-property' | 'embedded-property' | 'inner';

function normalizeNode(node: JsonObject, options: NormalizeOptions, position: Position): JsonObject {
  const kept: JsonObject = {};
  for (const [key, value] of Object.entries(node)) if (!DROPPED.has(key)) setOwn(kept, key, value);
  const isKind = position === 'root' || Array.isArray(node['x-kubernetes-group-version-kind']);
  const isEmbedded = node['x-kubernetes-embedded-resource'] === true;
  const out = mapSubschemas(kept, (child, keyword, name) => {
    if (keyword !== 'properties') return normalizeNode(child, options, 'inner');
    // A manifest's status is the controller's to write; the API server ignores what a manifest says there.
    if (isKind && name === 'status') return {};
    if (name === 'metadata' && isKind) return normalizeNode(child, options, 'root-property');
    if (name === 'metadata' && isEmbedded) return normalizeNode(child, options, 'embedded-property');
    return normalizeNode(child, options, 'inner');
  });
  applyKubernetesExtensions(out, options, position);
  simplifyTypeAlternatives(out, 'anyOf');
  simplifyTypeAlternatives(out, 'oneOf');
  return out;
}

function applyKubernetesExtensions(out: JsonObject, options: NormalizeOptions, position: Position): void {
  const preserve = out['x-kubernetes-preserve-unknown-fields'] === true;
  if (out['x-kubernetes-int-or-string'] === true) {
    delete out.type;
    delete out.anyOf;
    delete out.oneOf;
    out.type = ['integer', 'string'];
  }
  // The API server always accepts apiVersion, kind and metadata at a resource's top, declared or not.
  if (out['x-kubernetes-embedded-resource'] === true || (options.closeObjects && position === 'root')) {
    // An embedded object is a whole resource: apiVersion, kind and metadata are allowed even if unlisted.
    const props = isJsonObject(out.properties) ? out.properties : {};
    if (!props.apiVersion) setOwn(props, 'apiVersion', { type: 'string' });
    if (!props.kind) setOwn(props, 'kind', { type: 'string' });
    if (!props.metadata) setOwn(props, 'metadata', { type: 'object' });
    out.properties = props;
  }
  dropDefaultedRequirements(out);
  if (out.nullable === true) allowNull(out);
  delete out.nullable;

  // The API server checks a resource's metadata as ObjectMeta whatever the CRD says: leave it open here.
  const isMetadata = position === 'root-property' || position === 'embedded-property';
  const isObject = out.type === 'object' || (out.type === undefined && isJsonObject(out.properties));
  if (options.closeObjects && isObject && !preserve && !isMetadata && out.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  // The API server keeps unknown fields where a schema says so, even beside a closed object (strict schema
  // sets close every object, preserving ones included).
  if (preserve && out.additionalProperties === false) delete out.additionalProperties;
}

/**
 * The API server applies a CRD's `default`s before it validates, so a required property that has a default
 * is never missing by the time `required` is checked.
 */
function dropDefaultedRequirements(out: JsonObject): void {
  if (!Array.isArray(out.required) || !isJsonObject(out.properties)) return;
  const props = out.properties;
  const required = out.required.filter((name) => {
    const prop = typeof name === 'string' ? props[name] : undefined;
    return !(isJsonObject(prop) && prop.default !== undefined);
  });
  if (required.length === 0) delete out.required;
  else if (required.length !== out.required.length) out.required = required;
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
