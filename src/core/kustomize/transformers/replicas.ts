import { isJsonObject, type JsonValue } from '../../model/json.ts';
import { KustomizeError } from '../errors.ts';
import { applyFieldSpec, describe, gvkSelects, gvkString, type FieldSpec } from '../field-spec.ts';
import type { Resource } from '../resource.ts';
import { setScalar } from './field-setters.ts';

/** One `replicas:` entry. */
export interface ReplicaSpec {
  name: string;
  count: number;
}

/**
 * Kustomize's ReplicaCountTransformer, once per entry: for each field spec, the resources of a selected
 * kind that have (or had, before a prefix, suffix or namespace change) the entry's name get the count at
 * the spec's path, created when missing. An entry that matches nothing is an error.
 */
export function applyReplicas(resources: Resource[], replicas: ReplicaSpec[], fieldSpecs: FieldSpec[]): void {
  // Every id each resource has had, worked out once for all entries and field specs (a count changes none).
  const idsOf = resources.map((r) => r.allIds());
  replicas.forEach((raw, i) => {
    const replica = parseReplicaSpec(raw as unknown as JsonValue, undefined, i);
    const set = setScalar(() => replica.count);
    let found = false;
    for (const spec of fieldSpecs) {
      const matched = resources.filter((_, k) => idsOf[k]!.some((id) => id.name === replica.name && gvkSelects(spec, id)));
      if (matched.length > 0) found = true;
      for (const res of matched) applyFieldSpec(res, spec, 'scalar', set);
    }
    if (!found) {
      throw new KustomizeError(
        `resource with name ${replica.name} does not match a config with the following GVK [${fieldSpecs.map(gvkString).join(' ')}]`,
        undefined,
        'replicas',
      );
    }
  });
}

/** Reads a `replicas:` entry strictly: `name` a string, `count` a whole number; unknown keys are errors. */
export function parseReplicaSpec(value: JsonValue, file: string | undefined, index = 0): ReplicaSpec {
  const where = `replicas[${index}]`;
  if (!isJsonObject(value)) throw new KustomizeError(`${where}: expected a map with name and count, got ${describe(value)}`, file, 'replicas');
  const out: ReplicaSpec = { name: '', count: 0 };
  for (const [rawKey, v] of Object.entries(value)) {
    const key = rawKey.toLowerCase();
    if (key !== 'name' && key !== 'count') {
      throw new KustomizeError(`${where}: unknown field "${rawKey}" (expected name, count)`, file, 'replicas');
    }
    if (v === null) continue;
    if (key === 'name') {
      if (typeof v !== 'string') throw new KustomizeError(`${where}.name: expected a string, got ${describe(v)}`, file, 'replicas');
      out.name = v;
    } else {
      if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
        throw new KustomizeError(`${where}.count: expected a whole number, got ${describe(v)}`, file, 'replicas');
      }
      out.count = v;
    }
  }
  return out;
}
