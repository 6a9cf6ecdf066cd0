import { KustomizeError, UnsupportedFeatureError } from './errors.ts';
import type { Resource } from './resource.ts';

/** Kustomize's builtin plugin kinds, usable under `transformers:` / `generators:` with `apiVersion: builtin`. */
export const BUILTIN_PLUGIN_KINDS = new Set([
  'AnnotationsTransformer',
  'ConfigMapGenerator',
  'HashTransformer',
  'HelmChartInflationGenerator',
  'IAMPolicyGenerator',
  'ImageTagTransformer',
  'LabelTransformer',
  'NamespaceTransformer',
  'PatchJson6902Transformer',
  'PatchStrategicMergeTransformer',
  'PatchTransformer',
  'PrefixSuffixTransformer',
  'PrefixTransformer',
  'ReplacementTransformer',
  'ReplicaCountTransformer',
  'SecretGenerator',
  'SuffixTransformer',
  'ValueAddTransformer',
]);

/** The error for a plugin config the builtin engine will not run. */
export function unsupportedPlugin(config: Resource, file: string, field: string): KustomizeError {
  if (config.apiVersion === 'builtin') {
    return new KustomizeError(
      `unable to load builtin plugin ${config.kind} '${config.name}' (not a builtin kustomize knows in ${field})`,
      file,
      field,
    );
  }
  return new UnsupportedFeatureError(
    `the external plugin ${config.apiVersion} ${config.kind} '${config.name}' (exec, container and Go plugins run code)`,
    file,
    field,
  );
}
