import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { KustomizeError } from './errors.ts';
import { splitFieldPath, type FieldSpec } from './field-spec.ts';
import { isCertainlyClusterScoped } from './name-reference-config.ts';
import type { ResId, Resource } from './resource.ts';
import type { NameBackReference } from './transformer-config.ts';

/**
 * Fixes name references after renames, as kustomize's nameReference transformer (api/filters/nameref) does
 * once at the end of the top-level build: in every referrer, each field its nameReference field specs reach
 * that holds a name some resource of the target kind had before (prefix/suffix, namespace, hash suffix or a
 * patch renamed it) is rewritten to that resource's current name — and, for `{name, namespace}` maps, its
 * namespace.
 */

/** The name prefixes and suffixes a resource received, innermost kustomization first (non-empty ones only). */
export interface NameAffixes {
  prefixes: readonly string[];
  suffixes: readonly string[];
}

export interface NameReferenceOptions {
  /**
   * The prefixes/suffixes each resource received (kustomize's `prefixes`/`suffixes` build annotations); used to
   * choose between several candidates. Default: the resource's `namePrefixes`/`nameSuffixes` string arrays when
   * it carries them, else none.
   */
  affixesOf?: (r: Resource) => NameAffixes;
  /** Whether an apiVersion/kind is cluster-scoped; default kustomize's builtin OpenAPI facts. */
  isClusterScoped?: (apiVersion: string, kind: string) => boolean;
}

/**
 * Run once at the end of the top-level build: every field in a referral's fieldSpecs that still names a
 * candidate's previous name (or original name) is updated to the candidate's current name. Mutates the
 * referrers' manifests in place. Throws KustomizeError when a field path runs into a scalar, when a map the
 * path reaches has no `name`, or when several different resources could be the one referred to.
 */
export function fixNameReferences(
  resources: Resource[],
  refs: NameBackReference[],
  options: NameReferenceOptions = {},
): void {
  const ctx: Ctx = {
    clusterScoped: options.isClusterScoped ?? isCertainlyClusterScoped,
    affixesOf: options.affixesOf ?? recordedAffixes,
  };
  // Kustomize decides which filters apply to which referrer before running any of them.
  const plan: { referrer: Resource; filters: { spec: FieldSpec; target: Gvk }[] }[] = [];
  const specsFor = specsByKind(refs);
  for (const referrer of resources) {
    const org = orgGvk(referrer);
    const filters: { spec: FieldSpec; target: Gvk }[] = [];
    for (const entry of specsFor(org.kind!)) {
      if (gvkSelectedBy(org, entry.spec)) filters.push(entry);
    }
    if (filters.length > 0) plan.push({ referrer, filters });
  }
  for (const { referrer, filters } of plan) {
    const candidates = candidatesFor(referrer, resources, ctx);
    for (const { spec, target } of filters) {
      applyFilter({ ctx, referrer, spec, target, candidates });
    }
  }
}

/**
 * The field specs (with the target they look for) that may select a referrer of a kind: those naming that
 * kind or none, in the configuration's order. Asked once per referrer, made once per kind and configuration
 * (every build without `configurations:` shares the default one).
 */
function specsByKind(refs: NameBackReference[]): (kind: string) => { spec: FieldSpec; target: Gvk }[] {
  let byKind = specsByKindOf.get(refs);
  if (!byKind) specsByKindOf.set(refs, (byKind = new Map()));
  return (kind) => {
    let specs = byKind.get(kind);
    if (!specs) {
      specs = [];
      for (const ref of refs) for (const spec of ref.fieldSpecs) if (!spec.kind || spec.kind === kind) specs.push({ spec, target: ref });
      byKind.set(kind, specs);
    }
    return specs;
  };
}

const specsByKindOf = new WeakMap<NameBackReference[], Map<string, { spec: FieldSpec; target: Gvk }[]>>();

interface Ctx {
  clusterScoped: (apiVersion: string, kind: string) => boolean;
  affixesOf: (r: Resource) => NameAffixes;
}

interface Gvk {
  group?: string;
  version?: string;
  kind?: string;
}

/** One nameref filter run: one field spec of one referrer, looking for one kind of target. */
interface Filter {
  ctx: Ctx;
  referrer: Resource;
  spec: FieldSpec;
  target: Gvk;
  candidates: Resource[];
}

