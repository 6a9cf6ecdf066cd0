/**
 * One finding per cause. A kind without a schema is one cause however many resources of it an environment
 * renders, and an unreachable schema location is one cause however many environments ran into it: both are
 * said once, with counts and the first places, instead of once per resource or per environment.
 */
import type { Finding, ResourceRef } from './model/finding.ts';
import type { SchemaOutage } from './schema/source.ts';

/** Places named in a merged message before "and N more". */
const PLACES_SHOWN = 3;

/**
 * Folds the `schema/missing` findings of each environment into one per apiVersion/kind and message: the
 * first one (its file, line and resource) stands for the group, its message gains the count and the
 * first places. Other findings pass through; the order is kept (a group sits where its first member was).
 */
export function mergeMissingSchemas(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  const out: (Finding | Finding[])[] = [];
  for (const f of findings) {
    if (f.ruleId !== 'schema/missing' || !f.resource) {
      out.push(f);
      continue;
    }
    const key = `${f.environment ?? ''}\n${f.resource.apiVersion}\n${f.resource.kind}\n${f.message}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      const fresh = [f];
      groups.set(key, fresh);
      out.push(fresh);
    }
  }
  return out.map((entry) => (Array.isArray(entry) ? mergeGroup(entry) : entry));
}

function mergeGroup(group: Finding[]): Finding {
  const first = group[0]!;
  if (group.length === 1) return first;
  const places = [...new Set(group.map(placeOf).filter((p): p is string => p !== undefined))];
  const shown = places.slice(0, PLACES_SHOWN).join(', ');
  const more = places.length > PLACES_SHOWN ? ` and ${places.length - PLACES_SHOWN} more` : '';
  const where = places.length === 0 ? '' : places.length === 1 ? `, all from ${shown}` : ` (at ${shown}${more})`;
  // "no schema found for X; it was not validated (why)" → "no schema found for X; N resources … (at …) (why)"
  const m = /^(.*?)(?:; it was not validated)?( \(.*\))?$/s.exec(first.message)!;
  return { ...first, message: `${m[1]}; ${group.length} resources of this kind were not validated${where}${m[2] ?? ''}` };
}

function placeOf(f: Finding): string | undefined {
  if (!f.file) return undefined;
  return f.line ? `${f.file}:${f.line}` : f.file;
}

export interface OutageEntry {
  location: string;
  reason: string;
  key: string;
}

/** Outages seen while looking up schemas, across environments, with what they left unvalidated. */
export class OutageLog {
  private readonly byLocation = new Map<string, { reason: string; resources: Set<string> }>();

  add(outage: SchemaOutage, resource: ResourceRef, environment: string): void {
    let entry = this.byLocation.get(outage.location);
    if (!entry) {
      entry = { reason: outage.reason, resources: new Set() };
      this.byLocation.set(outage.location, entry);
    }
    entry.resources.add(resourceKey(resource, environment));
  }

  /** Forgets what a resource ran into (its API is removed: the removal is the finding, not the outage). */
  forget(resource: ResourceRef, environment: string): void {
    const key = resourceKey(resource, environment);
    for (const entry of this.byLocation.values()) entry.resources.delete(key);
  }

  /** What one environment ran into, to be replayed where its checks are reused. */
  entriesOf(environment: string): OutageEntry[] {
    const out: OutageEntry[] = [];
    const prefix = `${environment}\n`;
    for (const [location, e] of this.byLocation) {
      for (const key of e.resources) if (key.startsWith(prefix)) out.push({ location, reason: e.reason, key });
    }
    return out;
  }

  replay(entries: readonly OutageEntry[]): void {
    for (const { location, reason, key } of entries) {
      let entry = this.byLocation.get(location);
      if (!entry) {
        entry = { reason, resources: new Set() };
        this.byLocation.set(location, entry);
      }
      entry.resources.add(key);
    }
  }

  /** The one `schema/unreachable` notice of the run, or none. */
  notice(): Finding | undefined {
    const entries = [...this.byLocation.entries()].filter(([, e]) => e.resources.size > 0);
    if (entries.length === 0) return undefined;
    const resources = Math.max(...entries.map(([, e]) => e.resources.size));
    // The key's second and third lines are the apiVersion and the kind.
    const kinds = new Set(entries.flatMap(([, e]) => [...e.resources].map((k) => k.split('\n').slice(1, 3).join(' ')))).size;
    const reasons = entries.map(([location, e]) => `${describeLocation(location)} (${shorten(withoutUrl(e.reason), 160)})`).join('; ');
    return {
      ruleId: 'schema/unreachable',
      severity: 'notice',
      message:
        `${entries.length === 1 ? 'a schema location' : `${entries.length} schema locations`} could not be reached, so ` +
        `${resources} resource${resources === 1 ? '' : 's'} of ${kinds} kind${kinds === 1 ? '' : 's'} went unvalidated: ${reasons}. ` +
        'Give a reachable location with --schemas or GITOPS_GATE_SCHEMAS, or pre-fill the schema cache',
    };
  }
}

function resourceKey(resource: ResourceRef, environment: string): string {
  return `${environment}\n${resource.apiVersion}\n${resource.kind}\n${resource.namespace ?? ''}\n${resource.name}`;
}

/**
 * A location as a reader recognises it: a directory as it is, a URL template as its host and first two
 * path segments (`raw.githubusercontent.com/yannh/kubernetes-json-schema`), never the whole template.
 */
export function describeLocation(location: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/]+)((?:\/[^/{]+){0,2})/i.exec(location);
  if (!m) return shorten(location, 160);
  return `${m[1]}${m[2]}`;
}

/** A reason that starts with the URL it failed on: the location already says where. */
function withoutUrl(reason: string): string {
  return reason.replace(/^[a-z][a-z0-9+.-]*:\/\/\S+?:\s+/i, '');
}

function shorten(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
