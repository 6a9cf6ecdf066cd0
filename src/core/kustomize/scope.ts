import { isCertainlyClusterScoped } from './name-reference-config.ts';

/**
 * Whether a kind has no namespace. Kustomize decides by exact apiVersion and kind from its builtin
 * schema; every other kind, custom resources included, counts as namespaced. One table serves the engine
 * and the checks so they never disagree.
 */
export function isClusterScoped(apiVersion: string, kind: string): boolean {
  return isCertainlyClusterScoped(apiVersion, kind);
}
