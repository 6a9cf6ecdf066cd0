import { Composer, isAlias, isMap, isScalar, isSeq, Lexer, Parser } from 'yaml';
import type { Alias, CST, Node as YamlNode, Pair, ParsedNode, Scalar, YAMLMap } from 'yaml';
import type { JsonObject, JsonValue } from '../model/json.ts';
import { setOwn, markEmptyValue } from '../model/json.ts';
import { parseCommonYaml } from './fast-parse.ts';
import { refoldLikeKustomize } from './folded-scalar.ts';
import { resolvePlainScalar, resolveTaggedScalar } from './scalar-resolve.ts';
import type { Resolved } from './scalar-resolve.ts';

/** One document of a YAML stream, as JSON, with where it starts (1-based). */
export interface YamlDocument {
  value: JsonValue;
  /** Index of the document in the stream, counting every `---`-separated document (empty ones too). */
  index: number;
  line: number;
  column: number;
}

export class YamlError extends Error {
  constructor(
    /** What is wrong, without the location. */
    readonly reason: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'YamlError';
  }
}

/**
 * Deeper than any manifest (a CRD schema reaches some 60 levels), and shallow enough that the recursive
 * composer of the `yaml` package stays far from the stack limit: near it, V8 can die compiling a regexp
 * ("RegExpCompiler Allocation failed") instead of throwing a catchable RangeError.
 */
const MAX_DEPTH = 300;
/** Nodes that alias expansion may add beyond this many times the document's own nodes is an alias bomb. */
const ALIAS_BUDGET_BASE = 100_000;
const ALIAS_BUDGET_RATIO = 10;

const TAG_STR = 'tag:yaml.org,2002:str';
const TAG_BINARY = 'tag:yaml.org,2002:binary';
const TAG_MERGE = 'tag:yaml.org,2002:merge';

/** scanCharacters: every character allowed, and only `\n` breaks lines (what the fast reader expects). */
const USUAL = -1;
/** scanCharacters: every character allowed, with CR, NEL, LS, PS or a byte-order mark among them. */
const UNUSUAL = -2;

/**
 * The offset of the first character go-yaml refuses anywhere in a stream, else USUAL or UNUSUAL. It reads
 * YAML 1.2's printable set: tab, line breaks, U+0020–U+007E, NEL, U+00A0–U+D7FF, U+E000–U+FFFD and the astral
 * planes. Checking first also keeps binary files away from the parser. (A plain loop: a Unicode-class regex
 * here made V8's regexp compiler run out of memory on long inputs.)
 */
function scanCharacters(text: string): number {
  let usual = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c === 0x0a || c === 0x09) continue;
    if (c === 0x0d || c === 0x85) {
      usual = false;
      continue;
    }
    if (c >= 0xa0 && c <= 0xd7ff) {
      if (c === 0x2028 || c === 0x2029) usual = false;
      continue;
    }
    if (c >= 0xe000 && c <= 0xfffd) {
      if (c === 0xfeff) usual = false;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
    }
    return i;
  }
  return usual ? USUAL : UNUSUAL;
}

/** Maps offsets to 1-based line/column, moving forward only (documents and errors come in order). */
class Positions {
  private offset = 0;
  private line = 1;
  private lineStart = 0;
  constructor(private readonly text: string) {}

  at(offset: number): { line: number; column: number } {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
      this.lineStart = 0;
    }
    const text = this.text;
    for (let i = text.indexOf('\n', this.offset); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
      this.line++;
      this.lineStart = i + 1;
    }
    this.offset = offset;
    return { line: this.line, column: offset - this.lineStart + 1 };
  }
}

/** Parses a YAML (or JSON) stream as kustomize reads it. Empty documents are skipped. Throws YamlError. */
export interface ParseOptions {
  /**
   * Let a later key replace an earlier one instead of failing. Kustomization files are read by
   * sigs.k8s.io/yaml, which allows that; manifests are read by go-yaml v3, which does not.
   */
  allowDuplicateKeys?: boolean;
  /** Off: always use the full reader (tests compare the two readers with it). */
  fastReader?: boolean;
}

