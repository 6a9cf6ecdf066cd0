/**
 * The verdict: which findings fail the check. `fail-on` sets the severity; with a baseline (a pull request
 * compared with its merge base) only the findings the change brings count, unless the user asks to gate on
 * everything (`--fail-on-existing`). The CLI's exit code, the markdown verdict and the Action's step result
 * all ask this one function, so they always agree.
 */
import type { Finding } from './model/finding.ts';
import type { Report } from './model/report.ts';

export type FailOn = 'error' | 'warning' | 'never';

export interface GatePolicy {
  failOn: FailOn;
  /** With a baseline, existing findings fail the check too (default: only new ones). */
  failOnExisting?: boolean;
}

/** The findings that fail the check under `policy`. */
export function failingFindings(report: Report, policy: GatePolicy): Finding[] {
  if (policy.failOn === 'never') return [];
  const newOnly = !!report.summary.baseline && !policy.failOnExisting;
  return report.findings.filter(
    (f) => (f.severity === 'error' || (policy.failOn === 'warning' && f.severity === 'warning')) && (!newOnly || f.baseline !== 'existing'),
  );
}

export function gateFails(report: Report, policy: GatePolicy): boolean {
  return failingFindings(report, policy).length > 0;
}

/** True when the verdict considers only the findings the change brings. */
export function gatesOnNewOnly(report: Report, policy: GatePolicy): boolean {
  return !!report.summary.baseline && !policy.failOnExisting;
}
