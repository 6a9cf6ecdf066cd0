import { parseAllDocuments } from 'yaml';
import { isJsonObject, type JsonObject, type JsonValue } from '../../../src/core/model/json.ts';
import { emptyTransformerConfig, makeTransformerConfig, mergeTransformerConfig, parseTransformerConfig } from '../../../src/core/kustomize/default-config.ts';
import { parseFieldSpecList } from '../../../src/core/kustomize/field-spec.ts';
import { Resource } from '../../../src/core/kustomize/resource.ts';
import { applyAnnotations } from '../../../src/core/kustomize/transformers/annotations.ts';
import { applyImages, parseImageSpec } from '../../../src/core/kustomize/transformers/images.ts';
import { applyCommonLabels, applyLabelFieldSpecs, applyLabelsEntry, parseLabelsEntry, parseStringMap } from '../../../src/core/kustomize/transformers/labels.ts';
import { applyNamespace, type RoleBindingSubjectMode } from '../../../src/core/kustomize/transformers/namespace.ts';
import { applyPrefixSuffix } from '../../../src/core/kustomize/transformers/prefix-suffix.ts';
import { applyReplicas, parseReplicaSpec } from '../../../src/core/kustomize/transformers/replicas.ts';

/** Parses a YAML stream into plain values (YAML 1.1 booleans such as `yes` stay strings, as in our parser). */
export function yamlDocs(text: string): JsonValue[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as JsonValue)
    .filter((v) => v !== null && v !== undefined);
}

export function resources(text: string): Resource[] {
  return yamlDocs(text).map((v) => {
    if (!isJsonObject(v)) throw new Error('test resource must be a map');
    return new Resource(v, { file: '/app/res.yaml', doc: 0, line: 1, column: 1 });
  });
}

export function objs(res: Resource[]): JsonObject[] {
  return res.map((r) => r.obj);
}

/**
 * One kustomization's field transformers over in-memory resources, in kustomize's order (namespace,
 * prefix, suffix, labels, commonLabels, commonAnnotations, replicas, images). `configurations` holds the
 * YAML text of configuration files. No name-reference fix-up: rows avoid references.
 */
export function transform(kustomization: string, input: string, configurations: string[] = [], plugins: string[] = []): Resource[] {
  const k = yamlDocs(kustomization)[0] ?? {};
  if (!isJsonObject(k)) throw new Error('kustomization must be a map');
  // As kustomize's accumulator: an empty config, merged with the defaults plus this kustomization's files.
  const files = configurations.map((c) => parseTransformerConfig(yamlDocs(c)[0] ?? null, '/app/config.yaml'));
  const config = mergeTransformerConfig(emptyTransformerConfig(), makeTransformerConfig(files));
  const file = '/app/kustomization.yaml';
  const res = resources(input);
  if (typeof k.namespace === 'string') applyNamespace(res, k.namespace, config.namespace);
  if (typeof k.namePrefix === 'string') applyPrefixSuffix(res, k.namePrefix, '', config.namePrefix);
  if (typeof k.nameSuffix === 'string') applyPrefixSuffix(res, '', k.nameSuffix, config.nameSuffix);
  if (Array.isArray(k.labels)) k.labels.forEach((l, i) => applyLabelsEntry(res, parseLabelsEntry(l, file, i), config));
  if (k.commonLabels) applyCommonLabels(res, parseStringMap(k.commonLabels, file, 'commonLabels', 'commonLabels'), config);
  if (k.commonAnnotations) {
    applyAnnotations(res, parseStringMap(k.commonAnnotations, file, 'commonAnnotations', 'commonAnnotations'), config.commonAnnotations);
  }
  if (Array.isArray(k.replicas)) applyReplicas(res, k.replicas.map((r, i) => parseReplicaSpec(r, file, i)), config.replicas);
  if (Array.isArray(k.images)) applyImages(res, k.images.map((r, i) => parseImageSpec(r, file, i)), config.images);
  for (const p of plugins) runPlugin(res, yamlDocs(p)[0]!);
  return res;
}

/** A builtin transformer plugin config, read just enough for these tests (run-transformers.ts does it for real). */
function runPlugin(res: Resource[], c: JsonValue): void {
  if (!isJsonObject(c)) throw new Error('plugin config must be a map');
  const file = '/app/plugin.yaml';
  const specs = parseFieldSpecList(c.fieldSpecs, file, 'fieldSpecs', false);
  const str = (v: JsonValue | undefined) => (typeof v === 'string' ? v : '');
  switch (c.kind) {
    case 'NamespaceTransformer': {
      const md = isJsonObject(c.metadata) ? c.metadata : {};
      applyNamespace(res, str(md.namespace), specs, {
        unsetOnly: c.unsetOnly === true,
        setRoleBindingSubjects: (str(c.setRoleBindingSubjects) || 'defaultOnly') as RoleBindingSubjectMode,
      });
      return;
    }
    case 'PrefixSuffixTransformer':
      applyPrefixSuffix(res, str(c.prefix), str(c.suffix), specs);
      return;
    case 'LabelTransformer':
      applyLabelFieldSpecs(res, parseStringMap(c.labels ?? {}, file, 'labels', 'labels'), specs);
      return;
    case 'AnnotationsTransformer':
      applyAnnotations(res, parseStringMap(c.annotations ?? {}, file, 'annotations', 'annotations'), specs);
      return;
    case 'ImageTagTransformer':
      applyImages(res, [parseImageSpec(c.imageTag ?? {}, file)], specs);
      return;
    case 'ReplicaCountTransformer':
      applyReplicas(res, [parseReplicaSpec(c.replica ?? {}, file)], specs);
      return;
    default:
      throw new Error(`test helper does not run ${String(c.kind)}`);
  }
}
