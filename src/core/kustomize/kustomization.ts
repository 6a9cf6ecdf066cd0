import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { KustomizeError } from './errors.ts';

/**
 * A kustomization file, after kustomize's own fix-ups (`bases` → `resources`, `imageTags` → `images`,
 * generator `env` → `envs`). Field names are matched case-insensitively, as Go's encoding/json does;
 * unknown fields and wrongly typed values are errors, as in kustomize.
 */
export interface Kustomization {
  apiVersion: string;
  kind: 'Kustomization' | 'Component';
  openapi?: Record<string, string>;
  namePrefix: string;
  nameSuffix: string;
  namespace: string;
  commonLabels: Record<string, string>;
  labels: JsonObject[];
  commonAnnotations: Record<string, string>;
  patchesStrategicMerge: string[];
  patchesJson6902: JsonObject[];
  patches: JsonObject[];
  images: JsonObject[];
  replacements: JsonObject[];
  replicas: JsonObject[];
  vars: JsonObject[];
  sortOptions?: JsonObject;
  resources: string[];
  components: string[];
  crds: string[];
  configMapGenerator: JsonObject[];
  secretGenerator: JsonObject[];
  generatorOptions?: JsonObject;
  configurations: string[];
  generators: string[];
  transformers: string[];
  validators: string[];
  buildMetadata: string[];
  helmCharts: JsonValue[];
  helmGlobals?: JsonValue;
  /** Fields present in the file, by canonical name, with the line of each key when known. */
  present: Set<string>;
}

/** Deprecated fields, as kustomize warns about them on stderr. */
export const DEPRECATED_FIELDS: Record<string, string> = {
  bases: "'bases' is deprecated. Please use 'resources' instead.",
  imageTags: "'imageTags' is deprecated. Please use 'images' instead.",
  patchesJson6902: "'patchesJson6902' is deprecated. Please use 'patches' instead.",
  patchesStrategicMerge: "'patchesStrategicMerge' is deprecated. Please use 'patches' instead.",
  vars: "'vars' is deprecated. Please use 'replacements' instead.",
  commonLabels: "'commonLabels' is deprecated. Please use 'labels' instead.",
};

type FieldType = 'string' | 'stringList' | 'stringMap' | 'objectList' | 'object' | 'any' | 'patchStrategicMergeList';

const FIELDS: Record<string, FieldType> = {
  apiVersion: 'string',
  kind: 'string',
  metadata: 'object',
  openapi: 'stringMap',
  namePrefix: 'string',
  nameSuffix: 'string',
  namespace: 'string',
  commonLabels: 'stringMap',
  labels: 'objectList',
  commonAnnotations: 'stringMap',
  patchesStrategicMerge: 'patchStrategicMergeList',
  patchesJson6902: 'objectList',
  patches: 'objectList',
  images: 'objectList',
  imageTags: 'objectList',
  replacements: 'objectList',
  replicas: 'objectList',
  vars: 'objectList',
  sortOptions: 'object',
  resources: 'stringList',
  components: 'stringList',
  crds: 'stringList',
  bases: 'stringList',
  configMapGenerator: 'objectList',
  secretGenerator: 'objectList',
  helmGlobals: 'any',
  helmCharts: 'any',
  helmChartInflationGenerator: 'any',
  generatorOptions: 'object',
  configurations: 'stringList',
  generators: 'stringList',
  transformers: 'stringList',
  validators: 'stringList',
  inventory: 'any',
  buildMetadata: 'stringList',
};

/** Fields of list entries that kustomize decodes into structs: unknown ones are errors there too. */
const ENTRY_FIELDS: Record<string, string[]> = {
  labels: ['pairs', 'includeSelectors', 'includeTemplates', 'fields'],
  patches: ['path', 'patch', 'target', 'options'],
  patchesJson6902: ['path', 'patch', 'target'],
  replicas: ['name', 'count'],
};

/** An entry with its keys folded to their canonical spelling (Go's case-insensitive match). */
function canonicalEntry(entry: JsonObject, known: string[], field: string, file: string): JsonObject {
  const out: JsonObject = {};
  for (const key of Object.keys(entry)) {
    const canonical = known.find((k) => k.toLowerCase() === key.toLowerCase());
    if (!canonical) {
      throw new KustomizeError(`invalid Kustomization: unknown field "${key}" in a '${field}' entry`, file, field);
    }
    out[canonical] = entry[key]!;
  }
  return out;
}

const CANONICAL = new Map(Object.keys(FIELDS).map((f) => [f.toLowerCase(), f]));

export const KUSTOMIZATION_API_VERSION = 'kustomize.config.k8s.io/v1beta1';
export const COMPONENT_API_VERSION = 'kustomize.config.k8s.io/v1alpha1';

/**
 * Turns the parsed document of a kustomization file into a Kustomization. `raw` is undefined for an empty
 * file. Throws KustomizeError naming `file` and the field at fault.
 */