/** A problem found while walking a referrer; turned into a KustomizeError naming the referrer and field. */
class NameRefProblem extends Error {}

// ---- ids, as kustomize reads them back from its build annotations ----

/** Kustomize splits apiVersion at the first slash. */
function parseApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

function apiVersionOf(id: ResId): string {
  return id.group ? `${id.group}/${id.version}` : id.version;
}

/**
 * Kustomize records previous ids as names, namespaces and kinds only: read back, they carry the resource's
 * *current* group and version.
 */
function prevGvks(r: Resource): Gvk[] {
  const { group, version } = parseApiVersion(r.apiVersion);
  return r.prevIds.map((id) => ({ group, version, kind: id.kind }));
}

function orgGvk(r: Resource): Gvk {
  const { group, version } = parseApiVersion(r.apiVersion);
  return { group, version, kind: r.prevIds[0]?.kind ?? r.kind };
}

const NOT_A_NAMESPACE = '_non_namespaceable_';

function effectiveNamespace(ctx: Ctx, apiVersion: string, kind: string, namespace: string): string {
  if (ctx.clusterScoped(apiVersion, kind)) return NOT_A_NAMESPACE;
  return namespace === '' || namespace === 'default' ? 'default' : namespace;
}

function currentNamespace(ctx: Ctx, r: Resource): string {
  return effectiveNamespace(ctx, r.apiVersion, r.kind, r.namespace);
}

/** Kustomize stored the effective namespace the resource had when it was renamed. */
function originalNamespace(ctx: Ctx, r: Resource): string {
  const org = r.prevIds[0];
  return org ? effectiveNamespace(ctx, apiVersionOf(org), org.kind, org.namespace) : currentNamespace(ctx, r);
}

function isClusterScoped(ctx: Ctx, r: Resource): boolean {
  return ctx.clusterScoped(r.apiVersion, r.kind);
}

function gvkSelectedBy(g: Gvk, selector: Gvk): boolean {
  return (
    (!selector.group || selector.group === g.group) &&
    (!selector.version || selector.version === g.version) &&
    (!selector.kind || selector.kind === g.kind)
  );
}

/** Kustomize's ResId.String(), used in its messages: `Kind.version.group/name.namespace`. */
function idString(r: Resource): string {
  const { group, version } = parseApiVersion(r.apiVersion);
  return `${r.kind || '[noKind]'}.${version || '[noVer]'}.${group || '[noGrp]'}/${r.name || '[noName]'}.${r.namespace || '[noNs]'}`;
}

function recordedAffixes(r: Resource): NameAffixes {
  const rec = r as Resource & { namePrefixes?: unknown; nameSuffixes?: unknown };
  return { prefixes: stringList(rec.namePrefixes), suffixes: stringList(rec.nameSuffixes) };
}

function stringList(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string' && s !== '') : [];
}

// ---- which resources a referrer may refer to at all ----

/**
 * Cluster-scoped referrers may refer to anything; namespaced ones to cluster-scoped resources, to resources in
 * their own namespace, and — for a RoleBinding — to resources in the namespaces its ServiceAccount subjects name.
 */
function candidatesFor(referrer: Resource, resources: Resource[], ctx: Ctx): Resource[] {
  if (isClusterScoped(ctx, referrer)) return resources;
  const ns = currentNamespace(ctx, referrer);
  const subjectNamespaces = roleBindingSubjectNamespaces(referrer);
  return resources.filter(
    (t) => isClusterScoped(ctx, t) || currentNamespace(ctx, t) === ns || subjectNamespaces.has(t.namespace),
  );
}

function roleBindingSubjectNamespaces(r: Resource): Set<string> {
  const out = new Set<string>();
  if (r.kind !== 'RoleBinding' || !Array.isArray(r.obj.subjects)) return out;
  for (const subject of r.obj.subjects) {
    if (!isJsonObject(subject)) {
      throw new KustomizeError(`RoleBinding ${idString(r)}: each of 'subjects' must be a map`, r.source?.file);
    }
    if (!has(subject, 'namespace') || !has(subject, 'kind')) continue;
    if (typeof subject.kind !== 'string') {
      throw new KustomizeError(`RoleBinding ${idString(r)}: a subject's 'kind' must be a string`, r.source?.file);
    }
    if (subject.kind !== 'ServiceAccount') continue;
    if (typeof subject.namespace !== 'string') {
      throw new KustomizeError(`Invalid Input: namespace is blank for resource "${idString(r)}"`, r.source?.file);
    }
    out.add(subject.namespace);
  }
  return out;
}

