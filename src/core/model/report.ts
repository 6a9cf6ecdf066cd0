import type { Finding } from './finding.ts';

export interface EntrypointSummary {
  /** Repo-relative directory with `/`. */
  path: string;
  resources: number;
}

export interface EnvironmentSummary {
  name: string;
  branch: string;
  entrypoints: EntrypointSummary[];
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  notices: number;
  entrypoints: number;
  resources: number;
}

/** The result of `check`: DESIGN.md's JSON report, and what every output format renders. */
export interface Report {
  tool: 'gitops-gate';
  version: string;
  reportVersion: 1;
  environments: EnvironmentSummary[];
  findings: Finding[];
  summary: ReportSummary;
}

export function summarize(environments: EnvironmentSummary[], findings: Finding[]): ReportSummary {
  return {
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    notices: findings.filter((f) => f.severity === 'notice').length,
    entrypoints: environments.reduce((n, e) => n + e.entrypoints.length, 0),
    resources: environments.reduce((n, e) => n + e.entrypoints.reduce((m, x) => m + x.resources, 0), 0),
  };
}
