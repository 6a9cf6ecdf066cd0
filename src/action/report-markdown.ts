/**
 * The markdown the Action writes, for the PR comment (within a character budget, see comment.ts) and the
 * job summary (everything, see summary.ts): the check section, then the diff section, then notes about
 * what the run could not do (a shallow clone…).
 */
import type { Report } from '../core/model/report.ts';
import type { GatePolicy } from '../core/gate.ts';
import { appendChangeDocument } from '../core/render/change-markdown.ts';
import { MarkdownBuilder } from '../core/render/markdown-builder.ts';
import { escapeInline } from '../core/render/markdown-escape.ts';
import type { PullRequestDiff } from './diff-section.ts';
import type { SecretRedactor } from './redact.ts';

export interface DocumentParts {
  report: Report;
  diff?: PullRequestDiff;
  /** Sentences about what the run could not do; untrusted text is escaped. */
  notes: string[];
  policy: GatePolicy;
  redactor: SecretRedactor;
}

export function renderCommentBody(parts: DocumentParts, budget: number, summaryHint: string): string {
  return renderDocument(parts, budget, { maxFindings: undefined, fullReportHint: summaryHint });
}

export function renderDocument(parts: DocumentParts, budget: number, options: { maxFindings: number | undefined; fullReportHint: string }): string {
  const notes = parts.notes.length > 0 ? `\n${parts.notes.map((n) => `> ${escapeInline(n, 2_000)}\n>\n`).join('').replace(/>\n$/, '')}` : '';
  const md = new MarkdownBuilder(Math.max(0, budget - notes.length));
  appendChangeDocument(md, parts.redactor.redactReport(parts.report), {
    policy: parts.policy,
    fullReportHint: options.fullReportHint,
    ...(options.maxFindings !== undefined ? { maxFindings: options.maxFindings } : {}),
    ...(parts.diff ? { diff: { diffs: parts.diff.diffs, sides: parts.diff.sides } } : {}),
  });
  // The diff promises no Secret value; this pass keeps that promise even if a manifest slips one through.
  return parts.redactor.redact(md.toString() + notes);
}
