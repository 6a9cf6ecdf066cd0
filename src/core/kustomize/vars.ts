import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { KustomizeError } from './errors.ts';
import { describeResource, FieldPathError, fieldSpecSelects, splitFieldPath, visitFieldPath, type FieldSpec } from './field-spec.ts';
import { kyamlSplitPath } from './replacements.ts';
import type { ResId, Resource } from './resource.ts';
import { formatGvk, gvknEquals, idEquals, isClusterScoped } from './selector.ts';

/*
 * kustomize's (deprecated) vars: `$(NAME)` in the varReference fields is replaced, at the end of the
 * top-level build, by a field of the resource the var's objref names. A var is bound to its resource when
 * the kustomization that declares it is done (after its transformers), matching any id the resource has
 * had; the value is read from that resource at the end, so it sees later renames.
 */

export interface VarSpec {
  name: string;
  objref: { apiVersion?: string; group?: string; version?: string; kind: string; name: string; namespace?: string };
  fieldref?: { fieldpath?: string };
}

/** A var declared somewhere in the build and the resource it was bound to (undefined: none matched). */
export interface BoundVar {
  spec: VarSpec;
  resource?: Resource;
}

/**
 * Reads a kustomization's `vars:` value. Keys are matched without regard to case, as kustomize's JSON
 * decoding does (`fieldPath`, `fieldpath` and `FieldPath` are the same key).
 */
export function parseVars(value: JsonValue | undefined, file: string): VarSpec[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new KustomizeError('vars must be a list', file, 'vars');
  return value.map((v, i) => parseVar(v, file, `vars[${i}]`));
}

function parseVar(v: JsonValue, file: string, where: string): VarSpec {
  if (!isJsonObject(v)) throw new KustomizeError(`${where} must be a map`, file, 'vars');
  const name = str(pick(v, 'name'), `${where}.name`, file) ?? '';
  const objref = pick(v, 'objref');
  if (objref !== undefined && objref !== null && !isJsonObject(objref)) {
    throw new KustomizeError(`${where}.objref must be a map`, file, 'vars');
  }
  const o = (objref ?? {}) as JsonObject;
  const spec: VarSpec = {
    name,
    objref: {
      kind: str(pick(o, 'kind'), `${where}.objref.kind`, file) ?? '',
      name: str(pick(o, 'name'), `${where}.objref.name`, file) ?? '',
    },
  };
  for (const key of ['apiVersion', 'group', 'version', 'namespace'] as const) {
    const s = str(pick(o, key), `${where}.objref.${key}`, file);
    if (s !== undefined) spec.objref[key] = s;
  }
  const fieldref = pick(v, 'fieldref');
  if (fieldref !== undefined && fieldref !== null) {
    if (!isJsonObject(fieldref)) throw new KustomizeError(`${where}.fieldref must be a map`, file, 'vars');
    const fp = str(pick(fieldref, 'fieldPath'), `${where}.fieldref.fieldPath`, file);
    spec.fieldref = fp === undefined ? {} : { fieldpath: fp };
  }
  return spec;
}

/** Accepts a VarSpec or the raw `vars:` entry it came from (any key casing). */
function normalize(v: VarSpec, file: string): VarSpec {
  return parseVar(v as unknown as JsonValue, file, `var '${String((v as { name?: unknown }).name ?? '')}'`);
}

function pick(obj: JsonObject, key: string): JsonValue | undefined {
  if (Object.prototype.hasOwnProperty.call(obj, key)) return obj[key];
  const lower = key.toLowerCase();
  const found = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return found === undefined ? undefined : obj[found];
}

function str(v: JsonValue | undefined, where: string, file: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new KustomizeError(`${where} must be a string, got ${JSON.stringify(v)}`, file, 'vars');
  return v;
}

/** kustomize's Var.Defaulting: fieldPath defaults to metadata.name; apiVersion fills group and version. */
function defaulted(raw: VarSpec, file: string): VarSpec {
  const spec = normalize(raw, file);
  const objref = { ...spec.objref };
  if (objref.apiVersion) {
    const parts = objref.apiVersion.split('/');
    if (parts.length === 2) {
      objref.group = parts[0];
      objref.version = parts[1];
    } else if (parts.length === 1) {
      objref.version = parts[0];
    }
  }
  return { name: spec.name, objref, fieldref: { fieldpath: spec.fieldref?.fieldpath || 'metadata.name' } };
}

