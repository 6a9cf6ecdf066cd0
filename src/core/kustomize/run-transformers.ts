import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import type { Accumulator } from './accumulator.ts';
import type { BuildSession, Target } from './build.ts';
import { KustomizeError } from './errors.ts';
import type { FieldSpec } from './field-spec.ts';
import {
  applyJson6902Patches,
  applyPatches,
  applyStrategicMergePatches,
  type Json6902Entry,
  type PatchContext,
  type PatchEntry,
} from './patches.ts';
import { unsupportedPlugin } from './plugins.ts';
import { applyReplacements } from './replacements.ts';
import type { Resource } from './resource.ts';
import { applyAnnotations } from './transformers/annotations.ts';
import { applyImages, type ImageSpec } from './transformers/images.ts';
import { applyCommonLabels, applyLabelFieldSpecs, applyLabelsEntry, type LabelsEntry } from './transformers/labels.ts';
import { applyNamespace } from './transformers/namespace.ts';
import { applyPrefixSuffix } from './transformers/prefix-suffix.ts';
import { applyReplicas } from './transformers/replicas.ts';

/**
 * Runs a kustomization's builtin transformers in kustomize's fixed order, then the `transformers:` plugin
 * configs in the order given.
 */
export function runTransformers(session: BuildSession, target: Target, acc: Accumulator, pluginConfigs: Resource[]): void {
  const { k } = target;
  const config = acc.config;
  const ctx = patchContext(session, target);

  if (k.patchesStrategicMerge.length > 0) {
    acc.resources = applyStrategicMergePatches(acc.resources, k.patchesStrategicMerge, ctx);
  }
  if (k.patches.length > 0) acc.resources = applyPatches(acc.resources, k.patches as PatchEntry[], ctx);
  if (k.namespace) applyNamespace(acc.resources, k.namespace, config.namespace);
  if (k.namePrefix) applyPrefixSuffix(acc.resources, k.namePrefix, '', config.namePrefix);
  if (k.nameSuffix) applyPrefixSuffix(acc.resources, '', k.nameSuffix, config.nameSuffix);
  for (const entry of k.labels) applyLabelsEntry(acc.resources, labelsEntry(entry, target.file), config);
  if (Object.keys(k.commonLabels).length > 0) applyCommonLabels(acc.resources, k.commonLabels, config);
  if (Object.keys(k.commonAnnotations).length > 0) {
    applyAnnotations(acc.resources, k.commonAnnotations, config.commonAnnotations);
  }
  if (k.patchesJson6902.length > 0) {
    acc.resources = applyJson6902Patches(acc.resources, k.patchesJson6902 as unknown as Json6902Entry[], ctx);
  }
  if (k.replicas.length > 0) applyReplicas(acc.resources, k.replicas.map((r) => replica(r, target.file)), config.replicas);
  if (k.images.length > 0) applyImages(acc.resources, k.images as unknown as ImageSpec[], config.images);
  if (k.replacements.length > 0) applyReplacements(acc.resources, k.replacements, ctx);

  for (const plugin of pluginConfigs) runPlugin(acc, plugin, ctx, target.file);
}

export function patchContext(session: BuildSession, target: Target): PatchContext {
  return {
    kustomizationFile: target.file,
    readFile: (rel: string) => {
      const text = target.loader.readText(rel, 'patches', target.file);
      session.files.add(target.loader.resolve(rel));
      return text;
    },
    schema: session.schema,
  };
}

function labelsEntry(entry: JsonObject, file: string): LabelsEntry {
  const pairs = entry.pairs;
  if (pairs !== undefined && pairs !== null && !isJsonObject(pairs)) {
    throw new KustomizeError(`labels: 'pairs' must be a map of strings`, file, 'labels');
  }
  // kustomize decodes the entry into a typed struct: a number or boolean label value is an error there.
  for (const [key, value] of Object.entries(pairs ?? {})) {
    if (typeof value !== 'string' && value !== null) {
      throw new KustomizeError(`labels: pairs.${key} must be a string, got ${JSON.stringify(value)} (quote it)`, file, 'labels');
    }
  }
  for (const flag of ['includeSelectors', 'includeTemplates'] as const) {
    const value = entry[flag];
    if (value !== undefined && value !== null && typeof value !== 'boolean') {
      throw new KustomizeError(`labels: '${flag}' must be true or false, got ${JSON.stringify(value)}`, file, 'labels');
    }
  }
  return {
    pairs: (pairs ?? {}) as Record<string, string>,
    includeSelectors: entry.includeSelectors === true,
    includeTemplates: entry.includeTemplates === true,
    fields: fieldSpecs(entry.fields, file, 'labels'),
  };
}

