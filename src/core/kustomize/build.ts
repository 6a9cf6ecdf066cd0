import type { FileSystem } from '../ports.ts';
import type { Resource } from './resource.ts';

export interface BuildOptions {
  /** `rootOnly` (default) refuses files outside the kustomization root's tree; `none` allows them. */
  loadRestrictor?: 'rootOnly' | 'none';
  /** Output order: `legacy` sorts by kind as kustomize's CLI does by default; `none` keeps input order. */
  reorder?: 'legacy' | 'none';
  /** Adds `app.kubernetes.io/managed-by: kustomize-(devel)` as `--enable-managedby-label` does. */
  enableManagedByLabel?: boolean;
}

export interface BuildResult {
  resources: Resource[];
  /** Deprecation notices kustomize would print on stderr. */
  warnings: string[];
}

/** Builds the kustomization in `dir` (absolute FileSystem path) as `kustomize build` does. Throws KustomizeError. */
export function buildKustomization(_fs: FileSystem, _dir: string, _options: BuildOptions = {}): BuildResult {
  throw new Error('not implemented');
}
