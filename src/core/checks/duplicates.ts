import type { Finding } from '../model/finding.ts';
import type { ClusterResource } from '../cluster/model.ts';
import { isClusterScoped } from '../kustomize/scope.ts';
import { resourceRef, sourceLocation } from './locations.ts';

/**
 * `resource/duplicate`: the same group/kind/namespace/name reaches one environment twice (from two
 * entrypoints or two Applications). The cluster would keep only one of them; which one is luck.
 */
export function checkDuplicates(resources: readonly ClusterResource[], environment: string): Finding[] {
  const first = new Map<string, ClusterResource>();
  const findings: Finding[] = [];
  for (const cr of resources) {
    const r = cr.resource;
    const group = r.apiVersion.includes('/') ? r.apiVersion.slice(0, r.apiVersion.lastIndexOf('/')) : '';
    const ns = isClusterScoped(r.apiVersion, r.kind) ? '' : r.namespace;
    const key = `${group}|${r.kind}|${ns}|${r.name}`;
    const seen = first.get(key);
    if (!seen) {
      first.set(key, cr);
      continue;
    }
    const id = `${r.kind} ${ns ? `${ns}/` : ''}${r.name}`;
    findings.push({
      ruleId: 'resource/duplicate',
      severity: 'error',
      message: `${id} is rendered twice in environment ${environment}: by '${seen.renderedFrom}'${ownerText(seen)} and again by '${cr.renderedFrom}'${ownerText(cr)}; keep it in one place`,
      environment,
      entrypoint: cr.entrypoint,
      resource: resourceRef(r),
      // The name is what collides: point at it rather than at the top of the document.
      path: '/metadata/name',
      ...sourceLocation(r),
    });
  }
  return findings;
}

function ownerText(cr: ClusterResource): string {
  return cr.owner ? ` (${cr.owner.kind} ${cr.owner.name})` : '';
}