function replica(r: JsonObject, file: string): { name: string; count: number } {
  if (typeof r.name !== 'string' || typeof r.count !== 'number' || !Number.isInteger(r.count)) {
    throw new KustomizeError(`replicas: each entry needs a name and an integer count, got ${JSON.stringify(r)}`, file, 'replicas');
  }
  return { name: r.name, count: r.count };
}

function fieldSpecs(value: JsonValue | undefined, file: string, field: string): FieldSpec[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new KustomizeError(`${field}: fieldSpecs must be a list`, file, field);
  return value.map((v) => {
    if (!isJsonObject(v) || typeof v.path !== 'string') {
      throw new KustomizeError(`${field}: each field spec needs a path`, file, field);
    }
    return {
      path: v.path,
      ...(typeof v.group === 'string' ? { group: v.group } : {}),
      ...(typeof v.version === 'string' ? { version: v.version } : {}),
      ...(typeof v.kind === 'string' ? { kind: v.kind } : {}),
      create: v.create === true,
    };
  });
}

function stringMap(value: JsonValue | undefined): Record<string, string> {
  return isJsonObject(value) ? (value as Record<string, string>) : {};
}

/** A `transformers:` entry that configures one of kustomize's builtin transformers. */
function runPlugin(acc: Accumulator, plugin: Resource, ctx: PatchContext, file: string): void {
  const c = plugin.obj;
  if (plugin.apiVersion !== 'builtin') throw unsupportedPlugin(plugin, file, 'transformers');
  const specs = () => fieldSpecs(c.fieldSpecs, file, 'transformers');
  switch (plugin.kind) {
    case 'AnnotationsTransformer':
      applyAnnotations(acc.resources, stringMap(c.annotations), specs());
      return;
    case 'LabelTransformer':
      applyLabelFieldSpecs(acc.resources, stringMap(c.labels), specs());
      return;
    case 'NamespaceTransformer': {
      const md = isJsonObject(c.metadata) ? c.metadata : {};
      const ns = typeof md.namespace === 'string' ? md.namespace : '';
      const opts: Parameters<typeof applyNamespace>[3] = {};
      if (typeof c.unsetOnly === 'boolean') opts.unsetOnly = c.unsetOnly;
      if (typeof c.setRoleBindingSubjects === 'string') {
        opts.setRoleBindingSubjects = c.setRoleBindingSubjects as 'defaultOnly' | 'allServiceAccounts' | 'none';
      }
      applyNamespace(acc.resources, ns, specs(), opts);
      return;
    }
    case 'PrefixSuffixTransformer':
    case 'PrefixTransformer':
    case 'SuffixTransformer':
      applyPrefixSuffix(
        acc.resources,
        typeof c.prefix === 'string' ? c.prefix : '',
        typeof c.suffix === 'string' ? c.suffix : '',
        specs(),
      );
      return;
    case 'ImageTagTransformer':
      if (isJsonObject(c.imageTag)) applyImages(acc.resources, [c.imageTag as unknown as ImageSpec], specs());
      return;
    case 'ReplicaCountTransformer':
      if (isJsonObject(c.replica)) applyReplicas(acc.resources, [replica(c.replica, file)], specs());
      return;
    case 'PatchTransformer':
      acc.resources = applyPatches(acc.resources, [c as unknown as PatchEntry], ctx);
      return;
    case 'PatchStrategicMergeTransformer': {
      const paths = Array.isArray(c.paths) ? c.paths.filter((p): p is string => typeof p === 'string') : [];
      const inline = typeof c.patches === 'string' ? [c.patches] : [];
      acc.resources = applyStrategicMergePatches(acc.resources, [...paths, ...inline], ctx);
      return;
    }
    case 'PatchJson6902Transformer': {
      const entry = { target: c.target, path: c.path, patch: c.jsonOp } as unknown as Json6902Entry;
      acc.resources = applyJson6902Patches(acc.resources, [entry], ctx);
      return;
    }
    case 'ReplacementTransformer':
      applyReplacements(acc.resources, Array.isArray(c.replacements) ? c.replacements : [], ctx);
      return;
    default:
      throw unsupportedPlugin(plugin, file, 'transformers');
  }
}
