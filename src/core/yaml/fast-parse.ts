/**
 * A fast reader for the YAML nearly every manifest is written in: block mappings and sequences, one-line
 * plain and quoted scalars, literal block scalars (`|`), comments, `---` between documents, and the empty
 * flow collections `[]` and `{}`. It reads such text straight into JSON, several times faster than the
 * `yaml` package's parser and composer, which the full reader (parse.ts) uses for everything else.
 *
 * The contract is all-or-nothing: it returns exactly what the full reader returns, or `undefined` the
 * moment it meets anything outside that subset (anchors, tags, flow collections with items, folded or
 * multi-line scalars, duplicate or odd keys, tabs, CRs, deep nesting, anything malformed…). It never
 * reports an error itself: the full reader re-reads the text and produces the error with its position.
 */
import type { JsonObject, JsonValue } from '../model/json.ts';
import { markEmptyValue, setOwn } from '../model/json.ts';
import type { YamlDocument } from './parse.ts';
import { resolvePlainScalar } from './scalar-resolve.ts';

/** Thrown internally to abandon the fast path; never escapes this module. */
const OUTSIDE = Symbol('outside the common subset');

/** As in parse.ts: deeper documents go to the full reader, which reports them. */
const MAX_DEPTH = 300;
/** The `yaml` package refuses implicit keys longer than 1024 characters. */
const MAX_KEY = 1000;

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const TAB = 0x09;
const DQUOTE = 0x22;
const SQUOTE = 0x27;
const BACKSLASH = 0x5c;

const outside = (): never => {
  throw OUTSIDE;
};

/**
 * Characters that may not start a plain scalar (or need the full reader when they do): YAML's indicators,
 * quotes excepted (read here), and `-`, `?`, `:` which are checked with the character after them.
 */
const NEEDS_FULL_READER = new Set([...'&*!%@`>,]}|[{'].map((c) => c.charCodeAt(0)));

const YAML11_WORDS: ReadonlyMap<string, JsonValue> = new Map<string, JsonValue>([
  ...['~', 'null', 'Null', 'NULL'].map((w): [string, JsonValue] => [w, null]),
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON'].map((w): [string, JsonValue] => [w, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF'].map((w): [string, JsonValue] => [w, false]),
]);
/** Decimal integers that read the same in every schema (no sign, no leading zero, exact as a double). */
const DECIMAL = /^(?:0|-?[1-9][0-9]{0,14})$/;

/** Where a node starts (its key's start for a mapping entry), and the positions of its children. */
export interface Position {
  /** -1: not known here (an empty sequence item). */
  offset: number;
  kids: PositionKids | undefined;
}
export type PositionKids = Map<string, Position> | Position[];

/** Line kinds of the pre-pass. */
const BLANK = -1;
const COMMENT = -2;
const TABBED = -3;

class Reader {
  /** Offset of each line's first character. */
  private readonly starts: number[] = [];
  /** Offset just past each line's last character (its `\n` excluded). */
  private readonly ends: number[] = [];
  /** Indentation of each line with content, else BLANK, COMMENT or TABBED (a tab before the content). */
  private readonly indents: number[] = [];
  private line = 0;
  /** Set when positions are wanted (locate.ts): the positions of the node built last, and of each document. */
  private kids: PositionKids | undefined;
  readonly positions: Map<number, Position> | undefined;

