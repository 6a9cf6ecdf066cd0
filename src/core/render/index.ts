/**
 * The report renderers of `gitops-gate check`, one module per format behind one function, like
 * kubeconform's pkg/output: the CLI picks the format, the Action renders markdown for its comment and
 * summary and SARIF for code scanning. All are pure: Report in, string out.
 */
import type { Report } from '../model/report.ts';
import { renderJson } from './json.ts';
import { renderMarkdown, type FailOn } from './markdown.ts';
import { renderSarif } from './sarif.ts';
import { renderText } from './text.ts';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
  /** ANSI colour in the text format (the caller knows whether the output is a terminal). */
  color: boolean;
  /** SARIF `tool.driver.informationUri`. */
  toolUri?: string;
  /** Markdown: where the full report is, as trusted markdown, said when findings are left out. */
  fullReportHint?: string;
  /** Markdown: character budget (default 65,536, GitHub's comment limit). */
  maxChars?: number;
  /** Markdown: findings listed at most (default 50). */
  maxFindings?: number;
  /** Markdown: which severities make the verdict ❌ (default error), as `--fail-on`. */
  failOn?: FailOn;
  /** Markdown: with a baseline, existing findings make the verdict ❌ too, as `--fail-on-existing`. */
  failOnExisting?: boolean;
  /** SARIF: repo-relative file that results with neither file nor entrypoint are attached to (default .gitops-gate.yaml). */
  anchorFile?: string;
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

export function renderReport(report: Report, format: ReportFormat, options: RenderOptions): string {
  switch (format) {
    case 'text':
      return renderText(report, { color: options.color });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report, { toolUri: options.toolUri, anchorFile: options.anchorFile });
    case 'markdown':
      return renderMarkdown(report, {
        maxChars: options.maxChars,
        maxFindings: options.maxFindings,
        fullReportHint: options.fullReportHint,
        failOn: options.failOn,
        failOnExisting: options.failOnExisting,
      });
    default: {
      const unknown: never = format;
      throw new RangeError(`unknown report format ${JSON.stringify(unknown)}: expected one of ${REPORT_FORMATS.join(', ')}`);
    }
  }
}

export { COMMENT_MARKER, GITHUB_COMMENT_LIMIT, appendCheckSection, type FailOn } from './markdown.ts';
export { MarkdownBuilder } from './markdown-builder.ts';
export { RULES, ruleInfo, isKnownRule, type RuleId, type RuleInfo } from './rules.ts';
