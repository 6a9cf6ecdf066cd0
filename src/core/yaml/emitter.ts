/**
 * A port of the parts of go-yaml v2's emitter (libyaml's, as sigs.k8s.io/yaml uses it) that JSON values reach:
 * block mappings and sequences, empty `{}`/`[]`, and plain, single-quoted, double-quoted and literal scalars,
 * with libyaml's column bookkeeping so lines fold at exactly the same places (best width 80, indent 2).
 * Written from the behaviour of the C/Go state machine; the names of its flags are kept so the two can be
 * compared side by side.
 */

import type { JsonValue } from '../model/json.ts';
import { isJsonObject } from '../model/json.ts';
import { sortKeysLikeGoYaml } from './key-order.ts';
import { formatNumber } from './number-format.ts';
import { needsQuotesForV2 } from './scalar-resolve.ts';

const BEST_INDENT = 2;
const BEST_WIDTH = 80;
/** libyaml writes a key longer than this (in UTF-8 bytes) as an explicit `? key`. */
const MAX_SIMPLE_KEY_BYTES = 128;

type Style = 'plain' | 'single' | 'double' | 'literal';

interface ScalarAnalysis {
  multiline: boolean;
  flowPlainAllowed: boolean;
  blockPlainAllowed: boolean;
  singleQuotedAllowed: boolean;
  blockAllowed: boolean;
  /** Length in code points (libyaml counts columns in characters). */
  codePoints: number;
  /** No line breaks, no quote characters, nothing to escape: quoting styles copy it as is. */
  plainText: boolean;
}

interface Scalar {
  text: string;
  /** The style go-yaml's encoder asks for; the emitter may fall back to a quoted one. */
  style: Style;
  analysis: ScalarAnalysis;
}

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;

function isBreak(cp: number): boolean {
  return cp === LF || cp === 0x0d || cp === 0x85 || cp === 0x2028 || cp === 0x2029;
}

/** libyaml's is_printable, on code points instead of UTF-8 bytes (so no character above U+FFFF passes). */
function isPrintable(cp: number): boolean {
  return (
    cp === LF ||
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff)
  );
}

function isBlankOrBreak(cp: number): boolean {
  return cp === SPACE || cp === TAB || isBreak(cp) || cp === 0;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** The code point at `i` of `s`, and how many UTF-16 units it takes. */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** libyaml's yaml_emitter_analyze_scalar: which styles can hold this text. */
export function analyzeScalar(s: string): ScalarAnalysis {
  if (s.length === 0) {
    return {
      multiline: false,
      flowPlainAllowed: false,
      blockPlainAllowed: true,
      singleQuotedAllowed: true,
      blockAllowed: false,
      codePoints: 0,
      plainText: true,
    };
  }
  let blockIndicators = false;
  let flowIndicators = false;
  let lineBreaks = false;
  let specialCharacters = false;
  let leadingSpace = false;
  let leadingBreak = false;
  let trailingSpace = false;
  let trailingBreak = false;
  let breakSpace = false;
  let spaceBreak = false;
  let previousSpace = false;
  let previousBreak = false;

  if (s.startsWith('---') || s.startsWith('...')) {
    blockIndicators = true;
    flowIndicators = true;
  }

  let precededByWhitespace = true;
  let codePoints = 0;
  // Characters that need an escape in double quotes, or a quote doubled in single quotes.
  let plainText = true;
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = codePointAt(s, i);
    const w = c > 0xffff ? 2 : 1;
    codePoints++;
    const next = i + w <= last ? s.charCodeAt(i + w) : -1;
    const followedByWhitespace = next === -1 || next === SPACE || next === TAB;
    if (c === 0x22 || c === 0x27 || c === 0x5c) plainText = false;
    if (i === 0) {
      switch (c) {
        case 0x23: // #
        case 0x2c: // ,
        case 0x5b: // [
        case 0x5d: // ]
        case 0x7b: // {
        case 0x7d: // }
        case 0x26: // &
        case 0x2a: // *
        case 0x21: // !
        case 0x7c: // |
        case 0x3e: // >
        case 0x27: // '
        case 0x22: // "
        case 0x25: // %
        case 0x40: // @
        case 0x60: // `
          flowIndicators = true;
          blockIndicators = true;
          break;
        case 0x3f: // ?
        case 0x3a: // :
          flowIndicators = true;
          if (followedByWhitespace) blockIndicators = true;
          break;
        case 0x2d: // -
          if (followedByWhitespace) {
            flowIndicators = true;
            blockIndicators = true;
          }
          break;
      }
    } else {
      switch (c) {
        case 0x2c:
        case 0x3f:
        case 0x5b:
        case 0x5d:
        case 0x7b:
        case 0x7d:
          flowIndicators = true;
          break;
        case 0x3a:
          flowIndicators = true;
          if (followedByWhitespace) blockIndicators = true;
          break;
        case 0x23:
          if (precededByWhitespace) {
            flowIndicators = true;
            blockIndicators = true;
          }
          break;
      }
    }

    if (!isPrintable(c)) {
      specialCharacters = true;
      plainText = false;
    }
    if (c === SPACE) {
      if (i === 0) leadingSpace = true;
      if (i === last) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true;
      previousBreak = false;
    } else if (isBreak(c)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === last) trailingBreak = true;
      plainText = false;
      if (previousSpace) spaceBreak = true;
      previousSpace = false;
      previousBreak = true;
    } else {
      previousSpace = false;
      previousBreak = false;
    }
    precededByWhitespace = isBlankOrBreak(c);
    i += w - 1;
  }

  const a: ScalarAnalysis = {
    multiline: lineBreaks,
    flowPlainAllowed: true,
    blockPlainAllowed: true,
    singleQuotedAllowed: true,
    blockAllowed: true,
    codePoints,
    plainText: plainText && s.charCodeAt(0) !== 0xfeff,
  };
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (trailingSpace) a.blockAllowed = false;
  if (breakSpace) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
  }
  if (spaceBreak || specialCharacters) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
    a.singleQuotedAllowed = false;
    a.blockAllowed = false;
  }
  if (lineBreaks) {
    a.flowPlainAllowed = false;
    a.blockPlainAllowed = false;
  }
  if (flowIndicators) a.flowPlainAllowed = false;
  if (blockIndicators) a.blockPlainAllowed = false;
  return a;
}

