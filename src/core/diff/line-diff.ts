/**
 * A line diff (Myers' O(ND) greedy algorithm) and unified-diff hunks with context, bounded in time and memory
 * so a 1 MB ConfigMap or a rewritten 100,000-line manifest cannot stall a run:
 *
 * - the common prefix and suffix are trimmed first (most manifest changes are a few lines in the middle);
 * - the search stops after `maxEditDistance` steps, or sooner when (lines × steps) would pass `maxWork`;
 *   the middle is then shown as one block removed and one block added, and the result says it is approximate;
 * - memory for the backtrack is O(D²) integers (only the live band of each step is kept), capped with D.
 */

export type LineOp = ' ' | '-' | '+';

export interface DiffLine {
  op: LineOp;
  text: string;
}

/** One `@@ -baseStart,baseCount +headStart,headCount @@` block; starts are 1-based as in `diff -u`. */
export interface DiffHunk {
  baseStart: number;
  baseCount: number;
  headStart: number;
  headCount: number;
  lines: DiffLine[];
}

export interface LineDiffLimits {
  /** Most edit steps (D) the search tries before it gives up on a minimal diff. */
  maxEditDistance: number;
  /** Most (lines × steps) of work before it gives up; keeps huge inputs to a fraction of a second. */
  maxWork: number;
}

export const DEFAULT_LINE_DIFF_LIMITS: LineDiffLimits = { maxEditDistance: 2_000, maxWork: 20_000_000 };
export const DEFAULT_CONTEXT_LINES = 3;

export interface LineDiff {
  /** Every line of both sides in order: kept (' '), removed ('-'), added ('+'). */
  lines: DiffLine[];
  /** True when the limits were hit and the changed middle is shown as one removal and one addition. */
  approximate: boolean;
}

export function diffLines(base: readonly string[], head: readonly string[], limits: LineDiffLimits = DEFAULT_LINE_DIFF_LIMITS): LineDiff {
  let prefix = 0;
  while (prefix < base.length && prefix < head.length && base[prefix] === head[prefix]) prefix++;
  let suffix = 0;
  while (suffix < base.length - prefix && suffix < head.length - prefix && base[base.length - 1 - suffix] === head[head.length - 1 - suffix]) suffix++;

  // Compare integers, not strings, in the search: equal lines get equal ids.
  const ids = new Map<string, number>();
  const intern = (lines: readonly string[], from: number, to: number): Int32Array => {
    const out = new Int32Array(to - from);
    for (let i = from; i < to; i++) {
      const line = lines[i]!;
      let id = ids.get(line);
      if (id === undefined) {
        id = ids.size;
        ids.set(line, id);
      }
      out[i - from] = id;
    }
    return out;
  };
  const aMid = intern(base, prefix, base.length - suffix);
  const bMid = intern(head, prefix, head.length - suffix);

  const out: DiffLine[] = [];
  for (let i = 0; i < prefix; i++) out.push({ op: ' ', text: base[i]! });
  const script = myers(aMid, bMid, limits);
  let approximate = false;
  if (script) {
    let i = prefix;
    let j = prefix;
    for (const op of script) {
      if (op === ' ') out.push({ op, text: base[i++]! }), j++;
      else if (op === '-') out.push({ op, text: base[i++]! });
      else out.push({ op, text: head[j++]! });
    }
  } else {
    approximate = true;
    for (let i = prefix; i < base.length - suffix; i++) out.push({ op: '-', text: base[i]! });
    for (let j = prefix; j < head.length - suffix; j++) out.push({ op: '+', text: head[j]! });
  }
  for (let i = base.length - suffix; i < base.length; i++) out.push({ op: ' ', text: base[i]! });
  return { lines: out, approximate };
}

/** The edit script from a to b, or undefined when the limits are reached first. */
function myers(a: Int32Array, b: Int32Array, limits: LineDiffLimits): LineOp[] | undefined {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [...Array<LineOp>(n).fill('-'), ...Array<LineOp>(m).fill('+')];
  const maxD = Math.min(n + m, limits.maxEditDistance, Math.floor(limits.maxWork / (n + m)));
  const offset = maxD + 1;
  const v = new Int32Array(2 * maxD + 3);
  // trace[d] holds the furthest x on each diagonal k in [-d, d] after step d.
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= maxD && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (found < 0) return undefined;

  const ops: LineOp[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1]!;
    const at = (k: number): number => prev[k + d - 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    const midX = down ? prevX : prevX + 1;
    while (x > midX) ops.push(' '), x--, y--;
    ops.push(down ? '+' : '-');
    x = prevX;
    y = prevY;
  }
  while (x > 0) ops.push(' '), x--;
  return ops.reverse();
}

/** The changed lines with `context` unchanged lines around each change, as `diff -u` groups them. */
export function toHunks(lines: readonly DiffLine[], context = DEFAULT_CONTEXT_LINES): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  // 1-based line numbers, on either side, of the line at `at` (the number it has, or would have next).
  let at = 0;
  let baseLine = 1;
  let headLine = 1;
  const advanceTo = (index: number): void => {
    for (; at < index; at++) {
      if (lines[at]!.op !== '+') baseLine++;
      if (lines[at]!.op !== '-') headLine++;
    }
  };
  let i = 0;
  while (i < lines.length) {
    while (i < lines.length && lines[i]!.op === ' ') i++;
    if (i >= lines.length) break;
    const start = Math.max(0, i - context);
    let end = i; // exclusive end of the last change seen
    let j = i;
    while (j < lines.length) {
      if (lines[j]!.op !== ' ') {
        end = ++j;
        continue;
      }
      // A run of kept lines longer than twice the context separates two hunks.
      let run = j;
      while (run < lines.length && lines[run]!.op === ' ') run++;
      if (run >= lines.length || run - j > 2 * context) break;
      j = run;
    }
    const stop = Math.min(lines.length, end + context);
    const slice = lines.slice(start, stop);
    let baseCount = 0;
    let headCount = 0;
    for (const l of slice) {
      if (l.op !== '+') baseCount++;
      if (l.op !== '-') headCount++;
    }
    advanceTo(start);
    hunks.push({
      // As `diff -u`: an empty side names the line before the hunk.
      baseStart: baseCount === 0 ? baseLine - 1 : baseLine,
      baseCount,
      headStart: headCount === 0 ? headLine - 1 : headLine,
      headCount,
      lines: slice,
    });
    i = stop;
  }
  return hunks;
}

/** `@@ -1,4 +1,5 @@` */
export function hunkHeader(h: DiffHunk): string {
  return `@@ -${h.baseStart},${h.baseCount} +${h.headStart},${h.headCount} @@`;
}

/** Splits YAML text into lines without the trailing empty one. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}
