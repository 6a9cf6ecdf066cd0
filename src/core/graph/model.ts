import type { ResourceRef } from '../model/finding.ts';
import type { Resource } from '../kustomize/resource.ts';
import type { ClusterResource } from '../cluster/model.ts';

/** Argo CD's sync phases; hooks outside the three ordered phases are not ordered against resources. */
export type SyncPhase = 'PreSync' | 'Sync' | 'PostSync' | 'SyncFail' | 'PostDelete' | 'Skip';

/** What a node is, for grouping and for choosing which rules apply. */
export type NodeRole =
  | 'application' // Argo CD Application
  | 'flux-kustomization'
  | 'helmrelease'
  | 'source' // Flux GitRepository, HelmRepository, OCIRepository, Bucket, HelmChart
  | 'crd'
  | 'resource';

/** Why one node depends on another. */
export type EdgeReason =
  | 'crd' // a custom resource needs its CRD (or what installs it)
  | 'issuer' // Certificate → Issuer/ClusterIssuer
  | 'middleware' // IngressRoute → Middleware
  | 'tls-option' // IngressRoute → TLSOption
  | 'ingress-class' // Ingress → IngressClass
  | 'address-pool' // L2Advertisement/BGPAdvertisement → IPAddressPool
  | 'load-balancer' // a LoadBalancer Service (or a chart that makes one) → the pool/provider
  | 'source' // HelmRelease/Kustomization → its Flux source
  | 'service-account'
  | 'config-map'
  | 'secret'
  | 'volume-claim'
  | 'namespace'
  | 'depends-on'; // Flux spec.dependsOn

export interface GraphNode {
  /** Stable id: `group/kind/namespace/name` (group '' for core). */
  id: string;
  role: NodeRole;
  ref: ResourceRef;
  /** Argo CD sync wave (annotation, else helm hook weight, else 0). */
  wave: number;
  /** The annotation text when it is not an integer Argo CD reads (wave/invalid). */
  invalidWave?: string;
  /** Argo CD phase: PreSync/Sync/PostSync from hook annotations, Sync for ordinary resources. */
  phase: SyncPhase;
  /** Hook annotation values Argo CD does not know (wave/invalid). */
  invalidHooks?: string[];
  /** Sync options of the resource and, for Application-managed resources, of its Application. */
  syncOptions: string[];
  /** Id of the Argo CD Application whose sync applies this node (the parent of a child Application). */
  application?: string;
  /**
   * For objects no Application in the render syncs: the entrypoint whose Applications carry differing
   * sync waves, which says a parent Application outside the repository (bootstrap) syncs it.
   */
  implicitSync?: string;
  /** Id of the Flux Kustomization that applies this node. */
  kustomization?: string;
  /** Helm charts an Application or HelmRelease installs (names as the catalog knows them). */
  charts?: string[];
  /** Flux spec.dependsOn, namespaces defaulted as Flux does. */
  dependsOn?: Array<{ id: string; name: string; namespace: string; index: number }>;
  /** The rendered resource; its source gives file/line. */
  cluster: ClusterResource;
}

export interface GraphEdge {
  /** The dependent: `from` needs `to` to exist (and be ready) first. */
  from: string;
  to: string;
  reason: EdgeReason;
  /** JSON pointer in `from` where the reference is written, when there is one. */
  path?: string;
  /** For `crd` edges: the group/kind needed. */
  detail?: string;
}

export interface DependencyGraph {
  environment: string;
  nodes: Map<string, GraphNode>;
  edges: GraphEdge[];
  /** Custom-resource group/kind → ids of the nodes that install its CRD. */
  crdProviders: Map<string, string[]>;
}

export function nodeId(r: Resource): string {
  const i = r.apiVersion.lastIndexOf('/');
  const group = i < 0 ? '' : r.apiVersion.slice(0, i);
  return `${group}/${r.kind}/${r.namespace}/${r.name}`;
}

export function idOf(group: string, kind: string, namespace: string, name: string): string {
  return `${group}/${kind}/${namespace}/${name}`;
}

/** `Kind ns/name`: how messages and drawings name a node. */
export function describeNode(n: GraphNode): string {
  return `${n.ref.kind} ${n.ref.namespace ? `${n.ref.namespace}/` : ''}${n.ref.name}`;
}
