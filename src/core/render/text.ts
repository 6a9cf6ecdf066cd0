/**
 * The text report, for people in a terminal: one block per environment, each finding on one line that starts
 * with `file:line:col` so terminals and editors make it clickable; in the canonical order (severity, file,
 * line, rule), so one file's findings of one severity stand together, and findings without a file (about a
 * whole entrypoint, shown by its directory) lead their severity:
 *
 *   dev (branch dev): 2 entrypoints, 5 resources
 *     apps/web/overlays/dev                 error    kustomize/build-failed  …
 *     apps/web/base/deploy.yaml:23:5        error    schema/unknown-field    …  (Deployment web/api)
 *
 * then one summary line. Colour (ANSI) only when asked: the caller knows whether stdout is a terminal.
 */
import type { Finding, Severity } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { countsLabel, locationLabel, mergeAcrossEnvironments, orderFindings, plural, resourceLabel, suppressedLabel } from './common.ts';

export interface TextRenderOptions {
  color: boolean;
  /** Only sections that hold findings, and no summary line (a list inside another report). */
  findingsOnly?: boolean;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m' };
const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, notice: ANSI.cyan };
/** Alignment stops growing here, so one very long path does not push every other line off screen. */
const MAX_LOCATION_WIDTH = 72;
const INDENT = '  ';

export function renderText(report: Report, options: TextRenderOptions): string {
  const paint = (code: string, s: string): string => (options.color ? `${code}${s}${ANSI.reset}` : s);
  const out: string[] = [];
  const sections = sectionsOf(report);
  const shared = new Set(sections.filter((x) => x.environments.length > 1).flatMap((x) => x.environments));

  for (const section of sections) {
    let header: string;
    const env = section.environments.length === 1 ? report.environments.find((e) => e.name === section.environments[0]) : undefined;
    if (section.environments.length === 0) header = 'all environments';
    else if (section.environments.length > 1) header = `in ${section.environments.map(sanitize).join(', ')}`;
    else header = sanitize(section.environments[0]!);
    if (env) {
      const resources = env.entrypoints.reduce((n, e) => n + e.resources, 0);
      header += ` (branch ${sanitize(env.branch)}): ${plural(env.entrypoints.length, 'entrypoint')}, ${plural(resources, 'resource')}`;
    } else header += ':';
    if (options.findingsOnly && section.findings.length === 0) continue;
    out.push(paint(ANSI.bold, header));
    if (section.findings.length === 0) {
      const elsewhere = env && shared.has(env.name) ? ' of its own (see the findings it shares below)' : '';
      out.push(`${INDENT}${paint(ANSI.green, `no findings${elsewhere}`)}`);
      out.push('');
      continue;
    }
    const rows = section.findings.map((f) => ({ f, location: sanitize(locationLabel(f) ?? f.entrypoint ?? '-') }));
    const locWidth = Math.min(MAX_LOCATION_WIDTH, Math.max(...rows.map((r) => r.location.length)));
    const ruleWidth = Math.max(...rows.map((r) => r.f.ruleId.length));
    for (const { f, location } of rows) {
      const severity = paint(SEVERITY_COLOR[f.severity] ?? '', f.severity.padEnd(7));
      const context = f.resource ? `  ${paint(ANSI.dim, `(${sanitize(resourceLabel(f.resource))})`)}` : '';
      const existing = f.baseline === 'existing' ? `  ${paint(ANSI.dim, '[existing]')}` : '';
      // Continuation lines of a multi-line message (kustomize errors) stay under the message column.
      const message = sanitize(f.message).replace(/\n/g, `\n${INDENT}${' '.repeat(locWidth + 2 + 7 + 2 + ruleWidth + 2)}`);
      out.push(`${INDENT}${location.padEnd(locWidth)}  ${severity}  ${sanitize(f.ruleId).padEnd(ruleWidth)}  ${message}${context}${existing}`);
    }
    out.push('');
  }

  if (options.findingsOnly) return `${out.join('\n')}\n`;
  const s = report.summary;
  let summary =
    `${countsLabel(s)} in ${plural(s.entrypoints, 'entrypoint')} (${plural(s.resources, 'resource')}) ` +
    `across ${plural(report.environments.length, 'environment')}`;
  if (s.baseline) {
    summary += `; ${s.baseline.new} new, ${s.baseline.existing} already at ${sanitize(s.baseline.ref)} (${s.baseline.commit.slice(0, 7)})`;
  }
  if (s.suppressed && s.suppressed.total > 0) summary += `; ${suppressedLabel(s.suppressed)}`;
  const worst = s.baseline ? { errors: s.baseline.newErrors, warnings: s.baseline.newWarnings } : s;
  out.push(paint(worst.errors > 0 ? ANSI.red : worst.warnings > 0 ? ANSI.yellow : ANSI.green, summary));
  return `${out.join('\n')}\n`;
}

interface Section {
  /** One environment, several (findings they share), or none (findings of no environment). */
  environments: string[];
  findings: Finding[];
}

/**
 * Every environment of the report (even one without findings) with the findings found in it alone, then one
 * section per set of environments sharing findings, then findings of no environment; canonical order within.
 */
function sectionsOf(report: Report): Section[] {
  const sections = new Map<string, Section>();
  for (const e of report.environments) sections.set(JSON.stringify([e.name]), { environments: [e.name], findings: [] });
  const later: Section[] = [];
  for (const group of mergeAcrossEnvironments(orderFindings(report))) {
    const key = JSON.stringify(group.environments);
    let section = sections.get(key);
    if (!section) {
      section = { environments: group.environments, findings: [] };
      sections.set(key, section);
      later.push(section);
    }
    section.findings.push(group.finding);
  }
  const envIndex = new Map(report.environments.map((e, i) => [e.name, i]));
  const rank = (x: Section): number => (x.environments.length === 0 ? Number.MAX_SAFE_INTEGER : (envIndex.get(x.environments[0]!) ?? report.environments.length));
  later.sort((a, b) => rank(a) - rank(b) || b.environments.length - a.environments.length);
  return [...report.environments.map((e) => sections.get(JSON.stringify([e.name]))!), ...later.filter((x) => !(x.environments.length === 1 && envIndex.has(x.environments[0]!)))];
}

/**
 * Strangers' text must not drive the terminal: control characters (ANSI escapes, carriage returns, bells) are
 * shown as `\xNN` escapes. Newlines stay; the caller indents continuation lines.
 */
function sanitize(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
