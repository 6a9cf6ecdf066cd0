import type { JsonObject } from '../model/json.ts';
import { KustomizeError } from './errors.ts';
import { mergeTransformerConfig } from './default-config.ts';
import type { Resource, ResId } from './resource.ts';
import { isClusterScopedKind } from './scope.ts';
import type { TransformerConfig } from './transformer-config.ts';
import type { VarSpec } from './vars.ts';

/**
 * What a kustomization has accumulated so far: its resources in order, the transformer configuration in
 * force, and the vars it declared (kustomize's ResAccumulator).
 */
export class Accumulator {
  resources: Resource[] = [];
  vars: VarSpec[] = [];

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
    for (const v of sub.vars) this.addVar(v, where);
  }

  mergeVars(vars: JsonObject[], file: string): void {
    for (const v of vars) this.addVar(v as unknown as VarSpec, file);
  }

  private addVar(v: VarSpec, where: string): void {
    if (this.vars.some((x) => x.name === v.name)) {
      throw new KustomizeError(`var '${v.name}' already encountered (${where})`, undefined, 'vars');
    }
    this.vars.push(v);
  }
}

/** Kustomize's id equality: "" and "default" are the same namespace, and cluster-scoped kinds have none. */
export function idKey(id: ResId): string {
  const ns = isClusterScopedKind(id.kind) ? '' : id.namespace || 'default';
  return `${id.group}/${id.version}/${id.kind}|${ns}|${id.name}`;
}

export function describeId(id: ResId): string {
  const gv = id.group ? `${id.group}/${id.version}` : id.version;
  return `${gv} ${id.kind} ${id.namespace ? `${id.namespace}/` : ''}${id.name}`;
}