export function parseKustomization(raw: JsonValue | undefined, file: string): Kustomization {
  if (raw === undefined || raw === null) {
    throw new KustomizeError(`kustomization file is empty: ${file}`, file);
  }
  if (!isJsonObject(raw)) {
    throw new KustomizeError(`invalid Kustomization: expected a map of fields, got ${describe(raw)}`, file);
  }
  const fields: Record<string, JsonValue> = {};
  for (const key of Object.keys(raw)) {
    const canonical = CANONICAL.get(key.toLowerCase());
    if (!canonical) {
      throw new KustomizeError(`invalid Kustomization: unknown field "${key}"`, file, key);
    }
    // Go's decoder keeps the last of two keys that fold to the same name; so do we.
    fields[canonical] = raw[key]!;
  }
  for (const [name, value] of Object.entries(fields)) checkType(name, FIELDS[name]!, value, file);
  for (const [name, known] of Object.entries(ENTRY_FIELDS)) {
    const list = fields[name];
    if (Array.isArray(list)) fields[name] = list.map((entry) => canonicalEntry(entry as JsonObject, known, name, file));
  }

  const str = (name: string): string => (typeof fields[name] === 'string' ? (fields[name] as string) : '');
  const strList = (name: string): string[] => (Array.isArray(fields[name]) ? (fields[name] as string[]) : []);
  const objList = (name: string): JsonObject[] => (Array.isArray(fields[name]) ? (fields[name] as JsonObject[]) : []);
  const strMap = (name: string): Record<string, string> =>
    isJsonObject(fields[name]) ? (fields[name] as Record<string, string>) : {};

  const kindRaw = str('kind') || 'Kustomization';
  if (kindRaw !== 'Kustomization' && kindRaw !== 'Component') {
    throw new KustomizeError(`invalid kustomization kind '${kindRaw}': kind should be Kustomization or Component`, file, 'kind');
  }
  const required = kindRaw === 'Component' ? COMPONENT_API_VERSION : KUSTOMIZATION_API_VERSION;
  const apiVersion = str('apiVersion') || required;
  if (apiVersion !== required) {
    throw new KustomizeError(`apiVersion for ${kindRaw} should be ${required}, not '${apiVersion}'`, file, 'apiVersion');
  }

  const withEnvs = (gens: JsonObject[]): JsonObject[] =>
    gens.map((g) => {
      if (typeof g.env !== 'string' || g.env === '') return g;
      const { env, ...rest } = g;
      const envs = Array.isArray(rest.envs) ? [...rest.envs, env] : [env];
      return { ...rest, envs };
    });

  const k: Kustomization = {
    apiVersion,
    kind: kindRaw,
    namePrefix: str('namePrefix'),
    nameSuffix: str('nameSuffix'),
    namespace: str('namespace'),
    commonLabels: strMap('commonLabels'),
    labels: objList('labels'),
    commonAnnotations: strMap('commonAnnotations'),
    patchesStrategicMerge: strList('patchesStrategicMerge'),
    patchesJson6902: objList('patchesJson6902'),
    patches: objList('patches'),
    images: [...objList('images'), ...objList('imageTags')],
    replacements: objList('replacements'),
    replicas: objList('replicas'),
    vars: objList('vars'),
    resources: [...strList('resources'), ...strList('bases')],
    components: strList('components'),
    crds: strList('crds'),
    configMapGenerator: withEnvs(objList('configMapGenerator')),
    secretGenerator: withEnvs(objList('secretGenerator')),
    configurations: strList('configurations'),
    generators: strList('generators'),
    transformers: strList('transformers'),
    validators: strList('validators'),
    buildMetadata: strList('buildMetadata'),
    helmCharts: [
      ...(Array.isArray(fields.helmCharts) ? fields.helmCharts : []),
      ...(Array.isArray(fields.helmChartInflationGenerator) ? fields.helmChartInflationGenerator : []),
    ],
    present: new Set(Object.keys(fields)),
  };
  if (isJsonObject(fields.openapi)) k.openapi = fields.openapi as Record<string, string>;
  if (isJsonObject(fields.sortOptions)) k.sortOptions = fields.sortOptions;
  if (isJsonObject(fields.generatorOptions)) k.generatorOptions = fields.generatorOptions;
  if (fields.helmGlobals !== undefined && fields.helmGlobals !== null) k.helmGlobals = fields.helmGlobals;

  if (isEmpty(k)) throw new KustomizeError(`kustomization file is empty: ${file}`, file);
  return k;
}

function isEmpty(k: Kustomization): boolean {
  return [...k.present].every((f) => f === 'apiVersion' || f === 'kind' || f === 'metadata');
}

function checkType(name: string, type: FieldType, value: JsonValue, file: string): void {
  if (value === null) return; // Go decodes null as the zero value
  const fail = (expected: string): never => {
    throw new KustomizeError(
      `invalid Kustomization: field '${name}' must be ${expected}, got ${describe(value)}`,
      file,
      name,
    );
  };
  switch (type) {
    case 'string':
      if (typeof value !== 'string') fail('a string');
      return;
    case 'object':
      if (!isJsonObject(value)) fail('a map');
      return;
    case 'stringMap':
      if (!isJsonObject(value)) fail('a map of strings');
      for (const [k, v] of Object.entries(value as JsonObject)) {
        if (typeof v !== 'string' && v !== null) {
          throw new KustomizeError(
            `invalid Kustomization: ${name}.${k} must be a string, got ${describe(v)} (quote it)`,
            file,
            name,
          );
        }
      }
      return;
    case 'stringList':
    case 'patchStrategicMergeList':
      if (!Array.isArray(value)) fail('a list of strings');
      for (const item of value as JsonValue[]) {
        if (typeof item !== 'string') fail('a list of strings');
      }
      return;
    case 'objectList':
      if (!Array.isArray(value)) fail('a list of maps');
      for (const item of value as JsonValue[]) {
        if (!isJsonObject(item)) fail('a list of maps');
      }
      return;
    case 'any':
      return;
  }
}

function describe(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${typeof value} ${JSON.stringify(value)}`;
}