  constructor(
    private readonly text: string,
    /** Type plain scalars as the `yaml` package's YAML 1.1 schema does (JSON 6902 patches), not as go-yaml v3. */
    private readonly yaml11 = false,
    private readonly track = false,
  ) {
    if (track) this.positions = new Map();
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      const end = nl === -1 ? text.length : nl;
      this.starts.push(start);
      this.ends.push(end);
      let i = start;
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      const c = text.charCodeAt(i);
      this.indents.push(i === end ? BLANK : c === HASH ? COMMENT : c === TAB ? TABBED : i - start);
      if (nl === -1) break;
      start = nl + 1;
    }
  }

  documents(): YamlDocument[] {
    const out: YamlDocument[] = [];
    const count = this.starts.length;
    let index = 0;
    /** Whether the current document was opened by `---` or has content (a later `---` starts the next). */
    let opened = false;
    while (this.line < count) {
      const kind = this.indents[this.line]!;
      if (kind === BLANK || kind === COMMENT) {
        this.line++;
        continue;
      }
      if (kind === 0 && this.isMarkerLine(this.line)) {
        if (this.text.startsWith('---', this.starts[this.line]!)) {
          if (!this.isBareMarker(this.line)) outside();
          if (opened) index++;
          opened = true;
          this.line++;
          continue;
        }
        outside(); // `...` or a directive
      }
      if (kind < 0) outside();
      const startLine = this.line;
      const value = this.block(kind, this.starts[startLine]! + kind, -1, 0);
      if (this.track) this.positions!.set(index, { offset: this.starts[startLine]! + kind, kids: this.kids });
      if (value !== null) out.push({ value, index, line: startLine + 1, column: kind + 1 }); // `null` is no document
      opened = true;
      // Nothing but comments and blank lines may follow a document's root before the next marker.
      const next = this.nextContent();
      if (next < count && !(this.indents[next] === 0 && this.isMarkerLine(next))) outside();
      this.line = next;
    }
    return out;
  }

  /** A line at column 0 starting with `---`, `...` or `%`: the full reader decides what it is unless it is a bare `---`. */
  private isMarkerLine(line: number): boolean {
    const s = this.starts[line]!;
    const c = this.text.charCodeAt(s);
    if (c === 0x25) return true;
    return (this.text.startsWith('---', s) || this.text.startsWith('...', s));
  }

  private isBareMarker(line: number): boolean {
    for (let i = this.starts[line]! + 3; i < this.ends[line]!; i++) if (this.text.charCodeAt(i) !== SPACE) return false;
    return true;
  }

  /** The next line at or after the current one that has content (or a tab), skipping blanks and comments. */
  private nextContent(): number {
    let l = this.line;
    while (l < this.starts.length && (this.indents[l] === BLANK || this.indents[l] === COMMENT)) l++;
    return l;
  }

  /**
   * The node whose first character is at `at` on the current line (column `column`), inside a parent at
   * indentation `parent`: a sequence, a mapping, or an inline value.
   */
  private block(column: number, at: number, parent: number, depth: number): JsonValue {
    if (depth > MAX_DEPTH) outside();
    const text = this.text;
    const c = text.charCodeAt(at);
    if (c === DASH && this.isBlankOrEnd(at + 1)) return this.sequence(column, depth);
    if (this.keyEnd(at) !== -1) return this.mapping(column, at, depth);
    return this.inlineValue(at, parent, depth);
  }

  private isBlankOrEnd(i: number, line = this.line): boolean {
    return i >= this.ends[line]! || this.text.charCodeAt(i) === SPACE;
  }

  /**
   * If a mapping key starts at `at`, the offset of its `:` indicator; else -1. Keys are one-line plain
   * scalars or simple quoted strings directly followed by `:`.
   */
  private keyEnd(at: number): number {
    const text = this.text;
    const end = this.ends[this.line]!;
    const c = text.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) {
      const close = this.quotedEnd(at, end);
      return close < end && text.charCodeAt(close) === COLON && (close + 1 === end || text.charCodeAt(close + 1) === SPACE)
        ? close
        : -1;
    }
    for (let i = at; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) return i;
      if (d === HASH && i > at && text.charCodeAt(i - 1) === SPACE) return -1;
      if (d === TAB) outside();
    }
    return -1;
  }

  /** Offset just past the closing quote of the quoted scalar at `at`, or `end` + 1 when it does not close on this line. */
  private quotedEnd(at: number, end: number): number {
    const text = this.text;
    const q = text.charCodeAt(at);
    for (let i = at + 1; i < end; i++) {
      const d = text.charCodeAt(i);
      if (q === DQUOTE && d === BACKSLASH) i++;
      else if (d === q) {
        if (q === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) i++;
        else return i + 1;
      }
    }
    return end + 1;
  }

  private sequence(indent: number, depth: number): JsonValue[] {
    const items: JsonValue[] = [];
    const kids: Position[] | undefined = this.track ? [] : undefined;
    const text = this.text;
    for (;;) {
      // The current line is `- …` at `indent`.
      const start = this.starts[this.line]! + indent;
      let at = start + 1;
      const end = this.ends[this.line]!;
      while (at < end && text.charCodeAt(at) === SPACE) at++;
      if (at < end && text.charCodeAt(at) === TAB) outside();
      if (at === end || (text.charCodeAt(at) === HASH && at > start + 1)) {
        // `-` alone: the item is the indented block below, or empty.
        this.line++;
        const next = this.nextContent();
        const k = this.indents[next];
        if (next < this.starts.length && k !== undefined && k > indent) {
          this.line = next;
          items.push(this.block(k, this.starts[next]! + k, indent, depth + 1));
          kids?.push({ offset: this.starts[next]! + k, kids: this.kids });
        } else {
          if (k === TABBED) outside();
          items.push(null);
          kids?.push({ offset: -1, kids: undefined }); // where the full reader places an empty item is its own affair
          this.line = next;
        }
      } else {
        if (text.charCodeAt(at) === DASH && this.isBlankOrEnd(at + 1)) outside(); // `- - a`
        items.push(this.block(at - this.starts[this.line]!, at, indent, depth + 1));
        kids?.push({ offset: at, kids: this.kids });
      }
      const next = this.nextContent();
      this.kids = kids;
      if (next >= this.starts.length) {
        this.line = next;
        return items;
      }
      const k = this.indents[next]!;
      if (k === TABBED || k > indent) outside();
      this.line = next;
      if (k < indent) return items;
      const s = this.starts[next]! + k;
      if (!(text.charCodeAt(s) === DASH && this.isBlankOrEnd(s + 1))) return items;
    }
  }

  private mapping(indent: number, at: number, depth: number): JsonObject {
    const obj: JsonObject = {};
    const kids: Map<string, Position> | undefined = this.track ? new Map() : undefined;
    const text = this.text;
    for (;;) {
      // A key starts at `at` on the current line, at column `indent`.
      const colon = this.keyEnd(at);
      if (colon === -1 || colon - at > MAX_KEY) outside();
      const key = this.key(at, colon);
      if (Object.prototype.hasOwnProperty.call(obj, key)) outside();
      const end = this.ends[this.line]!;
      let v = colon + 1;
      while (v < end && text.charCodeAt(v) === SPACE) v++;
      if (v < end && text.charCodeAt(v) === TAB) outside();
      if (v === end || (text.charCodeAt(v) === HASH && v > colon + 1)) {
        // `key:` alone: the value is the block below (indented, or a sequence at the same column), or empty.
        this.line++;
        const next = this.nextContent();
        const k = this.indents[next];
        if (k === TABBED) outside();
        const s = next < this.starts.length ? this.starts[next]! + k! : -1;
        if (k !== undefined && (k > indent || (k === indent && text.charCodeAt(s) === DASH && this.isBlankOrEnd(s + 1, next)))) {
          this.line = next;
          setOwn(obj, key, this.block(k, s, indent, depth + 1));
          kids?.set(key, { offset: at, kids: this.kids });
        } else {
          this.line = next;
          setOwn(obj, key, null);
          kids?.set(key, { offset: at, kids: undefined });
          if (!this.yaml11) markEmptyValue(obj, key);
        }
      } else {
        setOwn(obj, key, this.inlineValue(v, indent, depth + 1));
        kids?.set(key, { offset: at, kids: this.kids });
      }
      const next = this.nextContent();
      this.kids = kids;
      if (next >= this.starts.length) {
        this.line = next;
        return obj;
      }
      const k = this.indents[next]!;
      if (k === TABBED || k > indent) outside();
      this.line = next;
      if (k < indent || (k === 0 && this.isMarkerLine(next))) return obj;
      at = this.starts[next]! + k;
      if (text.charCodeAt(at) === DASH && this.isBlankOrEnd(at + 1)) return obj; // a sequence ends this mapping
    }
  }

  private key(at: number, colon: number): string {
    const c = this.text.charCodeAt(at);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(at, colon - 1);
    let e = colon;
    while (e > at && this.text.charCodeAt(e - 1) === SPACE) e--;
    const key = this.text.slice(at, e);
    if (!this.plainStartOk(at) || key === '<<') outside();
    if (this.yaml11 ? typeof this.plain11(key) !== 'string' : resolvePlainScalar(key).kind === 'null') outside();
    return key;
  }

  /** Whether a plain scalar may start at `at` without the full reader (no indicator that changes its meaning). */
  private plainStartOk(at: number): boolean {
    const c = this.text.charCodeAt(at);
    if (NEEDS_FULL_READER.has(c)) return false;
    if (c === DASH || c === 0x3f || c === COLON) return !this.isBlankOrEnd(at + 1);
    return true;
  }

  /** A value that starts on the line of its key or `-`: a scalar, `[]`, `{}`, or a literal block scalar. */
  private inlineValue(at: number, parent: number, depth: number): JsonValue {
    if (depth > MAX_DEPTH) outside();
    const text = this.text;
    const end = this.ends[this.line]!;
    const c = text.charCodeAt(at);
    let value: JsonValue;
    let after: number;
    this.kids = undefined;
    if (c === DQUOTE || c === SQUOTE) {
      after = this.quotedEnd(at, end);
      if (after > end) outside();
      value = this.quoted(at, after - 1);
    } else if (c === 0x5b && text.charCodeAt(at + 1) !== 0x5d) {
      [value, after] = this.flowSequence(at, end);
    } else if (c === 0x5b || c === 0x7b) {
      // Of flow mappings, only the empty one.
      const close = c === 0x5b ? 0x5d : 0x7d;
      if (text.charCodeAt(at + 1) !== close) outside();
      value = c === 0x5b ? [] : {};
      after = at + 2;
    } else if (c === 0x7c) {
      return this.literal(at, parent);
    } else {
      if (!this.plainStartOk(at)) outside();
      let e = at;
      for (; e < end; e++) {
        const d = text.charCodeAt(e);
        if (d === HASH && text.charCodeAt(e - 1) === SPACE) break;
        if (d === COLON && (e + 1 === end || text.charCodeAt(e + 1) === SPACE)) outside();
        if (d === TAB) outside();
      }
      while (text.charCodeAt(e - 1) === SPACE) e--;
      value = this.plain(text.slice(at, e));
      after = e;
    }
    // Only spaces and a comment may follow on the line.
    while (after < end && text.charCodeAt(after) === SPACE) after++;
    if (after < end && !(text.charCodeAt(after) === HASH && text.charCodeAt(after - 1) === SPACE)) outside();
    this.line++;
    return value;
  }

  /**
   * A one-line flow sequence of scalars, `["a", b, 3]`; returns it and the offset after its `]`. Nested
   * collections, empty or trailing entries, and plain scalars with `:` or `#` go to the full reader.
   */
  private flowSequence(at: number, end: number): [JsonValue[], number] {
    const text = this.text;
    const items: JsonValue[] = [];
    const kids: Position[] | undefined = this.track ? [] : undefined;
    let i = at + 1;
    for (;;) {
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      if (i >= end) outside();
      const c = text.charCodeAt(i);
      kids?.push({ offset: i, kids: undefined });
      if (c === DQUOTE || c === SQUOTE) {
        const after = this.quotedEnd(i, end);
        if (after > end) outside();
        items.push(this.quoted(i, after - 1));
        i = after;
      } else {
        if (!this.plainStartOk(i)) outside();
        let e = i;
        for (; e < end; e++) {
          const d = text.charCodeAt(e);
          if (d === 0x2c || d === 0x5d) break;
          if (d === 0x5b || d === 0x7b || d === 0x7d || d === HASH || d === COLON || d === TAB) outside();
        }
        let t = e;
        while (text.charCodeAt(t - 1) === SPACE) t--;
        items.push(this.plain(text.slice(i, t)));
        i = e;
      }
      while (i < end && text.charCodeAt(i) === SPACE) i++;
      const d = text.charCodeAt(i);
      if (d === 0x5d) {
        this.kids = kids;
        return [items, i + 1];
      }
      if (d !== 0x2c || i >= end) outside();
      i++;
    }
  }

  /**
   * The YAML 1.1 reading of a plain scalar, where it is plain to see: words, the 1.1 booleans and nulls, and
   * decimal integers. Anything else that starts like a number (octal, base 60, floats…) goes to the full reader.
   */
  private plain11(s: string): JsonValue {
    const word = YAML11_WORDS.get(s);
    if (word !== undefined) return word;
    const c = s.charCodeAt(0);
    if ((c >= 0x30 && c <= 0x39) || c === 0x2b || c === DASH || c === 0x2e) {
      return DECIMAL.test(s) ? Number(s) : outside();
    }
    return s;
  }

  private plain(s: string): JsonValue {
    if (this.yaml11) return this.plain11(s);
    const r = resolvePlainScalar(s);
    switch (r.kind) {
      case 'str':
        return s;
      case 'null':
        return null;
      case 'bool':
        return r.value;
      case 'int':
        return Number(r.value);
      case 'float':
        return Number.isFinite(r.value) ? r.value : outside();
      case 'timestamp':
        return r.value;
    }
  }

  /** The text of the one-line quoted scalar from `at` (its opening quote) to `close` (its closing quote). */
  private quoted(at: number, close: number): string {
    const text = this.text;
    const body = text.slice(at + 1, close);
    if (text.charCodeAt(at) === SQUOTE) return body.includes("''") ? body.replaceAll("''", "'") : body;
    if (!body.includes('\\')) return body;
    let out = '';
    for (let i = 0; i < body.length; i++) {
      const d = body[i]!;
      if (d !== '\\') {
        out += d;
        continue;
      }
      const e = body[++i];
      if (e === '"' || e === '\\' || e === '/') out += e;
      else if (e === 'n') out += '\n';
      else if (e === 't') out += '\t';
      else return outside();
    }
    return out;
  }

  /** `|`, `|-` or `|+` (no indentation indicator), its content the more-indented lines below. */
  private literal(at: number, parent: number): string {
    const text = this.text;
    const end = this.ends[this.line]!;
    let i = at + 1;
    let chomp: 'clip' | 'strip' = 'clip';
    const h = text.charCodeAt(i);
    if (h === DASH) (chomp = 'strip'), i++;
    else if (h === 0x2b) outside(); // `|+` keeps trailing blank lines: rare, and subtle at the end of a file
    const headerEnd = i;
    while (i < end && text.charCodeAt(i) === SPACE) i++;
    if (i < end && !(text.charCodeAt(i) === HASH && i > headerEnd)) outside();
    this.line++;
    // Content indentation: that of the first line with any non-space character.
    const count = this.starts.length;
    let first = this.line;
    let maxBlank = 0;
    let indent = -1;
    for (; first < count; first++) {
      const s = this.starts[first]!;
      const e = this.ends[first]!;
      let j = s;
      while (j < e && text.charCodeAt(j) === SPACE) j++;
      if (j < e) {
        indent = j - s;
        break;
      }
      maxBlank = Math.max(maxBlank, e - s);
    }
    // No content, a leading blank line longer than the content's indentation, or content not indented
    // past the parent: the full reader's rules are subtle there.
    if (indent === -1 || indent <= parent || maxBlank > indent) outside();
    if (text.charCodeAt(this.starts[first]! + indent) === TAB && indent === 0) outside();
    const lines: string[] = [];
    let l = this.line;
    let lastContent = -1;
    for (; l < count; l++) {
      const s = this.starts[l]!;
      const e = this.ends[l]!;
      let j = s;
      while (j < e && j - s < indent && text.charCodeAt(j) === SPACE) j++;
      if (j - s < indent) {
        // Shorter than the indentation: a blank line inside the block, or the end of the block.
        let k = j;
        while (k < e && text.charCodeAt(k) === SPACE) k++;
        if (k < e) break;
        lines.push('');
        continue;
      }
      if (indent === 0) outside(); // document markers at column 0 would end the block
      if (j === e) {
        lines.push(''); // exactly the indentation: an empty line
        continue;
      }
      const line = text.slice(j, e);
      // Only spaces past the indentation: content for YAML, but whether it is trailing is subtle.
      if (line.trim() === '') outside();
      lines.push(line);
      lastContent = lines.length - 1;
    }
    // The block ends at line `l`; a document marker there is fine, anything else is handled by the caller.
    this.line = l;
    const body = lines.slice(0, lastContent + 1).join('\n');
    return chomp === 'strip' ? body : body + '\n';
  }
}

