/**
 * The check section of the PR comment and the job summary:
 *
 *   <!-- gitops-gate -->
 *   ### ❌ gitops-gate: 3 errors, 1 warning, 0 notices
 *   12 entrypoints (140 resources) across 4 environments
 *   | environment | branch | entrypoints | resources | errors | warnings | notices |
 *   …
 *   #### Findings
 *   - **error** `schema/unknown-field` at `file.yaml:23:5` (dev, Application argocd/metallb): message
 *   _N more findings are not listed here: see …_
 *
 * Everything from the repository goes through markdown-escape.ts. The section fits in the builder's budget
 * by degrading in steps: fewer findings listed, then no findings listed (the table still counts them), then
 * fewer table rows; whatever is left out is said, with where the full report is (`fullReportHint`).
 */
import type { Finding } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { gateFails, gatesOnNewOnly, type FailOn } from '../gate.ts';
import {
  compareFindings,
  countSeverities,
  countsLabel,
  locationLabel,
  mergeAcrossEnvironments,
  plural,
  resourceLabel,
  severityRank,
  suppressedLabel,
  type FindingGroup,
} from './common.ts';
import { MarkdownBuilder } from './markdown-builder.ts';
import { codeSpan, escapeHtml, escapeInline } from './markdown-escape.ts';

/** The hidden marker the Action finds its own comment by. Always the first line. */
export const COMMENT_MARKER = '<!-- gitops-gate -->';
/** GitHub's limit for an issue or PR comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const DEFAULT_MAX_FINDINGS = 50;
/** Longest message (code points) a listed finding shows; the JSON report has the whole text. */
const MAX_MESSAGE_LENGTH = 1_000;
const MAX_PATH_LENGTH = 300;
const DEFAULT_FULL_REPORT_HINT = 'the job summary or the JSON report (`gitops-gate check --format json`)';

export type { FailOn } from '../gate.ts';

/** Per environment: resources the change adds, changes and removes (the rendered diff's counts). */
export type DiffCounts = ReadonlyMap<string, { added: number; changed: number; removed: number }>;

export interface MarkdownRenderOptions {
  /** Total character budget when renderMarkdown builds the document (default 65,536). */
  maxChars?: number;
  /** Findings listed at most (default 50); the job summary can pass Infinity. */
  maxFindings?: number;
  /** Where the full report is, as trusted markdown (e.g. a link to the job summary). */
  fullReportHint?: string;
  /** Which findings make the verdict ❌ (default error), as `check --fail-on`. */
  failOn?: FailOn;
  /** With a baseline, existing findings make the verdict ❌ too (`--fail-on-existing`). */
  failOnExisting?: boolean;
  /** The rendered diff's counts: the table then leads with what the change does to each environment. */
  diffCounts?: DiffCounts;
}

/** The check section alone, as a complete document of at most `maxChars` characters. */
export function renderMarkdown(report: Report, options: MarkdownRenderOptions = {}): string {
  const md = new MarkdownBuilder(options.maxChars ?? GITHUB_COMMENT_LIMIT);
  appendCheckSection(md, report, options);
  return md.toString();
}

/**
 * Appends the check section to `md`, the marker first (so call it on an empty builder), within
 * `md.remaining()`. With a baseline it lists the findings the change brings and folds the ones already at
 * the base into one collapsed line. Throws RangeError when the budget cannot even hold the verdict and the
 * notes saying what was left out (a few hundred characters).
 */
