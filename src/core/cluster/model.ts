import type { Finding } from '../model/finding.ts';
import type { EnvironmentConfig } from '../../config/config.ts';
import type { Resource } from '../kustomize/resource.ts';

/** The Argo CD Application or Flux Kustomization whose source rendered a resource. */
export interface OwnerRef {
  kind: 'Application' | 'Kustomization';
  name: string;
  namespace: string;
}

/** A resource as one environment's cluster would receive it, with how it got there. */
export interface ClusterResource {
  resource: Resource;
  /** The entrypoint (repo-relative) whose render led to it. */
  entrypoint: string;
  /** The directory (repo-relative) that was built to produce it. */
  renderedFrom: string;
  owner?: OwnerRef;
  /**
   * Synced with server-side apply (the Application's `ServerSideApply=true` sync option or the resource's
   * sync-options annotation): the manifest may be a partial object, so a missing required field is not
   * an error in it.
   */
  serverSideApply?: boolean;
  /** Rules the resource opts out of with the `gitops-gate.io/ignore` annotation (removed from the object). */
  ignoredRules?: string[];
}

export interface EntrypointResult {
  path: string;
  /** Resources rendered from this entrypoint, followed Applications/Kustomizations included. */
  resources: number;
  failed: boolean;
}

/** What one environment's cluster would receive. */
export interface EnvironmentModel {
  config: EnvironmentConfig;
  entrypoints: EntrypointResult[];
  resources: ClusterResource[];
  /** Findings found while rendering: build failures, parse errors, deprecated fields, notices. */
  findings: Finding[];
}
