// Shared helpers for the schema tests: YAML → Resource, and the schema set tests validate against.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments } from 'yaml';
import { Resource } from '../../src/core/kustomize/resource.ts';
import { isJsonObject } from '../../src/core/model/json.ts';
import { createSchemaSource } from '../../src/io/schema-store.ts';

/** The shared schema set: GITOPS_GATE_SCHEMAS (its first location), else ../shared/schemas beside the repository; tests skip when it is absent. */
export const SCHEMAS_DIR = process.env.GITOPS_GATE_SCHEMAS?.split(':')[0] || resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/schemas');
export const SKIP_NO_SCHEMAS = existsSync(`${SCHEMAS_DIR}/kubernetes`) ? false : `no schema data at ${SCHEMAS_DIR}`;

export function resourcesFromYaml(text: string): Resource[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as unknown)
    .filter(isJsonObject)
    .map((obj) => new Resource(obj));
}

/** The offline source every table test uses: the shared layout, no network defaults. */
export function sharedSchemaSource() {
  return createSchemaSource({ locations: [SCHEMAS_DIR], includeDefaults: false });
}
