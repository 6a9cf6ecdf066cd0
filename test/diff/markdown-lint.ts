// A strict reading of the markdown the diff section writes, for the hostile-content tests: every code fence
// closes (CommonMark rules: a closing fence is the same character, at least as long, nothing after it), and
// outside fences the only HTML is the tags the renderer itself writes, balanced.
import assert from 'node:assert/strict';

const ALLOWED_TAGS = /<\/?(details|summary|b|br)>|<!-- gitops-gate -->/g;

export function assertWellFormed(markdown: string): void {
  const lines = markdown.split('\n');
  let fence: { char: string; length: number; line: number } | undefined;
  let opened = 0;
  let closed = 0;
  for (const [i, line] of lines.entries()) {
    if (fence) {
      const close = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) fence = undefined;
      continue;
    }
    const open = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (open && !(open[1]![0] === '`' && open[2]!.includes('`'))) {
      fence = { char: open[1]![0]!, length: open[1]!.length, line: i + 1 };
      continue;
    }
    // Outside code: only our own tags may be raw HTML.
    const stripped = line.replace(ALLOWED_TAGS, '');
    assert.ok(!stripped.includes('<'), `raw HTML outside a fence at line ${i + 1}: ${line.slice(0, 200)}`);
    opened += (line.match(/<details>/g) ?? []).length;
    closed += (line.match(/<\/details>/g) ?? []).length;
    assert.ok(closed <= opened, `</details> before its <details> at line ${i + 1}`);
  }
  assert.equal(fence, undefined, `code fence opened at line ${fence?.line} never closes`);
  assert.equal(opened, closed, '<details> and </details> do not balance');
}
