/**
 * The schema check: every rendered resource against its JSON schema (rules schema/invalid,
 * schema/unknown-field, schema/missing, and the schema/unreachable notice). Repository CRDs among the
 * resources validate their own custom resources first; then the configured and default locations.
 */
import type { Resource } from '../kustomize/resource.ts';
import type { Finding, ResourceRef } from '../model/finding.ts';
import { isJsonObject } from '../model/json.ts';
import { CrdSchemaRegistry, isCrd } from '../schema/crd.ts';
import { chainSchemaSources, type ResolvedSchema, type SchemaLookup, type SchemaOutage, type SchemaSource } from '../schema/source.ts';
import { SchemaValidator, type ValidationResult } from '../schema/validator.ts';
import type { JsonObject } from '../model/json.ts';

export interface SchemaCheckContext {
  /** Configured locations and defaults (a LocationSchemaSource, or a fake in tests). */
  source: SchemaSource;
  /** "1.31", "1.31.6" or "master". */
  kubernetesVersion: string;
  /** Shared across environments so each schema compiles once per run. */
  validator?: SchemaValidator;
  /** Validate custom resources against the CRDs among `resources` first (default true). */
  useRepositoryCrds?: boolean;
  /**
   * Receives each location that was down while looking up a resource's schema, instead of one
   * schema/unreachable notice per call: a caller checking several environments says it once per run.
   */
  onOutage?: (outage: SchemaOutage, resource: ResourceRef) => void;
  /**
   * Results by object and schema, kept across calls: a pull request's base shares most rendered objects
   * with its head (render-memo.ts), and an object is never changed once rendered.
   */
  results?: ValidationMemo;
}

/**
 * Validation results kept by one run (a pull request's head) for another over mostly the same objects (its
 * base, render-memo.ts): a rendered object is never changed, so its result against the same schema holds.
 * While keeping, a result costs three array slots and no look-up — most are never asked for again; the
 * objects are indexed at the first question, once answering.
 */
export class ValidationMemo {
  private readonly objects: object[] = [];
  private readonly schemas: ResolvedSchema[] = [];
  private readonly results: ValidationResult[] = [];
  private answering = false;
  /** Object → the positions of its results (an object may be validated against several schemas); made at the first question. */
  private index: Map<object, number[]> | undefined;

  /** From now on `find` answers from everything kept, and what is kept after is found too. */
  startAnswering(): void {
    this.answering = true;
  }

  /** Undefined while keeping only, and for an object not validated against an equal schema. */
  find(obj: object, schema: ResolvedSchema): ValidationResult | undefined {
    if (!this.answering) return undefined;
    if (!this.index) {
      this.index = new Map();
      for (let i = 0; i < this.objects.length; i++) this.indexAt(i);
    }
    for (const i of this.index.get(obj) ?? []) if (sameSchema(this.schemas[i]!, schema)) return this.results[i];
    return undefined;
  }

  keep(obj: object, schema: ResolvedSchema, result: ValidationResult): void {
    this.objects.push(obj);
    this.schemas.push(schema);
    this.results.push(result);
    if (this.index) this.indexAt(this.objects.length - 1);
  }

  private indexAt(i: number): void {
    const obj = this.objects[i]!;
    const positions = this.index!.get(obj);
    if (positions) positions.push(i);
    else this.index!.set(obj, [i]);
  }
}

