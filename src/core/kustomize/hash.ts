import { createHash } from 'node:crypto';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';

/**
 * kustomize's content hash of a generated ConfigMap or Secret: the suffix it appends to the name
 * (`-5c6c8f6b9t`).
 *
 * What it hashes (kustomize api/hasher): Go's JSON encoding (keys sorted) of
 * - ConfigMap: `{"binaryData"?, "data", "kind":"ConfigMap", "name"}`;
 * - Secret:    `{"data", "kind":"Secret", "name", "stringData"?, "type"}`.
 * Two quirks matter for matching its output exactly:
 * - "name" is always "": kustomize looks the name up with the single path segment "metadata/name", which
 *   never matches, so neither the name nor a prefix/suffix changes the hash;
 * - a missing `data` (or `type`) hashes as the empty string "", while `binaryData`/`stringData` appear only
 *   when they are maps.
 * Labels, annotations, namespace and `immutable` do not count. Other kinds hash their whole object.
 */
export function contentHash(obj: JsonObject): string {
  return encodeHash(sha256Hex(hashInput(obj)));
}

/** The exact string kustomize feeds to sha256 for `obj`. */
export function hashInput(obj: JsonObject): string {
  const kind = obj.kind;
  if (kind === 'ConfigMap') {
    const m: JsonObject = { kind: 'ConfigMap', name: '', data: mapOrEmpty(obj.data) };
    if (isJsonObject(obj.binaryData)) m.binaryData = obj.binaryData;
    return goJson(m);
  }
  if (kind === 'Secret') {
    const m: JsonObject = { kind: 'Secret', type: scalarOrEmpty(obj.type), name: '', data: mapOrEmpty(obj.data) };
    if (isJsonObject(obj.stringData)) m.stringData = obj.stringData;
    return goJson(m);
  }
  return goJson(obj);
}

/**
 * A field kustomize reads as a map: a map stays, a missing field is "", a scalar is its text, and a list
 * fails to decode into a map (null).
 */
function mapOrEmpty(v: JsonValue | undefined): JsonValue {
  if (v === undefined || v === null) return '';
  if (Array.isArray(v)) return null;
  return isJsonObject(v) ? v : scalarOrEmpty(v);
}

/** A field kustomize reads as a scalar: its text, "" when missing. */
function scalarOrEmpty(v: JsonValue | undefined): JsonValue {
  if (v === undefined || v === null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return v;
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** kubectl's hash alphabet: the first 10 hex digits with 0,1,3,a,e swapped for letters (avoids bad words). */
export function encodeHash(hex: string): string {
  const swap: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };
  let out = '';
  for (const ch of hex.slice(0, 10)) out += swap[ch] ?? ch;
  return out;
}

/**
 * Go's `json.Marshal` of a decoded JSON value: map keys sorted by byte order, HTML-sensitive characters and
 * U+2028/U+2029 escaped, other control characters as \u00XX. JSON.stringify differs on all three.
 */
export function goJson(v: JsonValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return goNumber(v);
  if (typeof v === 'string') return goString(v);
  if (Array.isArray(v)) return `[${v.map(goJson).join(',')}]`;
  const keys = Object.keys(v).sort(compareCodePoints);
  return `{${keys.map((k) => `${goString(k)}:${goJson(v[k]!)}`).join(',')}}`;
}

/**
 * UTF-8 byte order equals code point order; JS's default sort compares UTF-16 units instead. The two
 * differ only where a surrogate meets a unit above it, so units are compared directly up to the first
 * difference, and code points only when a surrogate is part of it.
 */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (isSurrogate(x) || isSurrogate(y)) return compareCodePointsSlowly(a, b);
    return x - y;
  }
  return a.length - b.length;
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

function compareCodePointsSlowly(a: string, b: string): number {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d;
  }
}

/** Go writes float64 as JS does (same switch to e-notation at 1e-6 and 1e21), except that it keeps "-0". */
function goNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  return Object.is(n, -0) ? '-0' : String(n);
}

const SHORT_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/** What goString must rewrite: quotes, backslashes, control and HTML-sensitive characters, U+2028/9, surrogates. */
const NEEDS_GO_ESCAPE = /["\\\u0000-\u001f<>&\u2028\u2029\ud800-\udfff]/;

function goString(s: string): string {
  // Most values (names, plain text) have nothing to escape.
  if (!NEEDS_GO_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const short = SHORT_ESCAPES[ch];
    if (short) {
      out += short;
      continue;
    }
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || ch === '<' || ch === '>' || ch === '&' || cp === 0x2028 || cp === 0x2029) {
      out += `\\u${cp.toString(16).padStart(4, '0')}`;
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      // A lone surrogate is not valid UTF-8; Go writes the replacement character for it.
      out += '\\ufffd';
    } else {
      out += ch;
    }
  }
  return `${out}"`;
}
