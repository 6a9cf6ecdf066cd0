/**
 * Schema locations as users write them (`--schemas`, `schemas:` in the config, `GITOPS_GATE_SCHEMAS`):
 * a directory or URL with the layout of the shared schema set, or a kubeconform-style URL/path template.
 */
import { splitApiVersion } from '../kustomize/resource.ts';
import { normalizedKubernetesVersion } from './kubernetes-version.ts';

export type SchemaLocation =
  /** `<base>/kubernetes/<version>-standalone-strict/_definitions.json` and `<base>/crds/<group>/<kind>_<version>.json`. */
  | { type: 'layout'; base: string }
  /** A kubeconform template such as `https://…/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json`. */
  | { type: 'template'; template: string };

export class SchemaLocationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SchemaLocationError';
  }
}

/** kubeconform's default set (the yannh/kubernetes-json-schema layout), strict flavour. */
export const KUBECONFORM_DEFAULT_TEMPLATE =
  'https://raw.githubusercontent.com/yannh/kubernetes-json-schema/master/{{.NormalizedKubernetesVersion}}-standalone{{.StrictSuffix}}/{{.ResourceKind}}{{.KindSuffix}}.json';
/** datreeio/CRDs-catalog: one schema per custom resource kind and version. */
export const CRDS_CATALOG_TEMPLATE = 'https://raw.githubusercontent.com/datreeio/CRDs-catalog/main/{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json';

/** The public sets used when nothing else has the schema. */
export const DEFAULT_SCHEMA_LOCATIONS: readonly SchemaLocation[] = [
  { type: 'template', template: KUBECONFORM_DEFAULT_TEMPLATE },
  { type: 'template', template: CRDS_CATALOG_TEMPLATE },
];

export const TEMPLATE_VARIABLES = ['NormalizedKubernetesVersion', 'StrictSuffix', 'ResourceKind', 'ResourceAPIVersion', 'Group', 'KindSuffix'] as const;
export type TemplateVariables = Record<(typeof TEMPLATE_VARIABLES)[number], string>;

const PLACEHOLDER = /\{\{\s*\.?\s*([A-Za-z]+)\s*\}\}/g;

/** Reads one location. `default` names kubeconform's default set, as kubeconform's own flag does. Throws SchemaLocationError. */
export function parseSchemaLocation(text: string): SchemaLocation {
  const value = text.trim();
  if (value === '') throw new SchemaLocationError('empty schema location; expected a directory, a URL or a URL template');
  if (value === 'default') return { type: 'template', template: KUBECONFORM_DEFAULT_TEMPLATE };
  if (!value.includes('{{')) return { type: 'layout', base: value.replace(/\/+$/, '') };
  for (const m of value.matchAll(PLACEHOLDER)) {
    if (!(TEMPLATE_VARIABLES as readonly string[]).includes(m[1]!)) {
      throw new SchemaLocationError(`schema location ${JSON.stringify(value)} uses {{.${m[1]}}}; expected one of ${TEMPLATE_VARIABLES.map((v) => `{{.${v}}}`).join(', ')}`);
    }
  }
  if (value.replace(PLACEHOLDER, '').includes('{{')) {
    throw new SchemaLocationError(`schema location ${JSON.stringify(value)} has an unclosed or unsupported {{ }} placeholder`);
  }
  return { type: 'template', template: value };
}

/**
 * Splits a `:`-separated list (GITOPS_GATE_SCHEMAS) without cutting URLs apart: a `:` that starts `//`,
 * that precedes a URL's port, or that follows a one-letter drive name, belongs to the location.
 */
export function splitSchemaLocations(value: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    const isPort = /^[A-Za-z][\w+.-]*:\/\/[^/]*$/.test(current) && /^\d/.test(value.slice(i + 1));
    const isSeparator = c === ':' && !isPort && !value.startsWith('//', i + 1) && !/^[A-Za-z]$/.test(current) && !/\{\{[^}]*$/.test(current);
    if (isSeparator) {
      if (current.trim()) out.push(current.trim());
      current = '';
    } else {
      current += c;
    }
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** The variables of a kubeconform template for one resource, as kubeconform computes them. */
export function templateVariables(kubernetesVersion: string, apiVersion: string, kind: string): TemplateVariables {
  const { group, version } = splitApiVersion(apiVersion);
  // kubeconform derives the suffix from the apiVersion's first segment: "-apps-v1", "-networking-v1", "-v1".
  const firstSegment = apiVersion.split('/')[0]!.split('.')[0]!.toLowerCase();
  const kindSuffix = group === '' ? `-${version.toLowerCase()}` : `-${firstSegment}-${version.toLowerCase()}`;
  return {
    NormalizedKubernetesVersion: normalizedKubernetesVersion(kubernetesVersion),
    StrictSuffix: '-strict',
    ResourceKind: kind.toLowerCase(),
    ResourceAPIVersion: version,
    Group: group,
    KindSuffix: kindSuffix,
  };
}

export function expandSchemaTemplate(template: string, variables: TemplateVariables): string {
  return template.replace(PLACEHOLDER, (_m, name: string) => variables[name as keyof TemplateVariables] ?? '');
}

export function isUrl(location: string): boolean {
  return /^https?:\/\//i.test(location);
}
