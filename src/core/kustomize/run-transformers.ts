import { isJsonObject, type JsonValue } from '../model/json.ts';
import type { Accumulator } from './accumulator.ts';
import { refuseOrSkip, tolerateMissingTarget, type BuildSession, type Target } from './build.ts';
import { UnsupportedFeatureError } from './errors.ts';
import { parseFieldSpecList } from './field-spec.ts';
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
import { applyImages, parseImageSpec } from './transformers/images.ts';
import { applyCommonLabels, applyLabelFieldSpecs, applyLabelsEntry, parseLabelsEntry, parseStringMap } from './transformers/labels.ts';
import { applyNamespace } from './transformers/namespace.ts';
import { applyPrefixSuffix } from './transformers/prefix-suffix.ts';
import { applyReplicas, parseReplicaSpec } from './transformers/replicas.ts';

/**
 * Runs a kustomization's builtin transformers in kustomize's fixed order, then the `transformers:` plugin
 * configs in the order given.
 */
export function runTransformers(session: BuildSession, target: Target, acc: Accumulator, pluginConfigs: Resource[]): void {
  const { k } = target;
  const config = acc.config;
  const ctx = patchContext(session, target);

  // With something left out (skip mode), each patch goes on its own, so one aimed at what was left out is
  // left out too and the others still apply; otherwise all at once, exactly as kustomize does.
  const lenient = session.options.unrenderable === 'skip' && session.skipped.length > 0;
  const each = <T>(field: string, entries: T[], apply: (resources: Resource[], some: T[]) => Resource[]) => {
    if (!lenient) {
      acc.resources = apply(acc.resources, entries);
      return;
    }
    for (const entry of entries) {
      const before = acc.resources;
      acc.resources = tolerateMissingTarget(session, target.file, field, () => apply(before, [entry]), () => before);
    }
  };

  if (k.patchesStrategicMerge.length > 0) {
    each('patchesStrategicMerge', k.patchesStrategicMerge, (rs, some) => applyStrategicMergePatches(rs, some, ctx));
  }
  if (k.patches.length > 0) each('patches', k.patches as PatchEntry[], (rs, some) => applyPatches(rs, some, ctx));
  if (k.namespace) applyNamespace(acc.resources, k.namespace, config.namespace);
  if (k.namePrefix) applyPrefixSuffix(acc.resources, k.namePrefix, '', config.namePrefix);
  if (k.nameSuffix) applyPrefixSuffix(acc.resources, '', k.nameSuffix, config.nameSuffix);
  k.labels.forEach((entry, i) => applyLabelsEntry(acc.resources, parseLabelsEntry(entry, target.file, i), config));
  if (Object.keys(k.commonLabels).length > 0) applyCommonLabels(acc.resources, k.commonLabels, config);
  if (Object.keys(k.commonAnnotations).length > 0) {
    applyAnnotations(acc.resources, k.commonAnnotations, config.commonAnnotations);
  }
  if (k.patchesJson6902.length > 0) {
    each('patchesJson6902', k.patchesJson6902 as unknown as Json6902Entry[], (rs, some) => applyJson6902Patches(rs, some, ctx));
  }
  if (k.replicas.length > 0) {
    applyReplicas(acc.resources, k.replicas.map((r, i) => parseReplicaSpec(r, target.file, i)), config.replicas);
  }
  if (k.images.length > 0) {
    applyImages(acc.resources, k.images.map((img, i) => parseImageSpec(img, target.file, i)), config.images);
  }
  if (k.replacements.length > 0) {
    each('replacements', k.replacements, (rs, some) => {
      applyReplacements(rs, some, ctx);
      return rs;
    });
  }

  for (const plugin of pluginConfigs) {
    if (plugin.apiVersion !== 'builtin') {
      const err = unsupportedPlugin(plugin, target.file, 'transformers');
      if (!(err instanceof UnsupportedFeatureError)) throw err;
      refuseOrSkip(session, err);
      continue;
    }
    runPlugin(acc, plugin, ctx, target.file);
  }
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

/** A `transformers:` entry that configures one of kustomize's builtin transformers. */
function runPlugin(acc: Accumulator, plugin: Resource, ctx: PatchContext, file: string): void {
  const c = plugin.obj;
  if (plugin.apiVersion !== 'builtin') throw unsupportedPlugin(plugin, file, 'transformers');
  // Plugin configs are read leniently, as kustomize does: keys a transformer does not use are ignored.
  const specs = () => parseFieldSpecList(c.fieldSpecs, file, `${plugin.kind} fieldSpecs`, false);
  const strings = (v: JsonValue | undefined, field: string) =>
    v === undefined || v === null ? {} : parseStringMap(v, file, `${plugin.kind} ${field}`, 'transformers');
  switch (plugin.kind) {
    case 'AnnotationsTransformer':
      applyAnnotations(acc.resources, strings(c.annotations, 'annotations'), specs());
      return;
    case 'LabelTransformer':
      applyLabelFieldSpecs(acc.resources, strings(c.labels, 'labels'), specs());
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
      if (isJsonObject(c.imageTag)) applyImages(acc.resources, [parseImageSpec(c.imageTag, file)], specs());
      return;
    case 'ReplicaCountTransformer':
      if (isJsonObject(c.replica)) applyReplicas(acc.resources, [parseReplicaSpec(c.replica, file)], specs());
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
