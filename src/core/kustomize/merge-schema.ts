/**
 * Which lists a strategic merge patch merges, and by which keys.
 *
 * kustomize (kyaml) asks an OpenAPI document, and only lists whose schema says
 * `x-kubernetes-patch-strategy: merge` are merged element by element; every other list is replaced.
 * Kustomize v5.5 embeds the Kubernetes v1.21.2 OpenAPI document, so the built-in facts below are those of
 * Kubernetes 1.21: kinds or fields added later (autoscaling/v2, PodSpec.schedulingGates, ...) have no merge
 * keys in kustomize, and their lists are replaced. A kustomization's `openapi: {path: ...}` document
 * replaces the built-in facts entirely (kustomize then does not load its built-in document at all).
 */
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { KustomizeError } from './errors.ts';

export interface ListMergeInfo {
  /** `merge` merges elements by key; anything else (`replace`, `retainKeys` alone) replaces the list. */
  strategy: 'merge' | 'replace' | 'retainKeys';
  /** `x-kubernetes-patch-merge-key`, absent for lists of scalars that merge as sets (`finalizers`). */
  mergeKey?: string;
  /** The keys kyaml matches elements by: `x-kubernetes-list-map-keys` when given, else the merge key. */
  keys: string[];
}

/** One schema node, in the shape kyaml reads: properties, additionalProperties, items, $ref, patch extensions. */
interface SchemaDef {
  properties?: Record<string, SchemaDef>;
  additionalProperties?: SchemaDef;
  items?: SchemaDef;
  isArray?: boolean;
  ref?: string;
  patchStrategy?: string;
  patchMergeKey?: string;
  listMapKeys?: string[];
  /** Built-in table only: no merge facts anywhere below (fields and elements alike). */
  opaque?: boolean;
  /** Built-in table only: the type's other fields exist but carry no merge facts (they are opaque). */
  factsOnly?: boolean;
}

const OPAQUE: SchemaDef = { opaque: true };

/** A position in a schema, as the merge walks down a resource. */
export class SchemaNode {
  constructor(
    private readonly owner: MergeSchema,
    private readonly def: SchemaDef,
  ) {}

  field(name: string): SchemaNode | undefined {
    if (this.def.opaque) return new SchemaNode(this.owner, OPAQUE);
    const props = this.def.properties;
    const own = props && Object.prototype.hasOwnProperty.call(props, name) ? props[name] : undefined;
    const def = own ?? this.def.additionalProperties ?? (this.def.factsOnly ? OPAQUE : undefined);
    return def ? this.owner.resolveNode(def) : undefined;
  }

  /** The schema of a list's elements; kyaml only has one for nodes typed exactly `array`. */
  elements(): SchemaNode | undefined {
    if (this.def.opaque) return new SchemaNode(this.owner, OPAQUE);
    if (!this.def.isArray || !this.def.items) return undefined;
    return this.owner.resolveNode(this.def.items);
  }

  /** The patch strategy of this (list) field, when the schema declares one. */
  listInfo(): ListMergeInfo | undefined {
    const strategy = this.def.patchStrategy;
    if (strategy === undefined) return undefined;
    const strategies = strategy.split(',');
    const kind = strategies.includes('merge') ? 'merge' : strategies.includes('retainKeys') ? 'retainKeys' : 'replace';
    const keys = this.def.listMapKeys ?? (this.def.patchMergeKey !== undefined ? [this.def.patchMergeKey] : []);
    const info: ListMergeInfo = { strategy: kind, keys };
    if (this.def.patchMergeKey !== undefined) info.mergeKey = this.def.patchMergeKey;
    return info;
  }
}

export class MergeSchema {
  private static builtinSchema: MergeSchema | undefined;

  private constructor(
    private readonly definitions: ReadonlyMap<string, SchemaDef>,
    private readonly kinds: ReadonlyMap<string, string>,
  ) {}

  /** Kubernetes built-in kinds, as kustomize v5.5 knows them (Kubernetes 1.21.2). */
  static builtin(): MergeSchema {
    MergeSchema.builtinSchema ??= new MergeSchema(builtinDefinitions(), builtinKinds());
    return MergeSchema.builtinSchema;
  }

  /** No schema at all: every list is replaced. */
  static empty(): MergeSchema {
    return new MergeSchema(new Map(), new Map());
  }

