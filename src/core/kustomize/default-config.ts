import { isJsonObject, type JsonValue } from '../model/json.ts';
import { KustomizeError } from './errors.ts';
import {
  compareGvk,
  describe,
  FieldPathError,
  mergeFieldSpecs,
  parseFieldSpecList,
  type FieldSpec,
} from './field-spec.ts';
import { defaultNameReferences, mergeNameReferences } from './name-reference-config.ts';
import type { NameBackReference, TransformerConfig } from './transformer-config.ts';

// ---- kustomize's builtin field specs (api/internal/konfig/builtinpluginconsts), as tables ----

interface Gvk {
  group?: string;
  version?: string;
  kind?: string;
}

function spec(path: string, gvk: Gvk, create: boolean): FieldSpec {
  return { ...gvk, path, create };
}

const APPS = 'apps';
const BATCH = 'batch';

/**
 * Where each pod-owning kind keeps pod-template metadata (labels/annotations go under these + `/labels` or
 * `/annotations`). Labels and annotations select StatefulSet differently (labels with group apps,
 * annotations with any group), as kustomize's tables do.
 */
function podTemplateMetadata(statefulSetGroup: string | undefined): [string, Gvk][] {
  return [
    ['spec/template/metadata', { version: 'v1', kind: 'ReplicationController' }],
    ['spec/template/metadata', { kind: 'Deployment' }],
    ['spec/template/metadata', { kind: 'ReplicaSet' }],
    ['spec/template/metadata', { kind: 'DaemonSet' }],
    ['spec/template/metadata', statefulSetGroup ? { group: statefulSetGroup, kind: 'StatefulSet' } : { kind: 'StatefulSet' }],
    ['spec/template/metadata', { group: BATCH, kind: 'Job' }],
    ['spec/jobTemplate/metadata', { group: BATCH, kind: 'CronJob' }],
    ['spec/jobTemplate/spec/template/metadata', { group: BATCH, kind: 'CronJob' }],
  ];
}

/** metadata/labels plus pod-template labels (kustomize's metadataLabelsFieldSpecs). */
function metadataLabels(): FieldSpec[] {
  const out = [spec('metadata/labels', {}, true)];
  for (const [base, gvk] of podTemplateMetadata(APPS)) {
    out.push(spec(`${base}/labels`, gvk, true));
    // PVC templates come right after the StatefulSet's pod template, as in kustomize's table.
    if (gvk.kind === 'StatefulSet') out.push(spec('spec/volumeClaimTemplates[]/metadata/labels', gvk, true));
  }
  return out;
}

/** Pod affinity and topology label selectors of apps workloads: updated only where they already exist. */
const AFFINITY_SELECTORS = [
  'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels',
  'spec/template/spec/affinity/podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution/labelSelector/matchLabels',
  'spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels',
];

/** commonLabels: selectors (created for Service, RC and apps workloads; only updated elsewhere), then metadata. */
function commonLabels(): FieldSpec[] {
  const affinity = (kind: string) => AFFINITY_SELECTORS.map((p) => spec(p, { group: APPS, kind }, false));
  return [
    spec('spec/selector', { version: 'v1', kind: 'Service' }, true),
    spec('spec/selector', { version: 'v1', kind: 'ReplicationController' }, true),
    spec('spec/selector/matchLabels', { kind: 'Deployment' }, true),
    ...affinity('Deployment'),
    spec('spec/selector/matchLabels', { kind: 'ReplicaSet' }, true),
    spec('spec/selector/matchLabels', { kind: 'DaemonSet' }, true),
    spec('spec/selector/matchLabels', { group: APPS, kind: 'StatefulSet' }, true),
    ...affinity('StatefulSet'),
    spec('spec/selector/matchLabels', { group: BATCH, kind: 'Job' }, false),
    spec('spec/jobTemplate/spec/selector/matchLabels', { group: BATCH, kind: 'CronJob' }, false),
    spec('spec/selector/matchLabels', { group: 'policy', kind: 'PodDisruptionBudget' }, false),
    spec('spec/podSelector/matchLabels', { group: 'networking.k8s.io', kind: 'NetworkPolicy' }, false),
    spec('spec/ingress/from/podSelector/matchLabels', { group: 'networking.k8s.io', kind: 'NetworkPolicy' }, false),
    spec('spec/egress/to/podSelector/matchLabels', { group: 'networking.k8s.io', kind: 'NetworkPolicy' }, false),
    ...metadataLabels(),
  ];
}

