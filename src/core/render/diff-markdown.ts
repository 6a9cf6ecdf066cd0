/**
 * The diff section of the PR comment (DESIGN.md, "The PR comment"), appended after the check section into the
 * same MarkdownBuilder and budget:
 *
 *   ### Rendered diff: main (1a2b3c4) → head (5d6e7f8)
 *
 *   | environment | added | changed | removed |
 *   | --- | ---: | ---: | ---: |
 *   | dev | 1 | 2 | 0 |
 *
 *   <details><summary><b>dev</b>: 1 added, 2 changed, 0 removed</summary>
 *
 *   <details><summary>~ Deployment web/api (+1 −1)</summary>
 *
 *   ```diff
 *   @@ -18,7 +18,7 @@
 *   …
 *   ```
 *
 *   </details>
 *   …
 *   </details>
 *
 * It never breaks its markdown: fences are longer than any backtick run in what they hold, text in HTML
 * (summaries) is HTML-escaped, text in markdown goes through markdown-escape.ts, and every block is appended
 * whole. Secret values are never in the model it is given (src/core/diff/secrets.ts). It fits the builder's
 * remaining budget by degrading in steps — full diffs, then diffs cut per resource (200, 60, 20 lines), then
 * a list of the changed resources (as many as fit), then the counts alone — and says what it left out and
 * where the full diff is.
 */
import { CHANGE_SYMBOL, envCounts, lineCounts, resourceTitle, secretKeyPath } from '../diff/format.ts';
import { hunkHeader } from '../diff/line-diff.ts';
import { revisionLabel, type DiffSides, type EnvironmentDiff, type ResourceDiff } from '../diff/model.ts';
import { plural } from './common.ts';
import { GITHUB_COMMENT_LIMIT } from './markdown.ts';
import { MarkdownBuilder } from './markdown-builder.ts';
import { codeFence, codeSpan, escapeHtml, escapeInline, truncate } from './markdown-escape.ts';

export interface DiffMarkdownOptions {
  /** Where the full diff is, as trusted markdown (e.g. a link to the job summary). */
  fullReportHint?: string;
  sides?: DiffSides;
  /** The per-environment counts table (default true); off when the check section's table has them. */
  table?: boolean;
}

const DEFAULT_FULL_DIFF_HINT = 'the job summary or `gitops-gate diff --format text`';
const MAX_NAME_LENGTH = 200;
/** Secret keys named per resource; the rest are counted. */
const MAX_SECRET_KEYS = 20;

/** How much of each resource's diff a step shows. */
interface DiffLimits {
  maxLines: number;
  maxLineChars: number;
}

const DIFF_STEPS: readonly DiffLimits[] = [
  { maxLines: Number.POSITIVE_INFINITY, maxLineChars: Number.POSITIVE_INFINITY },
  { maxLines: 200, maxLineChars: 400 },
  { maxLines: 60, maxLineChars: 200 },
  { maxLines: 20, maxLineChars: 160 },
];

/** The diff section alone, as a complete document of at most `maxChars` characters (default 65,536). */
export function renderDiffMarkdownDocument(diffs: readonly EnvironmentDiff[], options: DiffMarkdownOptions & { maxChars?: number } = {}): string {
  const md = new MarkdownBuilder(options.maxChars ?? GITHUB_COMMENT_LIMIT);
  renderDiffMarkdown(diffs, md, options);
  return md.toString();
}

/** Appends the diff section to `md` within `md.remaining()`; appends less (never a broken block) when short of room. */
export function renderDiffMarkdown(diffs: readonly EnvironmentDiff[], md: MarkdownBuilder, options: DiffMarkdownOptions = {}): void {
  const hint = options.fullReportHint ?? DEFAULT_FULL_DIFF_HINT;
  const intro = (md.length > 0 ? '\n' : '') + heading(options.sides) + '\n';
  const changed = diffs.filter((e) => e.resources.length > 0);
  const head = options.table === false ? intro + notes(diffs).replace(/^\n/, '') : intro + table(diffs) + notes(diffs);

  if (changed.length === 0) {
    const none = `${intro}No rendered changes in ${plural(diffs.length, 'environment')}.\n` + notes(diffs);
    if (!md.append(none)) appendLastResort(md, intro, hint);
    return;
  }

  for (const [i, limits] of DIFF_STEPS.entries()) {
    const cut = i > 0 ? `\n_Diffs longer than ${plural(limits.maxLines, 'line')} are cut here; the full diff is in ${hint}._\n` : '';
    const text = compose(md.remaining(), [head, cut, ...changed.map((e) => environmentDiffs(e, limits))]);
    if (text !== undefined && md.append(text)) return;
  }

  const listNote = `\n_The diffs are too large for one comment and are not shown here: see ${hint}._\n`;
  const fullList = compose(md.remaining(), [head, listNote, ...changed.map((e) => environmentList(e, e.resources.length))]);
  if (fullList !== undefined && md.append(fullList)) return;

  if (appendPartialList(md, head, changed, hint)) return;
  appendCounts(md, intro, diffs, hint);
}

