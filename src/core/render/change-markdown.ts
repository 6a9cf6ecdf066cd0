/**
 * The markdown of a change (the pull-request comment, the job summary, `diff --format markdown`): the check
 * section, whose table leads with what the change does to each environment and whose list holds the
 * findings it brings, then the per-resource diffs. Both share one budget: the check section writes first
 * with part of the budget held back for the diffs, which then take whatever is left.
 */
import type { DiffSides, EnvironmentDiff } from '../diff/model.ts';
import type { GatePolicy } from '../gate.ts';
import type { Report } from '../model/report.ts';
import { renderDiffMarkdown } from './diff-markdown.ts';
import { appendCheckSection, type DiffCounts } from './markdown.ts';
import type { MarkdownBuilder } from './markdown-builder.ts';

/** Share of the budget kept free for the diffs while the check section writes. */
const DIFF_SHARE = 0.4;

export interface ChangeDocumentOptions {
  policy: GatePolicy;
  /** Where everything is, as trusted markdown, said when something is left out. */
  fullReportHint: string;
  /** Findings listed at most (default: the check section's). */
  maxFindings?: number;
  diff?: { diffs: readonly EnvironmentDiff[]; sides?: DiffSides };
}

export function appendChangeDocument(md: MarkdownBuilder, report: Report, options: ChangeDocumentOptions): void {
  const diff = options.diff;
  if (diff) md.reserve(Math.floor(md.remaining() * DIFF_SHARE));
  appendCheckSection(md, report, {
    failOn: options.policy.failOn,
    ...(options.policy.failOnExisting ? { failOnExisting: true } : {}),
    ...(diff ? { diffCounts: diffCounts(diff.diffs) } : {}),
    fullReportHint: options.fullReportHint,
    ...(options.maxFindings !== undefined ? { maxFindings: options.maxFindings } : {}),
  });
  if (!diff) return;
  md.release();
  renderDiffMarkdown(diff.diffs, md, { ...(diff.sides ? { sides: diff.sides } : {}), fullReportHint: options.fullReportHint, table: false });
}

export function diffCounts(diffs: readonly EnvironmentDiff[]): DiffCounts {
  return new Map(diffs.map((d) => [d.environment, { added: d.added, changed: d.changed, removed: d.removed }]));
}
