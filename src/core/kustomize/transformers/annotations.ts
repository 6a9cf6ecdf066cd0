import type { JsonObject } from '../../model/json.ts';
import { applyFieldSpec, type FieldSpec } from '../field-spec.ts';
import type { Resource } from '../resource.ts';
import { setMapEntry } from './field-setters.ts';

/**
 * Kustomize's AnnotationsTransformer (`commonAnnotations:` with the config's commonAnnotations specs, or the
 * plugin with its own): sets each annotation at every place the field specs reach, creating the maps where a
 * spec says `create`. Keys are applied in sorted order, as kustomize does.
 */
export function applyAnnotations(resources: Resource[], annotations: Record<string, string>, fieldSpecs: FieldSpec[]): void {
  applyMapEntries(resources, annotations, fieldSpecs);
}

/** Sets string entries in the maps that `fieldSpecs` reach in each resource (labels and annotations alike). */
export function applyMapEntries(resources: Resource[], entries: Record<string, string>, fieldSpecs: FieldSpec[]): void {
  // Sorted as kustomize does (it only shows in which error comes first).
  const keys = Object.keys(entries).sort();
  if (keys.length === 0) return;
  // One walk per field spec sets every entry: the same maps, filled in the same key order, and the same
  // error (none names the key) as a walk per key, for a fraction of the walks.
  const setters = keys.map((key) => setMapEntry(key, entries[key] ?? ''));
  const setAll = (holder: JsonObject, field: string) => {
    for (const set of setters) set(holder, field);
  };
  for (const res of resources) {
    for (const spec of fieldSpecs) applyFieldSpec(res, spec, 'map', setAll);
  }
}

