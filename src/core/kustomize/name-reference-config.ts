import type { FieldSpec } from './field-spec.ts';
import { defaultKindRank } from './sort.ts';
import type { NameBackReference } from './transformer-config.ts';

/**
 * Facts behind name references: kustomize v5.5.0's builtin nameReference table, the kinds its builtin
 * OpenAPI data knows to be cluster-scoped, and kustomize's merge/sort rules for nameReference entries.
 */

/** Where a pod spec sits in each kind that holds one, and the version kustomize's table pins for it. */
interface PodSpecHolder {
  kind: string;
  spec: string;
  version?: string;
}

const POD: PodSpecHolder = { kind: 'Pod', spec: 'spec', version: 'v1' };
const POD_TEMPLATE: PodSpecHolder = { kind: 'PodTemplate', spec: 'template/spec' };
const CRON_JOB: PodSpecHolder = { kind: 'CronJob', spec: 'spec/jobTemplate/spec/template/spec' };
const templated = (kind: string): PodSpecHolder => ({ kind, spec: 'spec/template/spec' });

/** Kinds whose pod specs may name ConfigMaps and Secrets (ReplicationController is absent in kustomize's table). */
const CONFIG_HOLDERS: PodSpecHolder[] = [
  POD,
  POD_TEMPLATE,
  ...['Deployment', 'ReplicaSet', 'DaemonSet', 'StatefulSet', 'Job'].map(templated),
  CRON_JOB,
];

/**
 * Kinds whose pod specs may name ServiceAccounts, PVCs and PriorityClasses (no ReplicaSet or PodTemplate
 * here, and no version pinned for Pod: kustomize's table says so).
 */
const WORKLOADS: PodSpecHolder[] = [
  { kind: 'Pod', spec: 'spec' },
  ...['StatefulSet', 'Deployment', 'ReplicationController'].map(templated),
  CRON_JOB,
  ...['Job', 'DaemonSet'].map(templated),
];

function inPodSpecs(holders: PodSpecHolder[], paths: string[]): FieldSpec[] {
  return holders.flatMap((h) =>
    paths.map((p) => ({ ...(h.version ? { version: h.version } : {}), kind: h.kind, path: `${h.spec}/${p}` })),
  );
}

const CONFIG_MAP_IN_POD_SPEC = [
  'volumes/configMap/name',
  'containers/env/valueFrom/configMapKeyRef/name',
  'initContainers/env/valueFrom/configMapKeyRef/name',
  'containers/envFrom/configMapRef/name',
  'initContainers/envFrom/configMapRef/name',
  'volumes/projected/sources/configMap/name',
];

const SECRET_IN_POD_SPEC = [
  'volumes/secret/secretName',
  'containers/env/valueFrom/secretKeyRef/name',
  'initContainers/env/valueFrom/secretKeyRef/name',
  'containers/envFrom/secretRef/name',
  'initContainers/envFrom/secretRef/name',
  'imagePullSecrets/name',
  'volumes/projected/sources/secret/name',
];

const RBAC = 'rbac.authorization.k8s.io';
const ADMISSION = 'admissionregistration.k8s.io';

const fs = (kind: string, path: string, group?: string, version?: string): FieldSpec => ({
  ...(group ? { group } : {}),
  ...(version ? { version } : {}),
  kind,
  path,
});

const hpaTarget = (kind: string): NameBackReference => ({
  kind,
  fieldSpecs: [fs('HorizontalPodAutoscaler', 'spec/scaleTargetRef/name')],
});

