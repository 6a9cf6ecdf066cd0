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
import { countsLabel, locationLabel, orderFindings, plural, resourceLabel } from './common.ts';

export interface TextRenderOptions {
  color: boolean;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', yellow: '\u001b[33m', cyan: '\u001b[36m', green: '\u001b[32m' };
const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, notice: ANSI.cyan };
/** Alignment stops growing here, so one very long path does not push every other line off screen. */
const MAX_LOCATION_WIDTH = 72;
const INDENT = '  ';

export function renderText(report: Report, options: TextRenderOptions): string {
  const paint = (code: string, s: string): string => (options.color ? `${code}${s}${ANSI.reset}` : s);
  const out: string[] = [];
  const byEnv = groupByEnvironment(report);

  for (const group of byEnv) {
    const env = report.environments.find((e) => e.name === group.name);
    let header = group.name === undefined ? 'all environments' : sanitize(group.name);
    if (env) {
      const resources = env.entrypoints.reduce((n, e) => n + e.resources, 0);
      header += ` (branch ${sanitize(env.branch)}): ${plural(env.entrypoints.length, 'entrypoint')}, ${plural(resources, 'resource')}`;
    }
    out.push(paint(ANSI.bold, header));
    if (group.findings.length === 0) {
      out.push(`${INDENT}${paint(ANSI.green, 'no findings')}`);
      out.push('');
      continue;
    }
    const rows = group.findings.map((f) => ({ f, location: sanitize(locationLabel(f) ?? f.entrypoint ?? '-') }));
    const locWidth = Math.min(MAX_LOCATION_WIDTH, Math.max(...rows.map((r) => r.location.length)));
    const ruleWidth = Math.max(...rows.map((r) => r.f.ruleId.length));
    for (const { f, location } of rows) {
      const severity = paint(SEVERITY_COLOR[f.severity] ?? '', f.severity.padEnd(7));
      const context = f.resource ? `  ${paint(ANSI.dim, `(${sanitize(resourceLabel(f.resource))})`)}` : '';
      // Continuation lines of a multi-line message (kustomize errors) stay under the message column.
      const message = sanitize(f.message).replace(/\n/g, `\n${INDENT}${' '.repeat(locWidth + 2 + 7 + 2 + ruleWidth + 2)}`);
      out.push(`${INDENT}${location.padEnd(locWidth)}  ${severity}  ${sanitize(f.ruleId).padEnd(ruleWidth)}  ${message}${context}`);
    }
    out.push('');
  }

  const s = report.summary;
  const summary =
    `${countsLabel(s)} in ${plural(s.entrypoints, 'entrypoint')} (${plural(s.resources, 'resource')}) ` +
    `across ${plural(report.environments.length, 'environment')}`;
  out.push(paint(s.errors > 0 ? ANSI.red : s.warnings > 0 ? ANSI.yellow : ANSI.green, summary));
  return `${out.join('\n')}\n`;
}

interface EnvironmentGroup {
  name: string | undefined;
  findings: Finding[];
}

/** Every environment of the report (even one without findings), then any other environment names, then none; findings in canonical order. */
function groupByEnvironment(report: Report): EnvironmentGroup[] {
  const groups: EnvironmentGroup[] = report.environments.map((e) => ({ name: e.name, findings: [] }));
  for (const f of orderFindings(report)) {
    let group = groups.find((g) => g.name === f.environment);
    if (!group) {
      group = { name: f.environment, findings: [] };
      groups.push(group);
    }
    group.findings.push(f);
  }
  return groups;
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