export function parseYamlDocuments(text: string, file: string, options: ParseOptions = {}): YamlDocument[] {
  const positions = new Positions(text);
  const fail = (message: string, offset: number): never => {
    const { line, column } = positions.at(offset);
    throw new YamlError(message, file, line, column);
  };

  const bad = scanCharacters(text);
  if (bad >= 0) {
    const code = text.charCodeAt(bad).toString(16).toUpperCase().padStart(4, '0');
    fail(`control or non-printable character U+${code} is not allowed in YAML`, bad);
  }
  // Most manifests are plain block YAML, which the fast reader takes in one pass; it declines the rest.
  if (bad === USUAL && options.fastReader !== false) {
    const fast = parseCommonYaml(text);
    if (fast !== undefined) return fast;
  }

  // Tokenise (iterative), bound the nesting, then compose the documents (recursive).
  if (flowNestsTooDeep(text)) fail(`document nests deeper than ${MAX_DEPTH} levels`, offsetOfDeepBracket(text));
  const tokens = Array.from(new Parser().parse(text));
  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== undefined) fail(`document nests deeper than ${MAX_DEPTH} levels`, tooDeep);
  let docs;
  try {
    const composer = new Composer({
      // Resolve nothing: scalars stay text and are typed below with go-yaml's rules, not YAML 1.2's.
      schema: 'failsafe',
      uniqueKeys: false,
      merge: false,
      keepSourceTokens: false,
    });
    docs = Array.from(composer.compose(tokens));
  } catch (e) {
    if (e instanceof RangeError) fail('document nests too deeply', 0);
    throw e;
  }

  const out: YamlDocument[] = [];
  let index = 0;
  for (const doc of docs) {
    const error = doc.errors[0];
    if (error) {
      const message =
        error.code === 'RESOURCE_EXHAUSTION' ? 'document nests too deeply' : error.message.replace(/\s+/g, ' ');
      fail(message, error.pos[0]);
    }
    const contents = doc.contents as ParsedNode | null;
    if (contents !== null) {
      const value = new Converter(fail, (offset) => new Positions(text).at(offset).line, options.allowDuplicateKeys === true).convertDocument(contents);
      if (value !== null) {
        const { line, column } = positions.at(contents.range[0]);
        out.push({ value, index, line, column });
      }
    }
    index++;
  }
  return out;
}

type Fail = (message: string, offset: number) => never;

/**
 * Deep flow nesting (`[[[[…`) makes the parser slow before any depth check on its output could run, so it
 * is caught on the lexer's tokens first. Text with few brackets cannot nest that deep and skips this.
 */
function flowNestsTooDeep(text: string): boolean {
  let brackets = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) brackets++;
  }
  if (brackets <= MAX_DEPTH) return false;
  let depth = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (lexeme === '[' || lexeme === '{') {
      if (++depth > MAX_DEPTH) return true;
    } else if (lexeme === ']' || lexeme === '}') depth--;
    else if (lexeme === '\x02') depth = 0; // a new document
  }
  return false;
}

/** Roughly where deep flow nesting starts, for the error message (brackets in strings may shift it). */
function offsetOfDeepBracket(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_DEPTH) return i;
    } else if (c === 0x5d || c === 0x7d) depth = Math.max(0, depth - 1);
  }
  return 0;
}

/** The offset of the first collection nested deeper than MAX_DEPTH, walking the CST without recursion. */
function firstTooDeep(tokens: CST.Token[]): number | undefined {
  const stack: [CST.Token | null | undefined, number][] = tokens.map((t) => [t, 0]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!token) continue;
    switch (token.type) {
      case 'document':
        stack.push([token.value, depth]);
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection':
        if (depth >= MAX_DEPTH) return token.offset;
        for (const item of token.items) {
          if ('key' in item) stack.push([item.key, depth + 1]);
          stack.push([item.value, depth + 1]);
        }
        break;
    }
  }
  return undefined;
}

