import { isJsonObject, type JsonObject } from '../model/json.ts';
import type { Resource } from './resource.ts';

/** Annotation kustomize writes with `buildMetadata: [originAnnotations]`. */
export const ORIGIN_ANNOTATION = 'config.kubernetes.io/origin';

/** Where a resource came from: a file (path), or the generator configured in a kustomization. */
export type Origin =
  | { path: string }
  | { configuredIn: string; configuredBy: { apiVersion: string; kind: string; name?: string; namespace?: string } };

/** The annotation's text: YAML with kustomize's field order (path | configuredIn, configuredBy). */
export function formatOrigin(origin: Origin): string {
  if ('path' in origin) return `path: ${origin.path}\n`;
  const by = origin.configuredBy;
  let out = `configuredIn: ${origin.configuredIn}\nconfiguredBy:\n  apiVersion: ${by.apiVersion}\n  kind: ${by.kind}\n`;
  if (by.name) out += `  name: ${by.name}\n`;
  if (by.namespace) out += `  namespace: ${by.namespace}\n`;
  return out;
}

/** Sets the origin annotation on resources that do not carry one yet (the innermost origin wins). */
export function setOriginAnnotations(resources: Resource[], origin: Origin): void {
  const text = formatOrigin(origin);
  for (const r of resources) {
    if (!isJsonObject(r.obj.metadata)) r.obj.metadata = {};
    const md = r.obj.metadata as JsonObject;
    if (!isJsonObject(md.annotations)) md.annotations = {};
    const ann = md.annotations as JsonObject;
    if (ann[ORIGIN_ANNOTATION] === undefined) ann[ORIGIN_ANNOTATION] = text;
  }
}
