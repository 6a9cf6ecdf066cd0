import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';

/** Identity of a resource as kustomize sees it: group/version/kind plus namespace and name. */
export interface ResId {
  group: string;
  version: string;
  kind: string;
  name: string;
  /** '' when the resource has no namespace. */
  namespace: string;
}

/** Where a document came from: its file (absolute FileSystem path), document index and line/column (1-based). */
export interface SourceRef {
  file: string;
  doc: number;
  line: number;
  column: number;
}

export type GeneratorBehavior = 'create' | 'merge' | 'replace';

/** What a generator said about a resource it made (kustomize's generator options). */
export interface GeneratedInfo {
  behavior: GeneratorBehavior;
  /** Whether a content-hash suffix is appended to the name at the end of the build. */
  hash: boolean;
}

/** Kustomize's ParseGroupVersion: group before the first `/`, version after it; no `/` is the core group. */
export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

export function formatResId(id: ResId): string {
  const gvk = id.group ? `${id.group}_${id.version}_${id.kind}` : `${id.version}_${id.kind}`;
  return `${gvk}|${id.namespace || '~X'}|${id.name}`;
}

/**
 * One resource in a build. `obj` is mutated in place by transformers; the other fields are kustomize's
 * bookkeeping, which kustomize itself keeps in internal annotations.
 */
export class Resource {
  /** Ids this resource had before a transformer renamed, re-namespaced or re-kinded it; oldest first. */
  prevIds: ResId[] = [];
  /** Patches applied to this resource, in order: provenance for values a patch set. */
  readonly patches: SourceRef[] = [];
  /** Set on resources made by configMapGenerator / secretGenerator. */
  generated?: GeneratedInfo;
  /**
   * Name prefixes and suffixes applied so far, innermost first. Name references use them to tell apart
   * same-named resources from different bases (kustomize keeps them in internal annotations).
   */
  namePrefixes: string[] = [];
  nameSuffixes: string[] = [];

  constructor(
    public obj: JsonObject,
    /** The document this resource came from; undefined for generated resources. */
    public source?: SourceRef,
  ) {}

  get apiVersion(): string {
    return typeof this.obj.apiVersion === 'string' ? this.obj.apiVersion : '';
  }
  get kind(): string {
    return typeof this.obj.kind === 'string' ? this.obj.kind : '';
  }
  get metadata(): JsonObject {
    const md = this.obj.metadata;
    return isJsonObject(md) ? md : {};
  }
  get name(): string {
    const n = this.metadata.name;
    return typeof n === 'string' ? n : '';
  }
  get namespace(): string {
    const n = this.metadata.namespace;
    return typeof n === 'string' ? n : '';
  }

  /** The current id. */
  curId(): ResId {
    const { group, version } = splitApiVersion(this.apiVersion);
    return { group, version, kind: this.kind, name: this.name, namespace: this.namespace };
  }

  /** The id this resource had when it entered the build (before any rename). */
  orgId(): ResId {
    return this.prevIds[0] ?? this.curId();
  }

  /** Every id it has had, oldest first, then the current one. */
  allIds(): ResId[] {
    return [...this.prevIds, this.curId()];
  }

  /** Records the current id as a previous one; call before renaming, re-namespacing or re-kinding. */
  storePreviousId(): void {
    this.prevIds.push(this.curId());
  }

  private ensureMetadata(): JsonObject {
    if (!isJsonObject(this.obj.metadata)) this.obj.metadata = {};
    return this.obj.metadata as JsonObject;
  }

  setName(name: string): void {
    this.ensureMetadata().name = name;
  }

  setNamespace(namespace: string): void {
    this.ensureMetadata().namespace = namespace;
  }

  labels(): JsonObject {
    const l = this.metadata.labels;
    return isJsonObject(l) ? l : {};
  }

  annotations(): JsonObject {
    const a = this.metadata.annotations;
    return isJsonObject(a) ? a : {};
  }

  /** A shallow copy of the bookkeeping with a deep copy of the manifest (keys written without a value stay so). */
  clone(): Resource {
    const r = new Resource(cloneJson(this.obj), this.source);
    r.prevIds = this.prevIds.map((id) => ({ ...id }));
    r.patches.push(...this.patches);
    if (this.generated) r.generated = { ...this.generated };
    r.namePrefixes = [...this.namePrefixes];
    r.nameSuffixes = [...this.nameSuffixes];
    return r;
  }
}

export function getPath(obj: JsonValue | undefined, path: string[]): JsonValue | undefined {
  let cur: JsonValue | undefined = obj;
  for (const seg of path) {
    if (!isJsonObject(cur)) return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, seg) ? cur[seg] : undefined;
  }
  return cur;
}
