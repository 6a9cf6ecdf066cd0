/**
 * How go-yaml decides what an unquoted scalar means. kustomize reads manifests with go-yaml v3 (through kyaml)
 * and prints them with go-yaml v2 (through sigs.k8s.io/yaml); the two differ in one place that matters: v2
 * still treats the YAML 1.1 words `yes`/`no`/`on`/`off`/`y`/`n` as booleans, so it quotes them on output,
 * while v3 reads them as strings.
 */

/** What a plain scalar resolves to. `int` keeps its exact value; JSON callers turn it into a number. */
export type Resolved =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'timestamp'; value: string }
  | { kind: 'str' };

const NULL: Resolved = { kind: 'null' };
const STR: Resolved = { kind: 'str' };
const TRUE: Resolved = { kind: 'bool', value: true };
const FALSE: Resolved = { kind: 'bool', value: false };

const COMMON_WORDS: ReadonlyMap<string, Resolved> = new Map<string, Resolved>([
  ...['true', 'True', 'TRUE'].map((w): [string, Resolved] => [w, TRUE]),
  ...['false', 'False', 'FALSE'].map((w): [string, Resolved] => [w, FALSE]),
  ...['', '~', 'null', 'Null', 'NULL'].map((w): [string, Resolved] => [w, NULL]),
  ...['.nan', '.NaN', '.NAN'].map((w): [string, Resolved] => [w, { kind: 'float', value: NaN }]),
  ...['.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF'].map((w): [string, Resolved] => [
    w,
    { kind: 'float', value: Infinity },
  ]),
  ...['-.inf', '-.Inf', '-.INF'].map((w): [string, Resolved] => [w, { kind: 'float', value: -Infinity }]),
]);

/** go-yaml v2 additionally knows the YAML 1.1 booleans. */
const V2_WORDS: ReadonlyMap<string, Resolved> = new Map<string, Resolved>([
  ...COMMON_WORDS,
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON'].map((w): [string, Resolved] => [w, TRUE]),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF'].map((w): [string, Resolved] => [w, FALSE]),
]);

const INT64_MIN = -(1n << 63n);
const INT64_MAX = (1n << 63n) - 1n;
const UINT64_MAX = (1n << 64n) - 1n;

/** The first character decides which rules go-yaml even tries (its `resolveTable`). */
function hintOf(s: string): 'sign' | 'digit' | 'word' | 'dot' | undefined {
  if (s === '') return 'word';
  const c = s.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) return 'digit';
  if (c === 0x2b || c === 0x2d) return 'sign';
  if (c === 0x2e) return 'dot';
  return 'yYnNtTfFoO~'.includes(s[0]!) ? 'word' : undefined;
}

/**
 * Go's strconv.ParseInt(s, base, 64) then ParseUint(s, base, 64): base 0 reads the Go literal prefixes
 * (0x, 0o, 0b, and a bare leading 0 for octal). Returns undefined when neither accepts the text.
 */
export function parseGoInteger(s: string, base: 0 | 2 | 8): bigint | undefined {
  let i = 0;
  let sign = '';
  if (s[0] === '+' || s[0] === '-') {
    sign = s[0];
    i = 1;
  }
  let radix = base === 0 ? 10 : base;
  if (base === 0 && s.length - i >= 2 && s[i] === '0') {
    const p = s[i + 1]!.toLowerCase();
    if (p === 'x') (radix = 16), (i += 2);
    else if (p === 'o') (radix = 8), (i += 2);
    else if (p === 'b') (radix = 2), (i += 2);
    else (radix = 8), (i += 1);
  }
  const digits = s.slice(i);
  if (digits === '' || !DIGITS[radix]!.test(digits)) return undefined;
  const prefix = radix === 16 ? '0x' : radix === 8 ? '0o' : radix === 2 ? '0b' : '';
  let v = BigInt(prefix + digits);
  if (sign === '-') v = -v;
  // ParseUint takes no sign at all, so only unsigned text may use the upper half of uint64.
  if (v >= INT64_MIN && v <= INT64_MAX) return v;
  if (sign === '' && v <= UINT64_MAX) return v;
  return undefined;
}

const DIGITS: Record<number, RegExp> = {
  2: /^[01]+$/,
  8: /^[0-7]+$/,
  10: /^[0-9]+$/,
  16: /^[0-9a-fA-F]+$/,
};

const YAML_STYLE_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/**
 * What Go's ParseFloat accepts for text starting with a dot (the YAML words are looked up before); Go allows
 * an underscore between two digits.
 */
const DOT_FLOAT = /^\.[0-9]+(?:_[0-9]+)*(?:[eE][-+]?[0-9]+(?:_[0-9]+)*)?$/;

function finiteFloat(s: string): Resolved | undefined {
  const v = Number(s);
  // Go's ParseFloat reports overflow as an error, and go-yaml then keeps the text as a string.
  return Number.isFinite(v) ? { kind: 'float', value: v } : undefined;
}

