import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { splitApiVersion, type Resource } from './resource.ts';

/**
 * Kustomize's FieldSpec: which kinds a transformer touches and where, e.g. labels at
 * `spec/template/metadata/labels` of apps Deployments. Empty group/version/kind match anything.
 */
export interface FieldSpec {
  group?: string;
  version?: string;
  kind?: string;
  path: string;
  create?: boolean;
}

export function fieldSpecSelects(spec: FieldSpec, res: Resource): boolean {
  const { group, version } = splitApiVersion(res.apiVersion);
  if (spec.group && spec.group !== group) return false;
  if (spec.version && spec.version !== version) return false;
  if (spec.kind && spec.kind !== res.kind) return false;
  return true;
}

/**
 * Splits a field path on `/`, keeping `\/` as a literal slash and `[...]` intact
 * (`metadata/annotations/a.io\/b`, `spec/containers[name=app]/image`).
 */
export function splitFieldPath(path: string): string[] {
  const out: string[] = [];
  let cur = '';
  let depth = 0;
  for (let i = 0; i < path.length; i++) {
    const c = path[i]!;
    if (c === '\\' && path[i + 1] === '/') {
      cur += '/';
      i++;
    } else if (c === '[') {
      depth++;
      cur += c;
    } else if (c === ']') {
      depth = Math.max(0, depth - 1);
      cur += c;
    } else if (c === '/' && depth === 0) {
      out.push(cur);
      cur = '';
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out.filter((s) => s !== '');
}

/**
 * Calls `visit(holder, key)` for every place a field path reaches in `root`: `holder[key]` is the value,
 * possibly absent when `create` is set. Sequences met on the way are traversed element by element, as
 * kustomize does; a segment `x[]` names a field that holds a sequence. With `create`, missing intermediate
 * maps are created; without it, a missing field ends that branch.
 */
export function visitFieldPath(
  root: JsonValue,
  segments: string[],
  create: boolean,
  visit: (holder: JsonObject, key: string) => void,
): void {
  walk(root, 0);

  function walk(node: JsonValue | undefined, i: number): void {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, i);
      return;
    }
    if (!isJsonObject(node)) return;
    const raw = segments[i]!;
    const isSeq = raw.endsWith('[]');
    const key = isSeq ? raw.slice(0, -2) : raw;
    if (i === segments.length - 1) {
      if (Object.prototype.hasOwnProperty.call(node, key) || create) visit(node, key);
      return;
    }
    let next = Object.prototype.hasOwnProperty.call(node, key) ? node[key] : undefined;
    if (next === undefined || next === null) {
      if (!create) return;
      next = isSeq ? [] : {};
      node[key] = next;
    }
    walk(next, i + 1);
  }
}
