/**
 * Compiles schemas with ajv and validates resources against them. One validator is meant to live for a whole
 * run: each (document, pointer) is compiled once, and the kinds of one `_definitions.json` share their
 * compiled definitions, so the hundreds of built-in kinds cost one load and a lazy compile per kind used.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';
import { KUBERNETES_FORMATS } from './formats.ts';
import { goRegExpEngine } from './go-regexp.ts';
import { LAZY_REF, makeReferencesLazy } from './lazy-refs.ts';
import { shareRepeatedSubschemas } from './share-subschemas.ts';
import { describeIssues, type SchemaIssue } from './issues.ts';
import type { ResolvedSchema } from './source.ts';

/** An error passed up through lazy references, with what ajv reported where it happened. */
type LazyError = ErrorObject & { original?: Pick<ErrorObject, 'schemaPath' | 'schema' | 'data'> };

export type ValidationResult = { issues: SchemaIssue[] } | { compileError: string };

/** Most objects are valid: one result for all of them, never changed (callers only read results). */
const VALID: ValidationResult = Object.freeze({ issues: Object.freeze([]) as unknown as SchemaIssue[] });

export class SchemaValidator {
  private readonly ajv: Ajv;
  /** documentId → the URI it was added under. */
  private readonly documentUris = new Map<string, string>();
  private readonly compiled = new Map<string, ValidateFunction | Error>();

  constructor() {
    this.ajv = new Ajv({
      // Kubernetes schemas carry x-kubernetes-* and OpenAPI keywords that are not JSON Schema.
      strict: false,
      allErrors: true,
      verbose: true,
      logger: false,
      // The schemas come from the API itself; checking them against the meta-schema costs time and finds nothing.
      validateSchema: false,
      // RE2 patterns are translated; unicode mode would reject escapes RE2 allows.
      unicodeRegExp: false,
      // Compiling is most of a run's validation time (one validator per kind, used a few hundred times):
      // ajv's optimisation passes over the generated code cost more than they save at that scale.
      code: { regExp: goRegExpEngine, optimize: false },
    });
    this.ajv.addKeyword({ keyword: LAZY_REF, schemaType: 'string', errors: true, validate: this.lazyReference() });
    for (const [name, check] of Object.entries(KUBERNETES_FORMATS)) {
      if (check.type === 'string') this.ajv.addFormat(name, { type: 'string', validate: (v: string) => check.validate(v) });
      else this.ajv.addFormat(name, { type: 'number', validate: (v: number) => check.validate(v) });
    }
  }

  /** Validates one resource. `subject` names the kind in messages: "apps/v1 Deployment". */
  validate(schema: ResolvedSchema, value: JsonObject, subject: string): ValidationResult {
    const validateFn = this.compile(schema);
    if (validateFn instanceof Error) return { compileError: validateFn.message };
    const data = withoutNulls(value);
    if (validateFn(data)) return VALID;
    const errors = (validateFn.errors ?? []).map((e: LazyError) => (e.original ? { ...e, ...e.original } : e));
    return { issues: describeIssues(errors, subject) };
  }

  /**
   * The lazy-reference keyword: compiles its target on first use and reports the target's errors at the
   * path of the value it was given (the target's own paths start at that value).
   */
  private lazyReference() {
    const referenced = new Map<string, ValidateFunction | undefined>();
    const lookup = (ref: string): ValidateFunction | undefined => {
      if (!referenced.has(ref)) {
        let fn: ValidateFunction | undefined;
        try {
          fn = this.ajv.getSchema(ref);
        } catch {
          // A reference that does not compile cannot be checked; it must not fail the manifest.
          fn = undefined;
        }
        referenced.set(ref, fn);
      }
      return referenced.get(ref);
    };
    const validate = (ref: string, data: unknown, _parentSchema?: unknown, cxt?: { instancePath: string }): boolean => {
      const fn = lookup(ref);
      if (!fn || fn(data)) return true;
      const base = cxt?.instancePath ?? '';
      // ajv overwrites schemaPath, schema and data of errors a keyword returns; keep the originals aside.
      validate.errors = (fn.errors ?? []).map((e: LazyError) => ({
        ...e,
        instancePath: base + e.instancePath,
        original: e.original ?? { schemaPath: e.schemaPath, schema: e.schema, data: e.data },
      }));
      return false;
    };
    validate.errors = [] as ErrorObject[];
    return validate;
  }

  private compile(schema: ResolvedSchema): ValidateFunction | Error {
    const key = `${schema.documentId}#${schema.pointer}`;
    let fn = this.compiled.get(key);
    if (fn) return fn;
    try {
      let uri = this.documentUris.get(schema.documentId);
      if (uri === undefined) {
        uri = `https://gitops-gate.invalid/schemas/${this.documentUris.size}.json`;
        this.ajv.addSchema(makeReferencesLazy(shareRepeatedSubschemas(schema.document), uri), uri);
        this.documentUris.set(schema.documentId, uri);
      }
      fn = this.ajv.getSchema(schema.pointer ? `${uri}#${schema.pointer}` : uri) ?? new Error(`${schema.pointer} not found in ${schema.origin}`);
    } catch (e) {
      fn = new Error(`${schema.origin}: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.compiled.set(key, fn);
    return fn;
  }
}

/**
 * The value with every `null` object member removed: the API server reads `null` as "not set" (Go leaves the
 * field at its zero value, CRD pruning drops it), so `creationTimestamp: null` or `maxSurge: null` is valid
 * whatever the schema's type says. Nulls inside lists are kept: there they are real values. The input is
 * not modified; parts without a null are shared with it (ajv only reads the data it validates).
 */
export function withoutNulls(value: JsonValue): JsonValue {
  // Most manifests have no null member: hand them over as they are, and copy only what holds a null.
  if (Array.isArray(value)) {
    let out: JsonValue[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = value[i]!;
      const kept = withoutNulls(v);
      if (kept !== v && !out) out = value.slice(0, i);
      if (out) out.push(kept);
    }
    return out ?? value;
  }
  if (!isJsonObject(value)) return value;
  let out: JsonObject | undefined;
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const v = value[key]!;
    const kept = v === null ? undefined : withoutNulls(v);
    if (kept !== v && !out) {
      out = {};
      for (let j = 0; j < i; j++) setOwn(out, keys[j]!, value[keys[j]!]!);
    }
    if (out && kept !== undefined) setOwn(out, key, kept);
  }
  return out ?? value;
}