const ESCAPES: ReadonlyMap<number, string> = new Map([
  [0x00, '0'],
  [0x07, 'a'],
  [0x08, 'b'],
  [0x09, 't'],
  [0x0a, 'n'],
  [0x0b, 'v'],
  [0x0c, 'f'],
  [0x0d, 'r'],
  [0x1b, 'e'],
  [0x22, '"'],
  [0x5c, '\\'],
  [0x85, 'N'],
  [0xa0, '_'],
  [0x2028, 'L'],
  [0x2029, 'P'],
]);

function escapeOf(cp: number): string {
  const named = ESCAPES.get(cp);
  if (named !== undefined) return '\\' + named;
  const hex = cp.toString(16).toUpperCase();
  if (cp <= 0xff) return '\\x' + hex.padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + hex.padStart(4, '0');
  return '\\U' + hex.padStart(8, '0');
}

/**
 * sigs.k8s.io/yaml hands the JSON text to go-yaml v2's *parser*, and Go's encoding/json leaves DEL, C1
 * controls and NEL unescaped: the parser refuses the first two ("control characters are not allowed", so
 * the build fails) and reads NEL as a line break inside a double-quoted scalar, which folds it (with the
 * spaces around it; tabs reach the parser escaped, so they stay) into a space, or n of them into n-1 newlines.
 */
const UNPRINTABLE_IN_JSON = /[\x7f-\x84\x86-\x9f]/;
const NEL_RUN = / *\x85(?: *\x85)* */g;

function hasHighControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x7f && c <= 0x9f) return true;
  }
  return false;
}

function throughJsonText(s: string): string {
  const bad = UNPRINTABLE_IN_JSON.exec(s);
  if (bad) {
    const cp = bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`cannot print ${JSON.stringify(s)}: kustomize fails on control character U+${cp} ("control characters are not allowed")`);
  }
  if (!s.includes('\x85')) return s;
  return s.replace(NEL_RUN, (run) => {
    const breaks = run.split('\x85').length - 1;
    return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
  });
}

/** What go-yaml v2's encoder makes of a JSON leaf: its text and the style it asks the emitter for. */
function scalarOf(value: null | boolean | number | string): Scalar {
  let text: string;
  let style: Style = 'plain';
  if (value === null) text = 'null';
  else if (typeof value === 'boolean') text = value ? 'true' : 'false';
  else if (typeof value === 'number') text = formatNumber(value);
  else {
    text = value = value.length > 0 && hasHighControl(value) ? throughJsonText(value) : value;
    if (value.includes('\n')) style = 'literal';
    else if (needsQuotesForV2(value)) style = 'double';
  }
  return { text, style, analysis: analyzeScalar(text) };
}

