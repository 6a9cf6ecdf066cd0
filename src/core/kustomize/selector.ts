import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { isClusterScoped as isClusterScopedApi } from './scope.ts';
import { KustomizeError } from './errors.ts';
import type { ResId, Resource } from './resource.ts';

/**
 * Kustomize's `types.Selector`: which resources a patch or replacement target applies to. In patch targets
 * (`selectResources`) group/version/kind/name/namespace are regular expressions anchored at both ends; in
 * replacements they are compared exactly (`idSelectedBy`).
 */
export interface Selector {
  group?: string;
  version?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: string;
  annotationSelector?: string;
}

/** The namespace kustomize gives cluster-scoped ids, so that they never equal a namespaced one. */
export const NON_NAMESPACEABLE = '_non_namespaceable_';

/** Cluster scope by exact group/version/kind, from the one table the engine uses (see scope.ts). */
export function isClusterScoped(group: string, version: string, kind: string): boolean {
  return isClusterScopedApi(group ? `${group}/${version}` : version, kind);
}

/** kustomize's ResId.EffectiveNamespace: '' and 'default' are the same namespace; cluster-scoped ids have none. */
export function effectiveNamespace(id: ResId): string {
  if (isClusterScoped(id.group, id.version, id.kind)) return NON_NAMESPACEABLE;
  return id.namespace === '' || id.namespace === 'default' ? 'default' : id.namespace;
}

/** kustomize's Gvk.String: `Deployment.v1.apps`, with `[noGrp]`, `[noVer]`, `[noKind]` for blanks. */
export function formatGvk(id: Pick<ResId, 'group' | 'version' | 'kind'>): string {
  return `${id.kind || '[noKind]'}.${id.version || '[noVer]'}.${id.group || '[noGrp]'}`;
}

/** kustomize's ResId.String, as its error messages print ids: `Deployment.v1.apps/web.[noNs]`. */
export function formatKustomizeId(id: ResId): string {
  return `${formatGvk(id)}/${id.name || '[noName]'}.${id.namespace || '[noNs]'}`;
}

export function gvknEquals(a: ResId, b: ResId): boolean {
  return a.name === b.name && a.group === b.group && a.version === b.version && a.kind === b.kind;
}

/** kustomize's ResId.Equals: same group, version, kind and name, and the same effective namespace. */
export function idEquals(a: ResId, b: ResId): boolean {
  return gvknEquals(a, b) && effectiveNamespace(a) === effectiveNamespace(b);
}

/**
 * kustomize's ResId.IsSelectedBy, used by replacements: blank selector fields match anything, others must be
 * equal (namespaces compared as kustomize does, '' meaning 'default'; cluster scope is not considered there).
 */
export function idSelectedBy(id: ResId, sel: Selector): boolean {
  if (sel.name && sel.name !== id.name) return false;
  if (sel.namespace && plainEffectiveNamespace(sel.namespace) !== plainEffectiveNamespace(id.namespace)) return false;
  if (sel.group && sel.group !== id.group) return false;
  if (sel.version && sel.version !== id.version) return false;
  if (sel.kind && sel.kind !== id.kind) return false;
  return true;
}

function plainEffectiveNamespace(ns: string): string {
  return ns === '' || ns === 'default' ? 'default' : ns;
}

/** The first id a resource had when it entered the build, or its current one. */
function originalId(res: Resource): ResId {
  return res.prevIds[0] ?? res.curId();
}

/**
 * The resources a patch target selects, in input order (kustomize's ResMap.Select): name and namespace
 * may match the original or the current id; group/version/kind match the current one; label and
 * annotation selectors match the current metadata.
 */
export function selectResources(resources: Resource[], sel: Selector): Resource[] {
  const where = 'selector';
  const group = anchored(sel.group, where);
  const version = anchored(sel.version, where);
  const kind = anchored(sel.kind, where);
  const name = anchored(sel.name, where);
  const namespace = anchored(sel.namespace, where);
  const labels = sel.labelSelector ? parseLabelSelector(sel.labelSelector) : undefined;
  const annotations = sel.annotationSelector ? parseLabelSelector(sel.annotationSelector) : undefined;
  return resources.filter((res) => {
    const cur = res.curId();
    const org = originalId(res);
    if (namespace && !namespace.test(effectiveNamespace(org)) && !namespace.test(effectiveNamespace(cur))) return false;
    if (name && !name.test(org.name) && !name.test(cur.name)) return false;
    if (group && !group.test(cur.group)) return false;
    if (version && !version.test(cur.version)) return false;
    if (kind && !kind.test(cur.kind)) return false;
    if (labels && !matchesRequirements(labels, stringMap(res.labels()))) return false;
    if (annotations && !matchesRequirements(annotations, stringMap(res.annotations()))) return false;
    return true;
  });
}

/** True when the resource's labels and annotations satisfy the selector's label/annotation selectors. */
export function matchesLabelAndAnnotationSelectors(res: Resource, sel: Selector): boolean {
  if (sel.labelSelector && !matchesRequirements(parseLabelSelector(sel.labelSelector), stringMap(res.labels()))) {
    return false;
  }
  if (
    sel.annotationSelector &&
    !matchesRequirements(parseLabelSelector(sel.annotationSelector), stringMap(res.annotations()))
  ) {
    return false;
  }
  return true;
}