  /**
   * This schema with an OpenAPI (swagger 2) document's definitions laid over it: same-named definitions
   * are replaced, kinds named by `x-kubernetes-group-version-kind` are added. To match a kustomization's
   * `openapi: {path: ...}`, lay the document over `MergeSchema.empty()`: kustomize uses it instead of its
   * built-in document.
   */
  withOpenApi(doc: JsonObject, file?: string): MergeSchema {
    const defs = doc['definitions'];
    if (defs === undefined) return this;
    if (!isJsonObject(defs)) {
      throw new KustomizeError(`openapi document: 'definitions' must be a map, got ${JSON.stringify(defs)}`, file, 'openapi');
    }
    const definitions = new Map(this.definitions);
    const kinds = new Map(this.kinds);
    for (const [name, raw] of Object.entries(defs)) {
      if (!isJsonObject(raw)) continue;
      definitions.set(name, readSchemaDef(raw));
      for (const gvk of gvkList(raw['x-kubernetes-group-version-kind'])) kinds.set(gvk, name);
    }
    return new MergeSchema(definitions, kinds);
  }

  /** The schema of a whole resource of this apiVersion and kind, if known. */
  forKind(apiVersion: string, kind: string): SchemaNode | undefined {
    const name = this.kinds.get(`${apiVersion}|${kind}`);
    const def = name === undefined ? undefined : this.definitions.get(name);
    return def ? new SchemaNode(this, def) : undefined;
  }

  /** How the list at `path` (field names; `[]` steps into list elements) of this kind merges. */
  listInfo(apiVersion: string, kind: string, path: readonly string[]): ListMergeInfo | undefined {
    let node = this.forKind(apiVersion, kind);
    for (const step of path) node = step === '[]' ? node?.elements() : node?.field(step);
    return node?.listInfo();
  }