export function appendCheckSection(md: MarkdownBuilder, report: Report, options: MarkdownRenderOptions = {}): void {
  const hint = options.fullReportHint ?? DEFAULT_FULL_REPORT_HINT;
  const policy = { failOn: options.failOn ?? 'error', failOnExisting: options.failOnExisting ?? false };
  const head = `${COMMENT_MARKER}\n${verdict(report, policy)}\n\n`;
  const baseline = report.summary.baseline;
  const ordered = [...report.findings].sort(importance(report));
  const listed = mergeAcrossEnvironments(baseline ? ordered.filter((f) => f.baseline !== 'existing') : ordered);
  const existing = baseline ? mergeAcrossEnvironments(ordered.filter((f) => f.baseline === 'existing')) : [];
  // Each later part keeps room for the one-line notes that say what was left out.
  const findingsNote = (n: number, noneListed = false): string =>
    `\n_${plural(n, noneListed ? 'finding' : 'more finding')} not listed here: see ${hint}._\n`;
  const tableNote = (n: number): string => `\n_${plural(n, 'more environment')} not shown: see ${hint}._\n`;
  const noFindings = baseline ? 'No new findings.\n' : 'No findings.\n';
  const existingNote = existing.length > 0 ? existingLine(existing.length, baseline!.ref, hint, false) : '';

  const minimum =
    head.length + tableNote(report.environments.length + 1).length + Math.max(noFindings.length, findingsNote(listed.length).length) + existingNote.length;
  if (md.remaining() < minimum) {
    throw new RangeError(`a markdown budget of ${md.remaining()} characters cannot hold the verdict and what was left out (${minimum} needed)`);
  }
  md.append(head);

  appendEnvironmentTable(md, report, (listed.length > 0 ? findingsNote(listed.length).length : noFindings.length) + existingNote.length, tableNote, options.diffCounts);
  md.reserve(existingNote.length);
  if (listed.length === 0) md.append(noFindings);
  else appendFindingList(md, listed, baseline ? '\n#### New findings\n\n' : '\n#### Findings\n\n', options.maxFindings ?? DEFAULT_MAX_FINDINGS, findingsNote);
  md.release();
  if (existing.length > 0) appendExisting(md, existing, baseline!.ref, hint);
}

function appendFindingList(md: MarkdownBuilder, groups: FindingGroup[], heading: string, maxFindings: number, note: (n: number, noneListed?: boolean) => string): void {
  const max = Math.max(0, maxFindings);
  const reserve = note(groups.length).length; // the longer wording, whichever is used
  let listed = 0;
  if (md.remaining() >= heading.length + reserve) {
    md.reserve(reserve);
    for (const g of groups) {
      if (listed >= max) break;
      const line = findingLine(g);
      const needed = listed === 0 ? heading + line : line;
      if (!md.append(needed)) break;
      listed++;
    }
    md.release();
  }
  const omitted = groups.length - listed;
  if (omitted > 0) md.append(note(omitted, listed === 0));
}

/** The findings already at the base: one collapsed line, opened to a list as far as the budget allows. */
function appendExisting(md: MarkdownBuilder, groups: FindingGroup[], ref: string, hint: string): void {
  const close = '\n</details>\n';
  const open = `\n<details><summary>${existingSummary(groups.length, ref)}</summary>\n\n`;
  const lines: string[] = [];
  let length = open.length + close.length;
  for (const g of groups.slice(0, DEFAULT_MAX_FINDINGS)) {
    const line = findingLine(g);
    if (length + line.length > md.remaining()) break;
    lines.push(line);
    length += line.length;
  }
  const more = groups.length - lines.length;
  const tail = more > 0 ? `\n_${plural(more, 'more')} in ${hint}._\n` : '';
  if (lines.length > 0 && md.append(open + lines.join('') + tail + close)) return;
  md.append(existingLine(groups.length, ref, hint, true));
}

function existingSummary(n: number, ref: string): string {
  return `${plural(n, 'finding')} already on ${escapeHtml(ref)}`;
}

function existingLine(n: number, ref: string, hint: string, listedElsewhere: boolean): string {
  return `\n_${plural(n, 'finding')} already on ${escapeInline(ref, MAX_PATH_LENGTH)}${listedElsewhere ? `, listed in ${hint}` : ''}._\n`;
}

/** Failing findings first (errors, warnings, notices), then environment order, then file and line. */
function importance(report: Report): (a: Finding, b: Finding) => number {
  const envIndex = new Map(report.environments.map((e, i) => [e.name, i]));
  const rank = (f: Finding): number =>
    f.environment === undefined ? Number.MAX_SAFE_INTEGER : (envIndex.get(f.environment) ?? report.environments.length);
  return (a, b) => severityRank(a.severity) - severityRank(b.severity) || rank(a) - rank(b) || compareFindings(a, b);
}

function verdict(report: Report, policy: { failOn: FailOn; failOnExisting: boolean }): string {
  const s = report.summary;
  const icon = gateFails(report, policy) ? '❌' : '✅';
  const scope =
    `${plural(s.entrypoints, 'entrypoint')} (${plural(s.resources, 'resource')}) across ${plural(report.environments.length, 'environment')}` +
    (s.suppressed && s.suppressed.total > 0 ? `; ${suppressedLabel(s.suppressed)}` : '');
  if (!s.baseline) return `### ${icon} gitops-gate: ${countsLabel(s)}\n${scope}`;
  const fresh = countSeverities(report.findings.filter((f) => f.baseline === 'new'));
  const gate = gatesOnNewOnly(report, policy) ? 'only new findings fail the check' : 'every finding fails the check (fail-on-existing)';
  const counts = [plural(fresh.errors, 'new error'), plural(fresh.warnings, 'new warning'), plural(fresh.notices, 'new notice')].filter((c) => !c.startsWith('0 '));
  return (
    `### ${icon} gitops-gate: ${counts.length > 0 ? counts.join(', ') : 'no new findings'}\n` +
    `${scope}; compared with ${escapeInline(s.baseline.ref, MAX_PATH_LENGTH)} (${codeSpan(s.baseline.commit.slice(0, 7), 20)}): ${s.baseline.existing} already there, ${gate}`
  );
}

