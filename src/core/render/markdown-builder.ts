/**
 * A markdown document with a character budget. GitHub rejects a comment over 65,536 characters, so every
 * section appends through one builder and asks `remaining()` before it writes; blocks are appended whole or
 * not at all, so a cut can never leave a table row, code fence or `<details>` half written.
 *
 * Sharing the budget between sections: the check section (markdown.ts, appendCheckSection) and a later
 * diff section append to the same builder, in that order. A section that must leave room for what follows
 * calls `reserve(n)` first (the reserved characters do not count as remaining) and `release()` when the
 * next section starts, e.g.:
 *
 *   const md = new MarkdownBuilder(65_536);
 *   md.reserve(20_000);                 // keep room for the diff
 *   appendCheckSection(md, report, opts);
 *   md.release();
 *   appendDiffSection(md, diffs, opts); // uses md.remaining() to decide what it can show
 *
 * Lengths are UTF-16 code units (String#length), which is never less than GitHub's count of characters.
 */
export class MarkdownBuilder {
  private readonly parts: string[] = [];
  private used = 0;
  /** Reserves in force, innermost last: a section's own reserve/release pairs nest inside its caller's. */
  private readonly reserves: number[] = [];

  constructor(readonly maxChars: number) {
    if (!Number.isFinite(maxChars) || maxChars < 0) throw new RangeError(`maxChars must be a non-negative number, got ${maxChars}`);
  }

  /** Characters written so far. */
  get length(): number {
    return this.used;
  }

  /** Characters that may still be appended (the reserve excluded). */
  remaining(): number {
    return Math.max(0, this.maxChars - this.used - this.reserves.reduce((a, b) => a + b, 0));
  }

  fits(text: string): boolean {
    return text.length <= this.remaining();
  }

  /** Appends `text` if it fits within the budget; returns whether it did. Never appends part of it. */
  append(text: string): boolean {
    if (!this.fits(text)) return false;
    this.parts.push(text);
    this.used += text.length;
    return true;
  }

  /** Holds back `chars` characters for what comes later, on top of any reserve already held. */
  reserve(chars: number): void {
    this.reserves.push(Math.max(0, chars));
  }

  /** Gives back the most recent reserve still held (reserves nest like parentheses). */
  release(): void {
    this.reserves.pop();
  }

  toString(): string {
    return this.parts.join('');
  }
}
