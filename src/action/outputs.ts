/**
 * What the step leaves behind for later steps: the JSON report file (every finding, Secret values
 * redacted) and the step outputs of action.yml, plus the verdict per `fail-on`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { Report } from '../core/model/report.ts';
import { renderJson } from '../core/render/json.ts';
import { failingFindings, gatesOnNewOnly, type GatePolicy } from '../core/gate.ts';
import type { SecretRedactor } from './redact.ts';

export interface ActionOutputs {
  errors: number;
  warnings: number;
  /** Errors and warnings the pull request brings; '' without a baseline (not a pull request, or no base). */
  'new-errors': number | '';
  'new-warnings': number | '';
  /** '' when there is no diff (not a pull request, or the base could not be rendered). */
  changed: number | '';
  report: string;
  'comment-url': string;
}

/** Writes the JSON report into a directory of its own under `tempDir` (two steps in one job never clash). */
export function writeJsonReport(tempDir: string, report: Report, redactor: SecretRedactor): string {
  const dir = mkdtempSync(nodePath.join(tempDir, 'gitops-gate-'));
  const path = nodePath.join(dir, 'report.json');
  writeFileSync(path, redactor.redact(renderJson(redactor.redactReport(report))), 'utf8');
  return path;
}

export function setOutputs(outputs: ActionOutputs, setOutput: (name: string, value: string) => void): void {
  for (const [name, value] of Object.entries(outputs)) setOutput(name, String(value));
}

/** The one-line reason the step fails, or undefined when it passes. */
export function failureMessage(report: Report, policy: GatePolicy): string | undefined {
  const failing = failingFindings(report, policy);
  if (failing.length === 0) return undefined;
  const errors = failing.filter((f) => f.severity === 'error').length;
  const warnings = failing.length - errors;
  const which = gatesOnNewOnly(report, policy) ? ' this pull request brings' : '';
  return `gitops-gate found ${errors} error${errors === 1 ? '' : 's'} and ${warnings} warning${warnings === 1 ? '' : 's'}${which} (fail-on: ${policy.failOn}); the job summary lists them all`;
}