function heading(sides: DiffSides | undefined): string {
  const where = sides ? `: ${escapeInline(revisionLabel(sides.base), MAX_NAME_LENGTH)} → ${escapeInline(revisionLabel(sides.head), MAX_NAME_LENGTH)}` : '';
  return `### Rendered diff${where}\n`;
}

function table(diffs: readonly EnvironmentDiff[]): string {
  if (diffs.length === 0) return '';
  return tableHeader() + diffs.map(tableRow).join('');
}

function tableHeader(): string {
  return '| environment | added | changed | removed |\n| --- | ---: | ---: | ---: |\n';
}

function tableRow(e: EnvironmentDiff): string {
  const presence = e.presentIn === 'head' ? ' _(new)_' : e.presentIn === 'base' ? ' _(removed)_' : '';
  return `| ${escapeInline(e.environment, MAX_NAME_LENGTH)}${presence} | ${e.added} | ${e.changed} | ${e.removed} |\n`;
}

/** Render errors (which make additions and removals suspect) and hidden noise, one line each. */
function notes(diffs: readonly EnvironmentDiff[]): string {
  const lines: string[] = [];
  for (const e of diffs) {
    const name = escapeInline(e.environment, MAX_NAME_LENGTH);
    for (const side of ['base', 'head'] as const) {
      const n = e.renderErrors[side];
      if (n > 0) {
        lines.push(
          `- ⚠️ ${name}: the ${side} has ${plural(n, 'render error')} the ${side === 'base' ? 'head' : 'base'} does not have; its resources may show as ${side === 'base' ? 'added' : 'removed'}.`,
        );
      }
    }
    if (e.hiddenNoiseLines > 0) {
      const only = e.noiseOnly > 0 ? ` (${plural(e.noiseOnly, 'resource')} differ only in them)` : '';
      lines.push(
        `- ${name}: ${plural(e.hiddenNoiseLines, 'changed line')} of chart-version labels and checksum annotations hidden${only}; \`diff.ignoreDefaultNoise: false\` shows them.`,
      );
    }
  }
  return lines.length === 0 ? '' : `\n${lines.join('\n')}\n`;
}

/** Joins the parts if they fit in `budget` characters; stops early so a huge diff is never fully built. */
function compose(budget: number, parts: Iterable<string | Iterable<string>>): string | undefined {
  const out: string[] = [];
  let length = 0;
  for (const part of parts) {
    for (const piece of typeof part === 'string' ? [part] : part) {
      length += piece.length;
      if (length > budget) return undefined;
      out.push(piece);
    }
  }
  return out.join('');
}

function* environmentDiffs(e: EnvironmentDiff, limits: DiffLimits): Generator<string> {
  yield `\n<details><summary>${environmentSummary(e)}</summary>\n\n`;
  for (const d of e.resources) yield resourceBlock(d, limits);
  yield '</details>\n';
}

function environmentSummary(e: EnvironmentDiff): string {
  return `<b>${escapeHtml(e.environment, MAX_NAME_LENGTH)}</b>: ${envCounts(e)}`;
}

