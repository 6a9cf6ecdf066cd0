import { isJsonObject, type JsonObject } from '../model/json.ts';
import { KustomizeError } from './errors.ts';
import type { Resource, ResId } from './resource.ts';

/** Kustomize's legacy order: these kinds first, in this order ... */
export const DEFAULT_ORDER_FIRST: readonly string[] = [
  'Namespace',
  'ResourceQuota',
  'StorageClass',
  'CustomResourceDefinition',
  'ServiceAccount',
  'PodSecurityPolicy',
  'Role',
  'ClusterRole',
  'RoleBinding',
  'ClusterRoleBinding',
  'ConfigMap',
  'Secret',
  'Endpoints',
  'Service',
  'LimitRange',
  'PriorityClass',
  'PersistentVolume',
  'PersistentVolumeClaim',
  'Deployment',
  'StatefulSet',
  'CronJob',
  'PodDisruptionBudget',
];
/** ... and these last; everything else in between, by group/version/kind, then namespace and name. */
export const DEFAULT_ORDER_LAST: readonly string[] = ['MutatingWebhookConfiguration', 'ValidatingWebhookConfiguration'];

/**
 * A kind's place in kustomize's default order (resid typeOrders): negative for the kinds ordered first, 0 for
 * the rest, positive for the webhooks ordered last. Kustomize sorts output, field specs and name references
 * by it.
 */
export function defaultKindRank(kind: string | undefined): number {
  const first = DEFAULT_ORDER_FIRST.indexOf(kind ?? '');
  if (first >= 0) return first - DEFAULT_ORDER_FIRST.length;
  const last = DEFAULT_ORDER_LAST.indexOf(kind ?? '');
  return last >= 0 ? last + 1 : 0;
}

/**
 * Orders the build output. A kustomization's `sortOptions` wins over the CLI flag; without either, the CLI's
 * default is the legacy order.
 */
export function sortResources(
  resources: Resource[],
  sortOptions: JsonObject | undefined,
  reorder: 'legacy' | 'none' | undefined,
  file: string,
): Resource[] {
  if (sortOptions) {
    const order = sortOptions.order;
    const legacy = sortOptions.legacySortOptions;
    if (order !== 'fifo' && order !== 'legacy') {
      throw new KustomizeError(`the field 'sortOptions.order' must be one of [fifo, legacy]`, file, 'sortOptions');
    }
    if (order === 'fifo') {
      if (legacy !== undefined && legacy !== null) {
        throw new KustomizeError(
          `the field 'sortOptions.legacySortOptions' is set but the selected sort order is 'fifo', not 'legacy'`,
          file,
          'sortOptions',
        );
      }
      return resources;
    }
    if (isJsonObject(legacy)) {
      return legacySort(resources, stringList(legacy.orderFirst), stringList(legacy.orderLast));
    }
    return legacySort(resources, DEFAULT_ORDER_FIRST, DEFAULT_ORDER_LAST);
  }
  if (reorder === 'none') return resources;
  return legacySort(resources, DEFAULT_ORDER_FIRST, DEFAULT_ORDER_LAST);
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function legacySort(resources: Resource[], first: readonly string[], last: readonly string[]): Resource[] {
  const rank = new Map<string, number>();
  first.forEach((kind, i) => rank.set(kind, -first.length + i));
  last.forEach((kind, i) => rank.set(kind, 1 + i));
  const keyed = resources.map((r) => {
    const id = r.curId();
    return { r, rank: rank.get(id.kind) ?? 0, gvk: gvkSortString(id), full: idSortString(id) };
  });
  keyed.sort((a, b) => {
    if (a.gvk !== b.gvk) {
      if (a.rank !== b.rank) return a.rank - b.rank;
      return compareStrings(a.gvk, b.gvk);
    }
    return compareStrings(a.full, b.full);
  });
  return keyed.map((k) => k.r);
}

function gvkSortString(id: ResId): string {
  return `${id.group || '~G'}_${id.version || '~V'}_${id.kind || '~K'}`;
}

function idSortString(id: ResId): string {
  return `${gvkSortString(id)}|${id.namespace || '~X'}|${id.name || '~N'}`;
}

/** Byte order, as Go compares strings (JS `<` compares UTF-16 units, which differs above U+FFFF only). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
