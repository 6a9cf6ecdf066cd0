import { isJsonObject, setOwn, type JsonValue } from '../../model/json.ts';
import { KustomizeError } from '../errors.ts';
import { applyFieldSpec, describeResource, FieldPathError, type FieldSpec } from '../field-spec.ts';
import { isCertainlyClusterScoped } from '../name-reference-config.ts';
import type { Resource, ResId } from '../resource.ts';
import { scalarText, setScalar } from './field-setters.ts';

/** Which RoleBinding/ClusterRoleBinding subjects get the namespace (NamespaceTransformer's setRoleBindingSubjects). */
export type RoleBindingSubjectMode = 'defaultOnly' | 'allServiceAccounts' | 'none';

export interface NamespaceOptions {
  /** Default `defaultOnly`: only subjects named `default` (any kind) get the namespace. */
  setRoleBindingSubjects?: RoleBindingSubjectMode;
  /** Only fill in namespaces that are missing or empty. */
  unsetOnly?: boolean;
}

const MODES: readonly string[] = ['defaultOnly', 'allServiceAccounts', 'none'];

/**
 * Kustomize's NamespaceTransformer. For every resource: records its id (storePreviousId), sets
 * metadata.namespace unless the kind is certainly cluster-scoped, sets the namespace of matching
 * (Cluster)RoleBinding subjects, and sets every other place `fieldSpecs` reach (a v1 Namespace's own name,
 * APIService and CRD conversion webhook services by default). Fails when two resources end up with one id.
 */
export function applyNamespace(resources: Resource[], namespace: string, fieldSpecs: FieldSpec[], opts: NamespaceOptions = {}): void {
  if (namespace === '') return;
  const mode = opts.setRoleBindingSubjects ?? 'defaultOnly';
  if (!MODES.includes(mode)) {
    throw new KustomizeError(
      `invalid value "${String(mode)}" for setRoleBindingSubjects: must be one of "defaultOnly", "none" or "allServiceAccounts"`,
      undefined,
      'transformers',
    );
  }
  const set = setScalar((current) => (opts.unsetOnly && scalarText(current) !== '' ? undefined : namespace));
  for (const res of resources) {
    if (Object.keys(res.obj).length === 0) continue;
    res.storePreviousId();
    setNamespaceIn(res, fieldSpecs, mode, set);
    const id = res.curId();
    const same = resources.filter((r) => sameId(r.curId(), id));
    if (same.length !== 1) {
      throw new KustomizeError(`namespace transformation produces ID conflict: [${same.map(describeResource).join(', ')}]`, res.source?.file);
    }
  }
}

function setNamespaceIn(
  res: Resource,
  fieldSpecs: FieldSpec[],
  mode: RoleBindingSubjectMode,
  set: ReturnType<typeof setScalar>,
): void {
  // metadata/namespace is handled by the cluster-scope check below, never by a field spec; metadata/name
  // (a Namespace's own name) only for apiVersion v1.
  let specs = fieldSpecs.filter((s) => s.path !== 'metadata/namespace' && (res.apiVersion === 'v1' || s.path !== 'metadata/name'));
  if (!isCertainlyClusterScoped(res.apiVersion, res.kind)) {
    applyFieldSpec(res, { path: 'metadata/namespace', create: true }, 'scalar', set);
  }
  if (isRoleBinding(res.kind)) {
    specs = specs.filter((s) => !(isRoleBinding(s.kind ?? '') && s.path === 'subjects/namespace'));
    setSubjectNamespaces(res, mode, set);
  }
  try {
    for (const spec of specs) applyFieldSpec(res, spec, 'scalar', set);
  } catch (e) {
    if (e instanceof KustomizeError && /wrong node kind: expected ScalarNode but got (Mapping|Sequence)Node/.test(e.message)) {
      throw new KustomizeError(`namespace field specs must target scalar nodes: ${e.message}`, e.file);
    }
    throw e;
  }
}

function isRoleBinding(kind: string): boolean {
  return kind === 'RoleBinding' || kind === 'ClusterRoleBinding';
}

function setSubjectNamespaces(res: Resource, mode: RoleBindingSubjectMode, set: ReturnType<typeof setScalar>): void {
  if (mode === 'none') return;
  const subjects = res.obj.subjects;
  if (subjects === undefined || subjects === null) return;
  const fail = (why: string) =>
    new KustomizeError(`setting namespace on (cluster)role binding subjects of ${describeResource(res)}: ${why}`, res.source?.file);
  if (!Array.isArray(subjects)) throw fail('subjects must be a list');
  for (const subject of subjects) {
    if (subject === null) continue;
    if (!isJsonObject(subject)) throw fail('each subject must be a map');
    const selected = mode === 'defaultOnly' ? isScalar(subject.name, 'default') : isScalar(subject.kind, 'ServiceAccount');
    if (!selected) continue;
    if (!Object.prototype.hasOwnProperty.call(subject, 'namespace')) setOwn(subject, 'namespace', '');
    try {
      set(subject, 'namespace');
    } catch (e) {
      if (e instanceof FieldPathError) throw fail(e.message);
      throw e;
    }
  }
}

function isScalar(v: JsonValue | undefined, text: string): boolean {
  return v !== undefined && !isJsonObject(v) && !Array.isArray(v) && scalarText(v) === text;
}

/**
 * Kustomize's ResId.Equals: same group, version, kind and name, and the same effective namespace (none and
 * `default` are one; cluster-scoped kinds have none at all).
 */
export function sameId(a: ResId, b: ResId): boolean {
  return a.group === b.group && a.version === b.version && a.kind === b.kind && a.name === b.name && effectiveNamespace(a) === effectiveNamespace(b);
}

/** Kustomize's ResId.EffectiveNamespace. */
export function effectiveNamespace(id: ResId): string {
  const apiVersion = id.group ? `${id.group}/${id.version}` : id.version;
  if (isCertainlyClusterScoped(apiVersion, id.kind)) return '_non_namespaceable_';
  return id.namespace === '' ? 'default' : id.namespace;
}