function commonAnnotations(): FieldSpec[] {
  return [
    spec('metadata/annotations', {}, true),
    ...podTemplateMetadata(undefined).map(([base, gvk]) => spec(`${base}/annotations`, gvk, true)),
  ];
}

function namespaceSpecs(): FieldSpec[] {
  return [
    // A Namespace object is renamed to the target namespace (only for apiVersion v1, see namespace.ts).
    spec('metadata/name', { kind: 'Namespace' }, true),
    spec('spec/service/namespace', { group: 'apiregistration.k8s.io', kind: 'APIService' }, true),
    spec('spec/conversion/webhook/clientConfig/service/namespace', { group: 'apiextensions.k8s.io', kind: 'CustomResourceDefinition' }, false),
  ];
}

/** Container images, wherever pods or pod templates keep them. Never created (images.ts ignores create). */
function imageSpecs(): FieldSpec[] {
  return ['spec/containers[]/image', 'spec/initContainers[]/image', 'spec/template/spec/containers[]/image', 'spec/template/spec/initContainers[]/image'].map(
    (p) => spec(p, {}, true),
  );
}

function replicaSpecs(): FieldSpec[] {
  return ['Deployment', 'ReplicationController', 'ReplicaSet', 'StatefulSet'].map((kind) => spec('spec/replicas', { kind }, true));
}

/** Container fields where `$(VAR)` is expanded, per pod-owning kind, plus a few kind-specific fields. */
function varReference(): FieldSpec[] {
  const containerFields = ['args', 'command', 'env/value', 'volumeMounts/mountPath'];
  const podSpec = (kind: string, base: string, volumes: string): FieldSpec[] => [
    ...['containers', 'initContainers'].flatMap((c) => containerFields.map((f) => spec(`${base}/${c}/${f}`, { kind }, false))),
    spec(volumes, { kind }, false),
  ];
  return [
    // CronJob's volumes path lacks `/spec`; kustomize's table has it that way.
    ...podSpec('CronJob', 'spec/jobTemplate/spec/template/spec', 'spec/jobTemplate/spec/template/volumes/nfs/server'),
    ...podSpec('DaemonSet', 'spec/template/spec', 'spec/template/spec/volumes/nfs/server'),
    ...podSpec('Deployment', 'spec/template/spec', 'spec/template/spec/volumes/nfs/server'),
    spec('spec/template/metadata/annotations', { kind: 'Deployment' }, false),
    spec('spec/rules/host', { kind: 'Ingress' }, false),
    spec('spec/tls/hosts', { kind: 'Ingress' }, false),
    spec('spec/tls/secretName', { kind: 'Ingress' }, false),
    ...podSpec('Job', 'spec/template/spec', 'spec/template/spec/volumes/nfs/server'),
    ...podSpec('Pod', 'spec', 'spec/volumes/nfs/server'),
    ...podSpec('ReplicaSet', 'spec/template/spec', 'spec/template/spec/volumes/nfs/server'),
    spec('spec/ports/port', { kind: 'Service' }, false),
    spec('spec/ports/targetPort', { kind: 'Service' }, false),
    ...podSpec('StatefulSet', 'spec/template/spec', 'spec/volumeClaimTemplates/spec/nfs/server'),
    spec('spec/nfs/server', { kind: 'PersistentVolume' }, false),
    spec('metadata/labels', {}, false),
    spec('metadata/annotations', {}, false),
  ];
}

function sortSpecs(specs: FieldSpec[]): FieldSpec[] {
  return [...specs].sort(compareGvk);
}

/** A config with every list empty: kustomize's starting point before it merges the defaults in. */
export function emptyTransformerConfig(): TransformerConfig {
  return {
    namePrefix: [],
    nameSuffix: [],
    namespace: [],
    commonLabels: [],
    labels: [],
    templateLabels: [],
    commonAnnotations: [],
    images: [],
    replicas: [],
    nameReference: [],
    varReference: [],
  };
}