/** One go-yaml v2 emitter, for one document. */
class Emitter {
  private readonly parts: string[] = [];
  private column = 0;
  private indent = -1;
  private readonly indents: number[] = [];
  private whitespace = true;
  private indention = true;
  private flowLevel = 0;
  private mappingContext = false;
  private simpleKeyContext = false;

  document(value: JsonValue): string {
    this.node(value, false, false);
    // Document end: finish the last line.
    this.writeIndent();
    return this.parts.join('');
  }

  // --- output primitives (libyaml's put / put_break / write) ---

  /** ASCII only: one column per character. */
  private put(s: string): void {
    this.parts.push(s);
    this.column += s.length;
  }

  private append(s: string, codePoints: number): void {
    this.parts.push(s);
    this.column += codePoints;
  }

  private putBreak(): void {
    this.parts.push('\n');
    this.column = 0;
  }

  private writeCodePoint(cp: number): void {
    this.parts.push(String.fromCodePoint(cp));
    this.column++;
  }

  private writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) {
      this.putBreak();
    }
    if (this.column < indent) this.put(' '.repeat(indent - this.column));
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(indicator: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(indicator);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop()!;
  }

  // --- nodes ---

  private node(value: JsonValue, mapping: boolean, simpleKey: boolean, scalar?: Scalar): void {
    this.mappingContext = mapping;
    this.simpleKeyContext = simpleKey;
    if (Array.isArray(value)) this.sequence(value);
    else if (isJsonObject(value)) this.mapping(value);
    else this.scalar(scalar ?? scalarOf(value));
  }

  private emptyFlow(open: string, close: string): void {
    this.writeIndicator(open, true, true, false);
    this.increaseIndent(true, false);
    this.popIndent();
    this.writeIndicator(close, false, false, false);
  }

  private sequence(items: JsonValue[]): void {
    if (items.length === 0 || this.flowLevel > 0) {
      this.emptyFlow('[', ']');
      return;
    }
    // A sequence that is a mapping value sits at the key's indentation ("indentless").
    this.increaseIndent(false, this.mappingContext && !this.indention);
    for (const item of items) {
      this.writeIndent();
      this.writeIndicator('-', true, false, true);
      this.node(item, false, false);
    }
    this.popIndent();
  }

  private mapping(obj: { [key: string]: JsonValue }): void {
    const keys = Object.keys(obj);
    if (keys.length === 0 || this.flowLevel > 0) {
      this.emptyFlow('{', '}');
      return;
    }
    this.increaseIndent(false, false);
    for (const key of keys.length > 1 ? sortKeysLikeGoYaml(keys) : keys) {
      this.writeIndent();
      const k = scalarOf(key);
      const value = obj[key]!;
      if (!k.analysis.multiline && (key.length <= MAX_SIMPLE_KEY_BYTES / 3 || utf8Length(key) <= MAX_SIMPLE_KEY_BYTES)) {
        this.node(key, true, true, k);
        this.writeIndicator(':', false, false, false);
      } else {
        this.writeIndicator('?', true, false, true);
        this.node(key, true, false, k);
        this.writeIndent();
        this.writeIndicator(':', true, false, true);
      }
      this.node(value, true, false);
    }
    this.popIndent();
  }

  /** libyaml's yaml_emitter_select_scalar_style. */
  private selectStyle(s: Scalar): Style {
    const a = s.analysis;
    let style = s.style;
    if (this.simpleKeyContext && a.multiline) style = 'double';
    if (style === 'plain') {
      if ((this.flowLevel > 0 && !a.flowPlainAllowed) || (this.flowLevel === 0 && !a.blockPlainAllowed)) {
        style = 'single';
      }
      if (s.text.length === 0 && (this.flowLevel > 0 || this.simpleKeyContext)) style = 'single';
    }
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || this.flowLevel > 0 || this.simpleKeyContext)) style = 'double';
    return style;
  }

  private scalar(s: Scalar): void {
    const style = this.selectStyle(s);
    this.increaseIndent(true, false);
    const allowBreaks = !this.simpleKeyContext;
    if (style === 'plain') this.writePlain(s, allowBreaks);
    else if (style === 'single') this.writeSingleQuoted(s, allowBreaks);
    else if (style === 'double') this.writeDoubleQuoted(s, allowBreaks);
    else this.writeLiteral(s.text);
    this.popIndent();
  }

  /**
   * Whether a scalar written from the current column could reach a space past the best width, where libyaml
   * folds the line. When it cannot, the text is copied in one piece (the common case, and much faster).
   */
  private mayFold(s: Scalar, allowBreaks: boolean, opening: number): boolean {
    return allowBreaks && this.column + opening + s.analysis.codePoints - 1 > BEST_WIDTH;
  }

  private writePlain(s: Scalar, allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    if (!this.mayFold(s, allowBreaks, 0)) {
      this.append(s.text, s.analysis.codePoints);
    } else {
      const t = s.text;
      let spaces = false;
      for (let i = 0; i < t.length; i++) {
        const c = codePointAt(t, i);
        if (c === SPACE) {
          if (!spaces && this.column > BEST_WIDTH && t.charCodeAt(i + 1) !== SPACE) this.writeIndent();
          else this.writeCodePoint(c);
          spaces = true;
        } else {
          // Plain text never holds a line break (analysis rules that out), so no break handling is needed.
          this.writeCodePoint(c);
          this.indention = false;
          spaces = false;
        }
        if (c > 0xffff) i++;
      }
    }
    this.whitespace = false;
    this.indention = false;
  }

  /** libyaml's write_break: a line feed is written as the configured break, other breaks as themselves. */
  private writeBreak(c: number): void {
    if (c === LF) this.putBreak();
    else {
      this.parts.push(String.fromCodePoint(c));
      this.column = 0;
    }
  }

  private writeSingleQuoted(s: Scalar, allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    if (s.analysis.plainText && !this.mayFold(s, allowBreaks, 0)) {
      this.append(s.text, s.analysis.codePoints);
    } else {
      const t = s.text;
      let spaces = false;
      let breaks = false;
      for (let i = 0; i < t.length; i++) {
        const c = codePointAt(t, i);
        const w = c > 0xffff ? 2 : 1;
        if (c === SPACE) {
          if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < t.length - 1 && t.charCodeAt(i + 1) !== SPACE) {
            this.writeIndent();
          } else this.writeCodePoint(c);
          spaces = true;
        } else if (isBreak(c)) {
          if (!breaks && c === LF) this.putBreak();
          this.writeBreak(c);
          this.indention = true;
          breaks = true;
        } else {
          if (breaks) this.writeIndent();
          if (c === 0x27) this.put("'");
          this.writeCodePoint(c);
          this.indention = false;
          spaces = false;
          breaks = false;
        }
        i += w - 1;
      }
    }
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeDoubleQuoted(s: Scalar, allowBreaks: boolean): void {
    this.writeIndicator('"', true, false, false);
    if (s.analysis.plainText && !this.mayFold(s, allowBreaks, 0)) {
      this.append(s.text, s.analysis.codePoints);
    } else {
      const t = s.text;
      // libyaml's is_bom looks at the start of the whole string, not at the current character: a string that
      // starts with U+FEFF has every one of its characters escaped.
      const escapeAll = t.charCodeAt(0) === 0xfeff;
      let spaces = false;
      for (let i = 0; i < t.length; i++) {
        const c = codePointAt(t, i);
        const w = c > 0xffff ? 2 : 1;
        if (escapeAll || !isPrintable(c) || isBreak(c) || c === 0x22 || c === 0x5c) {
          this.put(escapeOf(c));
          spaces = false;
        } else if (c === SPACE) {
          if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < t.length - 1) {
            this.writeIndent();
            if (t.charCodeAt(i + 1) === SPACE) this.put('\\');
          } else this.writeCodePoint(c);
          spaces = true;
        } else {
          this.writeCodePoint(c);
          spaces = false;
        }
        i += w - 1;
      }
    }
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private writeLiteral(t: string): void {
    this.writeIndicator('|', true, false, false);
    // Block scalar hints: an explicit indentation when the text starts with a space or a break, and the
    // chomping that reproduces the trailing line breaks exactly.
    if (t.charCodeAt(0) === SPACE || isBreak(t.charCodeAt(0))) {
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    }
    const n = t.length;
    let chomp = '';
    if (n === 0 || !isBreak(t.charCodeAt(n - 1))) chomp = '-';
    else if (n === 1 || isBreak(t.charCodeAt(n - 2))) chomp = '+';
    if (chomp) this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    // Line by line: an empty line is a bare line break; a line with text is indented first.
    let start = 0;
    while (start < n) {
      let end = start;
      while (end < n && !isBreak(t.charCodeAt(end))) end++;
      if (end > start) {
        this.writeIndent();
        const line = t.slice(start, end);
        this.append(line, countCodePoints(line));
        this.indention = false;
      }
      if (end < n) {
        this.writeBreak(t.charCodeAt(end));
        this.indention = true;
      }
      start = end + 1;
    }
  }
}

function countCodePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** One JSON value as go-yaml v2's yaml.Marshal prints it (a single document, ending in a newline). */
export function emitGoYamlV2(value: JsonValue): string {
  return new Emitter().document(value);
}
