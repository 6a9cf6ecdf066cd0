/**
 * CRD schemas repeat large subtrees (a PodSpec, an affinity, a secret reference) dozens of times, and ajv
 * generates code for every copy: Argo CD's Application schema (70 kB) became 1.8 MB of code. Moving each
 * large repeated subtree to `$defs` once and pointing at it with `$ref` lets ajv compile it once.
 */
import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';
import { mapSubschemas } from './schema-walk.ts';

/** Subtrees smaller than this (in JSON characters) stay inline: a call costs more than the code saved. */
const MIN_SHARED_SIZE = 300;
const SHARED_PREFIX = 'gitops-gate-shared-';

interface Node {
  id: number;
  size: number;
  /** The node with its subschemas replaced by `{"#": childId}` placeholders; shared by equal subtrees. */
  shallow: JsonObject;
}

/** Returns the document with repeated large subschemas hoisted into `$defs`; unchanged when nothing repeats. */
export function shareRepeatedSubschemas(document: JsonObject): JsonObject {
  const byKey = new Map<string, Node>();
  const nodes: Node[] = [];
  const counts: number[] = [];

  // Hash-consing: equal subtrees get the same id, bottom-up, in one pass.
  function intern(schema: JsonObject): number {
    let size = 0;
    const shallow = mapSubschemas(schema, (child) => {
      const id = intern(child);
      size += nodes[id]!.size;
      return { '#': id };
    });
    const key = JSON.stringify(shallow);
    let node = byKey.get(key);
    if (!node) {
      node = { id: nodes.length, size: size + key.length, shallow };
      nodes.push(node);
      counts.push(0);
      byKey.set(key, node);
    }
    counts[node.id]!++;
    return node.id;
  }

  const rootId = intern(document);
  const shared = new Map<number, string>();
  for (const node of nodes) {
    if (node.id !== rootId && counts[node.id]! > 1 && node.size >= MIN_SHARED_SIZE && !hasRelativeRef(node.shallow)) {
      shared.set(node.id, `${SHARED_PREFIX}${node.id}`);
    }
  }
  if (shared.size === 0) return document;

  const defs: JsonObject = {};
  const built = new Map<number, JsonObject>();
  function build(id: number, asRoot = false): JsonValue {
    const name = shared.get(id);
    if (name !== undefined && !asRoot) {
      if (!(name in defs)) setOwn(defs, name, build(id, true));
      return { $ref: `#/$defs/${name}` };
    }
    let done = built.get(id);
    if (!done) {
      done = mapSubschemas(nodes[id]!.shallow, (placeholder) => build(placeholder['#'] as number));
      built.set(id, done);
    }
    return done;
  }
  const root = build(rootId, true) as JsonObject;
  const existing = isJsonObject(root.$defs) ? root.$defs : {};
  return { ...root, $defs: { ...existing, ...defs } };
}

/** A subtree with `$ref`s that are not document-absolute (`#/…`) would change meaning when moved. */
function hasRelativeRef(shallow: JsonObject): boolean {
  const ref = shallow.$ref;
  return typeof ref === 'string' && !ref.startsWith('#/');
}
