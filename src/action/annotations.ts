/**
 * Inline annotations for the findings that matter most. GitHub shows at most 10 error, 10 warning and 10
 * notice annotations per step, so the same problem found in four environments (a base file every overlay
 * includes) becomes one annotation that names them all, findings with a file and line go first, and the
 * log says how many more are only in the job summary.
 */
import * as nodePath from 'node:path';
import type { Finding, Severity } from '../core/model/finding.ts';
import type { Report } from '../core/model/report.ts';
import { mergeAcrossEnvironments, orderFindings } from '../core/render/common.ts';

/** GitHub's per-step limit for each annotation level. */
export const ANNOTATIONS_PER_LEVEL = 10;

export interface Annotation {
  severity: Severity;
  title: string;
  message: string;
  /** Relative to the workspace (GitHub resolves annotation paths against the repository's root). */
  file?: string;
  startLine?: number;
  startColumn?: number;
}

export interface AnnotationPlan {
  annotations: Annotation[];
  /** Problems (after merging across environments) left out per severity. */
  omitted: Record<Severity, number>;
}

/**
 * `repoDir` is the checked repository relative to the workspace ('' when it is the workspace): finding
 * paths are relative to the repository, annotation paths to the workspace.
 */
export function planAnnotations(report: Report, repoDir: string): AnnotationPlan {
  const groups = mergeAcrossEnvironments(orderFindings(report));
  const annotations: Annotation[] = [];
  const omitted: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const severity of ['error', 'warning', 'notice'] as const) {
    // Stable: located findings first, otherwise report order (environment, file, line).
    const ofLevel = groups.filter((g) => g.finding.severity === severity).sort((a, b) => Number(!a.finding.line) - Number(!b.finding.line));
    for (const [i, g] of ofLevel.entries()) {
      if (i >= ANNOTATIONS_PER_LEVEL) {
        omitted[severity]++;
        continue;
      }
      annotations.push(toAnnotation(g.finding, g.environments, repoDir));
    }
  }
  return { annotations, omitted };
}

/** One log line for what did not fit, or undefined when everything was annotated. */
export function omittedNote(omitted: Record<Severity, number>): string | undefined {
  const parts = (['error', 'warning', 'notice'] as const).filter((s) => omitted[s] > 0).map((s) => `${omitted[s]} more ${s}${omitted[s] === 1 ? '' : 's'}`);
  if (parts.length === 0) return undefined;
  return `GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level and step: ${parts.join(', ')} are listed in the job summary and the JSON report`;
}

function toAnnotation(f: Finding, environments: string[], repoDir: string): Annotation {
  const where = environments.length > 0 ? ` (${environments.join(', ')})` : '';
  const a: Annotation = { severity: f.severity, title: `gitops-gate ${f.ruleId}${where}`, message: f.message };
  if (f.file) {
    a.file = repoDir === '' ? f.file : nodePath.posix.join(repoDir, f.file);
    if (f.line) {
      a.startLine = f.line;
      if (f.column) a.startColumn = f.column;
    }
  }
  return a;
}