export async function checkSchemas(resources: readonly Resource[], ctx: SchemaCheckContext): Promise<Finding[]> {
  const validator = ctx.validator ?? new SchemaValidator();
  const source = withRepositoryCrds(resources, ctx);
  const lookups = new Map<string, Promise<SchemaLookup>>();
  const findings: Finding[] = [];
  /** Outages by location, with how many resources went unchecked because of them. */
  const outages = new Map<string, { outage: SchemaOutage; unchecked: number }>();

  for (const resource of resources) {
    const ref = resourceRef(resource);
    if (!resource.apiVersion || !resource.kind) {
      findings.push(finding('schema/invalid', 'error', `the resource has no ${resource.apiVersion ? 'kind' : 'apiVersion'}`, ref, ''));
      continue;
    }
    // SOPS-encrypted documents hold ciphertext in place of values; Flux decrypts them before applying.
    if (isJsonObject(resource.obj.sops)) continue;

    const key = `${resource.apiVersion}\n${resource.kind}`;
    let lookup = lookups.get(key);
    if (!lookup) {
      lookup = source.lookup({ kubernetesVersion: ctx.kubernetesVersion, apiVersion: resource.apiVersion, kind: resource.kind });
      lookups.set(key, lookup);
    }
    const found = await lookup;
    const subject = `${resource.apiVersion} ${resource.kind}`;
    if (!found.schema) {
      for (const outage of found.outages) {
        if (ctx.onOutage) {
          ctx.onOutage(outage, ref);
          continue;
        }
        const entry = outages.get(outage.location) ?? { outage, unchecked: 0 };
        entry.unchecked++;
        outages.set(outage.location, entry);
      }
      const why = found.outages.length > 0 ? ' (a schema location could not be reached; see the schema/unreachable notice)' : '';
      findings.push(finding('schema/missing', 'warning', `no schema found for ${subject}; it was not validated${why}`, ref));
      continue;
    }
    const result = validateOnce(validator, found.schema, resource.obj, subject, ctx.results);
    if ('compileError' in result) {
      findings.push(finding('schema/missing', 'warning', `the schema for ${subject} could not be used (${result.compileError}); it was not validated`, ref));
      continue;
    }
    const secret = resource.kind === 'Secret';
    for (const issue of result.issues) {
      // A Secret's values must never reach a log or a comment: say what is wrong without quoting them.
      const message = secret ? withoutSecretValues(issue.message, issue.path) : issue.message;
      findings.push(finding(issue.kind === 'unknown-field' ? 'schema/unknown-field' : 'schema/invalid', 'error', message, ref, issue.path));
    }
  }

  if (outages.size > 0) findings.push(unreachableNotice([...outages.values()]));
  return findings;
}

function validateOnce(validator: SchemaValidator, schema: ResolvedSchema, obj: JsonObject, subject: string, memo: ValidationMemo | undefined): ValidationResult {
  const kept = memo?.find(obj, schema);
  if (kept) return kept;
  const result = validator.validate(schema, obj, subject);
  memo?.keep(obj, schema, result);
  return result;
}

function sameSchema(a: ResolvedSchema, b: ResolvedSchema): boolean {
  return a === b || (a.documentId === b.documentId && a.pointer === b.pointer);
}

/** A schema message about a Secret with every quoted value removed; field names and expectations stay. */
export function withoutSecretValues(message: string, path: string): string {
  if (!/^\/(data|stringData)(\/|$)/.test(path)) return message;
  const semi = message.indexOf('; expected');
  const head = message.slice(0, semi >= 0 ? semi : message.length).replace(/ is .*$/s, ' has a value that is not valid (value hidden)');
  const tail = semi >= 0 ? message.slice(semi).replace(/"[^"]*"/g, (m) => (m.length > 24 ? '"…"' : m)) : '';
  return `${head}${tail}`;
}

/** One notice for the whole run: which locations were down, why, and what that left unvalidated. */
function unreachableNotice(entries: { outage: SchemaOutage; unchecked: number }[]): Finding {
  const unchecked = Math.max(...entries.map((e) => e.unchecked));
  const where = entries.map((e) => `${e.outage.location} (${e.outage.reason})`).join('; ');
  const plural = entries.length === 1 ? 'location' : 'locations';
  return {
    ruleId: 'schema/unreachable',
    severity: 'notice',
    message: `schema ${plural} could not be used, so ${unchecked} resource${unchecked === 1 ? '' : 's'} went unvalidated: ${where}`,
  };
}

function withRepositoryCrds(resources: readonly Resource[], ctx: SchemaCheckContext): SchemaSource {
  if (ctx.useRepositoryCrds === false) return ctx.source;
  const registry = new CrdSchemaRegistry();
  for (const resource of resources) if (isCrd(resource.obj)) registry.registerCrd(resource.obj);
  return registry.size > 0 ? chainSchemaSources(registry, ctx.source) : ctx.source;
}

function resourceRef(resource: Resource): ResourceRef {
  const ref: ResourceRef = { apiVersion: resource.apiVersion, kind: resource.kind, name: resource.name };
  if (resource.namespace) ref.namespace = resource.namespace;
  return ref;
}

function finding(ruleId: string, severity: Finding['severity'], message: string, resource: ResourceRef, path?: string): Finding {
  const f: Finding = { ruleId, severity, message, resource };
  if (path !== undefined) f.path = path;
  return f;
}
