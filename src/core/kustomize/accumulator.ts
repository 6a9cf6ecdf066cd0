import type { JsonObject } from '../model/json.ts';
import { KustomizeError } from './errors.ts';
import { mergeTransformerConfig } from './default-config.ts';
import type { Resource, ResId } from './resource.ts';
import { isClusterScoped } from './scope.ts';
import type { TransformerConfig } from './transformer-config.ts';
import { absorbVars, mergeVars, parseVars, type BoundVar } from './vars.ts';

/**
 * What a kustomization has accumulated so far: its resources in order, the transformer configuration in
 * force, and the vars it declared (kustomize's ResAccumulator).
 */
export class Accumulator {
  resources: Resource[] = [];
  /** Vars bound to their resources when the kustomization declaring them finished, as in kustomize. */
  vars: BoundVar[] = [];

  constructor(public config: TransformerConfig) {}

  /** Adds one resource; a second resource with the same id is an error, as in kustomize. */
  append(r: Resource, where: string): void {
    this.appendAll([r], where);
  }

  appendAll(list: Resource[], where: string): void {
    const seen = new Set(this.resources.map((r) => idKey(r.curId())));
    for (const r of list) {
      const key = idKey(r.curId());
      if (seen.has(key)) {
        throw new KustomizeError(`${where}: may not add resource with an already registered id: ${describeId(r.curId())}`);
      }
      seen.add(key);
      this.resources.push(r);
    }
  }

  /** Takes in what a base accumulated. */
  merge(sub: Accumulator, where: string): void {
    this.appendAll(sub.resources, where);
    this.config = mergeTransformerConfig(this.config, sub.config);
    this.vars = absorbVars(this.vars, sub.vars, where);
  }

  /** Declares a kustomization's vars, binding each to the one resource it names among those accumulated. */
  mergeVars(vars: JsonObject[], file: string): void {
    if (vars.length === 0) return;
    this.vars = mergeVars(this.vars, this.resources, parseVars(vars, file), file);
  }
}

/** Kustomize's id equality: "" and "default" are the same namespace, and cluster-scoped kinds have none. */
export function idKey(id: ResId): string {
  const ns = isClusterScoped(id.group ? `${id.group}/${id.version}` : id.version, id.kind) ? '' : id.namespace || 'default';
  return `${id.group}/${id.version}/${id.kind}|${ns}|${id.name}`;
}

export function describeId(id: ResId): string {
  const gv = id.group ? `${id.group}/${id.version}` : id.version;
  return `${gv} ${id.kind} ${id.namespace ? `${id.namespace}/` : ''}${id.name}`;
}
