/**
 * Which base resource is which head resource. Resources are keyed by group/kind/namespace/name; a ConfigMap
 * or Secret made by a generator carries a content hash in its name (`web-config-7b2fkc9m8d`), so editing its
 * data renames it — such a pair is matched by the name without the hash and reported as one change.
 */
import type { ClusterResource } from '../cluster/model.ts';
import { splitApiVersion } from '../kustomize/resource.ts';
import type { ResourceKey } from './model.ts';

/** `-` and ten characters of kustomize's hash alphabet (hex with 0,1,3,a,e swapped for g,h,k,m,t). */
const HASH_SUFFIX = /-[245-9bcdfghkmt]{10}$/;
const HASHED_KINDS = new Set(['ConfigMap', 'Secret']);

export function resourceKey(cr: ClusterResource): ResourceKey {
  const r = cr.resource;
  return { group: splitApiVersion(r.apiVersion).group, kind: r.kind, namespace: r.namespace, name: r.name };
}

function keyString(k: ResourceKey, name = k.name): string {
  return JSON.stringify([k.group, k.kind, k.namespace, name]);
}

/**
 * The name without its generator hash, or undefined when it has none: known from the generator when the
 * engine made it, else recognised by the suffix pattern (a resource rendered by a followed Flux/Argo source).
 */
export function unhashedName(cr: ClusterResource): string | undefined {
  const r = cr.resource;
  if (!HASHED_KINDS.has(r.kind) || r.apiVersion !== 'v1') return undefined;
  if (r.generated && !r.generated.hash) return undefined;
  return HASH_SUFFIX.test(r.name) ? r.name.slice(0, -11) : undefined;
}

export interface Matching {
  pairs: Array<{ base: ClusterResource; head: ClusterResource }>;
  added: ClusterResource[];
  removed: ClusterResource[];
}

/**
 * Pairs base and head resources: by exact key first, then generated names by their unhashed key. A key that
 * appears twice at one revision (a `resource/duplicate` finding) pairs its occurrences in order.
 */
export function matchResources(base: readonly ClusterResource[], head: readonly ClusterResource[]): Matching {
  const pairs: Matching['pairs'] = [];
  const baseByKey = groupBy(base, (cr) => keyString(resourceKey(cr)));
  let added: ClusterResource[] = [];
  for (const h of head) {
    const queue = baseByKey.get(keyString(resourceKey(h)));
    const b = queue?.shift();
    if (b) pairs.push({ base: b, head: h });
    else added.push(h);
  }
  let removed = [...baseByKey.values()].flat();
  // Keep the base's order for what is left.
  const leftover = new Set(removed);
  removed = base.filter((cr) => leftover.has(cr));

  const byUnhashed = (list: ClusterResource[]) =>
    groupBy(
      list.filter((cr) => unhashedName(cr) !== undefined),
      (cr) => keyString(resourceKey(cr), unhashedName(cr)),
    );
  const removedHashed = byUnhashed(removed);
  const renamed = new Set<ClusterResource>();
  added = added.filter((h) => {
    const name = unhashedName(h);
    if (name === undefined) return true;
    const b = removedHashed.get(keyString(resourceKey(h), name))?.shift();
    if (!b) return true;
    renamed.add(b);
    pairs.push({ base: b, head: h });
    return false;
  });
  removed = removed.filter((b) => !renamed.has(b));
  return { pairs, added, removed };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