function anchored(pattern: string | undefined, where: string): RegExp | undefined {
  if (!pattern) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`);
  } catch (e) {
    throw new KustomizeError(`invalid regular expression '${pattern}' in ${where}: ${(e as Error).message}`);
  }
}

function stringMap(obj: JsonObject): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj)) {
    out.set(k, v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  }
  return out;
}

/** One requirement of a Kubernetes label selector. */
export interface Requirement {
  key: string;
  op: 'exists' | '!' | '=' | '!=' | 'in' | 'notin' | 'gt' | 'lt';
  values: string[];
}

/**
 * Parses a Kubernetes label selector (`a=b,c!=d,e in (x,y),f notin (z),g,!h,i>3`), as labels.Parse does.
 * Throws KustomizeError on bad syntax.
 */
export function parseLabelSelector(text: string): Requirement[] {
  const tokens = tokenize(text);
  const out: Requirement[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new KustomizeError(`unable to parse requirement: ${why} in selector '${text}'`);
  };
  const peek = () => tokens[i];
  if (tokens.length === 0) return out;
  for (;;) {
    let negate = false;
    if (peek() === '!') {
      negate = true;
      i++;
    }
    const key = tokens[i++];
    if (key === undefined || isOperator(key)) fail(`found '${key ?? ''}', expected: identifier`);
    const next = peek();
    if (negate) {
      out.push({ key: key!, op: '!', values: [] });
    } else if (next === undefined || next === ',') {
      out.push({ key: key!, op: 'exists', values: [] });
    } else if (next === '=' || next === '==' || next === '!=') {
      i++;
      let value = peek();
      if (value === undefined || value === ',') value = '';
      else if (isOperator(value)) fail(`found '${value}', expected: identifier`);
      else i++;
      out.push({ key: key!, op: next === '!=' ? '!=' : '=', values: [value] });
    } else if (next === 'in' || next === 'notin') {
      i++;
      if (tokens[i++] !== '(') fail(`found '${tokens[i - 1] ?? ''}', expected: '('`);
      const values: string[] = [];
      for (;;) {
        const t = tokens[i++];
        if (t === ')') {
          if (values.length === 0) values.push('');
          break;
        }
        if (t === ',') {
          values.push('');
          continue;
        }
        if (t === undefined || isOperator(t)) fail(`found '${t ?? ''}', expected: ',', ')' or identifier`);
        values.push(t!);
        const after = tokens[i++];
        if (after === ')') break;
        if (after !== ',') fail(`found '${after ?? ''}', expected: ',' or ')'`);
      }
      out.push({ key: key!, op: next, values });
    } else if (next === '>' || next === '<') {
      i++;
      const value = tokens[i++];
      if (value === undefined || !/^-?\d+$/.test(value)) {
        fail(`for 'Gt', 'Lt' operators, the value must be an integer`);
      }
      out.push({ key: key!, op: next === '>' ? 'gt' : 'lt', values: [value!] });
    } else {
      fail(`found '${next}', expected: in, notin, =, ==, !=, gt, lt`);
    }
    if (peek() === undefined) break;
    if (tokens[i++] !== ',') fail(`found '${tokens[i - 1]}', expected: ','`);
  }
  return out;
}

const OPERATORS = new Set(['!', '=', '==', '!=', '(', ')', ',', '>', '<']);

function isOperator(t: string): boolean {
  return OPERATORS.has(t);
}

function tokenize(text: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
    } else if (c === '=' && text[i + 1] === '=') {
      out.push('==');
      i += 2;
    } else if (c === '!' && text[i + 1] === '=') {
      out.push('!=');
      i += 2;
    } else if ('!=(),<>'.includes(c)) {
      out.push(c);
      i++;
    } else {
      let j = i;
      while (j < text.length && !/\s/.test(text[j]!) && !'!=(),<>'.includes(text[j]!)) j++;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out;
}

export function matchesRequirements(reqs: Requirement[], labels: Map<string, string>): boolean {
  return reqs.every((r) => {
    const has = labels.has(r.key);
    const value = labels.get(r.key) ?? '';
    switch (r.op) {
      case 'exists':
        return has;
      case '!':
        return !has;
      case '=':
      case 'in':
        return has && r.values.includes(value);
      case '!=':
      case 'notin':
        return !has || !r.values.includes(value);
      case 'gt':
      case 'lt': {
        if (!has || !/^-?\d+$/.test(value)) return false;
        const n = BigInt(value);
        const bound = BigInt(r.values[0]!);
        return r.op === 'gt' ? n > bound : n < bound;
      }
    }
  });
}

const SELECTOR_KEYS = ['group', 'version', 'kind', 'name', 'namespace', 'labelSelector', 'annotationSelector'] as const;

/**
 * Reads a selector from a kustomization value. Unknown keys are ignored as kustomize's YAML decoding does;
 * a non-string value is an error naming `field` in `file`.
 */
export function parseSelector(value: JsonValue | undefined, file: string, field: string): Selector {
  if (value === undefined || value === null) return {};
  if (!isJsonObject(value)) {
    throw new KustomizeError(`${field} must be a map of group, version, kind, name, namespace, labelSelector, annotationSelector`, file, field);
  }
  const out: Selector = {};
  for (const key of SELECTOR_KEYS) {
    const v = value[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') {
      throw new KustomizeError(`${field}.${key} must be a string, got ${JSON.stringify(v)}`, file, field);
    }
    out[key] = v;
  }
  return out;
}

/** kustomize's Selector.String: `Deployment.v1.apps/web.ns:a=<annotationSelector>:l=<labelSelector>`. */
export function formatSelector(sel: Selector): string {
  const id: ResId = {
    group: sel.group ?? '',
    version: sel.version ?? '',
    kind: sel.kind ?? '',
    name: sel.name ?? '',
    namespace: sel.namespace ?? '',
  };
  return `${formatKustomizeId(id)}:a=${sel.annotationSelector ?? ''}:l=${sel.labelSelector ?? ''}`;
}