function startOf(node: YamlNode | null | undefined): number {
  return node?.range?.[0] ?? 0;
}

/** `key:` with nothing after it: a zero-length plain scalar with no tag or anchor. */
function isEmptyPlainScalar(node: YamlNode): boolean {
  return (
    isScalar(node) && node.type === 'PLAIN' && node.source === '' && node.tag === undefined && node.anchor === undefined
  );
}

/** Turns one document's node tree into JSON with go-yaml v3's typing, merge keys and alias expansion. */
class Converter {
  private readonly anchors = new Map<string, YamlNode>();
  /** Anchored nodes whose conversion is under way: an alias to one of them is a cycle. */
  private readonly open = new Set<YamlNode>();
  private ownNodes = 0;
  private aliasNodes = 0;
  private expandingAlias = 0;

  constructor(
    private readonly fail: Fail,
    private readonly lineOf: (offset: number) => number,
    private readonly allowDuplicateKeys = false,
  ) {}

  convertDocument(root: YamlNode): JsonValue {
    return this.convert(root, 0);
  }

  private convert(node: YamlNode, depth: number): JsonValue {
    if (depth > MAX_DEPTH) this.fail(`document nests deeper than ${MAX_DEPTH} levels`, startOf(node));
    if (this.expandingAlias > 0) {
      if (++this.aliasNodes > ALIAS_BUDGET_BASE + ALIAS_BUDGET_RATIO * this.ownNodes) {
        this.fail('document contains excessive aliasing', startOf(node));
      }
    } else this.ownNodes++;

    if (isAlias(node)) return this.convertAlias(node, depth);
    const anchor = node.anchor;
    if (anchor !== undefined && this.expandingAlias === 0) this.anchors.set(anchor, node);
    if (anchor !== undefined) this.open.add(node);
    try {
      if (isMap(node)) return this.convertMap(node, depth);
      if (isSeq(node)) return node.items.map((item) => this.convert(item as YamlNode, depth + 1));
      if (isScalar(node)) return this.convertScalar(node);
      return this.fail('unsupported YAML node', startOf(node));
    } finally {
      if (anchor !== undefined) this.open.delete(node);
    }
  }

  private target(alias: Alias): YamlNode {
    const target = this.anchors.get(alias.source);
    if (!target) return this.fail(`unknown anchor '${alias.source}' referenced`, startOf(alias));
    if (this.open.has(target)) return this.fail(`anchor '${alias.source}' value contains itself`, startOf(alias));
    return target;
  }

  private convertAlias(alias: Alias, depth: number): JsonValue {
    const target = this.target(alias);
    this.expandingAlias++;
    try {
      return this.convert(target, depth);
    } finally {
      this.expandingAlias--;
    }
  }

  private convertScalar(node: Scalar): JsonValue {
    const text = typeof node.source === 'string' ? node.source : String(node.value ?? '');
    const tag = node.tag;
    const plain = node.type === 'PLAIN';
    if (tag === undefined) {
      if (plain) return this.toJson(resolvePlainScalar(text), node);
      return node.type === 'BLOCK_FOLDED' ? refoldLikeKustomize(text) : text;
    }
    if (tag === '!' || tag === TAG_STR) return text;
    if (tag === TAG_BINARY) return decodeBinary(node.value);
    let resolved: Resolved | undefined;
    try {
      resolved = resolveTaggedScalar(tag, text);
    } catch (e) {
      return this.fail((e as Error).message, startOf(node));
    }
    // Any other tag (`!Ref`, `!!omap`, …) is ignored by go-yaml when decoding into plain values: the text stays.
    return resolved ? this.toJson(resolved, node) : text;
  }

