// The markdown check section must never break its own markdown, whatever the repository contains, and
// must stay within its character budget. These tests check structure with small scanners that follow
// the CommonMark/GFM rules for the constructs the renderer emits (fences, code spans, table rows).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../src/core/model/finding.ts';
import { COMMENT_MARKER, appendCheckSection, renderMarkdown } from '../../src/core/render/markdown.ts';
import { MarkdownBuilder } from '../../src/core/render/markdown-builder.ts';
import { codeFence, codeSpan, escapeInline, longestBacktickRun } from '../../src/core/render/markdown-escape.ts';
import { report, reportOf } from './fixture.ts';

const HOSTILE = [
  'a ``` fence ``` and ```` four',
  '</details><details><summary>x</summary>',
  '<script>alert(1)</script>',
  'pipe | in | cells',
  'line one\nline two\r\nline three',
  '`leading backtick',
  'trailing backtick`',
  '<!-- gitops-gate -->',
  '&lt; already escaped &amp;',
  '**bold** _em_ [link](javascript:alert(1)) ![img](x)',
  'ping @octo-org/admins and me@example.com',
  'back\\slash \\| escaped pipe \\`',
  '\u0000nul \u001b[31m ansi',
];

function hostileFinding(text: string, i: number): Finding {
  return {
    ruleId: i % 2 === 0 ? 'schema/invalid' : 'weird`rule|id',
    severity: (['error', 'warning', 'notice'] as const)[i % 3]!,
    message: text,
    file: `apps/${text}/k.yaml`,
    line: i + 1,
    column: 1,
    environment: i % 2 === 0 ? 'dev' : `env | <b>${text}</b>`,
    entrypoint: 'apps/x',
    resource: { apiVersion: 'v1', kind: 'ConfigMap', namespace: text, name: `n${i}` },
  };
}

/** Lines that open or close a backtick/tilde fence, paired by CommonMark's rule (a closer is at least as long). */
function assertFencesClosed(md: string): number {
  let open: { char: string; length: number } | undefined;
  let count = 0;
  for (const line of md.split('\n')) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!m) continue;
    const run = m[1]!;
    if (open === undefined) {
      if (run[0] === '`' && m[2]!.includes('`')) continue; // not a fence: backticks in the info string
      open = { char: run[0]!, length: run.length };
      count++;
    } else if (run[0] === open.char && run.length >= open.length && m[2]!.trim() === '') {
      open = undefined;
      count++;
    }
  }
  assert.equal(open, undefined, 'a code fence is left open');
  assert.equal(count % 2, 0);
  return count;
}

/** The contents of the code spans in one line, by CommonMark's rule (a span closes at a run of the same length). */
function codeSpans(line: string): string[] {
  const spans: string[] = [];
  let i = 0;
  while (i < line.length) {
    if (line[i] === '\\') {
      i += 2;
      continue;
    }
    if (line[i] !== '`') {
      i++;
      continue;
    }
    let n = 0;
    while (line[i + n] === '`') n++;
    const re = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, 'g');
    re.lastIndex = i + n;
    const close = re.exec(line);
    if (!close) {
      i += n; // a lone run is literal text, as in CommonMark
      continue;
    }
    let content = line.slice(i + n, close.index);
    if (/^ .* $/.test(content) && content.trim() !== '') content = content.slice(1, -1);
    spans.push(content);
    i = close.index + n;
  }
  return spans;
}

