/**
 * Resolves schemas from configured locations, in order, first match wins: shared-layout directories/URLs and
 * kubeconform templates. Each document is loaded and normalized once per run; a location that fails (network
 * down, unreadable) is marked down and not asked again, so an outage costs one timeout, not one per resource.
 */
import { isJsonObject, type JsonObject } from '../model/json.ts';
import { splitApiVersion } from '../kustomize/resource.ts';
import { normalizedKubernetesVersion, pickVersionDir } from './kubernetes-version.ts';
import { expandSchemaTemplate, isUrl, templateVariables, type SchemaLocation } from './locations.ts';
import { normalizeSchema } from './normalize.ts';
import type { ResolvedSchema, SchemaLoader, SchemaLookup, SchemaOutage, SchemaRequest, SchemaSource } from './source.ts';

const STRICT_SUFFIX = '-standalone-strict';

/** A `_definitions.json` ready to serve kinds: normalized once, indexed by group/version/kind. */
interface DefinitionsDocument {
  documentId: string;
  origin: string;
  document: JsonObject;
  byGvk: Map<string, string>;
}

/** A load that failed: kept apart from documents by class, since a document may hold any keys. */
class Failed {
  constructor(readonly outage: SchemaOutage) {}
}

/** Loaded documents: undefined when absent; Failed when the location could not answer. */
type Loaded<T> = T | undefined | Failed;

export class LocationSchemaSource implements SchemaSource {
  private readonly documents = new Map<string, Promise<Loaded<JsonObject>>>();
  private readonly definitions = new Map<string, Promise<Loaded<DefinitionsDocument>>>();
  private readonly versionDirs = new Map<string, Promise<string | undefined>>();
  /** Locations that failed once, with why; they answer every later request with the same outage. */
  private readonly down = new Map<string, SchemaOutage>();

  constructor(
    private readonly locations: readonly SchemaLocation[],
    private readonly loader: SchemaLoader,
  ) {}

  async lookup(request: SchemaRequest): Promise<SchemaLookup> {
    const outages: SchemaOutage[] = [];
    for (const location of this.locations) {
      const key = locationKey(location);
      const isDown = this.down.get(key);
      if (isDown) {
        outages.push(isDown);
        continue;
      }
      const found = location.type === 'layout' ? await this.fromLayout(location.base, request) : await this.fromTemplate(location.template, request);
      if (found instanceof Failed) {
        // A remote location that fails is down for the run; a local file that fails is that file's problem.
        const outage = { location: locationName(location), reason: `${found.outage.location}: ${found.outage.reason}` };
        if (isUrl(found.outage.location)) this.down.set(key, outage);
        outages.push(outage);
      } else if (found) {
        return { schema: found, outages };
      }
    }
    return { outages };
  }

  private async fromLayout(base: string, request: SchemaRequest): Promise<Loaded<ResolvedSchema>> {
    const { group, version } = splitApiVersion(request.apiVersion);
    const versionDir = await this.versionDir(base, request.kubernetesVersion);
    if (versionDir !== undefined) {
      const defs = await this.loadDefinitions(`${base}/kubernetes/${versionDir}${STRICT_SUFFIX}/_definitions.json`);
      if (defs instanceof Failed) return defs;
      const name = defs?.byGvk.get(gvkKey(group, version, request.kind));
      if (defs && name !== undefined) {
        return { documentId: defs.documentId, document: defs.document, pointer: `/definitions/${escapePointer(name)}`, origin: defs.origin };
      }
    }
    if (group === '') return undefined;
    const path = `${base}/crds/${group}/${request.kind.toLowerCase()}_${version}.json`;
    return this.standalone(path);
  }

