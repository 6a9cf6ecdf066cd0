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
import { compareFindings, countSeverities, countsLabel, locationLabel, plural, resourceLabel, severityRank } from './common.ts';
import { MarkdownBuilder } from './markdown-builder.ts';
import { codeSpan, escapeInline } from './markdown-escape.ts';

/** The hidden marker the Action finds its own comment by. Always the first line. */
export const COMMENT_MARKER = '<!-- gitops-gate -->';
/** GitHub's limit for an issue or PR comment body. */
export const GITHUB_COMMENT_LIMIT = 65_536;
export const DEFAULT_MAX_FINDINGS = 50;
/** Longest message (code points) a listed finding shows; the JSON report has the whole text. */
const MAX_MESSAGE_LENGTH = 1_000;
const MAX_PATH_LENGTH = 300;
const DEFAULT_FULL_REPORT_HINT = 'the job summary or the JSON report (`gitops-gate check --format json`)';

export type FailOn = 'error' | 'warning' | 'never';

export interface MarkdownRenderOptions {
  /** Total character budget when renderMarkdown builds the document (default 65,536). */
  maxChars?: number;
  /** Findings listed at most (default 50); the job summary can pass Infinity. */
  maxFindings?: number;
  /** Where the full report is, as trusted markdown (e.g. a link to the job summary). */
  fullReportHint?: string;
  /** Which findings make the verdict ❌ (default error), as `check --fail-on`. */
  failOn?: FailOn;
}

/** The check section alone, as a complete document of at most `maxChars` characters. */
export function renderMarkdown(report: Report, options: MarkdownRenderOptions = {}): string {
  const md = new MarkdownBuilder(options.maxChars ?? GITHUB_COMMENT_LIMIT);
  appendCheckSection(md, report, options);
  return md.toString();
}

/**
 * Appends the check section to `md`, the marker first (so call it on an empty builder), within
 * `md.remaining()`. Throws RangeError when the budget cannot even hold the verdict and the notes saying what
 * was left out (a few hundred characters).
 */
export function appendCheckSection(md: MarkdownBuilder, report: Report, options: MarkdownRenderOptions = {}): void {
  const hint = options.fullReportHint ?? DEFAULT_FULL_REPORT_HINT;
  const head = `${COMMENT_MARKER}\n${verdict(report, options.failOn ?? 'error')}\n\n`;
  const findings = [...report.findings].sort(importance(report));
  // Each later part keeps room for the one-line notes that say what was left out.
  const findingsNote = (n: number, noneListed = false): string =>
    `\n_${plural(n, noneListed ? 'finding' : 'more finding')} not listed here: see ${hint}._\n`;
  const tableNote = (n: number): string => `\n_${plural(n, 'more environment')} not shown: see ${hint}._\n`;
  const noFindings = 'No findings.\n';

  const minimum = head.length + tableNote(report.environments.length + 1).length + Math.max(noFindings.length, findingsNote(findings.length).length);
  if (md.remaining() < minimum) {
    throw new RangeError(`a markdown budget of ${md.remaining()} characters cannot hold the verdict and what was left out (${minimum} needed)`);
  }
  md.append(head);

  appendEnvironmentTable(md, report, findings.length > 0 ? findingsNote(findings.length).length : noFindings.length, tableNote);
  if (findings.length === 0) {
    md.append(noFindings);
    return;
  }

  const max = Math.max(0, options.maxFindings ?? DEFAULT_MAX_FINDINGS);
  const heading = '\n#### Findings\n\n';
  const reserve = findingsNote(findings.length).length; // the longer wording, whichever is used
  let listed = 0;
  if (md.remaining() >= heading.length + reserve) {
    md.reserve(reserve);
    for (const f of findings) {
      if (listed >= max) break;
      const line = findingLine(f);
      const needed = listed === 0 ? heading + line : line;
      if (!md.append(needed)) break;
      listed++;
    }
    md.release();
  }
  const omitted = findings.length - listed;
  if (omitted > 0) md.append(findingsNote(omitted, listed === 0));
}

/** Failing findings first (errors, warnings, notices), then environment order, then file and line. */
function importance(report: Report): (a: Finding, b: Finding) => number {
  const envIndex = new Map(report.environments.map((e, i) => [e.name, i]));
  const rank = (f: Finding): number =>
    f.environment === undefined ? Number.MAX_SAFE_INTEGER : (envIndex.get(f.environment) ?? report.environments.length);
  return (a, b) => severityRank(a.severity) - severityRank(b.severity) || rank(a) - rank(b) || compareFindings(a, b);
}

function verdict(report: Report, failOn: FailOn): string {
  const s = report.summary;
  const failed = failOn === 'error' ? s.errors > 0 : failOn === 'warning' ? s.errors + s.warnings > 0 : false;
  return (
    `### ${failed ? '❌' : '✅'} gitops-gate: ${countsLabel(s)}\n` +
    `${plural(s.entrypoints, 'entrypoint')} (${plural(s.resources, 'resource')}) across ${plural(report.environments.length, 'environment')}`
  );
}

/**
 * One row per environment with its counts; findings of no environment (or of one the report does not
 * list) get a last row of their own so the table adds up to the verdict. Rows that do not fit, with
 * `reserveAfter` characters kept free, are dropped from the end and counted in a note below the table.
 */
function appendEnvironmentTable(md: MarkdownBuilder, report: Report, reserveAfter: number, note: (n: number) => string): void {
  const rows: string[] = [];
  const known = new Set(report.environments.map((e) => e.name));
  const byEnv = new Map<string, Finding[]>();
  for (const f of report.findings) {
    if (f.environment === undefined) continue;
    const list = byEnv.get(f.environment);
    if (list) list.push(f);
    else byEnv.set(f.environment, [f]);
  }
  for (const env of report.environments) {
    const c = countSeverities(byEnv.get(env.name) ?? []);
    const resources = env.entrypoints.reduce((n, e) => n + e.resources, 0);
    rows.push(row([escapeInline(env.name, MAX_PATH_LENGTH), escapeInline(env.branch, MAX_PATH_LENGTH), env.entrypoints.length, resources, c.errors, c.warnings, c.notices]));
  }
  const others = report.findings.filter((f) => f.environment === undefined || !known.has(f.environment));
  if (others.length > 0) {
    const c = countSeverities(others);
    rows.push(row(['_other_', '', '', '', c.errors, c.warnings, c.notices]));
  }
  if (rows.length === 0) return;

  const header =
    '| environment | branch | entrypoints | resources | errors | warnings | notices |\n' +
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |\n';
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

/** `- **error** `rule` at `file:line:col` (dev, Kind ns/name): message` */
function findingLine(f: Finding): string {
  const where = locationLabel(f) ?? f.entrypoint;
  const context = [f.environment, f.resource ? resourceLabel(f.resource) : undefined].filter((s): s is string => s !== undefined && s !== '');
  let line = `- **${f.severity}** ${codeSpan(f.ruleId, 100)}`;
  if (where) line += ` at ${codeSpan(where, MAX_PATH_LENGTH)}`;
  if (context.length > 0) line += ` (${context.map((c) => escapeInline(c, MAX_PATH_LENGTH)).join(', ')})`;
  return `${line}: ${escapeInline(f.message, MAX_MESSAGE_LENGTH)}\n`;
}