  /** Follows `$ref`s the way kyaml does: a reference it cannot resolve means no schema. */
  resolveNode(def: SchemaDef): SchemaNode | undefined {
    let current: SchemaDef | undefined = def;
    for (let hops = 0; current?.ref !== undefined; hops++) {
      if (hops > 64) return undefined;
      current = this.definitions.get(current.ref.replace(/^#\/definitions\//, ''));
    }
    return current ? new SchemaNode(this, current) : undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reading a swagger document

function readSchemaDef(raw: JsonObject): SchemaDef {
  const def: SchemaDef = {};
  const ref = raw['$ref'];
  if (typeof ref === 'string') def.ref = ref;
  const type = raw['type'];
  if (type === 'array' || (Array.isArray(type) && type.length === 1 && type[0] === 'array')) def.isArray = true;
  const props = raw['properties'];
  if (isJsonObject(props)) {
    def.properties = Object.create(null) as Record<string, SchemaDef>;
    for (const [k, v] of Object.entries(props)) if (isJsonObject(v)) def.properties[k] = readSchemaDef(v);
  }
  const additional = raw['additionalProperties'];
  if (isJsonObject(additional)) def.additionalProperties = readSchemaDef(additional);
  const items = raw['items'];
  if (isJsonObject(items)) def.items = readSchemaDef(items);
  const strategy = raw['x-kubernetes-patch-strategy'];
  if (typeof strategy === 'string') def.patchStrategy = strategy;
  const key = raw['x-kubernetes-patch-merge-key'];
  if (typeof key === 'string') def.patchMergeKey = key;
  const mapKeys = raw['x-kubernetes-list-map-keys'];
  if (Array.isArray(mapKeys) && mapKeys.every((k) => typeof k === 'string')) def.listMapKeys = mapKeys as string[];
  return def;
}

function gvkList(value: JsonValue | undefined): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const entry of value) {
    if (!isJsonObject(entry)) continue;
    const { group, version, kind } = entry;
    if (typeof version !== 'string' || typeof kind !== 'string') continue;
    const apiVersion = typeof group === 'string' && group !== '' ? `${group}/${version}` : version;
    out.push(`${apiVersion}|${kind}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Built-in facts: Kubernetes 1.21.2, the OpenAPI version kustomize v5.5 embeds.
//
// Each type lists only the fields that are merge lists or lead to one; other fields of a known type carry no
// merge facts. A field spec reads `[strategy(keys)] [[]]Type`:
//   'merge(name) []Container'  a list merged by `name` whose elements are Containers
//   'merge'                    a list of scalars merged as a set
//   'PodSpec'                  a nested object

const BUILTIN_TYPES: Record<string, Record<string, string>> = {
  ObjectMeta: { finalizers: 'merge', ownerReferences: 'merge(uid)' },
  Object: { metadata: 'ObjectMeta' },
  Container: {
    env: 'merge(name)',
    ports: 'merge(containerPort,protocol)',
    volumeDevices: 'merge(devicePath)',
    volumeMounts: 'merge(mountPath)',
  },
  // Kubernetes 1.21 gives ephemeral containers' ports no merge key.
  EphemeralContainer: { env: 'merge(name)', volumeDevices: 'merge(devicePath)', volumeMounts: 'merge(mountPath)' },
  PodSpec: {
    containers: 'merge(name) []Container',
    initContainers: 'merge(name) []Container',
    ephemeralContainers: 'merge(name) []EphemeralContainer',
    volumes: 'merge,retainKeys(name) []Volume',
    imagePullSecrets: 'merge(name)',
    hostAliases: 'merge(ip)',
    topologySpreadConstraints: 'merge(topologyKey,whenUnsatisfiable)',
  },
  Volume: { ephemeral: 'EphemeralVolumeSource' },
  EphemeralVolumeSource: { volumeClaimTemplate: 'Object' },
  PodTemplateSpec: { metadata: 'ObjectMeta', spec: 'PodSpec' },
  WithPodTemplate: { template: 'PodTemplateSpec' },
  Conditions: { conditions: 'merge(type)' },
  Workload: { metadata: 'ObjectMeta', spec: 'WithPodTemplate', status: 'Conditions' },
  Pod: { metadata: 'ObjectMeta', spec: 'PodSpec', status: 'PodStatus' },
  PodStatus: { conditions: 'merge(type)', podIPs: 'merge(ip)' },
  PodTemplate: { metadata: 'ObjectMeta', template: 'PodTemplateSpec' },
  CronJob: { metadata: 'ObjectMeta', spec: 'CronJobSpec' },
  CronJobSpec: { jobTemplate: 'JobTemplateSpec' },
  JobTemplateSpec: { metadata: 'ObjectMeta', spec: 'WithPodTemplate' },
  WithStatusConditions: { metadata: 'ObjectMeta', status: 'Conditions' },
  ComponentStatus: { metadata: 'ObjectMeta', conditions: 'merge(type)' },
  Node: { metadata: 'ObjectMeta', spec: 'NodeSpec', status: 'NodeStatus' },
  NodeSpec: { podCIDRs: 'merge' },
  NodeStatus: { addresses: 'merge(type)', conditions: 'merge(type)' },
  Service: { metadata: 'ObjectMeta', spec: 'ServiceSpec', status: 'Conditions' },
  ServiceSpec: { ports: 'merge(port,protocol)' },
  ServiceAccount: { metadata: 'ObjectMeta', secrets: 'merge(name)' },
  WebhookConfiguration: { metadata: 'ObjectMeta', webhooks: 'merge(name)' },
  CSINode: { metadata: 'ObjectMeta', spec: 'CSINodeSpec' },
  CSINodeSpec: { drivers: 'merge(name)' },
};

/** apiVersion → kind:Type (Type defaults to Object: a kind whose only merge lists are in its metadata). */
const BUILTIN_KINDS: Record<string, string> = {
  v1:
    'Binding ComponentStatus:ComponentStatus ComponentStatusList ConfigMap ConfigMapList Endpoints EndpointsList ' +
    'Event EventList LimitRange LimitRangeList Namespace:WithStatusConditions NamespaceList Node:Node NodeList ' +
    'PersistentVolume PersistentVolumeClaim:WithStatusConditions PersistentVolumeClaimList PersistentVolumeList ' +
    'Pod:Pod PodList PodTemplate:PodTemplate PodTemplateList ReplicationController:Workload ' +
    'ReplicationControllerList ResourceQuota ResourceQuotaList Secret SecretList Service:Service ' +
    'ServiceAccount:ServiceAccount ServiceAccountList ServiceList',
  'apps/v1':
    'ControllerRevision ControllerRevisionList DaemonSet:Workload DaemonSetList Deployment:Workload DeploymentList ' +
    'ReplicaSet:Workload ReplicaSetList StatefulSet:Workload StatefulSetList',
  'batch/v1': 'CronJob:CronJob CronJobList Job:Workload JobList',
  'batch/v1beta1': 'CronJob:CronJob CronJobList',
  'admissionregistration.k8s.io/v1':
    'MutatingWebhookConfiguration:WebhookConfiguration MutatingWebhookConfigurationList ' +
    'ValidatingWebhookConfiguration:WebhookConfiguration ValidatingWebhookConfigurationList',
  'admissionregistration.k8s.io/v1beta1':
    'MutatingWebhookConfiguration:WebhookConfiguration MutatingWebhookConfigurationList ' +
    'ValidatingWebhookConfiguration:WebhookConfiguration ValidatingWebhookConfigurationList',
  'apiextensions.k8s.io/v1': 'CustomResourceDefinition CustomResourceDefinitionList',
  'apiextensions.k8s.io/v1beta1': 'CustomResourceDefinition CustomResourceDefinitionList',
  'apiregistration.k8s.io/v1': 'APIService:WithStatusConditions APIServiceList',
  'apiregistration.k8s.io/v1beta1': 'APIService:WithStatusConditions APIServiceList',
  'authentication.k8s.io/v1': 'TokenRequest TokenReview',
  'authentication.k8s.io/v1beta1': 'TokenReview',
  'authorization.k8s.io/v1': 'LocalSubjectAccessReview SelfSubjectAccessReview SelfSubjectRulesReview SubjectAccessReview',
  'authorization.k8s.io/v1beta1':
    'LocalSubjectAccessReview SelfSubjectAccessReview SelfSubjectRulesReview SubjectAccessReview',
  'autoscaling/v1': 'HorizontalPodAutoscaler HorizontalPodAutoscalerList Scale',
  'autoscaling/v2beta1': 'HorizontalPodAutoscaler HorizontalPodAutoscalerList',
  'autoscaling/v2beta2': 'HorizontalPodAutoscaler HorizontalPodAutoscalerList',
  'certificates.k8s.io/v1': 'CertificateSigningRequest CertificateSigningRequestList',
  'certificates.k8s.io/v1beta1': 'CertificateSigningRequest CertificateSigningRequestList',
  'coordination.k8s.io/v1': 'Lease LeaseList',
  'coordination.k8s.io/v1beta1': 'Lease LeaseList',
  'discovery.k8s.io/v1': 'EndpointSlice EndpointSliceList',
  'discovery.k8s.io/v1beta1': 'EndpointSlice EndpointSliceList',
  'events.k8s.io/v1': 'Event EventList',
  'events.k8s.io/v1beta1': 'Event EventList',
  'extensions/v1beta1': 'Ingress IngressList',
  'flowcontrol.apiserver.k8s.io/v1beta1':
    'FlowSchema FlowSchemaList PriorityLevelConfiguration PriorityLevelConfigurationList',
  'networking.k8s.io/v1': 'Ingress IngressClass IngressClassList IngressList NetworkPolicy NetworkPolicyList',
  'networking.k8s.io/v1beta1': 'Ingress IngressClass IngressClassList IngressList',
  'node.k8s.io/v1': 'RuntimeClass RuntimeClassList',
  'node.k8s.io/v1beta1': 'RuntimeClass RuntimeClassList',
  'policy/v1': 'PodDisruptionBudget:WithStatusConditions PodDisruptionBudgetList',
  'policy/v1beta1':
    'Eviction PodDisruptionBudget:WithStatusConditions PodDisruptionBudgetList PodSecurityPolicy PodSecurityPolicyList',
  'rbac.authorization.k8s.io/v1':
    'ClusterRole ClusterRoleBinding ClusterRoleBindingList ClusterRoleList Role RoleBinding RoleBindingList RoleList',
  'rbac.authorization.k8s.io/v1beta1':
    'ClusterRole ClusterRoleBinding ClusterRoleBindingList ClusterRoleList Role RoleBinding RoleBindingList RoleList',
  'scheduling.k8s.io/v1': 'PriorityClass PriorityClassList',
  'scheduling.k8s.io/v1beta1': 'PriorityClass PriorityClassList',
  'storage.k8s.io/v1':
    'CSIDriver CSIDriverList CSINode:CSINode CSINodeList StorageClass StorageClassList VolumeAttachment VolumeAttachmentList',
  'storage.k8s.io/v1beta1':
    'CSIDriver CSIDriverList CSINode:CSINode CSINodeList CSIStorageCapacity CSIStorageCapacityList StorageClass ' +
    'StorageClassList VolumeAttachment VolumeAttachmentList',
};

function builtinDefinitions(): Map<string, SchemaDef> {
  const defs = new Map<string, SchemaDef>();
  for (const [typeName, fields] of Object.entries(BUILTIN_TYPES)) {
    const properties = Object.create(null) as Record<string, SchemaDef>;
    for (const [field, spec] of Object.entries(fields)) properties[field] = parseFieldSpec(spec);
    // Unlisted fields are real fields with no merge facts: they must not look unknown, or the walk would
    // guess a schema from an apiVersion/kind found inside them, as kyaml does only for unknown fields.
    defs.set(typeName, { properties, factsOnly: true });
  }
  return defs;
}

function parseFieldSpec(spec: string): SchemaDef {
  const match = /^(?:([a-z][a-zA-Z,]*)(?:\(([^)]*)\))?)?\s*(?:\[\])?([A-Z]\w*)?$/.exec(spec);
  if (!match) throw new Error(`bad built-in merge fact: ${spec}`);
  const [, strategy, keys, type] = match;
  if (strategy === undefined) return { ref: type ?? 'Object' };
  const def: SchemaDef = { isArray: true, patchStrategy: strategy, items: type ? { ref: type } : OPAQUE };
  const keyList = keys ? keys.split(',') : [];
  if (keyList.length > 0) def.patchMergeKey = keyList[0]!;
  if (keyList.length > 1) def.listMapKeys = keyList;
  return def;
}

function builtinKinds(): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const [apiVersion, list] of Object.entries(BUILTIN_KINDS)) {
    for (const entry of list.split(' ')) {
      const [kind, type] = entry.split(':');
      kinds.set(`${apiVersion}|${kind}`, type ?? 'Object');
    }
  }
  return kinds;
}
