// Test harness for name references: builds Resource objects from YAML and renames them the way the prefix/
// suffix, namespace and hash transformers do (storePreviousId, then the change), so fixNameReferences can be
// tested without the rest of the engine.
import assert from 'node:assert/strict';
import { parseAllDocuments } from 'yaml';
import { isJsonObject, type JsonObject } from '../../src/core/model/json.ts';
import { defaultNameReferences, isCertainlyClusterScoped } from '../../src/core/kustomize/name-reference-config.ts';
import { fixNameReferences, type NameAffixes } from '../../src/core/kustomize/name-reference.ts';
import { Resource } from '../../src/core/kustomize/resource.ts';
import type { NameBackReference } from '../../src/core/kustomize/transformer-config.ts';

export function parseObjects(text: string): JsonObject[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as unknown)
    .filter((o): o is JsonObject => isJsonObject(o));
}

export function load(text: string, file = 'resources.yaml'): Resource[] {
  return parseObjects(text).map((o, i) => new Resource(o, { file, doc: i, line: 1, column: 1 }));
}

/** Kinds kustomize's prefix/suffix transformers leave alone. */
const NOT_RENAMED = new Set(['CustomResourceDefinition', 'APIService', 'Namespace']);

/** Renames resources as kustomize's transformers do, remembering the prefixes and suffixes each received. */
export class Renamer {
  private readonly affixes = new Map<Resource, { prefixes: string[]; suffixes: string[] }>();

  affixesOf = (r: Resource): NameAffixes => this.affixes.get(r) ?? { prefixes: [], suffixes: [] };

  private entry(r: Resource): { prefixes: string[]; suffixes: string[] } {
    let e = this.affixes.get(r);
    if (!e) {
      e = { prefixes: [], suffixes: [] };
      this.affixes.set(r, e);
    }
    return e;
  }

  prefix(rs: Resource[], prefix: string): this {
    for (const r of rs) {
      if (NOT_RENAMED.has(r.kind)) continue;
      if (prefix === '') continue;
      this.entry(r).prefixes.push(prefix);
      r.storePreviousId();
      r.setName(prefix + r.name);
    }
    return this;
  }

  suffix(rs: Resource[], suffix: string): this {
    for (const r of rs) {
      if (NOT_RENAMED.has(r.kind)) continue;
      if (suffix === '') continue;
      this.entry(r).suffixes.push(suffix);
      r.storePreviousId();
      r.setName(r.name + suffix);
    }
    return this;
  }

  /**
   * The namespace transformer: every resource gets a previous id; namespaced ones move, and an APIService's
   * service namespace is set (kustomize's namespace field specs; RoleBinding subjects are not simulated).
   */
  namespace(rs: Resource[], ns: string): this {
    for (const r of rs) {
      r.storePreviousId();
      if (!isCertainlyClusterScoped(r.apiVersion, r.kind)) r.setNamespace(ns);
      const spec = r.obj.spec;
      if (r.kind === 'APIService' && isJsonObject(spec)) {
        if (!isJsonObject(spec.service)) spec.service = {};
        (spec.service as JsonObject).namespace = ns;
      }
    }
    return this;
  }

  /** A content-hash suffix (the hash itself is taken from the real tool's output). */
  hash(r: Resource, hash: string): this {
    r.storePreviousId();
    r.setName(`${r.name}-${hash}`);
    return this;
  }

  fix(rs: Resource[], refs: NameBackReference[] = defaultNameReferences()): void {
    fixNameReferences(rs, refs, { affixesOf: this.affixesOf });
  }
}

export function find(rs: Resource[], kind: string, name: string): Resource {
  const r = rs.find((x) => x.kind === kind && x.name === name);
  assert.ok(r, `no ${kind} ${name}`);
  return r;
}

function key(o: JsonObject): string {
  const md = isJsonObject(o.metadata) ? o.metadata : {};
  return `${String(o.apiVersion)} ${String(o.kind)} ${String(md.namespace ?? '')} ${String(md.name)}`;
}

/** Every resource equals the one with the same apiVersion/kind/namespace/name in the real tool's output. */
export function assertMatchesOutput(rs: Resource[], expectedYaml: string): void {
  const expected = new Map(parseObjects(expectedYaml).map((o) => [key(o), o]));
  assert.deepEqual(
    rs.map((r) => key(r.obj)).sort(),
    [...expected.keys()].sort(),
    'same set of resources',
  );
  for (const r of rs) assert.deepEqual(r.obj, expected.get(key(r.obj)), key(r.obj));
}