// ---- walking the referrer's field path ----

function applyFilter(f: Filter): void {
  const segments = splitFieldPath(f.spec.path);
  try {
    if (segments.length === 0) throw new NameRefProblem('cannot set or create an empty field name');
    walk(f.referrer.obj, segments, (holder, key) => setAt(f, holder, key));
  } catch (e) {
    if (!(e instanceof NameRefProblem)) throw e;
    const id = idString(f.referrer);
    throw new KustomizeError(
      `updating name reference in '${f.spec.path}' field of '${id}': considering field '${f.spec.path}' of object ${id}: ${e.message}`,
      f.referrer.source?.file,
    );
  }
}

/**
 * Kustomize's field-spec walk without creation: maps are followed by key, sequences element by element, a
 * missing or null field ends the branch, and a scalar in the middle of the path is an error.
 */
function walk(node: JsonValue | undefined, path: readonly string[], atLeaf: (holder: JsonObject, key: string) => void, from = 0): void {
  // `from`: how far along the path this node is (the path itself is shared, never sliced).
  if (node === undefined || node === null) return;
  if (Array.isArray(node)) {
    for (const item of node) {
      try {
        walk(item, path, atLeaf, from);
      } catch (e) {
        if (e instanceof NameRefProblem) throw new NameRefProblem(`visit traversal on path: [${path.slice(from).join(' ')}]: ${e.message}`);
        throw e;
      }
    }
    return;
  }
  if (!isJsonObject(node)) throw new NameRefProblem('expected sequence or mapping node');
  const segment = path[from]!;
  const key = segment.endsWith('[]') ? segment.slice(0, -2) : segment;
  if (key === '') throw new NameRefProblem('cannot set or create an empty field name');
  if (!has(node, key)) return;
  if (from === path.length - 1) atLeaf(node, key);
  else walk(node[key], path, atLeaf, from + 1);
}

/** The value the field path reached: a name, a `{name, namespace}` map, or a list of either. */
function setAt(f: Filter, holder: JsonObject, key: string): void {
  const value = holder[key];
  if (value === null || value === undefined) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      if (item === null) return;
      if (isJsonObject(item)) setMapping(f, item);
      else if (Array.isArray(item)) {
        throw new NameRefProblem(`${JSON.stringify(item)} is expected to be either a string or a map of string`);
      } else setScalar(f, item, (name) => (value[i] = name));
    });
  } else if (isJsonObject(value)) {
    setMapping(f, value);
  } else {
    setScalar(f, value, (name) => (holder[key] = name));
  }
}

function scalarText(v: string | number | boolean): string {
  return typeof v === 'string' ? v : String(v);
}

function setScalar(f: Filter, value: string | number | boolean, write: (name: string) => void): void {
  const oldName = scalarText(value);
  const referral = selectReferral(f, oldName, f.candidates, allNamesAreTheSame);
  if (referral && referral.name !== oldName) write(referral.name);
}

/**
 * A `{name, namespace}` map (RoleBinding subjects, webhook services, Node configSource): a namespace given
 * narrows the candidates to that namespace (original first, else current), and the map takes both the
 * referral's name and its namespace.
 */
function setMapping(f: Filter, node: JsonObject): void {
  if (!has(node, 'name')) throw new NameRefProblem("path config error; no 'name' field in node");
  const nameValue = node.name;
  const oldName = typeof nameValue === 'string' || typeof nameValue === 'number' || typeof nameValue === 'boolean' ? scalarText(nameValue) : '';
  const candidates = has(node, 'namespace') ? candidatesInNamespace(f, node.namespace) : f.candidates;
  const referral = selectReferral(f, oldName, candidates, allNamesAndNamespacesAreTheSame);
  if (!referral) return;
  if (referral.name === oldName && referral.namespace === '') return;
  node.name = referral.name;
  // An empty namespace is a wildcard, not "default": never write it over what the map says.
  if (referral.namespace !== '') node.namespace = referral.namespace;
}