/** A var as Go's %v prints it in kustomize's messages: `{NAME Kind.version.group {fieldpath}}`. */
function formatVar(spec: VarSpec): string {
  const gvk = formatGvk({ group: spec.objref.group ?? '', version: spec.objref.version ?? '', kind: spec.objref.kind });
  return `{${spec.name} ${gvk} {${spec.fieldref?.fieldpath ?? ''}}}`;
}

function targetId(spec: VarSpec): ResId {
  return {
    group: spec.objref.group ?? '',
    version: spec.objref.version ?? '',
    kind: spec.objref.kind,
    name: spec.objref.name,
    namespace: spec.objref.namespace ?? '',
  };
}

/** The resources a var's objref names, by any id they have had: exact gvk and name, namespace if given. */
function matchVar(resources: Resource[], spec: VarSpec): Resource[] {
  const id = targetId(spec);
  const withNamespace = id.namespace !== '' || isClusterScoped(id.group, id.version, id.kind);
  const matches = (other: ResId) => (withNamespace ? idEquals(id, other) : gvknEquals(id, other));
  return resources.filter((r) => r.allIds().some(matches));
}

/**
 * kustomize's ResAccumulator.MergeVars: binds a kustomization's own vars to its resources (call once the
 * kustomization's transformers have run) and adds them to the vars from its bases. A name already known is
 * an error, as is an objref that matches more than one resource.
 */
export function mergeVars(known: BoundVar[], resources: Resource[], incoming: VarSpec[], file: string): BoundVar[] {
  const out = [...known];
  for (const raw of incoming) {
    const spec = defaulted(raw, file);
    const matched = matchVar(resources, spec);
    if (matched.length > 1) {
      const listed = `[${incoming.map((v) => formatVar(normalize(v, file))).join(' ')}]`;
      throw new KustomizeError(
        `merging vars ${listed}: found ${matched.length} resId matches for var ${formatVar(spec)} (unable to disambiguate)`,
        file,
        'vars',
      );
    }
    if (out.some((b) => b.spec.name === spec.name)) {
      throw new KustomizeError(`var '${spec.name}' already encountered`, file, 'vars');
    }
    out.push({ spec, resource: matched[0] });
  }
  return out;
}

/**
 * kustomize's VarSet.MergeSet, for the vars a base accumulated: any name seen twice is an error, even for
 * identical vars.
 */
export function absorbVars(known: BoundVar[], incoming: BoundVar[], file: string): BoundVar[] {
  const out = [...known];
  for (const b of incoming) {
    if (out.some((k) => k.spec.name === b.spec.name)) {
      throw new KustomizeError(`var '${b.spec.name}' already encountered`, file, 'vars');
    }
    out.push(b);
  }
  return out;
}

/**
 * Replaces `$(VAR)` in the varReference fields of every resource. `vars` are either bound vars (from
 * mergeVars) or plain specs, which are then bound here against the final resources. A var that names no
 * resource, or a field the resource lacks, is an error; `$(UNKNOWN)` is left as it is.
 */
export function resolveVars(resources: Resource[], vars: (VarSpec | BoundVar)[], varReference: FieldSpec[], where: string): void {
  const bound: BoundVar[] = vars.map((v) => ('spec' in v ? v : bindLate(resources, defaulted(v, where), where)));
  if (bound.length === 0) return;
  const values = new Map<string, JsonValue>();
  for (const b of [...bound].sort((x, y) => (x.spec.name < y.spec.name ? -1 : x.spec.name > y.spec.name ? 1 : 0))) {
    const res = b.resource && (resources.includes(b.resource) ? b.resource : matchVar(resources, b.spec)[0]);
    if (!res) {
      throw new KustomizeError(`var '${formatVar(b.spec)}' cannot be mapped to a field in the set of known resources`, where, 'vars');
    }
    const value = fieldValue(res.obj, b.spec.fieldref?.fieldpath ?? 'metadata.name');
    if (value === undefined) {
      throw new KustomizeError(`field specified in var '${formatVar(b.spec)}' not found in corresponding resource`, where, 'vars');
    }
    values.set(b.spec.name, value);
  }
  for (const res of resources) {
    for (const spec of varReference) {
      if (!fieldSpecSelects(spec, res)) continue;
      try {
        visitFieldPath(res.obj, splitFieldPath(spec.path), false, 'none', (holder, key) => {
          const v = holder[key];
          if (v === undefined || v === null) return;
          holder[key] = replaceIn(v, values, where);
        });
      } catch (e) {
        if (e instanceof FieldPathError) {
          throw new KustomizeError(`considering field '${spec.path}' of object ${describeResource(res)}: ${e.message}`, where, 'vars');
        }
        throw e;
      }
    }
  }
}

