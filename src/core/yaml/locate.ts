/**
 * Finds where a value sits in a YAML source file, so findings about a resource can point at file:line.
 * Parsing for positions is separate from parseYamlDocuments on purpose: the build parses every file once
 * and fast, and only the few files with findings are parsed again here.
 */

import { isAlias, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Document, Node as YamlNode, Pair } from 'yaml';
import { commonYamlPositions, type Position } from './fast-parse.ts';

export interface YamlLocation {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** False when the full path is missing and this is its deepest existing ancestor. */
  exact: boolean;
}

type PathSegment = string | number;

/** The position of the key (map entry) or item (sequence element) at `path` in document `docIndex`. */
export function locateInYaml(text: string, docIndex: number, path: PathSegment[]): YamlLocation | undefined {
  if (lastLocator?.text !== text) lastLocator = new YamlLocator(text);
  return lastLocator.locate(docIndex, path);
}

/** locateInYaml is usually called many times in a row for the same file. */
let lastLocator: YamlLocator | undefined;

/** Answers many look-ups in one file with one parse. */
export class YamlLocator {
  private docs: Document.Parsed[] | undefined;
  private lineStarts: number[] | undefined;
  /** From the fast reader when the text is in its subset (null: it is not). */
  private fast: Map<number, Position> | null | undefined;

  constructor(readonly text: string) {}

  locate(docIndex: number, path: PathSegment[]): YamlLocation | undefined {
    if (this.fast === undefined) this.fast = commonYamlPositions(this.text) ?? null;
    if (this.fast !== null) {
      const found = this.locateFast(this.fast, docIndex, path);
      if (found !== 'unknown') return found;
    }
    const docs = (this.docs ??= parseDocuments(this.text));
    const doc = docs[docIndex];
    if (!doc || !doc.contents || isEmptyScalar(doc.contents)) return undefined;
    const anchors = anchorsOf(doc);
    let node: YamlNode = doc.contents;
    let at: YamlNode = node;
    for (const segment of path) {
      const found = child(resolveAlias(node, anchors), segment, anchors);
      if (!found) return this.position(at, false);
      at = found.at;
      node = found.node;
    }
    return this.position(at, true);
  }

  /** The same walk over the fast reader's positions; 'unknown' where it has none (an empty sequence item). */
  private locateFast(docs: Map<number, Position>, docIndex: number, path: PathSegment[]): YamlLocation | undefined | 'unknown' {
    const root = docs.get(docIndex);
    if (!root) return undefined;
    let at = root;
    let exact = true;
    for (const segment of path) {
      const kids = at.kids;
      let found: Position | undefined;
      if (Array.isArray(kids)) {
        const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
        found = kids[index];
      } else found = kids?.get(String(segment));
      if (!found) {
        exact = false;
        break;
      }
      at = found;
    }
    return at.offset < 0 ? 'unknown' : this.positionAt(at.offset, exact);
  }

  private position(node: YamlNode, exact: boolean): YamlLocation {
    return this.positionAt(node.range?.[0] ?? 0, exact);
  }

  private positionAt(offset: number, exact: boolean): YamlLocation {
    const starts = (this.lineStarts ??= lineStartsOf(this.text));
    // Binary search for the last line starting at or before the offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, exact };
  }
}

/** An empty document (only comments, or nothing after `---`) composes to an empty plain scalar. */
function isEmptyScalar(node: unknown): boolean {
  return isScalar(node) && node.type === 'PLAIN' && node.source === '' && node.tag === undefined;
}

function parseDocuments(text: string): Document.Parsed[] {
  try {
    return parseAllDocuments(text, { schema: 'failsafe', uniqueKeys: false, prettyErrors: false }) as Document.Parsed[];
  } catch {
    return [];
  }
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The last node defined with each anchor name (aliases only ever refer back, so last-wins is close enough). */
function anchorsOf(doc: Document.Parsed): Map<string, YamlNode> {
  const anchors = new Map<string, YamlNode>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node) || isSeq(node) || isScalar(node)) {
      if (node.anchor) anchors.set(node.anchor, node);
      if (isMap(node)) for (const p of node.items) stack.push(p.key, p.value);
      if (isSeq(node)) stack.push(...node.items);
    }
  }
  return anchors;
}

function resolveAlias(node: YamlNode, anchors: Map<string, YamlNode>): YamlNode {
  for (let hops = 0; isAlias(node) && hops < 100; hops++) {
    const target = anchors.get(node.source);
    if (!target) break;
    node = target;
  }
  return node;
}

/** `at` is where to point (the key of a map entry, or the item itself); `node` is the value to descend into. */
function child(
  node: YamlNode,
  segment: PathSegment,
  anchors: Map<string, YamlNode>,
  depth = 0,
): { at: YamlNode; node: YamlNode } | undefined {
  if (isSeq(node)) {
    const index = typeof segment === 'number' ? segment : /^\d+$/.test(segment) ? Number(segment) : -1;
    const item = node.items[index] as YamlNode | undefined;
    return item ? { at: item, node: item } : undefined;
  }
  if (!isMap(node)) return undefined;
  const key = String(segment);
  let merges: YamlNode[] = [];
  for (const pair of node.items as Pair<YamlNode | null, YamlNode | null>[]) {
    const k = pair.key;
    if (!isScalar(k)) continue;
    const text = typeof k.source === 'string' ? k.source : String(k.value);
    if (text === key && !(text === '<<' && k.type === 'PLAIN' && k.tag === undefined)) {
      return { at: k, node: pair.value ?? k };
    }
    if (text === '<<' && k.type === 'PLAIN' && pair.value) {
      const v = resolveAlias(pair.value, anchors);
      merges = isSeq(v) ? (v.items as YamlNode[]) : [v];
    }
  }
  // A key that only comes from a merge (`<<: *base`) is found where the merged map defines it.
  if (depth < 10) {
    for (const m of merges) {
      const found = child(resolveAlias(m, anchors), segment, anchors, depth + 1);
      if (found) return found;
    }
  }
  return undefined;
}