/**
 * One row per environment with its counts (with a diff: what the change adds, changes and removes first;
 * with a baseline: the new findings, and the existing ones in a column of their own); findings of no
 * environment (or of one the report does not list) get a last row of their own so the table adds up to the
 * verdict. Rows that do not fit, with `reserveAfter` characters kept free, are dropped from the end and
 * counted in a note below the table.
 */
function appendEnvironmentTable(md: MarkdownBuilder, report: Report, reserveAfter: number, note: (n: number) => string, diffCounts: DiffCounts | undefined): void {
  const rows: string[] = [];
  const baseline = !!report.summary.baseline;
  const known = new Set(report.environments.map((e) => e.name));
  const byEnv = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (f.environment === undefined) continue;
    const list = byEnv.get(f.environment);
    if (list) list.push(f);
    else byEnv.set(f.environment, [f]);
  }
  const counts = (findings: readonly Finding[]): Array<string | number> => {
    const c = countSeverities(baseline ? findings.filter((f) => f.baseline !== 'existing') : findings);
    const cells: Array<string | number> = [c.errors, c.warnings, c.notices];
    if (baseline) cells.push(findings.filter((f) => f.baseline === 'existing').length);
    return cells;
  };
  const diffCells = (name: string | undefined): Array<string | number> => {
    if (!diffCounts) return [];
    const d = name === undefined ? undefined : diffCounts.get(name);
    return d ? [d.added, d.changed, d.removed] : ['', '', ''];
  };
  for (const env of report.environments) {
    const resources = env.entrypoints.reduce((n, e) => n + e.resources, 0);
    rows.push(
      row([escapeInline(env.name, MAX_PATH_LENGTH), escapeInline(env.branch, MAX_PATH_LENGTH), ...diffCells(env.name), env.entrypoints.length, resources, ...counts(byEnv.get(env.name) ?? [])]),
    );
  }
  const others = report.findings.filter((f) => f.environment === undefined || !known.has(f.environment));
  if (others.length > 0) rows.push(row(['_other_', '', ...diffCells(undefined), '', '', ...counts(others)]));
  if (rows.length === 0) return;

  const severityHeads = baseline ? ['new errors', 'new warnings', 'new notices', 'existing'] : ['errors', 'warnings', 'notices'];
  const heads = ['environment', 'branch', ...(diffCounts ? ['added', 'changed', 'removed'] : []), 'entrypoints', 'resources', ...severityHeads];
  const header = `| ${heads.join(' | ')} |\n| --- | --- |${' ---: |'.repeat(heads.length - 2)}\n`;
  const worstNote = note(rows.length).length;
  md.reserve(reserveAfter + worstNote);
  let shown = 0;
  if (md.append(header)) {
    for (const r of rows) {
      if (!md.append(r)) break;
      shown++;
    }
  }
  md.release();
  if (shown < rows.length) md.append(note(rows.length - shown));
}

function row(cells: Array<string | number>): string {
  return `| ${cells.map((c) => (c === '' ? ' ' : String(c))).join(' | ')} |\n`;
}

/** `- **error** `rule` at `file:line:col` (dev, prod; Kind ns/name): message` */
function findingLine(group: FindingGroup): string {
  const f = group.finding;
  const where = locationLabel(f) ?? f.entrypoint;
  const context = [group.environments.join(', '), f.resource ? resourceLabel(f.resource) : undefined].filter((s): s is string => s !== undefined && s !== '');
  let line = `- **${f.severity}** ${codeSpan(f.ruleId, 100)}`;
  if (where) line += ` at ${codeSpan(where, MAX_PATH_LENGTH)}`;
  if (context.length > 0) line += ` (${context.map((c) => escapeInline(c, MAX_PATH_LENGTH)).join('; ')})`;
  return `${line}: ${escapeInline(f.message, MAX_MESSAGE_LENGTH)}\n`;
}
