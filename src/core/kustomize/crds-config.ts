import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { KustomizeError } from './errors.ts';
import type { FieldSpec } from './field-spec.ts';
import { mergeNameReferences } from './name-reference-config.ts';
import type { NameBackReference, TransformerConfig } from './transformer-config.ts';

/**
 * A kustomization's `crds:` file: a map from Go type name (`github.com/x/api/v1.MyKind`) to an OpenAPI
 * definition `{Schema: {properties: ...}, Dependencies: [...]}`, as kube-openapi's gen-openapi writes it.
 * Vendor extensions on properties become transformer config, as kustomize's LoadConfigFromCRDs does:
 * - `x-kubernetes-object-ref-api-version` + `x-kubernetes-object-ref-kind` (+ optional
 *   `x-kubernetes-object-ref-name-key`, default `name`): a nameReference from that kind to `<path>/<name-key>`;
 * - `x-kubernetes-annotation`: a commonAnnotations field spec;
 * - `x-kubernetes-label-selector`: a commonLabels field spec;
 * - `x-kubernetes-identity`: a namePrefix field spec.
 * Field specs carry only the kind (the last dot-separated part of the type name), as in kustomize.
 */
export function parseCrdsConfig(doc: JsonValue, file: string): Partial<TransformerConfig> {
  if (!isJsonObject(doc)) {
    throw new KustomizeError(
      `unable to parse open API definition from '${file}': expected a map from type name to definition`,
      file,
      'crds',
    );
  }
  const out: CrdConfigParts = { nameReference: [], commonAnnotations: [], commonLabels: [], namePrefix: [] };
  for (const typeName of Object.keys(doc)) {
    const props = propertiesOf(doc, typeName, file);
    if (!props || !looksLikeKubernetesType(props)) continue;
    const kind = typeName.split('.').pop() ?? typeName;
    collect(doc, typeName, kind, [], new Set(), out, file);
  }
  return {
    nameReference: mergeNameReferences([], out.nameReference),
    commonAnnotations: dedupe(out.commonAnnotations),
    commonLabels: dedupe(out.commonLabels),
    namePrefix: dedupe(out.namePrefix),
  };
}

interface CrdConfigParts {
  nameReference: NameBackReference[];
  commonAnnotations: FieldSpec[];
  commonLabels: FieldSpec[];
  namePrefix: FieldSpec[];
}

function looksLikeKubernetesType(props: JsonObject): boolean {
  return has(props, 'kind') && has(props, 'apiVersion') && has(props, 'metadata');
}

/** Walks one type's properties, following `$ref`s to other types in the same file. */
function collect(
  defs: JsonObject,
  typeName: string,
  kind: string,
  path: string[],
  onPath: Set<string>,
  out: CrdConfigParts,
  file: string,
): void {
  const props = propertiesOf(defs, typeName, file);
  // A type that (indirectly) contains itself would make kustomize recurse forever; stop at the cycle instead.
  if (!props || onPath.has(typeName)) return;
  onPath.add(typeName);
  for (const propName of Object.keys(props)) {
    const prop = props[propName];
    if (!isJsonObject(prop)) continue;
    const here = [...path, propName];
    const spec = (p: string[]): FieldSpec => ({ kind, path: p.join('/') });
    if (extension(prop, 'x-kubernetes-annotation') !== undefined) out.commonAnnotations.push(spec(here));
    if (extension(prop, 'x-kubernetes-label-selector') !== undefined) out.commonLabels.push(spec(here));
    if (extension(prop, 'x-kubernetes-identity') !== undefined) out.namePrefix.push(spec(here));
    const refVersion = extension(prop, 'x-kubernetes-object-ref-api-version');
    const refKind = extension(prop, 'x-kubernetes-object-ref-kind');
    if (refVersion !== undefined && refKind !== undefined) {
      const nameKey = extension(prop, 'x-kubernetes-object-ref-name-key') ?? 'name';
      out.nameReference = mergeNameReferences(out.nameReference, [
        { kind: refKind, ...(refVersion ? { version: refVersion } : {}), fieldSpecs: [spec([...here, nameKey])] },
      ]);
    }
    const ref = prop.$ref;
    if (typeof ref === 'string' && ref !== '') collect(defs, ref, kind, here, onPath, out, file);
  }
  onPath.delete(typeName);
}

function propertiesOf(defs: JsonObject, typeName: string, file: string): JsonObject | undefined {
  if (!has(defs, typeName)) return undefined;
  const def = defs[typeName];
  if (def === null) return undefined;
  if (!isJsonObject(def)) {
    throw new KustomizeError(
      `unable to parse open API definition from '${file}': definition '${typeName}' is not a map`,
      file,
      'crds',
    );
  }
  // Go's JSON decoding matches struct fields case-insensitively: `Schema` and `schema` both work.
  const schema = fieldIgnoringCase(def, 'Schema');
  if (schema === undefined || schema === null) return undefined;
  if (!isJsonObject(schema)) {
    throw new KustomizeError(
      `unable to parse open API definition from '${file}': 'Schema' of '${typeName}' is not a map`,
      file,
      'crds',
    );
  }
  const props = schema.properties;
  if (props === undefined || props === null) return undefined;
  if (!isJsonObject(props)) {
    throw new KustomizeError(
      `unable to parse open API definition from '${file}': 'properties' of '${typeName}' is not a map`,
      file,
      'crds',
    );
  }
  return props;
}

/** A string-valued vendor extension; OpenAPI extension keys are case-insensitive. Non-strings count as absent. */
function extension(prop: JsonObject, key: string): string | undefined {
  const v = fieldIgnoringCase(prop, key);
  return typeof v === 'string' ? v : undefined;
}

function fieldIgnoringCase(obj: JsonObject, key: string): JsonValue | undefined {
  if (has(obj, key)) return obj[key];
  const lower = key.toLowerCase();
  const match = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return match === undefined ? undefined : obj[match];
}

function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}

function dedupe(specs: FieldSpec[]): FieldSpec[] {
  const seen = new Set<string>();
  return specs.filter((s) => {
    const key = `${s.kind}\u0000${s.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