  private toJson(r: Resolved, node: YamlNode): JsonValue {
    switch (r.kind) {
      case 'null':
        return null;
      case 'bool':
        return r.value;
      case 'int':
        return Number(r.value);
      case 'float':
        if (!Number.isFinite(r.value)) {
          // kustomize fails the same way: encoding/json has no Inf or NaN.
          return this.fail(`${String(r.value)} cannot be represented in JSON`, startOf(node));
        }
        return r.value;
      case 'timestamp':
        return r.value;
      case 'str':
        return (node as Scalar).source as string;
    }
  }

  /** The text of a mapping key; go-yaml keeps a scalar key's text as written (`0x10` stays "0x10"). */
  private keyText(key: YamlNode | null, pairStart: number): string {
    let node = key;
    if (node && isAlias(node)) node = this.target(node);
    if (!node || !isScalar(node)) {
      return this.fail('mapping keys must be scalars', node ? startOf(node) : pairStart);
    }
    if (node.anchor !== undefined && this.expandingAlias === 0) this.anchors.set(node.anchor, node);
    const text = typeof node.source === 'string' ? node.source : String(node.value ?? '');
    if (node.tag === undefined && node.type === 'PLAIN' && resolvePlainScalar(text).kind === 'null') {
      return this.fail('mapping key is null', startOf(node));
    }
    return text;
  }

  private convertMap(node: YAMLMap, depth: number): JsonObject {
    const obj: JsonObject = {};
    const pairs = node.items as Pair<YamlNode | null, YamlNode | null>[];
    let merge: Pair<YamlNode | null, YamlNode | null> | undefined;
    for (const pair of pairs) {
      const key = pair.key;
      if (isMergeKey(key)) {
        if (merge) this.duplicateKey('<<', merge.key, key);
        merge = pair;
        continue;
      }
      const k = this.keyText(key, startOf(key));
      if (Object.prototype.hasOwnProperty.call(obj, k) && !this.allowDuplicateKeys) {
        this.duplicateKey(k, pairs.find((p) => p.key && isScalar(p.key) && p.key.source === k)?.key ?? null, key);
      }
      if (pair.value === null || isEmptyPlainScalar(pair.value)) {
        setOwn(obj, k, null);
        markEmptyValue(obj, k);
      } else {
        setOwn(obj, k, this.convert(pair.value, depth + 1));
      }
    }
    if (merge) this.merge(obj, merge.value, depth, startOf(merge.key));
    return obj;
  }

  /** go-yaml v3 refuses a key given twice in one mapping, and so does kustomize. */
  private duplicateKey(key: string, first: YamlNode | null, again: YamlNode | null): never {
    return this.fail(`mapping key ${JSON.stringify(key)} already defined at line ${this.lineOf(startOf(first))}`, startOf(again));
  }

  /** `<<: *base` or `<<: [*a, *b]`: keys not set explicitly come from the merged maps, earlier ones first. */
  private merge(obj: JsonObject, value: YamlNode | null, depth: number, at: number): void {
    const sources: YamlNode[] = value && isSeq(value) ? (value.items as YamlNode[]) : value ? [value] : [];
    if (sources.length === 0) this.fail('map merge requires map or sequence of maps as the value', at);
    for (const source of sources) {
      const target = isAlias(source) ? this.target(source) : source;
      if (!isMap(target)) this.fail('map merge requires map or sequence of maps as the value', startOf(source));
      const merged = this.convert(source, depth + 1) as JsonObject;
      for (const k of Object.keys(merged)) {
        if (!Object.prototype.hasOwnProperty.call(obj, k)) setOwn(obj, k, merged[k]!);
      }
    }
  }

}

function isMergeKey(key: unknown): boolean {
  if (!isScalar(key) || key.source !== '<<') return false;
  return (key.tag === undefined && key.type === 'PLAIN') || key.tag === TAG_MERGE;
}

/** `!!binary`: go-yaml decodes the base64 and the bytes become a string (invalid UTF-8 replaced, as encoding/json does). */
function decodeBinary(value: unknown): string {
  if (value instanceof Uint8Array) return new TextDecoder().decode(value);
  return String(value ?? '');
}