function candidatesInNamespace(f: Filter, nsValue: JsonValue | undefined): Resource[] {
  const ns = typeof nsValue === 'string' || typeof nsValue === 'number' || typeof nsValue === 'boolean' ? scalarText(nsValue) : '';
  if (ns === NOT_A_NAMESPACE) return [];
  const byOriginal = f.candidates.filter((c) => originalNamespace(f.ctx, c) === ns);
  if (byOriginal.length > 0) return byOriginal;
  return f.candidates.filter((c) => currentNamespace(f.ctx, c) === ns);
}

// ---- choosing the referral ----

type Sieve = (r: Resource) => boolean;

function selectReferral(
  f: Filter,
  oldName: string,
  candidates: Resource[],
  identical: (rs: Resource[]) => boolean,
): Resource | undefined {
  let rs = candidates.filter((r) => r.prevIds.some((id) => id.name === oldName));
  rs = rs.filter(previousGvkSelectedBy(f.target));
  rs = rs.filter(roleRefSieve(f));
  rs = rs.filter(sameNamespaceAsReferrer(f));
  if (rs.length === 1) return rs[0];
  const mine = f.ctx.affixesOf(f.referrer);
  rs = rs.filter((r) => affixesEqual(f.ctx.affixesOf(r), mine, true));
  if (rs.length > 1) rs = rs.filter((r) => affixesEqual(f.ctx.affixesOf(r), mine, false));
  if (rs.length === 1) return rs[0];
  if (rs.length === 0) return undefined;
  if (identical(rs)) return rs[0];
  throw new NameRefProblem(`found multiple possible referrals: ${rs.map(idString).join(', ')}`);
}

function previousGvkSelectedBy(selector: Gvk): Sieve {
  return (r) => prevGvks(r).some((g) => gvkSelectedBy(g, selector));
}

/**
 * A `roleRef/name` names a Role or a ClusterRole according to the roleRef's own apiGroup and kind; without
 * those, any candidate passes.
 */
function roleRefSieve(f: Filter): Sieve {
  if (!f.spec.path.endsWith('roleRef/name')) return () => true;
  const roleRef = f.referrer.obj.roleRef;
  if (!isJsonObject(roleRef) || !has(roleRef, 'apiGroup') || !has(roleRef, 'kind')) return () => true;
  const text = (v: JsonValue | undefined): string =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? scalarText(v) : '';
  return previousGvkSelectedBy({ group: text(roleRef.apiGroup), kind: text(roleRef.kind) });
}

/** Namespaced referrers see cluster-scoped resources, ServiceAccounts anywhere, and their own namespace. */
function sameNamespaceAsReferrer(f: Filter): Sieve {
  if (isClusterScoped(f.ctx, f.referrer)) return () => true;
  const ns = currentNamespace(f.ctx, f.referrer);
  return (r) => isClusterScoped(f.ctx, r) || r.kind === 'ServiceAccount' || currentNamespace(f.ctx, r) === ns;
}

/**
 * Kustomize's PrefixesSuffixesEquals: the two lists of prefixes (and of suffixes) end the same way; with
 * `allowEmpty`, an empty list on either side matches anything.
 */
function affixesEqual(a: NameAffixes, b: NameAffixes, allowEmpty: boolean): boolean {
  const match = (x: readonly string[], y: readonly string[]): boolean =>
    (allowEmpty && (x.length === 0 || y.length === 0)) || sameEnding(x, y);
  return match(a.prefixes, b.prefixes) && match(a.suffixes, b.suffixes);
}

/** Whether the shorter list is the tail of the longer one; an empty list only matches an empty list. */
function sameEnding(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const diff = long.length - short.length;
  if (short.length === 0) return diff === 0;
  return short.every((s, i) => long[i + diff] === s);
}

function allNamesAreTheSame(rs: Resource[]): boolean {
  return rs.every((r) => r.name === rs[0]!.name);
}

function allNamesAndNamespacesAreTheSame(rs: Resource[]): boolean {
  return rs.every((r) => r.name === rs[0]!.name && r.namespace === rs[0]!.namespace);
}

function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
