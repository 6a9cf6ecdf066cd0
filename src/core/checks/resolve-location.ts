import type { FileSystem } from '../ports.ts';
import { readText } from '../ports.ts';
import { isJsonObject, type JsonValue } from '../model/json.ts';
import type { Resource, SourceRef } from '../kustomize/resource.ts';
import { parseYamlDocuments } from '../yaml/parse.ts';
import { readDocumentsOnce } from '../kustomize/parse-cache.ts';
import { locateInYaml } from '../yaml/locate.ts';

export interface SourcePosition {
  file: string;
  line: number;
  column?: number;
}

/**
 * Positions already found, by rendered resource and pointer. A resource object is only shared between
 * runs when its render was reused — the same bytes read — so its positions hold in both (a pull request's
 * head and base).
 */
export type PlacementMemo = WeakMap<Resource, Map<string, SourcePosition | undefined>>;

/**
 * Finds where in the repository a value of a rendered resource was written: the last patch that set it,
 * else the document the resource came from. List indices of the rendered resource are translated by the
 * element's `name` (merged lists reorder), and a path missing from every source falls back to the line of
 * its deepest ancestor. Files are read once per resolver.
 */
export class LocationResolver {
  private readonly texts = new Map<string, string | undefined>();
  private readonly docs = new Map<string, JsonValue[] | undefined>();

  constructor(
    private readonly fs: FileSystem,
    private readonly memo?: PlacementMemo,
  ) {}

  locate(resource: Resource, pointer: string | undefined): SourcePosition | undefined {
    if (!this.memo) return this.find(resource, pointer);
    let known = this.memo.get(resource);
    if (!known) {
      known = new Map();
      this.memo.set(resource, known);
    }
    const key = pointer ?? '';
    if (known.has(key)) return known.get(key);
    const found = this.find(resource, pointer);
    known.set(key, found);
    return found;
  }

  private find(resource: Resource, pointer: string | undefined): SourcePosition | undefined {
    const segments = pointer ? parsePointer(pointer) : [];
    const candidates: SourceRef[] = [...resource.patches].reverse();
    if (resource.source) candidates.push(resource.source);
    let fallback: SourcePosition | undefined;
    for (const ref of candidates) {
      const path = this.translate(ref, segments, resource.obj);
      const text = this.text(ref.file);
      if (text === undefined || path === undefined) continue;
      const pos = locateInYaml(text, ref.doc, path);
      if (!pos) continue;
      if (pos.exact) return { file: ref.file, line: pos.line, column: pos.column };
      // Only the resource's own document is a fair fallback: a patch that never touched the path is not.
      if (ref === resource.source) fallback = { file: ref.file, line: pos.line, column: pos.column };
    }
    if (fallback) return fallback;
    return resource.source ? { file: resource.source.file, line: resource.source.line } : undefined;
  }

  /**
   * A finding about a file itself (a kustomization's deprecated or broken field) whose pointer names a
   * field of the file's first document: the line of that field.
   */
  locateField<T extends { file?: string; line?: number; path?: string; resource?: unknown }>(f: T, repoRoot: string): T {
    if (!f.file || f.line || !f.path || f.resource) return f;
    const abs = f.file.startsWith('/') ? f.file : `${repoRoot.replace(/\/$/, '')}/${f.file}`;
    const text = this.text(abs);
    if (text === undefined) return f;
    const pos = locateInYaml(text, 0, parsePointer(f.path));
    return pos ? { ...f, line: pos.line, column: pos.column } : f;
  }

  /** The pointer as a path into the source document, list indices mapped by element name. */
  private translate(ref: SourceRef, segments: string[], rendered: JsonValue): (string | number)[] | undefined {
    const doc = this.doc(ref);
    const out: (string | number)[] = [];
    let r: JsonValue | undefined = rendered;
    let s: JsonValue | undefined = doc;
    for (const seg of segments) {
      if (Array.isArray(r)) {
        const i = Number(seg);
        const item: JsonValue | undefined = r[i];
        let j = i;
        if (Array.isArray(s) && isJsonObject(item) && typeof item.name === 'string') {
          const found = s.findIndex((x) => isJsonObject(x) && x.name === item.name);
          if (found >= 0) j = found;
        }
        out.push(j);
        r = item;
        s = Array.isArray(s) ? s[j] : undefined;
      } else {
        out.push(seg);
        r = isJsonObject(r) ? r[seg] : undefined;
        s = isJsonObject(s) ? s[seg] : undefined;
      }
    }
    return out;
  }

  private text(file: string): string | undefined {
    if (!this.texts.has(file)) {
      let t: string | undefined;
      try {
        t = readText(this.fs, file);
      } catch {
        t = undefined;
      }
      this.texts.set(file, t);
    }
    return this.texts.get(file);
  }

  private doc(ref: SourceRef): JsonValue | undefined {
    if (!this.docs.has(ref.file)) {
      const text = this.text(ref.file);
      let values: JsonValue[] | undefined;
      try {
        if (text !== undefined) {
          values = [];
          // The build parsed this file already; the shared cache answers without parsing it again.
          for (const d of readDocumentsOnce(text, ref.file, parseYamlDocuments)) values[d.index] = d.value;
        }
      } catch {
        values = undefined;
      }
      this.docs.set(ref.file, values);
    }
    return this.docs.get(ref.file)?.[ref.doc];
  }
}

export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
