/**
 * Wording every diff format shares, so text, markdown and JSON agree: how a resource is named, how its change
 * is counted and how a unified diff is written out.
 */
import { hunkHeader, type DiffHunk } from './line-diff.ts';
import type { EnvironmentDiff, ResourceChange, ResourceDiff } from './model.ts';
import type { SecretKeyChange } from './secrets.ts';

export const CHANGE_SYMBOL: Record<ResourceChange, string> = { added: '+', removed: '-', changed: '~' };

/** `Deployment web/api`, or `ClusterRole view` for a cluster-scoped resource. */
export function resourceTitle(d: ResourceDiff): string {
  const where = d.namespace ? `${d.namespace}/${d.name}` : d.name;
  return `${d.kind} ${where}`;
}

/** `web-config-abc → web-config-def` for a renamed generated resource, else the name. */
export function nameChange(d: ResourceDiff): string | undefined {
  return d.previousName !== undefined ? `${d.previousName} → ${d.name}` : undefined;
}

/** `1 added, 3 changed, 0 removed` */
export function envCounts(e: Pick<EnvironmentDiff, 'added' | 'changed' | 'removed'>): string {
  return `${e.added} added, ${e.changed} changed, ${e.removed} removed`;
}

/** `+3 −1` */
export function lineCounts(d: ResourceDiff): string {
  return `+${d.addedLines} −${d.removedLines}`;
}

/** `data.password`, `items[1].stringData.token`: where a Secret key is (its value is never known here). */
export function secretKeyPath(c: SecretKeyChange): string {
  return `${c.at ? `${c.at}.` : ''}${c.field}.${c.key}`;
}

/** The hunks as unified-diff text (`@@ … @@` headers, one prefixed line each), ending in a newline. */
export function unifiedDiff(hunks: readonly DiffHunk[]): string {
  const out: string[] = [];
  for (const h of hunks) {
    out.push(hunkHeader(h));
    for (const l of h.lines) out.push(`${l.op}${l.text}`);
  }
  return out.length === 0 ? '' : `${out.join('\n')}\n`;
}

/** Whether the environment has anything to show. */
export function hasChanges(e: EnvironmentDiff): boolean {
  return e.resources.length > 0;
}
