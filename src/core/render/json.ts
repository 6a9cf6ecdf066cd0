/**
 * The JSON report (DESIGN.md, "JSON report"; schema in schemas/report.schema.json). Every object is rebuilt
 * field by field so the key order is the documented one whatever order the report was assembled in, absent
 * optional fields are left out rather than written as null, and findings come in the canonical order.
 */
import type { Finding } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { orderFindings } from './common.ts';

export function renderJson(report: Report): string {
  const doc = {
    tool: report.tool,
    version: report.version,
    reportVersion: report.reportVersion,
    environments: report.environments.map((e) => ({
      name: e.name,
      branch: e.branch,
      entrypoints: e.entrypoints.map((x) => ({ path: x.path, resources: x.resources })),
      isolated: e.isolated,
    })),
    findings: orderFindings(report).map(findingJson),
    summary: {
      errors: report.summary.errors,
      warnings: report.summary.warnings,
      notices: report.summary.notices,
      entrypoints: report.summary.entrypoints,
      resources: report.summary.resources,
      suppressed: report.summary.suppressed && {
        total: report.summary.suppressed.total,
        ruleSettings: report.summary.suppressed.ruleSettings,
        exclude: report.summary.suppressed.exclude,
        ignore: report.summary.suppressed.ignore,
        annotation: report.summary.suppressed.annotation,
      },
      baseline: report.summary.baseline && {
        ref: report.summary.baseline.ref,
        commit: report.summary.baseline.commit,
        new: report.summary.baseline.new,
        existing: report.summary.baseline.existing,
        newErrors: report.summary.baseline.newErrors,
        newWarnings: report.summary.baseline.newWarnings,
      },
    },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** One finding as the JSON report writes it: documented key order, absent fields left out. */
export function findingJson(f: Finding): Record<string, unknown> {
  // JSON.stringify drops undefined members, which is exactly "leave absent fields out".
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    environment: f.environment,
    entrypoint: f.entrypoint,
    resource: f.resource && {
      apiVersion: f.resource.apiVersion,
      kind: f.resource.kind,
      namespace: f.resource.namespace,
      name: f.resource.name,
    },
    path: f.path,
    baseline: f.baseline,
  };
}
