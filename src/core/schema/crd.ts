/**
 * Schemas of the custom resources a repository defines itself: each served version of a
 * CustomResourceDefinition, its `openAPIV3Schema` closed the way the API server enforces it. These win over
 * every other source, because they are exactly the CRD version the environment deploys.
 */
import { isJsonObject, type JsonObject } from '../model/json.ts';
import { splitApiVersion } from '../kustomize/resource.ts';
import { normalizeSchema } from './normalize.ts';
import type { ResolvedSchema, SchemaLookup, SchemaRequest, SchemaSource } from './source.ts';

export interface CrdVersionSchema {
  group: string;
  version: string;
  kind: string;
  /** The CRD's metadata.name, for messages. */
  crdName: string;
  /** The raw openAPIV3Schema. */
  openApiSchema: JsonObject;
}

export function isCrd(obj: JsonObject): boolean {
  return obj.kind === 'CustomResourceDefinition' && typeof obj.apiVersion === 'string' && obj.apiVersion.startsWith('apiextensions.k8s.io/');
}

/**
 * The served versions of a CRD with their schemas (apiextensions v1, and v1beta1's shared `validation`).
 * A malformed CRD yields what can be read of it: its own faults are the schema check's findings on the CRD.
 */
export function crdVersionSchemas(crd: JsonObject): CrdVersionSchema[] {
  const spec = crd.spec;
  if (!isJsonObject(spec) || typeof spec.group !== 'string' || !isJsonObject(spec.names) || typeof spec.names.kind !== 'string') return [];
  const metadata = isJsonObject(crd.metadata) ? crd.metadata : {};
  const base = {
    group: spec.group,
    kind: spec.names.kind,
    crdName: typeof metadata.name === 'string' ? metadata.name : `${spec.names.kind}.${spec.group}`,
  };
  const shared = openApiSchemaOf(spec.validation);
  const out: CrdVersionSchema[] = [];
  const versions = Array.isArray(spec.versions) ? spec.versions : [];
  for (const v of versions) {
    if (!isJsonObject(v) || typeof v.name !== 'string' || v.served === false) continue;
    const schema = openApiSchemaOf(v.schema) ?? shared;
    if (schema) out.push({ ...base, version: v.name, openApiSchema: schema });
  }
  if (versions.length === 0 && typeof spec.version === 'string' && shared) {
    out.push({ ...base, version: spec.version, openApiSchema: shared });
  }
  return out;
}

function openApiSchemaOf(holder: unknown): JsonObject | undefined {
  return isJsonObject(holder) && isJsonObject(holder.openAPIV3Schema) ? holder.openAPIV3Schema : undefined;
}

/** Repository CRDs as a SchemaSource. Register every CRD of an environment, then look up its resources. */
export class CrdSchemaRegistry implements SchemaSource {
  private readonly byGvk = new Map<string, ResolvedSchema>();

  /** Registers every served version of a CRD object; later registrations of the same kind win. */
  registerCrd(crd: JsonObject): void {
    for (const v of crdVersionSchemas(crd)) {
      const text = JSON.stringify(v.openApiSchema);
      this.byGvk.set(gvkKey(v.group, v.version, v.kind), {
        // The content hash lets two environments deploying the same CRD share one compiled validator.
        documentId: `crd:${v.group}/${v.version}/${v.kind}@${fnv1a(text)}-${text.length}`,
        document: normalizeSchema(v.openApiSchema, { closeObjects: true }),
        pointer: '',
        origin: `CustomResourceDefinition ${v.crdName}`,
      });
    }
  }

  get size(): number {
    return this.byGvk.size;
  }

  async lookup(request: SchemaRequest): Promise<SchemaLookup> {
    const { group, version } = splitApiVersion(request.apiVersion);
    const schema = this.byGvk.get(gvkKey(group, version, request.kind));
    return schema ? { schema, outages: [] } : { outages: [] };
  }
}

function gvkKey(group: string, version: string, kind: string): string {
  return `${group}/${version}/${kind}`;
}

/** FNV-1a, 32 bits, hex: a cheap content fingerprint (not security relevant). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
