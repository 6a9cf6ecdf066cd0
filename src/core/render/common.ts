/**
 * Helpers every format shares, so the four outputs agree on order and wording: the canonical finding order,
 * how a resource and a location are written, and plurals.
 */
import type { Finding, ResourceRef, Severity } from '../model/finding.ts';
import type { Report, SuppressionCounts } from '../model/report.ts';
import { IGNORE_ANNOTATION } from '../suppress.ts';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

export function severityRank(severity: Severity): number {
  const rank = SEVERITIES.indexOf(severity);
  return rank === -1 ? SEVERITIES.length : rank;
}

function compareOptional<T extends string | number>(a: T | undefined, b: T | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1; // no file / no line first: such findings are about the whole entrypoint
  if (b === undefined) return 1;
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * The one deterministic order: severity, file, line, column, rule id, then the rest of the finding so that
 * equal-looking findings still sort the same way every run. Environments are grouped by the caller.
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    compareOptional(a.file, b.file) ||
    compareOptional(a.line, b.line) ||
    compareOptional(a.column, b.column) ||
    compareOptional(a.ruleId, b.ruleId) ||
    compareOptional(a.entrypoint, b.entrypoint) ||
    compareOptional(a.resource ? resourceLabel(a.resource) : undefined, b.resource ? resourceLabel(b.resource) : undefined) ||
    compareOptional(a.path, b.path) ||
    compareOptional(a.message, b.message)
  );
}

/**
 * The report's findings in report order: grouped by environment in the order the report lists them
 * (findings of an environment the report does not list, then findings of no environment, last), and in the
 * canonical order within each group.
 */
export function orderFindings(report: Report): Finding[] {
  const envIndex = new Map(report.environments.map((e, i) => [e.name, i]));
  const rank = (f: Finding): number =>
    f.environment === undefined ? Number.MAX_SAFE_INTEGER : (envIndex.get(f.environment) ?? report.environments.length);
  return [...report.findings].sort(
    (a, b) => rank(a) - rank(b) || compareOptional(a.environment, b.environment) || compareFindings(a, b),
  );
}

/** `Deployment web/api`, or `Namespace web` for a cluster-scoped resource. */
export function resourceLabel(ref: ResourceRef): string {
  return ref.namespace ? `${ref.kind} ${ref.namespace}/${ref.name}` : `${ref.kind} ${ref.name}`;
}

/** `file:line:col`, `file:line` or `file`, as terminals and editors make clickable; undefined without a file. */
export function locationLabel(f: Finding): string | undefined {
  if (f.file === undefined || f.file === '') return undefined;
  if (f.line === undefined) return f.file;
  return f.column === undefined ? `${f.file}:${f.line}` : `${f.file}:${f.line}:${f.column}`;
}

/** `1 error`, `3 errors`. */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : pluralForm}`;
}

/** `3 errors, 1 warning, 0 notices`. */
export function countsLabel(counts: { errors: number; warnings: number; notices: number }): string {
  return `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.notices, 'notice')}`;
}

/** Counts of findings by severity, for a subset of a report (one environment). */
export function countSeverities(findings: readonly Finding[]): { errors: number; warnings: number; notices: number } {
  let errors = 0;
  let warnings = 0;
  let notices = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else if (f.severity === 'warning') warnings++;
    else notices++;
  }
  return { errors, warnings, notices };
}

/** A finding as the people-facing formats show it: once, with every environment it was found in. */
export interface FindingGroup {
  finding: Finding;
  /** In the order the findings came (report order); empty for findings of no environment. */
  environments: string[];
}

/**
 * Folds findings that are the same problem in several environments — a base file every overlay includes —
 * into one group naming them all. The same means same rule, severity, place, resource, JSON path and
 * baseline status, and the same message once the environment's own name is blanked out of it (`… in
 * environment prod`). Groups keep the order of their first finding.
 */
export function mergeAcrossEnvironments(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = JSON.stringify([
      f.severity,
      f.ruleId,
      f.file,
      f.line,
      f.column,
      f.resource ? `${f.resource.apiVersion} ${resourceLabel(f.resource)}` : undefined,
      f.path,
      f.baseline,
      f.message.replace(environmentPattern(f.environment), '\0'),
    ]);
    const group = groups.get(key);
    if (!group) groups.set(key, { finding: f, environments: f.environment !== undefined ? [f.environment] : [] });
    else if (f.environment !== undefined && !group.environments.includes(f.environment)) group.environments.push(f.environment);
  }
  return [...groups.values()];
}

function environmentPattern(environment: string | undefined): RegExp {
  if (!environment) return /(?!)/;
  return new RegExp(`\\b${environment.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&')}\\b`, 'g');
}

/** `5 suppressed (3 by ignore entries, 2 by annotations)`. */
export function suppressedLabel(s: SuppressionCounts): string {
  const parts = [
    s.ruleSettings > 0 ? `${s.ruleSettings} by rules turned off` : '',
    s.exclude > 0 ? `${s.exclude} in excluded paths` : '',
    s.ignore > 0 ? `${s.ignore} by ignore entries` : '',
    s.annotation > 0 ? `${s.annotation} by ${IGNORE_ANNOTATION} annotations` : '',
  ].filter((p) => p !== '');
  return `${s.total} suppressed (${parts.join(', ')})`;
}