  private async fromTemplate(template: string, request: SchemaRequest): Promise<Loaded<ResolvedSchema>> {
    const variables = templateVariables(request.kubernetesVersion, request.apiVersion, request.kind);
    // A per-group template (CRDs-catalog) has nothing for the core group; asking would only cost a request.
    if (variables.Group === '' && /\{\{\s*\.?\s*Group\s*\}\}/.test(template)) return undefined;
    const location = expandSchemaTemplate(template, variables);
    return this.standalone(location);
  }

  private async standalone(location: string): Promise<Loaded<ResolvedSchema>> {
    const doc = await this.loadDocument(location);
    if (doc === undefined || doc instanceof Failed) return doc;
    return { documentId: `file:${location}`, document: doc, pointer: '', origin: location };
  }

  /** The `<version>` directory under `<base>/kubernetes` that serves the target version. */
  private versionDir(base: string, kubernetesVersion: string): Promise<string | undefined> {
    const key = `${base}\n${kubernetesVersion}`;
    let found = this.versionDirs.get(key);
    if (!found) {
      found = (async () => {
        // A URL cannot be listed: ask for the version as kubeconform spells it.
        if (isUrl(base)) return normalizedKubernetesVersion(kubernetesVersion);
        const names = await this.loader.listDir(`${base}/kubernetes`);
        if (!names) return undefined;
        const dirs = names.filter((n) => n.endsWith(STRICT_SUFFIX)).map((n) => n.slice(0, -STRICT_SUFFIX.length));
        return pickVersionDir(kubernetesVersion, dirs);
      })();
      this.versionDirs.set(key, found);
    }
    return found;
  }

  private loadDocument(location: string): Promise<Loaded<JsonObject>> {
    let found = this.documents.get(location);
    if (!found) {
      found = this.loader.loadJson(location).then((result): Loaded<JsonObject> => {
        if (result.status === 'absent') return undefined;
        if (result.status === 'failed') return new Failed({ location, reason: result.reason });
        if (!isJsonObject(result.value)) return new Failed({ location, reason: 'not a JSON schema object' });
        return normalizeSchema(result.value, { closeObjects: false });
      });
      this.documents.set(location, found);
    }
    return found;
  }

  private loadDefinitions(location: string): Promise<Loaded<DefinitionsDocument>> {
    let found = this.definitions.get(location);
    if (!found) {
      found = this.loadDocument(location).then((doc): Loaded<DefinitionsDocument> => {
        if (doc === undefined || doc instanceof Failed) return doc;
        if (!isJsonObject(doc.definitions)) return new Failed({ location, reason: 'no "definitions" object' });
        return { documentId: `file:${location}`, origin: location, document: doc, byGvk: indexByGvk(doc.definitions) };
      });
      this.definitions.set(location, found);
    }
    return found;
  }
}

/** Maps group/version/kind to the definition that declares it in `x-kubernetes-group-version-kind`. */
function indexByGvk(definitions: JsonObject): Map<string, string> {
  const byGvk = new Map<string, string>();
  for (const [name, def] of Object.entries(definitions)) {
    if (!isJsonObject(def)) continue;
    const gvks = def['x-kubernetes-group-version-kind'];
    if (!Array.isArray(gvks)) continue;
    for (const gvk of gvks) {
      if (!isJsonObject(gvk) || typeof gvk.kind !== 'string' || typeof gvk.version !== 'string') continue;
      const key = gvkKey(typeof gvk.group === 'string' ? gvk.group : '', gvk.version, gvk.kind);
      // Options kinds (DeleteOptions, WatchEvent…) list every group; a kind's own definition lists one.
      if (!byGvk.has(key) || gvks.length === 1) byGvk.set(key, name);
    }
  }
  return byGvk;
}

function gvkKey(group: string, version: string, kind: string): string {
  return `${group}/${version}/${kind}`;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function locationKey(location: SchemaLocation): string {
  return location.type === 'layout' ? `layout:${location.base}` : `template:${location.template}`;
}

function locationName(location: SchemaLocation): string {
  return location.type === 'layout' ? location.base : location.template;
}
