/**
 * Turns ajv's error list into one issue per problem, worded for the person who wrote the manifest: the
 * field as a dotted path, the bad value quoted, what was expected. ajv reports every failed branch of an
 * `anyOf`; those collapse into one issue, or into the errors of the branch the value evidently meant.
 */
import type { ErrorObject } from 'ajv';
import { isJsonObject, type JsonValue } from '../model/json.ts';
import { addTo } from '../model/multimap.ts';

export interface SchemaIssue {
  kind: 'unknown-field' | 'invalid';
  /** JSON pointer into the resource. */
  path: string;
  message: string;
}

export function describeIssues(errors: readonly ErrorObject[], subject: string): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<string>();
  for (const error of collapseAlternatives(errors)) {
    const issue = describeError(error, subject);
    if (!issue) continue;
    const key = `${issue.kind}\n${issue.path}\n${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

const ALTERNATIVES = new Set(['anyOf', 'oneOf']);

/**
 * Replaces each failed anyOf/oneOf and its branch errors by either the errors of the one branch that failed
 * only below the value (the shape the author meant, so its detailed errors help), or the anyOf error alone.
 */
function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  let out = [...errors];
  // Innermost first: a nested alternative collapses before the one around it looks at its branches.
  const alternatives = errors.filter((e) => ALTERNATIVES.has(e.keyword)).sort((a, b) => b.schemaPath.length - a.schemaPath.length);
  for (const alt of alternatives) {
    if (!out.includes(alt)) continue;
    const prefix = `${alt.schemaPath}/`;
    const inBranch = (e: ErrorObject) => e !== alt && e.schemaPath.startsWith(prefix) && isWithin(e.instancePath, alt.instancePath);
    const branchErrors = out.filter(inBranch);
    const isMultipleMatch = alt.keyword === 'oneOf' && isJsonObject(alt.params) && alt.params.passingSchemas != null;
    let replacement: ErrorObject[] = [alt];
    if (isMultipleMatch) {
      // Several branches matched: the API server's oneOf wants exactly one (int-or-string and other
      // type-only alternatives were made plain types by normalize.ts, so this is a real choice). Kept as
      // it is: describeError names the branches that matched.
      replacement = [alt];
    } else {
      const byBranch = new Map<string, ErrorObject[]>();
      for (const e of branchErrors) {
        const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
        addTo(byBranch, branch, e);
      }
      const deepOnly = [...byBranch.values()].filter((list) => list.every((e) => e.instancePath !== alt.instancePath));
      if (deepOnly.length > 0) replacement = deepOnly.reduce((a, b) => (b.length < a.length ? b : a));
    }
    const index = out.indexOf(alt);
    out = [...out.slice(0, index).filter((e) => !inBranch(e)), ...replacement, ...out.slice(index + 1).filter((e) => !inBranch(e))];
  }
  return out;
}

function isWithin(path: string, parent: string): boolean {
  return path === parent || path.startsWith(`${parent}/`);
}

/** Flux's post-build substitution (`${CLUSTER_DOMAIN}`, `${REPLICAS:=2}`), replaced in the text before apply. */
const SUBSTITUTION = /\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=+?][^}]*)?\}/;

function describeError(error: ErrorObject, subject: string): SchemaIssue | undefined {
  const path = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const field = dotted(path);
  const value = error.data as JsonValue | undefined;
  // The value the cluster gets is not known yet: whatever the variable holds may well fit the schema.
  if (typeof value === 'string' && SUBSTITUTION.test(value)) return undefined;
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const fieldPath = `${path}/${escapePointer(name)}`;
      return { kind: 'unknown-field', path: fieldPath, message: `${dotted(fieldPath)} is not a field of ${subject}` };
    }
    case 'required': {
      const name = String(params.missingProperty);
      return { kind: 'invalid', path, message: `${dotted(`${path}/${escapePointer(name)}`)} is required by ${subject} but missing` };
    }
    case 'type': {
      const expected = String(params.type).split(',').map(article).join(' or ');
      return { kind: 'invalid', path, message: `${field} is ${describeValue(value)}; expected ${expected}` };
    }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? (params.allowedValues as JsonValue[]) : [];
      return { kind: 'invalid', path, message: `${field} is ${quote(value)}; expected one of ${allowed.map(quote).join(', ')}` };
    }
    case 'const':
      return { kind: 'invalid', path, message: `${field} is ${quote(value)}; expected ${quote(params.allowedValue as JsonValue)}` };
    case 'pattern':
      return { kind: 'invalid', path, message: `${field} is ${quote(value)}; expected a string matching ${String(params.pattern)}` };
    case 'format':
      return { kind: 'invalid', path, message: `${field} is ${quote(value)}; expected the format "${String(params.format)}"` };
    case 'oneOf':
      if (Array.isArray(params.passingSchemas)) {
        const matched = params.passingSchemas.map((i) => describeBranch(Array.isArray(error.schema) ? error.schema[Number(i)] : undefined));
        return { kind: 'invalid', path, message: `${field || 'the resource'} matches more than one of its alternatives (${matched.join('; ')}); exactly one is allowed` };
      }
      return { kind: 'invalid', path, message: `${field} is ${describeValue(value)}; expected ${describeAlternatives(error.schema)}` };
    case 'anyOf':
      return { kind: 'invalid', path, message: `${field} is ${describeValue(value)}; expected ${describeAlternatives(error.schema)}` };
    // `if` only says "must match then": the `then` errors beside it say what is wrong.
    case 'if':
      return undefined;
    default:
      return { kind: 'invalid', path, message: `${field} is ${describeValue(value)}; it ${error.message ?? `breaks the schema's "${error.keyword}" rule`}` };
  }
}

function describeAlternatives(branches: unknown): string {
  if (!Array.isArray(branches)) return 'another value';
  return [...new Set(branches.map(describeBranch))].join(' or ');
}

function describeBranch(b: unknown): string {
  if (!isJsonObject(b)) return 'another value';
  if (Array.isArray(b.required) && b.required.length > 0) return `an object with ${b.required.map((r) => String(r)).join(' and ')}`;
  if (typeof b.type === 'string') return article(b.type);
  if (Array.isArray(b.enum)) return `one of ${b.enum.map((v) => quote(v)).join(', ')}`;
  return 'another shape';
}

function article(type: string): string {
  switch (type) {
    case 'integer':
      return 'an integer';
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    case 'null':
      return 'null';
    default:
      return `a ${type}`;
  }
}

/** "spec.template.spec.containers[0].image"; keys that are not identifiers are bracketed and quoted. */
export function dotted(pointer: string): string {
  if (pointer === '') return '(the resource)';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(segment)) out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describeValue(value: JsonValue | undefined): string {
  if (Array.isArray(value)) return 'a list';
  if (isJsonObject(value)) return 'an object';
  if (typeof value === 'string') return `${quote(value)} (a string)`;
  return quote(value);
}

function quote(value: JsonValue | undefined): string {
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (isJsonObject(value)) return 'an object';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…"` : text;
}
