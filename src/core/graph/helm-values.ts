import type { Resource } from '../kustomize/resource.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { parseYamlDocuments } from '../yaml/parse.ts';
import { at } from './references.ts';

/**
 * The Helm values an Application source or HelmRelease gives its chart, as layers in the order Helm
 * merges them (later wins). Values gitops-gate cannot see (files in a chart repository, Secrets it does
 * not have) are simply absent: callers fall back to the chart's defaults.
 */
export function applicationValueLayers(source: JsonObject): JsonObject[] {
  const helm = source.helm;
  if (!isJsonObject(helm)) return [];
  const layers: JsonObject[] = [];
  if (typeof helm.values === 'string') layers.push(...parseValues(helm.values));
  else if (isJsonObject(helm.values)) layers.push(helm.values);
  if (isJsonObject(helm.valuesObject)) layers.push(helm.valuesObject);
  if (Array.isArray(helm.parameters)) {
    const params: JsonObject = {};
    for (const p of helm.parameters) {
      if (isJsonObject(p) && typeof p.name === 'string' && typeof p.value === 'string') setDotted(params, p.name, p.value);
    }
    layers.push(params);
  }
  return layers;
}

/** A HelmRelease's values: `valuesFrom` ConfigMaps/Secrets found by `lookup`, then `spec.values`. */
export function helmReleaseValueLayers(hr: Resource, lookup: (kind: string, namespace: string, name: string) => Resource | undefined): JsonObject[] {
  const layers: JsonObject[] = [];
  const from = at(hr.obj, ['spec', 'valuesFrom']);
  if (Array.isArray(from)) {
    for (const f of from) {
      if (!isJsonObject(f) || (f.kind !== 'ConfigMap' && f.kind !== 'Secret') || typeof f.name !== 'string') continue;
      const found = lookup(f.kind, hr.namespace, f.name);
      if (!found) continue;
      const key = typeof f.valuesKey === 'string' && f.valuesKey ? f.valuesKey : 'values.yaml';
      const text = dataValue(found, key);
      if (text === undefined) continue;
      if (typeof f.targetPath === 'string' && f.targetPath) {
        const obj: JsonObject = {};
        setDotted(obj, f.targetPath, text);
        layers.push(obj);
      } else layers.push(...parseValues(text));
    }
  }
  const values = at(hr.obj, ['spec', 'values']);
  if (isJsonObject(values)) layers.push(values);
  return layers;
}

/** The value at a dotted path, the last layer that sets it winning. */
export function valueAt(layers: readonly JsonObject[], dotted: string): JsonValue | undefined {
  let found: JsonValue | undefined;
  for (const layer of layers) {
    const v = at(layer, dotted.split('.'));
    if (v !== undefined) found = v;
  }
  return found;
}

function dataValue(r: Resource, key: string): string | undefined {
  const data = r.obj.data;
  if (isJsonObject(data) && typeof data[key] === 'string') {
    return r.kind === 'Secret' ? Buffer.from(data[key] as string, 'base64').toString('utf8') : (data[key] as string);
  }
  const stringData = r.obj.stringData;
  if (isJsonObject(stringData) && typeof stringData[key] === 'string') return stringData[key] as string;
  return undefined;
}

function parseValues(text: string): JsonObject[] {
  try {
    const docs = parseYamlDocuments(text, '<helm values>');
    return docs.map((d) => d.value).filter(isJsonObject);
  } catch {
    // Values that do not parse are Helm's problem to report; here they just tell us nothing.
    return [];
  }
}

function setDotted(obj: JsonObject, dotted: string, value: JsonValue): void {
  const parts = dotted.split('.');
  let cur = obj;
  for (const p of parts.slice(0, -1)) {
    if (!isJsonObject(cur[p])) cur[p] = {};
    cur = cur[p] as JsonObject;
  }
  cur[parts[parts.length - 1]!] = value;
}