/** The documents of `text` if it is all in the common subset, else undefined (use the full reader). */
export function parseCommonYaml(text: string): YamlDocument[] | undefined {
  return read(text, false);
}

/**
 * The first document of `text` as the `yaml` package reads it with its YAML 1.1 schema (how kustomize's
 * sigs.k8s.io/yaml reads JSON 6902 patches), if the text is plain ASCII in the common subset; else undefined.
 * `null` when that document is empty.
 */
export function parseCommonYaml11FirstDocument(text: string): JsonValue | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x0a && c !== TAB) || c > 0x7e) return undefined;
  }
  const docs = read(text, true);
  if (docs === undefined || docs.length === 0 || docs[0]!.index !== 0) return undefined;
  return docs[0]!.value;
}

/**
 * Where each document's nodes start, by document index (empty documents have none), if `text` is in the
 * common subset; else undefined. For locating findings without the `yaml` package's composer.
 */
export function commonYamlPositions(text: string): Map<number, Position> | undefined {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d || c === 0x85 || c === 0x2028 || c === 0x2029 || c === 0xfeff) return undefined;
  }
  try {
    const reader = new Reader(text, false, true);
    reader.documents();
    return reader.positions;
  } catch (e) {
    if (e === OUTSIDE || e instanceof RangeError) return undefined;
    throw e;
  }
}

function read(text: string, yaml11: boolean): YamlDocument[] | undefined {
  try {
    return new Reader(text, yaml11).documents();
  } catch (e) {
    if (e === OUTSIDE) return undefined;
    if (e instanceof RangeError) return undefined;
    throw e;
  }
}
