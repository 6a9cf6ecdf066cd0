/**
 * Secret values never reach a diff. Every object with `kind: Secret` — a resource, an item of a `List`, or one
 * embedded anywhere in another manifest (a HelmRelease's values) — has the values of `data` and `stringData`
 * (and its `kubectl.kubernetes.io/last-applied-configuration` annotation, which repeats them) replaced by a
 * placeholder before the YAML is printed. The two sides are compared by sha256 of each value, so a changed
 * value still shows as a changed line (`<redacted, changed>`) and as a per-key change; neither the value nor
 * its hash is ever in the output.
 */
import { createHash } from 'node:crypto';
import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../model/json.ts';

export const REDACTED = '<redacted>';
export const REDACTED_CHANGED = '<redacted, changed>';

const SECRET_FIELDS = ['data', 'stringData'] as const;
const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

export type SecretKeyChangeKind = 'added' | 'removed' | 'changed';

export interface SecretKeyChange {
  /** Where the Secret is inside the resource: '' for the resource itself, else e.g. `items[2]`. */
  at: string;
  field: 'data' | 'stringData';
  key: string;
  change: SecretKeyChangeKind;
}

export function isSecret(value: JsonValue | undefined): value is JsonObject {
  return isJsonObject(value) && value.kind === 'Secret';
}

/**
 * Replaces, in place, every Secret value in `base` and `head` (either may be undefined: an added or removed
 * resource) and returns the per-key changes between them. Pass copies: the trees are mutated.
 */
export function redactSecrets(base: JsonValue | undefined, head: JsonValue | undefined): SecretKeyChange[] {
  const changes: SecretKeyChange[] = [];
  walk(base, head, '', changes);
  return changes;
}

function walk(base: JsonValue | undefined, head: JsonValue | undefined, at: string, out: SecretKeyChange[]): void {
  if (isSecret(base) || isSecret(head)) {
    redactSecretPair(isSecret(base) ? base : undefined, isSecret(head) ? head : undefined, at, out);
    return;
  }
  if (Array.isArray(base) || Array.isArray(head)) {
    const b = Array.isArray(base) ? base : [];
    const h = Array.isArray(head) ? head : [];
    const pairs = pairItems(b, h);
    for (const [bi, hi] of pairs) {
      walk(bi === undefined ? undefined : b[bi], hi === undefined ? undefined : h[hi], `${at}[${hi ?? bi}]`, out);
    }
    return;
  }
  if (isJsonObject(base) || isJsonObject(head)) {
    const b = isJsonObject(base) ? base : {};
    const h = isJsonObject(head) ? head : {};
    for (const key of new Set([...Object.keys(b), ...Object.keys(h)])) {
      const child = at === '' ? key : `${at}.${key}`;
      walk(own(b, key), own(h, key), child, out);
    }
  }
}

/**
 * Pairs the items of two arrays: objects naming a kind and metadata.name (the items of a `List`) by that
 * identity, so an inserted item does not make every later Secret look changed; anything else by position.
 */
function pairItems(base: JsonValue[], head: JsonValue[]): Array<[number | undefined, number | undefined]> {
  const identity = (v: JsonValue): string | undefined => {
    if (!isJsonObject(v) || typeof v.kind !== 'string' || !isJsonObject(v.metadata)) return undefined;
    const md = v.metadata;
    return typeof md.name === 'string' ? `${v.kind}/${typeof md.namespace === 'string' ? md.namespace : ''}/${md.name}` : undefined;
  };
  const baseIds = new Map<string, number>();
  base.forEach((v, i) => {
    const id = identity(v);
    if (id !== undefined && !baseIds.has(id)) baseIds.set(id, i);
  });
  const usedBase = new Set<number>();
  const pairs: Array<[number | undefined, number | undefined]> = [];
  head.forEach((v, i) => {
    const id = identity(v);
    const match = id !== undefined ? baseIds.get(id) : i < base.length && identity(base[i]!) === undefined ? i : undefined;
    if (match !== undefined && !usedBase.has(match)) {
      usedBase.add(match);
      pairs.push([match, i]);
    } else {
      pairs.push([undefined, i]);
    }
  });
  base.forEach((_, i) => {
    if (!usedBase.has(i)) pairs.push([i, undefined]);
  });
  return pairs;
}

function redactSecretPair(base: JsonObject | undefined, head: JsonObject | undefined, at: string, out: SecretKeyChange[]): void {
  for (const field of SECRET_FIELDS) {
    const b = base ? own(base, field) : undefined;
    const h = head ? own(head, field) : undefined;
    if (b === undefined && h === undefined) continue;
    if (!isJsonObject(b) && !isJsonObject(h)) {
      // Not a map (malformed): nothing per key to say, but nothing of it may show either.
      redactWhole(base, head, field);
      continue;
    }
    const bm = isJsonObject(b) ? b : {};
    const hm = isJsonObject(h) ? h : {};
    for (const key of [...new Set([...Object.keys(bm), ...Object.keys(hm)])].sort()) {
      const bv = own(bm, key);
      const hv = own(hm, key);
      if (base && head && isJsonObject(b) && isJsonObject(h)) {
        if (bv === undefined) out.push({ at, field, key, change: 'added' });
        else if (hv === undefined) out.push({ at, field, key, change: 'removed' });
        else if (digest(bv) !== digest(hv)) out.push({ at, field, key, change: 'changed' });
      } else {
        out.push({ at, field, key, change: head ? 'added' : 'removed' });
      }
      if (bv !== undefined) setOwn(bm, key, REDACTED);
      if (hv !== undefined) setOwn(hm, key, bv !== undefined && digest(bv) !== digest(hv) ? REDACTED_CHANGED : REDACTED);
    }
    if (base && b !== undefined && !isJsonObject(b)) base[field] = REDACTED;
    if (head && h !== undefined && !isJsonObject(h)) head[field] = REDACTED_CHANGED;
  }
  redactLastApplied(base, head);
}

function redactWhole(base: JsonObject | undefined, head: JsonObject | undefined, field: string): void {
  const b = base ? own(base, field) : undefined;
  const h = head ? own(head, field) : undefined;
  if (base && b !== undefined) base[field] = REDACTED;
  if (head && h !== undefined) head[field] = b !== undefined && digest(b) !== digest(h) ? REDACTED_CHANGED : REDACTED;
}

function redactLastApplied(base: JsonObject | undefined, head: JsonObject | undefined): void {
  const annotations = (o: JsonObject | undefined): JsonObject | undefined => {
    const md = o ? own(o, 'metadata') : undefined;
    const a = isJsonObject(md) ? own(md, 'annotations') : undefined;
    return isJsonObject(a) ? a : undefined;
  };
  const ba = annotations(base);
  const ha = annotations(head);
  const bv = ba ? own(ba, LAST_APPLIED) : undefined;
  const hv = ha ? own(ha, LAST_APPLIED) : undefined;
  if (ba && bv !== undefined) ba[LAST_APPLIED] = REDACTED;
  if (ha && hv !== undefined) ha[LAST_APPLIED] = bv !== undefined && digest(bv) !== digest(hv) ? REDACTED_CHANGED : REDACTED;
}

function own(obj: JsonObject, key: string): JsonValue | undefined {
  return Object.prototype.hasOwnProperty.call(obj, key) ? obj[key] : undefined;
}

/** sha256 of the value's JSON: compared, never shown. */
function digest(value: JsonValue): string {
  return createHash('sha256').update(JSON.stringify(value), 'utf8').digest('hex');
}
