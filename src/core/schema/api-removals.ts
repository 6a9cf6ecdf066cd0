/**
 * Kubernetes API versions that stop being served, as a table of facts (from the Kubernetes deprecated-API
 * migration guide), and the check that warns before and fails after the target version drops them
 * (rules schema/deprecated-api and schema/removed-api).
 */
import type { Resource } from '../kustomize/resource.ts';
import type { Finding, ResourceRef } from '../model/finding.ts';
import { compareMinor, isNewestVersion, parseKubernetesVersion, type KubernetesVersion } from './kubernetes-version.ts';

export interface ApiRemoval {
  apiVersion: string;
  kinds: readonly string[];
  /** First minor release that marks it deprecated ("1.16"). */
  deprecatedIn: string;
  /** First minor release that no longer serves it. */
  removedIn: string;
  /** The apiVersion to move to; undefined when the API is gone without a successor. */
  replacement?: string;
  /** Extra advice when there is no like-for-like replacement. */
  note?: string;
}

const WORKLOADS = ['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet', 'ControllerRevision'];

export const API_REMOVALS: readonly ApiRemoval[] = [
  // 1.16
  { apiVersion: 'extensions/v1beta1', kinds: ['Deployment', 'DaemonSet', 'ReplicaSet'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['NetworkPolicy'], deprecatedIn: '1.9', removedIn: '1.16', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'extensions/v1beta1', kinds: ['PodSecurityPolicy'], deprecatedIn: '1.11', removedIn: '1.16', replacement: 'policy/v1beta1', note: 'PodSecurityPolicy itself was removed in 1.25' },
  { apiVersion: 'apps/v1beta1', kinds: WORKLOADS, deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1' },
  { apiVersion: 'apps/v1beta2', kinds: WORKLOADS, deprecatedIn: '1.9', removedIn: '1.16', replacement: 'apps/v1' },
  // 1.22
  { apiVersion: 'extensions/v1beta1', kinds: ['Ingress'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'networking.k8s.io/v1beta1', kinds: ['Ingress', 'IngressClass'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'networking.k8s.io/v1' },
  { apiVersion: 'admissionregistration.k8s.io/v1beta1', kinds: ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'], deprecatedIn: '1.16', removedIn: '1.22', replacement: 'admissionregistration.k8s.io/v1' },
  { apiVersion: 'apiextensions.k8s.io/v1beta1', kinds: ['CustomResourceDefinition'], deprecatedIn: '1.16', removedIn: '1.22', replacement: 'apiextensions.k8s.io/v1' },
  { apiVersion: 'apiregistration.k8s.io/v1beta1', kinds: ['APIService'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'apiregistration.k8s.io/v1' },
  { apiVersion: 'authentication.k8s.io/v1beta1', kinds: ['TokenReview'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'authentication.k8s.io/v1' },
  { apiVersion: 'authorization.k8s.io/v1beta1', kinds: ['SubjectAccessReview', 'LocalSubjectAccessReview', 'SelfSubjectAccessReview', 'SelfSubjectRulesReview'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'authorization.k8s.io/v1' },
  { apiVersion: 'certificates.k8s.io/v1beta1', kinds: ['CertificateSigningRequest'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'certificates.k8s.io/v1' },
  { apiVersion: 'coordination.k8s.io/v1beta1', kinds: ['Lease'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'coordination.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1beta1', kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], deprecatedIn: '1.17', removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'rbac.authorization.k8s.io/v1alpha1', kinds: ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'], deprecatedIn: '1.17', removedIn: '1.22', replacement: 'rbac.authorization.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1beta1', kinds: ['PriorityClass'], deprecatedIn: '1.14', removedIn: '1.22', replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'scheduling.k8s.io/v1alpha1', kinds: ['PriorityClass'], deprecatedIn: '1.14', removedIn: '1.17', replacement: 'scheduling.k8s.io/v1' },
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIDriver', 'CSINode', 'StorageClass', 'VolumeAttachment'], deprecatedIn: '1.19', removedIn: '1.22', replacement: 'storage.k8s.io/v1' },
  // 1.25
  { apiVersion: 'batch/v1beta1', kinds: ['CronJob'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'batch/v1' },
  { apiVersion: 'batch/v2alpha1', kinds: ['CronJob'], deprecatedIn: '1.8', removedIn: '1.21', replacement: 'batch/v1' },
  { apiVersion: 'discovery.k8s.io/v1beta1', kinds: ['EndpointSlice'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'discovery.k8s.io/v1' },
  { apiVersion: 'events.k8s.io/v1beta1', kinds: ['Event'], deprecatedIn: '1.19', removedIn: '1.25', replacement: 'events.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta1', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.22', removedIn: '1.25', replacement: 'autoscaling/v2' },
  { apiVersion: 'policy/v1beta1', kinds: ['PodDisruptionBudget'], deprecatedIn: '1.21', removedIn: '1.25', replacement: 'policy/v1' },
  {
    apiVersion: 'policy/v1beta1',
    kinds: ['PodSecurityPolicy'],
    deprecatedIn: '1.21',
    removedIn: '1.25',
    note: 'PodSecurityPolicy has no successor API; use Pod Security Admission (pod-security.kubernetes.io/* namespace labels) or a policy engine',
  },
  { apiVersion: 'node.k8s.io/v1beta1', kinds: ['RuntimeClass'], deprecatedIn: '1.20', removedIn: '1.25', replacement: 'node.k8s.io/v1' },
  // 1.26
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta1', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], deprecatedIn: '1.23', removedIn: '1.26', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  { apiVersion: 'autoscaling/v2beta2', kinds: ['HorizontalPodAutoscaler'], deprecatedIn: '1.23', removedIn: '1.26', replacement: 'autoscaling/v2' },
  // 1.27
  { apiVersion: 'storage.k8s.io/v1beta1', kinds: ['CSIStorageCapacity'], deprecatedIn: '1.24', removedIn: '1.27', replacement: 'storage.k8s.io/v1' },
  // 1.29
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], deprecatedIn: '1.26', removedIn: '1.29', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
  // 1.32
  { apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta3', kinds: ['FlowSchema', 'PriorityLevelConfiguration'], deprecatedIn: '1.29', removedIn: '1.32', replacement: 'flowcontrol.apiserver.k8s.io/v1' },
];

const byApiVersionKind = new Map<string, ApiRemoval>();
for (const removal of API_REMOVALS) for (const kind of removal.kinds) byApiVersionKind.set(`${removal.apiVersion}\n${kind}`, removal);

export function findApiRemoval(apiVersion: string, kind: string): ApiRemoval | undefined {
  return byApiVersionKind.get(`${apiVersion}\n${kind}`);
}

/** Findings for resources whose apiVersion the target Kubernetes version no longer serves, or soon will not. */
export function checkApiVersions(resources: readonly Resource[], kubernetesVersion: string): Finding[] {
  const target = targetVersion(kubernetesVersion);
  const findings: Finding[] = [];
  for (const resource of resources) {
    const removal = findApiRemoval(resource.apiVersion, resource.kind);
    if (!removal) continue;
    const removedIn = parseKubernetesVersion(removal.removedIn)!;
    const deprecatedIn = parseKubernetesVersion(removal.deprecatedIn)!;
    const subject = `${resource.apiVersion} ${resource.kind}`;
    const advice = removal.replacement
      ? `use ${removal.replacement}${removal.note ? ` (${removal.note})` : ''}`
      : (removal.note ?? 'it has no replacement');
    if (compareMinor(target, removedIn) >= 0) {
      findings.push(apiFinding('schema/removed-api', 'error', `${subject} was removed in Kubernetes ${removal.removedIn} (target ${kubernetesVersion}); ${advice}`, resource));
    } else if (compareMinor(target, deprecatedIn) >= 0) {
      findings.push(apiFinding('schema/deprecated-api', 'warning', `${subject} is deprecated since Kubernetes ${removal.deprecatedIn} and removed in ${removal.removedIn}; ${advice}`, resource));
    }
  }
  return findings;
}

/** "master"/"latest" (or nothing usable) means newer than any release in the table. */
function targetVersion(text: string): KubernetesVersion {
  if (isNewestVersion(text)) return { major: Number.MAX_SAFE_INTEGER, minor: 0 };
  return parseKubernetesVersion(text) ?? { major: Number.MAX_SAFE_INTEGER, minor: 0 };
}

function apiFinding(ruleId: string, severity: Finding['severity'], message: string, resource: Resource): Finding {
  const ref: ResourceRef = { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name };
  if (resource.namespace) ref.namespace = resource.namespace;
  return { ruleId, severity, message, resource: ref, path: '/apiVersion' };
}
