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
  /** Its entrypoints are independent kustomizations, each checked as a cluster of its own. */
  isolated?: boolean;
}

/** Findings left out on the user's request, by cause. */
export interface SuppressionCounts {
  total: number;
  /** `rules: {id: off}` in the configuration. */
  ruleSettings: number;
  /** In a file under the configuration's `exclude:` globs. */
  exclude: number;
  /** Matched by an `ignore:` entry of the configuration. */
  ignore: number;
  /** About a resource annotated `gitops-gate.io/ignore` with the finding's rule. */
  annotation: number;
}

/** With a baseline (a pull request's merge base): how many findings the change brings and how many it keeps. */
export interface BaselineSummary {
  /** The revision compared with, as the user named it (`main`). */
  ref: string;
  commit: string;
  new: number;
  existing: number;
  /** Errors and warnings among the new findings. */
  newErrors: number;
  newWarnings: number;
}

export interface ReportSummary {
  errors: number;
  warnings: number;
  notices: number;
  entrypoints: number;
  resources: number;
  suppressed?: SuppressionCounts;
  baseline?: BaselineSummary;
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