/**
 * Kustomize's builtin field specs. Kustomize always merges them into an empty config before use, and a
 * merge sorts every list by kind order (Gvk.IsLessThan), so they are returned sorted: the order in which
 * kustomize applies them (it shows in which error a malformed resource gets). A fresh copy on every call.
 */
export function defaultTransformerConfig(): TransformerConfig {
  return {
    namePrefix: [spec('metadata/name', {}, false)],
    nameSuffix: [spec('metadata/name', {}, false)],
    namespace: sortSpecs(namespaceSpecs()),
    commonLabels: sortSpecs(commonLabels()),
    labels: [],
    templateLabels: sortSpecs(metadataLabels()),
    commonAnnotations: sortSpecs(commonAnnotations()),
    images: sortSpecs(imageSpecs()),
    replicas: sortSpecs(replicaSpecs()),
    nameReference: defaultNameReferences(),
    varReference: sortSpecs(varReference()),
  };
}

let sharedDefaults: TransformerConfig | undefined;

/**
 * The builtin config, built once and frozen: what every build and base starts from. Builds never modify a
 * config (merging makes a new one), so one shared copy serves them all, and merges of frozen configs are
 * remembered (see mergeTransformerConfig) instead of being sorted again for every base of every overlay.
 */
export function sharedDefaultTransformerConfig(): TransformerConfig {
  return (sharedDefaults ??= freezeConfig(defaultTransformerConfig()));
}

function freezeConfig(c: TransformerConfig): TransformerConfig {
  for (const list of Object.values(c) as (FieldSpec[] | NameBackReference[])[]) {
    for (const item of list) {
      if ('fieldSpecs' in item) {
        for (const s of item.fieldSpecs) Object.freeze(s);
        Object.freeze(item.fieldSpecs);
      }
      Object.freeze(item);
    }
    Object.freeze(list);
  }
  return Object.freeze(c);
}

/** Merges of two frozen configs, by identity: the same base and overlay configs meet in every build. */
const mergedFrozen = new WeakMap<object, WeakMap<object, TransformerConfig>>();

/**
 * The config one kustomization contributes, as kustomize's MakeTransformerConfig builds it: its
 * `configurations:` documents merged in order into an empty config, then that merged into the defaults.
 * Kustomize then merges this into its accumulator's config (empty, plus what bases contributed).
 */
export function makeTransformerConfig(configurations: Partial<TransformerConfig>[]): TransformerConfig {
  const defaults = defaultTransformerConfig();
  if (configurations.length === 0) return defaults;
  let files: TransformerConfig = emptyTransformerConfig();
  for (const c of configurations) files = mergeTransformerConfig(files, c);
  return mergeTransformerConfig(defaults, files);
}

type FieldSpecKey = Exclude<keyof TransformerConfig, 'nameReference'>;

/** The config file keys, lower-cased (Go's encoding/json matches keys case-insensitively), to our names. */
const SPEC_KEYS: Record<string, FieldSpecKey> = {
  nameprefix: 'namePrefix',
  namesuffix: 'nameSuffix',
  namespace: 'namespace',
  commonlabels: 'commonLabels',
  labels: 'labels',
  templatelabels: 'templateLabels',
  commonannotations: 'commonAnnotations',
  images: 'images',
  replicas: 'replicas',
  varreference: 'varReference',
};

/**
 * Parses one document of a `configurations:` file. Strict, like kustomize's UnmarshalStrict: unknown keys
 * and wrongly typed values are errors naming the file. Lists come back sorted, as kustomize sorts them.
 */
export function parseTransformerConfig(doc: JsonValue, file: string): Partial<TransformerConfig> {
  if (doc === null) return {};
  if (!isJsonObject(doc)) throw new KustomizeError(`transformer configuration must be a map, got ${describe(doc)}`, file, 'configurations');
  const out: Partial<TransformerConfig> = {};
  for (const [rawKey, value] of Object.entries(doc)) {
    const key = rawKey.toLowerCase();
    if (key === 'namereference') {
      out.nameReference = parseNameReferences(value, file);
      continue;
    }
    const name = SPEC_KEYS[key];
    if (!name) {
      throw new KustomizeError(
        `unknown field "${rawKey}" in transformer configuration (expected one of namePrefix, nameSuffix, namespace, ` +
          `commonLabels, labels, templateLabels, commonAnnotations, images, replicas, nameReference, varReference)`,
        file,
        'configurations',
      );
    }
    out[name] = sortSpecs(guard(file, () => parseFieldSpecList(value, file, rawKey)));
  }
  return out;
}

