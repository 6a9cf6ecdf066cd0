/**
 * The SchemaSource port: where the schema check gets a JSON schema for one apiVersion/kind. The core resolves
 * through loaders passed in (src/io/schema-store.ts implements them for disk, network and cache), so every
 * resolution rule is tested without touching the outside world.
 */
import type { JsonObject } from '../model/json.ts';

export interface SchemaRequest {
  /** Target Kubernetes version as configured: "1.31", "1.31.6" or "master". */
  kubernetesVersion: string;
  apiVersion: string;
  kind: string;
}

/**
 * A schema found for a request. Many kinds share one document (all built-in kinds live in one
 * `_definitions.json`), so a result names the document and a JSON pointer into it: the validator compiles
 * each (document, pointer) once and lets the kinds of one document share their definitions.
 */
export interface ResolvedSchema {
  /** Identity of `document`: equal ids must mean equal content, because compiled validators are cached by it. */
  documentId: string;
  document: JsonObject;
  /** JSON pointer to the kind's schema inside `document`; '' for the whole document. */
  pointer: string;
  /** Where it came from, for messages: a file, a URL, or "CustomResourceDefinition <name>". */
  origin: string;
}

/** Why a location could not answer at all (as opposed to answering "no such schema"). */
export interface SchemaOutage {
  location: string;
  reason: string;
}

export interface SchemaLookup {
  schema?: ResolvedSchema;
  /** Locations that were down while looking; a missing schema is then "could not check", not "unknown". */
  outages: SchemaOutage[];
}

export interface SchemaSource {
  lookup(request: SchemaRequest): Promise<SchemaLookup>;
}

/** What a loader says about one location (a path or URL). */
export type LoadResult =
  | { status: 'ok'; value: unknown }
  | { status: 'absent' }
  /** Unreachable, timed out, unreadable or not JSON: the location is unusable, not merely lacking the file. */
  | { status: 'failed'; reason: string };

/** IO for schema locations; implemented in src/io/schema-store.ts, faked in tests. */
export interface SchemaLoader {
  /** Reads and parses one JSON document. Never throws: failures come back as `failed`. */
  loadJson(location: string): Promise<LoadResult>;
  /** Names in a directory location, or undefined when it cannot be listed (URLs, missing directories). */
  listDir(location: string): Promise<string[] | undefined>;
}

/** Tries sources in order; the first schema wins, outages of all tried sources are kept. */
export function chainSchemaSources(...sources: SchemaSource[]): SchemaSource {
  return {
    async lookup(request) {
      const outages: SchemaOutage[] = [];
      for (const source of sources) {
        const found = await source.lookup(request);
        outages.push(...found.outages);
        if (found.schema) return { schema: found.schema, outages };
      }
      return { outages };
    },
  };
}