function bindLate(resources: Resource[], spec: VarSpec, where: string): BoundVar {
  const matched = matchVar(resources, spec);
  if (matched.length > 1) {
    throw new KustomizeError(`found ${matched.length} resId matches for var ${formatVar(spec)} (unable to disambiguate)`, where, 'vars');
  }
  return { spec, resource: matched[0] };
}

/** kyaml's GetFieldValue: a kyaml field path where `ports[0]` indexes a list. undefined when missing. */
function fieldValue(obj: JsonObject, path: string): JsonValue | undefined {
  const fields: string[] = [];
  for (const s of kyamlSplitPath(path)) {
    const m = /^(.*)\[(\d+)\]$/.exec(s);
    if (!m) {
      fields.push(s);
      continue;
    }
    if (m[1] !== '') fields.push(m[1]!);
    fields.push(m[2]!);
  }
  let cur: JsonValue | undefined = obj;
  for (const raw of fields) {
    const f = raw.trim();
    if (f === '') continue;
    if (cur === undefined || cur === null) return undefined;
    if (/^\d+$/.test(f)) {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[Number(f)];
    } else if (f === '-') {
      if (!Array.isArray(cur)) return undefined;
      cur = cur[cur.length - 1];
    } else if (f.startsWith('[') && f.endsWith(']')) {
      const eq = f.indexOf('=');
      if (eq < 0 || !Array.isArray(cur)) return undefined;
      const key = f.slice(1, eq);
      const want = f.slice(eq + 1, -1);
      cur = cur.find((e) =>
        key === ''
          ? !isJsonObject(e) && !Array.isArray(e) && String(e) === want
          : isJsonObject(e) && e[key] !== undefined && !isJsonObject(e[key]!) && String(e[key]) === want,
      );
    } else {
      if (!isJsonObject(cur)) return undefined;
      cur = Object.prototype.hasOwnProperty.call(cur, f) ? cur[f] : undefined;
    }
  }
  return cur === null ? 'null' : cur;
}

/** kustomize's refvar filter on one field: strings in a scalar, a map's string values, a list's strings. */
function replaceIn(v: JsonValue, values: Map<string, JsonValue>, where: string): JsonValue {
  if (typeof v === 'string') return expand(v, values);
  if (Array.isArray(v)) {
    return v.map((item) => {
      if (typeof item !== 'string') throw new KustomizeError('invalid value type expect a string', where, 'vars');
      return expand(item, values);
    });
  }
  if (isJsonObject(v)) {
    for (const k of Object.keys(v)) {
      const item = v[k]!;
      if (typeof item === 'string') v[k] = expand(item, values);
    }
    return v;
  }
  return v;
}

/**
 * kustomize's DoReplacements: `$(NAME)` becomes the var's value, `$$` a literal `$`. A field that is exactly
 * one `$(NAME)` takes the value's type (a number stays a number); otherwise values are formatted into text.
 * Unknown names and values that are not scalars are left as `$(NAME)`.
 */
export function expand(input: string, values: Map<string, JsonValue>): JsonValue {
  const mapped = (name: string): JsonValue => {
    const v = values.get(name);
    if (v === undefined || v === null || typeof v === 'object') return `$(${name})`;
    return v;
  };
  let out = '';
  let checkpoint = 0;
  for (let cursor = 0; cursor < input.length; cursor++) {
    if (input[cursor] !== '$' || cursor + 1 >= input.length) continue;
    out += input.slice(checkpoint, cursor);
    const rest = input.slice(cursor + 1);
    let advance: number;
    if (rest[0] === '$') {
      out += '$';
      advance = 1;
    } else if (rest[0] === '(') {
      const close = rest.indexOf(')', 1);
      if (close < 0) {
        out += '$(';
        advance = 1;
      } else {
        const name = rest.slice(1, close);
        const value = mapped(name);
        if (input === `$(${name})`) return value;
        out += String(value);
        advance = close + 1;
      }
    } else {
      out += `$${rest[0]}`;
      advance = 1;
    }
    cursor += advance;
    checkpoint = cursor + 1;
  }
  return out + input.slice(checkpoint);
}
