import { applyFieldSpec, gvkSelects, type FieldSpec, type GvkLike } from '../field-spec.ts';
import type { Resource, ResId } from '../resource.ts';
import { scalarText, setScalar } from './field-setters.ts';

/**
 * Kinds whose names kustomize never prefixes or suffixes (matched on the resource's original id): names
 * other objects are keyed by (a CRD's name is `<plural>.<group>`, an APIService's `<version>.<group>`), and
 * Namespaces, which the namespace transformer owns.
 */
const SKIPPED: GvkLike[] = [{ kind: 'CustomResourceDefinition' }, { group: 'apiregistration.k8s.io', kind: 'APIService' }, { kind: 'Namespace' }];

/** The prefixes/suffixes a resource received, innermost kustomization first: what name references use to choose. */
export type WithNameAffixes = Resource & { namePrefixes?: string[]; nameSuffixes?: string[] };

/**
 * Kustomize's PrefixTransformer then SuffixTransformer (what `namePrefix:`/`nameSuffix:` and the
 * PrefixSuffixTransformer plugin run). For each resource not skipped, each field spec that selects its
 * original id adds the prefix (suffix) to the scalar its path reaches; a `metadata/name` spec also records
 * the affix on the resource and its id before the rename (storePreviousId). An empty affix does nothing.
 */
export function applyPrefixSuffix(resources: Resource[], prefix: string, suffix: string, fieldSpecs: FieldSpec[]): void {
  if (prefix !== '') applyAffix(resources, fieldSpecs, 'namePrefixes', (name) => prefix + name);
  if (suffix !== '') applyAffix(resources, fieldSpecs, 'nameSuffixes', (name) => name + suffix);
}

function applyAffix(
  resources: Resource[],
  fieldSpecs: FieldSpec[],
  record: 'namePrefixes' | 'nameSuffixes',
  rename: (current: string) => string,
): void {
  const affix = rename('');
  const set = setScalar((current) => rename(scalarText(current)));
  for (const res of resources) {
    const org = res.orgId();
    if (SKIPPED.some((s) => gvkSelects(s, org))) continue;
    for (const spec of fieldSpecs) {
      if (!gvkSelects(spec, idGvk(org))) continue;
      if (spec.path === 'metadata/name') {
        const r = res as WithNameAffixes;
        r[record] = [...(r[record] ?? []), affix];
        res.storePreviousId();
      }
      applyFieldSpec(res, spec, 'scalar', set);
    }
  }
}

function idGvk(id: ResId): GvkLike {
  return { group: id.group, version: id.version, kind: id.kind };
}

/** The prefixes a resource received (kustomize's `prefixes` build annotation), innermost first. */
export function namePrefixes(res: Resource): string[] {
  return [...((res as WithNameAffixes).namePrefixes ?? [])];
}

/** The suffixes a resource received (kustomize's `suffixes` build annotation), innermost first. */
export function nameSuffixes(res: Resource): string[] {
  return [...((res as WithNameAffixes).nameSuffixes ?? [])];
}

/** Copies recorded affixes to a copy of a resource (Resource.clone does not know about them). */
export function copyNameAffixes(from: Resource, to: Resource): void {
  const f = from as WithNameAffixes;
  const t = to as WithNameAffixes;
  if (f.namePrefixes) t.namePrefixes = [...f.namePrefixes];
  if (f.nameSuffixes) t.nameSuffixes = [...f.nameSuffixes];
}
