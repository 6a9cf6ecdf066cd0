/**
 * The job summary: the whole report — every finding and the whole diff — within GitHub's 1 MiB per step.
 * It is written before the comment is attempted, so whatever happens to the comment, nothing is lost.
 */
import { appendFileSync } from 'node:fs';
import { renderDocument, type DocumentParts } from './report-markdown.ts';

/** GitHub's limit for one step's summary, in bytes. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;
/** Kept free below the limit for the separator between steps' summaries. */
const MARGIN_BYTES = 1024;

/**
 * Characters are counted while building and bytes afterwards, so a document of many multi-byte characters
 * is built again, smaller, until its UTF-8 fits.
 */
export function renderSummary(parts: DocumentParts, reportHint: string): string {
  const limit = SUMMARY_LIMIT_BYTES - MARGIN_BYTES;
  let budget = limit;
  for (;;) {
    const text = renderDocument(parts, budget, { maxFindings: Infinity, fullReportHint: reportHint });
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes <= limit || budget < 8_192) return text;
    budget = Math.floor((budget * limit) / bytes) - MARGIN_BYTES;
  }
}

/** Appends to GITHUB_STEP_SUMMARY; false when the runner gave no summary file (a local run). */
export function writeSummary(path: string | undefined, text: string): boolean {
  if (!path) return false;
  appendFileSync(path, text.endsWith('\n') ? text : `${text}\n`, 'utf8');
  return true;
}
