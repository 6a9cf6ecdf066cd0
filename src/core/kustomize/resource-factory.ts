import { isJsonObject, type JsonObject } from '../model/json.ts';
import type { YamlDocument } from '../yaml/parse.ts';
import { KustomizeError } from './errors.ts';
import { Resource } from './resource.ts';

/**
 * Turns the documents of a manifest file into resources, as kustomize's resource factory does: empty
 * documents are dropped, `*List` kinds with `items` are inlined, and every resource needs a kind and a name.
 */
export function resourcesFromDocuments(docs: YamlDocument[], file: string): Resource[] {
  const out: Resource[] = [];
  for (const doc of docs) {
    const value = doc.value;
    if (value === null || (isJsonObject(value) && Object.keys(value).length === 0)) continue;
    if (!isJsonObject(value)) {
      throw new KustomizeError(
        `document ${doc.index + 1} is not a Kubernetes object (a map with apiVersion, kind and metadata)`,
        file,
        undefined,
        doc.line,
      );
    }
    const source = { file, doc: doc.index, line: doc.line, column: doc.column };
    addObject(value, source, out, file);
  }
  return out;
}

function addObject(obj: JsonObject, source: Resource['source'] & object, out: Resource[], file: string): void {
  const kind = obj.kind;
  if (typeof kind !== 'string' || kind === '') {
    throw new KustomizeError(`missing 'kind' in the document at line ${source.line}`, file, undefined, source.line);
  }
  if (kind.endsWith('List') && Array.isArray(obj.items)) {
    for (const item of obj.items) {
      if (item === null) continue;
      if (!isJsonObject(item)) {
        throw new KustomizeError(`an item of the ${kind} at line ${source.line} is not an object`, file, undefined, source.line);
      }
      addObject(item, source, out, file);
    }
    return;
  }
  const md = obj.metadata;
  if (!isJsonObject(md) || typeof md.name !== 'string' || md.name === '') {
    const named = isJsonObject(md) && (typeof md.generateName === 'string');
    if (!named) {
      throw new KustomizeError(
        `missing metadata.name in the ${kind} at line ${source.line}`,
        file,
        undefined,
        source.line,
      );
    }
  }
  out.push(new Resource(obj, source));
}
