import type { FieldSpec } from './field-spec.ts';

/**
 * Where a kind's name is referenced from: kustomize's nameReference entry. When a resource of kind `kind`
 * (group/version optional) is renamed, every field in `fieldSpecs` that held its old name is updated.
 */
export interface NameBackReference {
  group?: string;
  version?: string;
  kind: string;
  fieldSpecs: FieldSpec[];
}

/**
 * Kustomize's transformer configuration: the field specs each builtin transformer uses. The defaults are
 * kustomize's builtin tables; a kustomization's `configurations:` files and `crds:` add to them.
 */
export interface TransformerConfig {
  namePrefix: FieldSpec[];
  nameSuffix: FieldSpec[];
  namespace: FieldSpec[];
  commonLabels: FieldSpec[];
  /** Extra field specs that `labels:` entries with includeSelectors use (a `configurations:` key). */
  labels: FieldSpec[];
  /** Field specs that `labels:` entries use when includeTemplates is set (pod templates). */
  templateLabels: FieldSpec[];
  commonAnnotations: FieldSpec[];
  images: FieldSpec[];
  replicas: FieldSpec[];
  nameReference: NameBackReference[];
  varReference: FieldSpec[];
}