/** go-yaml's numeric and timestamp rules for text starting with a digit or a sign. */
function resolveNumeric(s: string, withTimestamp: boolean, v3: boolean): Resolved {
  if (withTimestamp) {
    const ts = parseTimestamp(s);
    if (ts !== undefined) return { kind: 'timestamp', value: ts };
  }
  const plain = s.includes('_') ? s.replaceAll('_', '') : s;
  const int = parseGoInteger(plain, 0);
  if (int !== undefined) return { kind: 'int', value: int };
  if (YAML_STYLE_FLOAT.test(plain)) {
    const f = finiteFloat(plain);
    if (f) return f;
  }
  if (plain.startsWith('0b')) {
    const v = parseGoInteger(plain.slice(2), 2);
    if (v !== undefined) return { kind: 'int', value: v };
  } else if (plain.startsWith('-0b')) {
    const v = parseGoInteger('-' + plain.slice(3), 2);
    if (v !== undefined && v >= INT64_MIN) return { kind: 'int', value: v };
  }
  if (v3) {
    if (plain.startsWith('0o')) {
      const v = parseGoInteger(plain.slice(2), 8);
      if (v !== undefined) return { kind: 'int', value: v };
    } else if (plain.startsWith('-0o')) {
      const v = parseGoInteger('-' + plain.slice(3), 8);
      if (v !== undefined && v >= INT64_MIN) return { kind: 'int', value: v };
    }
  }
  return STR;
}

function resolveWith(words: ReadonlyMap<string, Resolved>, s: string, v3: boolean, withTimestamp: boolean): Resolved {
  const hint = hintOf(s);
  if (hint === undefined) return STR;
  const word = words.get(s);
  if (word) return word;
  if (hint === 'dot') return DOT_FLOAT.test(s) ? (finiteFloat(s.replaceAll('_', '')) ?? STR) : STR;
  if (hint === 'digit' || hint === 'sign') return resolveNumeric(s, withTimestamp, v3);
  return STR;
}

/** What an untagged plain scalar means when kustomize reads it (go-yaml v3). */
export function resolvePlainScalar(s: string): Resolved {
  return resolveWith(COMMON_WORDS, s, true, true);
}

const SHORT_TAGS: Record<string, string> = {
  'tag:yaml.org,2002:null': 'null',
  'tag:yaml.org,2002:bool': 'bool',
  'tag:yaml.org,2002:int': 'int',
  'tag:yaml.org,2002:float': 'float',
  'tag:yaml.org,2002:timestamp': 'timestamp',
};

/**
 * A scalar with an explicit core tag (`!!int "12"`): go-yaml v3 resolves the text and accepts the result only
 * when it has that type (an int is widened for `!!float`). Returns undefined when the tag is not one of these;
 * throws a message when the text does not fit the tag.
 */
export function resolveTaggedScalar(tag: string, s: string): Resolved | undefined {
  const want = SHORT_TAGS[tag];
  if (want === undefined) return undefined;
  const got = resolveWith(COMMON_WORDS, s, true, want === 'timestamp');
  if (got.kind === want) return got;
  if (want === 'float' && got.kind === 'int') return { kind: 'float', value: Number(got.value) };
  throw new Error(`cannot decode ${got.kind === 'str' ? '!!str' : '!!' + got.kind} \`${s}\` as a !!${want}`);
}

/**
 * Whether go-yaml v2 would read the string back as something other than a string if printed without quotes
 * (so it must quote it). Includes YAML 1.1 booleans and base-60 numbers, which v2 quotes for old parsers.
 */
export function needsQuotesForV2(s: string): boolean {
  if (resolveWith(V2_WORDS, s, false, true).kind !== 'str') return true;
  return isBase60Float(s);
}

const BASE60_FLOAT = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

function isBase60Float(s: string): boolean {
  if (s === '' || !s.includes(':')) return false;
  const c = s[0]!;
  if (!(c === '+' || c === '-' || (c >= '0' && c <= '9'))) return false;
  return BASE60_FLOAT.test(s);
}

// Timestamps: go-yaml tries Go layouts "2006-1-2T15:4:5.999999999Z07:00" (also with a lower-case t),
// "2006-1-2 15:4:5.999999999" and "2006-1-2"; kustomize then prints the time as RFC 3339 with nanoseconds.
const TIMESTAMP =
  /^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:([Tt ])([0-9][0-9]?):([0-9][0-9]?):([0-9][0-9]?)(?:[.,]([0-9]+))?(Z|[+-][0-9]{2}:[0-9]{2})?)?$/;

function daysIn(month: number, year: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Returns the timestamp as kustomize prints it (RFC 3339, nanosecond precision, zeros trimmed), or undefined. */
export function parseTimestamp(s: string): string | undefined {
  const c4 = s.charCodeAt(4);
  if (s.length < 8 || c4 !== 0x2d) return undefined;
  const m = TIMESTAMP.exec(s);
  if (!m) return undefined;
  const [, ys, mos, ds, sep, hs, mis, ss, frac, zone] = m;
  // A T/t form needs a zone; the space form must not have one.
  if (sep !== undefined && (sep === ' ') !== (zone === undefined)) return undefined;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(month, year)) return undefined;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let nanos = '';
  let offsetMinutes = 0;
  if (sep !== undefined) {
    hour = Number(hs);
    minute = Number(mis);
    second = Number(ss);
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    if (frac !== undefined) nanos = frac.slice(0, 9).padEnd(9, '0').replace(/0+$/, '');
    if (zone !== undefined && zone !== 'Z') {
      const zh = Number(zone.slice(1, 3));
      const zm = Number(zone.slice(4, 6));
      if (zh > 24 || zm > 60) return undefined;
      offsetMinutes = (zh * 60 + zm) * (zone[0] === '-' ? -1 : 1);
    }
  }
  let out = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`;
  if (nanos !== '') out += '.' + nanos;
  if (offsetMinutes === 0) return out + 'Z';
  const abs = Math.abs(offsetMinutes);
  return `${out}${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