/** Lines that are not inside a fenced code block (fence lines included). */
function outsideFences(md: string): string[] {
  const out: string[] = [];
  let open: string | undefined;
  for (const line of md.split('\n')) {
    const m = /^(`{3,})/.exec(line);
    if (open === undefined) {
      out.push(line);
      if (m) open = m[1];
    } else if (m && m[1]!.length >= open.length && line.trim() === m[1]) {
      out.push(line);
      open = undefined;
    }
  }
  return out;
}

/** What renders as markdown text: outside fences and code spans, the leading marker left out. */
function prose(md: string): string {
  return outsideFences(md).slice(1).map(stripCodeSpans).join('\n');
}

function stripCodeSpans(line: string): string {
  let out = line;
  for (const span of codeSpans(line)) out = out.replace(span, '');
  return out;
}

/** Cells of a GFM table row: split at `|` not escaped by a backslash. */
function tableCells(row: string): number {
  let cells = 0;
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') i++;
    else if (row[i] === '|') cells++;
  }
  return cells - 1;
}

function assertIntact(md: string, maxChars: number): void {
  assert.ok(md.startsWith(`${COMMENT_MARKER}\n`), 'marker first');
  assert.ok(md.length <= maxChars, `${md.length} > ${maxChars}`);
  assertFencesClosed(md);
  const lines = outsideFences(md);
  // Outside code spans and fences (whose content is literal text), the only HTML is the marker and <br>:
  // strangers' tags, comments and entities arrive as text.
  const text = prose(md);
  assert.deepEqual(text.replace(/<br>/g, '').match(/<[^\s]/g) ?? [], []);
  assert.ok(!text.includes(COMMENT_MARKER), 'the marker appears once');
  const header = lines.findIndex((l) => l.startsWith('| environment |'));
  if (header !== -1) {
    const columns = tableCells(lines[header]!);
    for (let i = header + 1; i < lines.length && lines[i]!.startsWith('|'); i++) {
      assert.equal(tableCells(lines[i]!), columns, `table row ${i}: ${lines[i]}`);
    }
  }
  for (const line of lines.filter((l) => l.startsWith('- '))) {
    assert.match(line, /^- \*\*(error|warning|notice)\*\* /);
    for (const span of codeSpans(line)) assert.doesNotMatch(span, /\n/);
  }
}

test('the fixture: marker first, verdict, environment table, findings most important first, one line per problem', () => {
  const md = renderMarkdown(report, { fullReportHint: 'the job summary' });
  assertIntact(md, 65_536);
  const lines = md.split('\n');
  assert.equal(lines[0], COMMENT_MARKER);
  assert.equal(lines[1], '### ❌ gitops-gate: 5 errors, 3 warnings, 1 notice');
  assert.ok(md.includes('| dev | dev | 2 | 8 | 2 | 3 | 0 |\n| prod | main | 2 | 3 | 3 | 0 | 0 |\n'));
  const severities = lines.filter((l) => l.startsWith('- ')).map((l) => /\*\*(\w+)\*\*/.exec(l)![1]);
  // The unknown field in a base both environments render is one line naming both.
  assert.deepEqual(severities, ['error', 'error', 'error', 'error', 'warning', 'warning', 'warning', 'notice']);
  assert.ok(md.includes('(dev, prod; Application argocd/metallb)'));
});

test('verdict follows --fail-on', () => {
  const warningsOnly = reportOf([{ ruleId: 'secret/plaintext', severity: 'warning', message: 'm', environment: 'dev' }]);
  assert.match(renderMarkdown(warningsOnly), /^### ✅ gitops-gate: 0 errors, 1 warning, 0 notices$/m);
  assert.match(renderMarkdown(warningsOnly, { failOn: 'warning' }), /^### ❌ /m);
  assert.match(renderMarkdown(report, { failOn: 'never' }), /^### ✅ /m);
  assert.match(renderMarkdown(reportOf([])), /^No findings\.$/m);
});

test('hostile messages, file names, rule ids and environment names do not break the markdown', () => {
  const md = renderMarkdown(reportOf(HOSTILE.map(hostileFinding)));
  assertIntact(md, 65_536);
  assert.ok(!prose(md).includes('<script>') && !prose(md).includes('</details>'));
  assert.ok(md.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok(md.includes('pipe \\| in \\| cells'));
  assert.ok(md.includes('line one<br>line two<br>line three'));
  assert.ok(md.includes('@&#8203;octo-org/admins'), 'no mention');
  assert.ok(md.includes('me@example.com'), 'an e-mail address is left alone');
  assert.ok(!md.includes('\u001b') && !md.includes('\u0000'));
  // A code span holds the file name verbatim, however many backticks it contains.
  const fenceLine = md.split('\n').find((l) => l.includes('four'))!;
  assert.ok(codeSpans(fenceLine).includes('apps/a ``` fence ``` and ```` four/k.yaml:1:1'), fenceLine);
  assert.ok(codeSpans(md.split('\n').find((l) => l.includes('leading backtick'))!).includes('apps/`leading backtick/k.yaml:6:1'));
});

test('10,000 findings stay within maxChars, listing what fits and saying what is left out', () => {
  const findings = Array.from({ length: 10_000 }, (_, i) => hostileFinding(`${HOSTILE[i % HOSTILE.length]} ${'x'.repeat(i % 300)}`, i));
  const many = reportOf(findings);
  for (const maxChars of [65_536, 10_000, 2_000]) {
    const md = renderMarkdown(many, { maxChars, maxFindings: Number.POSITIVE_INFINITY, fullReportHint: '[the job summary](https://example.test/run/1)' });
    assertIntact(md, maxChars);
    const listed = md.split('\n').filter((l) => l.startsWith('- ')).length;
    assert.ok(listed > 0 && listed < 10_000, `${maxChars}: ${listed} listed`);
    assert.ok(md.includes(`_${10_000 - listed} more findings not listed here: see [the job summary](https://example.test/run/1)._`), md.slice(-300));
  }
  // The default cap of 50 applies first.
  const capped = renderMarkdown(many);
  assert.equal(capped.split('\n').filter((l) => l.startsWith('- ')).length, 50);
  assert.ok(capped.includes('_9950 more findings not listed here'));
});

test('a budget too small for any finding degrades to counts only, then to fewer table rows', () => {
  const many = reportOf(Array.from({ length: 100 }, (_, i) => hostileFinding('m'.repeat(400), i)));
  const countsOnly = renderMarkdown(many, { maxChars: 1_000 });
  assertIntact(countsOnly, 1_000);
  assert.ok(!countsOnly.includes('\n- '));
  assert.ok(countsOnly.includes('_100 findings not listed here: see'));
  assert.ok(countsOnly.includes('| dev | dev |'));

  const envs = Array.from({ length: 200 }, (_, i) => ({ name: `env-${i}`, branch: `b${i}`, entrypoints: [{ path: `o/${i}`, resources: 1 }] }));
  const wide = renderMarkdown(reportOf([{ ruleId: 'a/b', severity: 'error', message: 'm', environment: 'env-0' }], envs), { maxChars: 3_000 });
  assertIntact(wide, 3_000);
  assert.match(wide, /_\d+ more environments not shown: see /);

  assert.throws(() => renderMarkdown(report, { maxChars: 20 }), RangeError);
});

test('a later section can share the budget: reserve, then append within remaining()', () => {
  const md = new MarkdownBuilder(5_000);
  md.reserve(3_000);
  appendCheckSection(md, reportOf(Array.from({ length: 200 }, (_, i) => hostileFinding('m', i))));
  assert.ok(md.length <= 2_000);
  md.release();
  const diff = codeFence('- a: 1\n+ a: 2\n', 'diff');
  assert.ok(md.remaining() >= 3_000 && md.append(diff));
  assertIntact(md.toString(), 5_000);
  assert.equal(md.append('x'.repeat(md.remaining() + 1)), false, 'never appends past the budget');
});

test('escape helpers', () => {
  assert.equal(longestBacktickRun('a ``` b ` c'), 3);
  assert.equal(codeSpan('a```b'), '````a```b````');
  assert.equal(codeSpan('`x'), '`` `x ``');
  assert.equal(codeSpan('x'.repeat(10), 5), '`xxxx…`');
  assert.equal(escapeInline('a|b<c>&d`e*f_g[h]i~j\\k'), 'a\\|b&lt;c&gt;&amp;d\\`e\\*f\\_g\\[h\\]i\\~j\\\\k');
  assert.equal(escapeInline('😀'.repeat(5), 3), '😀😀…', 'cuts between code points');
  const fenced = codeFence('```\ncode\n````\n', 'diff`x');
  assert.ok(fenced.startsWith('`````diffx\n') && fenced.endsWith('\n`````\n'));
  assertFencesClosed(fenced);
  assert.equal(assertFencesClosed(`${codeFence('a')}${codeFence('```')}`), 4);
});

test('every budget from the smallest accepted up: within budget, and every omission counted', () => {
  const envs = Array.from({ length: 60 }, (_, i) => ({ name: `env-${i}|<x>`, branch: `b${i}`, entrypoints: [{ path: `o/${i}`, resources: 1 }] }));
  const findings = Array.from({ length: 40 }, (_, i): Finding => ({
    ruleId: 'schema/invalid',
    severity: (['error', 'warning', 'notice'] as const)[i % 3]!,
    message: '`|<'.repeat(i * 3),
    file: `f${i}.yaml`,
    environment: i % 5 === 0 ? undefined : `env-${i}|<x>`,
  }));
  const many = reportOf(findings, envs);
  let accepted = 0;
  for (let maxChars = 0; maxChars <= 9_000; maxChars += 13) {
    let md: string;
    try {
      md = renderMarkdown(many, { maxChars, maxFindings: Number.POSITIVE_INFINITY });
    } catch (err) {
      assert.ok(err instanceof RangeError && accepted === 0, `maxChars ${maxChars}: ${String(err)}`);
      continue;
    }
    accepted++;
    assertIntact(md, maxChars);
    const lines = md.split('\n');
    const rows = lines.filter((l) => l.startsWith('| env-') || l.startsWith('| _other_')).length;
    const listed = lines.filter((l) => l.startsWith('- ')).length;
    const tableNote = /_(\d+) more environments? not shown/.exec(md);
    const findingsNote = /_(\d+) (?:more )?findings? not listed/.exec(md);
    assert.ok(rows === 61 || Number(tableNote?.[1]) === 61 - rows, `maxChars ${maxChars}: ${rows} rows`);
    assert.ok(listed === 40 || Number(findingsNote?.[1]) === 40 - listed, `maxChars ${maxChars}: ${listed} listed`);
  }
  assert.ok(accepted > 600);
});
