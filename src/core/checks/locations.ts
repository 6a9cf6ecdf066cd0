import type { Finding, ResourceRef } from '../model/finding.ts';
import type { Resource } from '../kustomize/resource.ts';

export function resourceRef(r: Resource): ResourceRef {
  return { apiVersion: r.apiVersion, kind: r.kind, ...(r.namespace ? { namespace: r.namespace } : {}), name: r.name };
}

/**
 * The document a resource came from, as an absolute path; `run` turns it repo-relative and, where the
 * finding has a JSON pointer, refines the line to the key at fault.
 */
export function sourceLocation(r: Resource): Pick<Finding, 'file' | 'line'> {
  return r.source ? { file: r.source.file, line: r.source.line } : {};
}
