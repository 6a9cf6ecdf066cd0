import { isJsonObject, type JsonValue } from '../../model/json.ts';
import { KustomizeError } from '../errors.ts';
import { describe, FieldPathError, mergeFieldSpec, mergeFieldSpecs, parseBool, parseFieldSpecList, type FieldSpec } from '../field-spec.ts';
import type { Resource } from '../resource.ts';
import type { TransformerConfig } from '../transformer-config.ts';
import { applyMapEntries } from './annotations.ts';

/** One entry of a kustomization's `labels:` field. */
export interface LabelsEntry {
  pairs: Record<string, string>;
  includeSelectors?: boolean;
  includeTemplates?: boolean;
  /** Extra field specs (`fields:`). */
  fields?: FieldSpec[];
}

/** Kustomize's LabelTransformer plugin: the labels at every place `fieldSpecs` reach. */
export function applyLabelFieldSpecs(resources: Resource[], labels: Record<string, string>, fieldSpecs: FieldSpec[]): void {
  applyMapEntries(resources, labels, fieldSpecs);
}

/** `commonLabels:`: metadata, pod templates and selectors, per the config's commonLabels field specs. */
export function applyCommonLabels(resources: Resource[], labels: Record<string, string>, config: TransformerConfig): void {
  applyLabelFieldSpecs(resources, labels, config.commonLabels);
}

/**
 * One `labels:` entry. Its field specs are its own `fields`, the config's `labels` specs, and then either all
 * commonLabels specs (includeSelectors) or metadata/labels plus, with includeTemplates, the pod-template
 * specs — merged as kustomize merges them, so a spec that conflicts with one of these on `create` is an error.
 */
export function applyLabelsEntry(resources: Resource[], entry: LabelsEntry, config: TransformerConfig): void {
  applyLabelFieldSpecs(resources, entry.pairs, labelsEntryFieldSpecs(entry, config));
}

export function labelsEntryFieldSpecs(entry: LabelsEntry, config: TransformerConfig): FieldSpec[] {
  let specs = mergeOrFail(() => mergeFieldSpecs(entry.fields ?? [], config.labels), 'failed to merge labels');
  if (entry.includeSelectors) {
    return mergeOrFail(() => mergeFieldSpecs(specs, config.commonLabels), 'failed to merge labels');
  }
  if (entry.includeTemplates) {
    specs = mergeOrFail(() => mergeFieldSpecs(specs, config.templateLabels), 'failed to merge template fieldSpec');
  }
  return mergeOrFail(() => mergeFieldSpec(specs, { path: 'metadata/labels', create: true }), 'failed to merge labels');
}

function mergeOrFail(merge: () => FieldSpec[], what: string): FieldSpec[] {
  try {
    return merge();
  } catch (e) {
    if (e instanceof FieldPathError) throw new KustomizeError(`${what}: ${e.message}`, undefined, 'labels');
    throw e;
  }
}

/**
 * Reads a `labels:` entry from a kustomization, strictly as kustomize does: `pairs` values must be strings
 * (null reads as ''), the flags booleans, `fields` field specs; unknown keys are errors.
 */
export function parseLabelsEntry(value: JsonValue, file: string, index = 0): LabelsEntry {
  const where = `labels[${index}]`;
  if (!isJsonObject(value)) throw new KustomizeError(`${where}: expected a map, got ${describe(value)}`, file, 'labels');
  const entry: LabelsEntry = { pairs: {} };
  for (const [rawKey, v] of Object.entries(value)) {
    const key = rawKey.toLowerCase();
    if (v === null) continue;
    if (key === 'pairs') entry.pairs = parseStringMap(v, file, `${where}.pairs`, 'labels');
    else if (key === 'includeselectors') entry.includeSelectors = parseBool(v, file, `${where}.includeSelectors`);
    else if (key === 'includetemplates') entry.includeTemplates = parseBool(v, file, `${where}.includeTemplates`);
    else if (key === 'fields') entry.fields = parseFieldSpecList(v, file, `${where}.fields`);
    else throw new KustomizeError(`${where}: unknown field "${rawKey}" (expected pairs, includeSelectors, includeTemplates, fields)`, file, 'labels');
  }
  return entry;
}

/** A map of strings from YAML (labels, annotations): other scalars are errors, null reads as ''. */
export function parseStringMap(value: JsonValue, file: string, where: string, field: string): Record<string, string> {
  if (!isJsonObject(value)) throw new KustomizeError(`${where}: expected a map of strings, got ${describe(value)}`, file, field);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== null && typeof v !== 'string') {
      throw new KustomizeError(`${where}.${k}: expected a string, got ${describe(v)} (quote it)`, file, field);
    }
    Object.defineProperty(out, k, { value: v ?? '', enumerable: true, writable: true, configurable: true });
  }
  return out;
}