function parseNameReferences(value: JsonValue, file: string): NameBackReference[] {
  if (value === null) return [];
  if (!Array.isArray(value)) {
    throw new KustomizeError(`nameReference: expected a list, got ${describe(value)}`, file, 'configurations');
  }
  const refs = value.map((entry, i): NameBackReference => {
    const where = `nameReference[${i}]`;
    if (!isJsonObject(entry)) throw new KustomizeError(`${where}: expected a map, got ${describe(entry)}`, file, 'configurations');
    const ref: NameBackReference = { kind: '', fieldSpecs: [] };
    for (const [rawKey, v] of Object.entries(entry)) {
      const key = rawKey.toLowerCase();
      if (v === null) continue;
      if (key === 'fieldspecs') {
        ref.fieldSpecs = guard(file, () => parseFieldSpecList(v, file, `${where}.fieldSpecs`));
      } else if (key === 'group' || key === 'version' || key === 'kind') {
        if (typeof v !== 'string') throw new KustomizeError(`${where}.${key}: expected a string, got ${describe(v)}`, file, 'configurations');
        if (key === 'kind') ref.kind = v;
        else if (v !== '') ref[key] = v;
      } else {
        throw new KustomizeError(`${where}: unknown field "${rawKey}" (expected group, version, kind, fieldSpecs)`, file, 'configurations');
      }
    }
    return ref;
  });
  // Kustomize sorts the entries (not their field specs) by kind order.
  return [...refs].sort(compareGvk);
}

function guard<T>(file: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof KustomizeError && e.file === file && e.field === undefined) {
      throw new KustomizeError(e.message, file, 'configurations');
    }
    throw e;
  }
}

const MERGE_NAMES: Record<FieldSpecKey, string> = {
  namePrefix: 'NamePrefix',
  nameSuffix: 'NameSuffix',
  namespace: 'NameSpace',
  commonLabels: 'CommonLabels',
  labels: 'Labels',
  templateLabels: 'TemplateLabels',
  commonAnnotations: 'CommonAnnotations',
  images: 'Images',
  replicas: 'Replicas',
  varReference: 'VarReference',
};

/**
 * Kustomize's TransformerConfig.Merge: `b`'s specs are added to `a`'s unless already covered (see
 * mergeFieldSpec), a covered spec that disagrees on `create` is an error, and every list is sorted by kind
 * order. Neither input is modified.
 *
 * The result is also merged once more into an empty config, as kustomize's accumulator (which starts empty)
 * always ends up doing: after the sort, a wildcard spec that follows a specific spec for the same path is
 * dropped. So `configurations: [{namePrefix: [{path: metadata/name, kind: Widget}]}]` prefixes Widgets only,
 * as in kustomize, whether callers start from the defaults or from an empty config. A second pass changes
 * nothing, so merging in any number of steps is safe.
 */
export function mergeTransformerConfig(
  a: TransformerConfig,
  b: Partial<TransformerConfig>,
): TransformerConfig {
  if (!Object.isFrozen(a) || !Object.isFrozen(b)) return mergeConfigs(a, b);
  let byB = mergedFrozen.get(a);
  if (!byB) mergedFrozen.set(a, (byB = new WeakMap()));
  let merged = byB.get(b);
  if (!merged) byB.set(b, (merged = freezeConfig(mergeConfigs(a, b))));
  return merged;
}

function mergeConfigs(a: TransformerConfig, b: Partial<TransformerConfig>): TransformerConfig {
  const merged = emptyTransformerConfig();
  for (const key of Object.keys(MERGE_NAMES) as FieldSpecKey[]) {
    const base = key === 'labels' ? a.labels : a[key];
    try {
      const once = sortSpecs(mergeFieldSpecs(base, b[key] ?? []));
      merged[key] = sortSpecs(mergeFieldSpecs([], once));
    } catch (e) {
      if (e instanceof FieldPathError) throw new KustomizeError(`failed to merge ${MERGE_NAMES[key]} fieldSpec: ${e.message}`);
      throw e;
    }
  }
  merged.nameReference = mergeNameReferences(a.nameReference, b.nameReference ?? []);
  return merged;
}