function builtinTable(): NameBackReference[] {
  return [
    hpaTarget('Deployment'),
    hpaTarget('ReplicationController'),
    hpaTarget('ReplicaSet'),
    hpaTarget('StatefulSet'),
    {
      kind: 'ConfigMap',
      version: 'v1',
      fieldSpecs: [
        ...inPodSpecs(CONFIG_HOLDERS, CONFIG_MAP_IN_POD_SPEC),
        fs('Node', 'spec/configSource/configMap'),
        fs('Role', 'rules/resourceNames'),
        fs('ClusterRole', 'rules/resourceNames'),
        fs('Ingress', 'metadata/annotations/nginx.ingress.kubernetes.io\\/fastcgi-params-configmap'),
      ],
    },
    {
      kind: 'Secret',
      version: 'v1',
      fieldSpecs: [
        ...inPodSpecs(CONFIG_HOLDERS, SECRET_IN_POD_SPEC),
        fs('Ingress', 'spec/tls/secretName'),
        fs('Ingress', 'metadata/annotations/ingress.kubernetes.io\\/auth-secret'),
        fs('Ingress', 'metadata/annotations/nginx.ingress.kubernetes.io\\/auth-secret'),
        fs('Ingress', 'metadata/annotations/nginx.ingress.kubernetes.io\\/auth-tls-secret'),
        fs('ServiceAccount', 'imagePullSecrets/name'),
        fs('StorageClass', 'parameters/secretName'),
        fs('StorageClass', 'parameters/adminSecretName'),
        fs('StorageClass', 'parameters/userSecretName'),
        fs('StorageClass', 'parameters/secretRef'),
        fs('Role', 'rules/resourceNames'),
        fs('ClusterRole', 'rules/resourceNames'),
        fs('Service', 'spec/template/spec/containers/env/valueFrom/secretKeyRef/name', 'serving.knative.dev', 'v1'),
        fs('PersistentVolume', 'spec/azureFile/secretName'),
      ],
    },
    {
      kind: 'Service',
      version: 'v1',
      fieldSpecs: [
        fs('StatefulSet', 'spec/serviceName', 'apps'),
        fs('Ingress', 'spec/rules/http/paths/backend/serviceName'),
        fs('Ingress', 'spec/backend/serviceName'),
        fs('Ingress', 'spec/rules/http/paths/backend/service/name'),
        fs('Ingress', 'spec/defaultBackend/service/name'),
        fs('APIService', 'spec/service/name', 'apiregistration.k8s.io'),
        fs('ValidatingWebhookConfiguration', 'webhooks/clientConfig/service', ADMISSION),
        fs('MutatingWebhookConfiguration', 'webhooks/clientConfig/service', ADMISSION),
      ],
    },
    { kind: 'Role', group: RBAC, fieldSpecs: [fs('RoleBinding', 'roleRef/name', RBAC)] },
    {
      kind: 'ClusterRole',
      group: RBAC,
      fieldSpecs: [fs('RoleBinding', 'roleRef/name', RBAC), fs('ClusterRoleBinding', 'roleRef/name', RBAC)],
    },
    {
      kind: 'ServiceAccount',
      version: 'v1',
      fieldSpecs: [
        fs('RoleBinding', 'subjects', RBAC),
        fs('ClusterRoleBinding', 'subjects', RBAC),
        ...inPodSpecs(WORKLOADS, ['serviceAccountName']),
      ],
    },
    {
      kind: 'PersistentVolumeClaim',
      version: 'v1',
      fieldSpecs: inPodSpecs(WORKLOADS, ['volumes/persistentVolumeClaim/claimName']),
    },
    {
      kind: 'PersistentVolume',
      version: 'v1',
      fieldSpecs: [fs('PersistentVolumeClaim', 'spec/volumeName'), fs('ClusterRole', 'rules/resourceNames')],
    },
    {
      kind: 'StorageClass',
      version: 'v1',
      group: 'storage.k8s.io',
      fieldSpecs: [
        fs('PersistentVolume', 'spec/storageClassName'),
        fs('PersistentVolumeClaim', 'spec/storageClassName'),
        fs('StatefulSet', 'spec/volumeClaimTemplates/spec/storageClassName'),
      ],
    },
    {
      kind: 'PriorityClass',
      version: 'v1',
      group: 'scheduling.k8s.io',
      fieldSpecs: inPodSpecs(WORKLOADS, ['priorityClassName']),
    },
    {
      // Kustomize's table really says group `networking.k8s.io/v1`, which no resource's group ever equals,
      // so Ingress spec.ingressClassName is never updated; kept as is to match its output.
      kind: 'IngressClass',
      version: 'v1',
      group: 'networking.k8s.io/v1',
      fieldSpecs: [fs('Ingress', 'spec/ingressClassName')],
    },
    {
      kind: 'ValidatingAdmissionPolicy',
      group: ADMISSION,
      fieldSpecs: [fs('ValidatingAdmissionPolicyBinding', 'spec/policyName', ADMISSION)],
    },
  ];
}

/**
 * Kustomize's builtin nameReference table, in the order kustomize applies it (its config loader sorts
 * entries by kind order, see {@link sortNameReferences}). A fresh copy on every call: callers may merge into it.
 */
export function defaultNameReferences(): NameBackReference[] {
  return sortNameReferences(builtinTable());
}

// ---- ordering and merging, as kustomize's TransformerConfig.Merge does ----


interface Gvk {
  group?: string;
  version?: string;
  kind?: string;
}

function stableGvkString(g: Gvk): string {
  return `${g.group || '~G'}_${g.version || '~V'}_${g.kind || '~K'}`;
}