function resourceBlock(d: ResourceDiff, limits: DiffLimits): string {
  const summary = `${CHANGE_SYMBOL[d.change]} ${escapeHtml(resourceTitle(d), MAX_NAME_LENGTH * 2)} (${lineCounts(d)})`;
  const meta: string[] = [];
  if (d.previousName !== undefined) meta.push(`- renamed from ${codeSpan(d.previousName, MAX_NAME_LENGTH)} (generated name, new content hash)`);
  if (d.secretKeys.length > 0) {
    const keys = d.secretKeys.slice(0, MAX_SECRET_KEYS).map((c) => `${codeSpan(secretKeyPath(c), MAX_NAME_LENGTH)} ${c.change}`);
    if (d.secretKeys.length > MAX_SECRET_KEYS) keys.push(`${d.secretKeys.length - MAX_SECRET_KEYS} more`);
    meta.push(`- Secret keys (values never shown): ${keys.join(', ')}`);
  }
  if (d.hiddenNoiseLines > 0) meta.push(`- ${plural(d.hiddenNoiseLines, 'noise line')} hidden`);
  if (d.approximate) meta.push('- too large to minimise: the changed middle is shown as removed and re-added');

  const lines: string[] = [];
  let left = d.truncatedLines;
  let cutLines = false;
  for (const h of d.hunks) {
    if (lines.length >= limits.maxLines) {
      left += h.lines.length;
      continue;
    }
    lines.push(hunkHeader(h));
    for (const l of h.lines) {
      if (lines.length >= limits.maxLines) {
        left++;
        continue;
      }
      const text = truncate(l.text, limits.maxLineChars);
      if (text !== l.text) cutLines = true;
      lines.push(`${l.op}${text}`);
    }
  }
  const after: string[] = [];
  if (left > 0) after.push(`_${plural(left, 'more line')} of this diff not shown._`);
  if (cutLines) after.push(`_Lines longer than ${limits.maxLineChars} characters are cut (…)._`);
  return (
    `<details><summary>${summary}</summary>\n\n` +
    (meta.length > 0 ? `${meta.join('\n')}\n\n` : '') +
    codeFence(lines.join('\n'), 'diff') +
    (after.length > 0 ? `\n${after.join(' ')}\n` : '') +
    '\n</details>\n\n'
  );
}

function* environmentList(e: EnvironmentDiff, count: number): Generator<string> {
  yield `\n<details><summary>${environmentSummary(e)}</summary>\n\n`;
  for (const d of e.resources.slice(0, count)) yield listItem(d);
  yield '\n</details>\n';
}

function listItem(d: ResourceDiff): string {
  const renamed = d.previousName !== undefined ? ` (was ${escapeInline(d.previousName, MAX_NAME_LENGTH)})` : '';
  const secret = d.secretKeys.length > 0 ? `, ${plural(d.secretKeys.length, 'Secret key')} changed` : '';
  return `- ${d.change} ${escapeInline(resourceTitle(d), MAX_NAME_LENGTH * 2)}${renamed} (${lineCounts(d)}${secret})\n`;
}

/** As many list items as fit, environment by environment, and how many were left out. */
function appendPartialList(md: MarkdownBuilder, head: string, changed: readonly EnvironmentDiff[], hint: string): boolean {
  const total = changed.reduce((n, e) => n + e.resources.length, 0);
  const note = (n: number) => `\n_${plural(n, 'more changed resource')} not listed here (the diffs are too large for one comment): see ${hint}._\n`;
  const noteRoom = note(total).length;
  if (md.remaining() < head.length + noteRoom) return false;
  md.append(head);
  md.reserve(noteRoom);
  let listed = 0;
  for (const e of changed) {
    const open = `\n<details><summary>${environmentSummary(e)}</summary>\n\n`;
    const close = '\n</details>\n';
    md.reserve(close.length);
    if (!md.append(open)) {
      md.release();
      break;
    }
    let here = 0;
    for (const d of e.resources) {
      if (!md.append(listItem(d))) break;
      here++;
    }
    md.release();
    md.append(close);
    listed += here;
    if (here < e.resources.length) break;
  }
  md.release();
  md.append(note(total - listed));
  return true;
}

/** The table alone, rows dropped from the end when even that is too long. */
function appendCounts(md: MarkdownBuilder, intro: string, diffs: readonly EnvironmentDiff[], hint: string): void {
  const note = `\n_The changed resources are too many to list in one comment: see ${hint}._\n`;
  const rowsNote = (n: number) => `_${plural(n, 'more environment')} not shown._\n`;
  const minimum = intro.length + note.length + rowsNote(diffs.length).length;
  if (md.remaining() < minimum) {
    appendLastResort(md, intro, hint);
    return;
  }
  md.append(intro);
  md.reserve(note.length + rowsNote(diffs.length).length);
  let shown = 0;
  if (md.append(tableHeader())) {
    for (const e of diffs) {
      if (!md.append(tableRow(e))) break;
      shown++;
    }
  }
  md.release();
  if (shown < diffs.length) md.append(rowsNote(diffs.length - shown));
  md.append(note);
}

function appendLastResort(md: MarkdownBuilder, intro: string, hint: string): void {
  md.append(`${intro}_The rendered diff does not fit in this comment: see ${hint}._\n`) ||
    md.append(`\n_Rendered diff not shown (no room): see ${hint}._\n`);
}