function compareGvk(a: Gvk, b: Gvk): number {
  const d = defaultKindRank(a.kind) - defaultKindRank(b.kind);
  if (d !== 0) return d;
  const sa = stableGvkString(a);
  const sb = stableGvkString(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

function sameGvk(a: Gvk, b: Gvk): boolean {
  return (a.group ?? '') === (b.group ?? '') && (a.version ?? '') === (b.version ?? '') && (a.kind ?? '') === (b.kind ?? '');
}

/** Whether `spec`'s gvk is selected by `selector` (empty selector fields match anything). */
function gvkSelects(selector: Gvk, g: Gvk): boolean {
  return (
    (!selector.group || selector.group === (g.group ?? '')) &&
    (!selector.version || selector.version === (g.version ?? '')) &&
    (!selector.kind || selector.kind === (g.kind ?? ''))
  );
}

/** Entries sorted by kind order, and each entry's field specs too (kustomize sorts both after every merge). */
export function sortNameReferences(refs: NameBackReference[]): NameBackReference[] {
  return refs
    .map((r) => ({ ...r, fieldSpecs: [...r.fieldSpecs].sort(compareGvk) }))
    .sort(compareGvk);
}

/**
 * Merges nameReference entries as kustomize does: an entry for the same group/version/kind absorbs the other's
 * field specs (a field spec already covered — same path, selected by an existing one's gvk — is dropped), new
 * entries are appended, and the result is sorted. Inputs are not modified.
 */
export function mergeNameReferences(base: NameBackReference[], incoming: NameBackReference[]): NameBackReference[] {
  const result = base.map((r) => ({ ...r, fieldSpecs: [...r.fieldSpecs] }));
  for (const inc of incoming) {
    const existing = result.find((r) => sameGvk(r, inc));
    if (!existing) {
      result.push({ ...inc, fieldSpecs: [...inc.fieldSpecs] });
      continue;
    }
    for (const spec of inc.fieldSpecs) {
      const covered = existing.fieldSpecs.some((e) => e.path === spec.path && gvkSelects(spec, e));
      if (!covered) existing.fieldSpecs.push(spec);
    }
  }
  return sortNameReferences(result);
}

// ---- cluster scope ----

/**
 * apiVersion/kind pairs that kustomize's builtin OpenAPI data (Kubernetes 1.21) declares cluster-scoped. Kustomize
 * treats everything else — other versions of these kinds and every custom resource — as namespaced. By kind,
 * then apiVersion: asked for every resource by several transformers, so no key string is built to ask.
 */
const CLUSTER_SCOPED = new Map<string, Set<string>>();
for (const [apiVersion, kind] of [
  ['admissionregistration.k8s.io/v1', 'MutatingWebhookConfiguration'],
  ['admissionregistration.k8s.io/v1', 'ValidatingWebhookConfiguration'],
  ['admissionregistration.k8s.io/v1beta1', 'MutatingWebhookConfiguration'],
  ['admissionregistration.k8s.io/v1beta1', 'ValidatingWebhookConfiguration'],
  ['apiextensions.k8s.io/v1', 'CustomResourceDefinition'],
  ['apiextensions.k8s.io/v1beta1', 'CustomResourceDefinition'],
  ['apiregistration.k8s.io/v1', 'APIService'],
  ['apiregistration.k8s.io/v1beta1', 'APIService'],
  ['certificates.k8s.io/v1', 'CertificateSigningRequest'],
  ['certificates.k8s.io/v1beta1', 'CertificateSigningRequest'],
  ['flowcontrol.apiserver.k8s.io/v1beta1', 'FlowSchema'],
  ['flowcontrol.apiserver.k8s.io/v1beta1', 'PriorityLevelConfiguration'],
  ['networking.k8s.io/v1', 'IngressClass'],
  ['networking.k8s.io/v1beta1', 'IngressClass'],
  ['node.k8s.io/v1', 'RuntimeClass'],
  ['node.k8s.io/v1beta1', 'RuntimeClass'],
  ['policy/v1beta1', 'PodSecurityPolicy'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRole'],
  ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding'],
  ['rbac.authorization.k8s.io/v1beta1', 'ClusterRole'],
  ['rbac.authorization.k8s.io/v1beta1', 'ClusterRoleBinding'],
  ['scheduling.k8s.io/v1', 'PriorityClass'],
  ['scheduling.k8s.io/v1beta1', 'PriorityClass'],
  ['storage.k8s.io/v1', 'CSIDriver'],
  ['storage.k8s.io/v1', 'CSINode'],
  ['storage.k8s.io/v1', 'StorageClass'],
  ['storage.k8s.io/v1', 'VolumeAttachment'],
  ['storage.k8s.io/v1beta1', 'CSIDriver'],
  ['storage.k8s.io/v1beta1', 'CSINode'],
  ['storage.k8s.io/v1beta1', 'StorageClass'],
  ['storage.k8s.io/v1beta1', 'VolumeAttachment'],
  ['v1', 'ComponentStatus'],
  ['v1', 'Namespace'],
  ['v1', 'Node'],
  ['v1', 'NodeProxyOptions'],
  ['v1', 'PersistentVolume'],
] as const) {
  let versions = CLUSTER_SCOPED.get(kind);
  if (!versions) CLUSTER_SCOPED.set(kind, (versions = new Set()));
  versions.add(apiVersion);
}

/** Kustomize's IsCertainlyClusterScoped with its builtin OpenAPI data (no `openapi:` override). */
export function isCertainlyClusterScoped(apiVersion: string, kind: string): boolean {
  return CLUSTER_SCOPED.get(kind)?.has(apiVersion) ?? false;
}
