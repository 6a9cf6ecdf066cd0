import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { ConfigError } from '../config/config.ts';
import { runChangeChecks } from '../core/check-change.ts';
import { diffEnvironments } from '../core/diff/diff-environments.ts';
import { diffTotals, type DiffSides, type EnvironmentDiff } from '../core/diff/model.ts';
import type { Report } from '../core/model/report.ts';
import type { FileSystem } from '../core/ports.ts';
import { CheckUsageError } from '../core/run.ts';
import { appendChangeDocument } from '../core/render/change-markdown.ts';
import { GITHUB_COMMENT_LIMIT } from '../core/render/markdown.ts';
import { MarkdownBuilder } from '../core/render/markdown-builder.ts';
import { renderText } from '../core/render/text.ts';
import { plural } from '../core/render/common.ts';
import { renderDiffJson } from '../core/render/diff-json.ts';
import { renderDiffMarkdownDocument } from '../core/render/diff-markdown.ts';
import { renderDiffText } from '../core/render/diff-text.ts';
import { baseRevision, GitRevisionFileSystem } from '../io/git-fs.ts';
import { GitError, mergeBase } from '../io/git.ts';
import { CachingFileSystem } from '../core/cached-fs.ts';
import { NodeFileSystem } from '../io/node-fs.ts';
import { UsageError, type CliIO } from './io.ts';
import { parseJobs } from './check-command.ts';
import { createWorkerPool } from '../io/worker-pool.ts';
import { loadRepoInputs } from './repo-inputs.ts';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_HELP = `Usage: gitops-gate diff [REPO] --base REF [options]

Renders every environment of the repository (default: the current directory) at the merge-base of REF and
the head, and at the head, and prints what each environment's cluster would receive differently: resources
added, removed and changed, with a unified YAML diff per changed resource. Secret values are never shown
(a changed value reads as changed); chart-version labels and checksum annotations are hidden as noise unless
the config sets diff.ignoreDefaultNoise: false. Both sides are checked as \`check\` does, and the findings the
change brings (absent at the base) are listed after the diff.

Options:
  --base REF                    the branch, tag or commit the change is compared with (required)
  --head REF                    the revision to compare (default: the working tree, uncommitted edits included)
  --env NAME                    only this environment (repeatable)
  --format text|markdown|json   output format (default text); markdown fits a PR comment (65,536 characters)
  --config FILE                 configuration (default: REPO/.gitops-gate.yaml if present)
  --show-noise                  show chart-version labels and checksum annotations too
  --jobs N                      threads to render environments on (default: the machine's cores but one)
  --output FILE                 write the diff to FILE instead of stdout
  -h, --help                    show this help

Exit status: 0 the diff was printed (whatever it shows); 2 usage, git or internal error.
`;

export async function runDiff(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      base: { type: 'string' },
      head: { type: 'string' },
      env: { type: 'string', multiple: true },
      format: { type: 'string' },
      config: { type: 'string' },
      'show-noise': { type: 'boolean' },
      jobs: { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(DIFF_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`diff takes one repository directory, got ${positionals.length}`);
  if (values.base === undefined || values.base === '') throw new UsageError('diff needs --base REF (the branch or commit to compare with)');
  const format = values.format ?? 'text';
  if (!(DIFF_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${DIFF_FORMATS.join(', ')}, got '${format}'`);
  }

  const jobs = parseJobs(values.jobs);
  const env = io.env ?? {};
  let diffs: EnvironmentDiff[];
  let sides: DiffSides;
  let ignoreNoise: boolean;
  let report: Report;
  try {
    const inputs = loadRepoInputs(positionals[0], values.config, [], io.cwd, env);
    const root = inputs.repoRoot;
    const progress = io.stderrIsTTY ? (m: string) => io.stderr(`\r\x1b[2K${m}`) : undefined;

    const headTree = values.head !== undefined ? GitRevisionFileSystem.open(root, values.head) : undefined;
    const baseCommit = mergeBase(root, values.base, headTree?.commit ?? 'HEAD');
    const headFs: FileSystem = new CachingFileSystem(headTree ?? io.fs ?? new NodeFileSystem());
    // Opening goes on in git's own processes while the head is checked (runChangeChecks waits for it).
    const baseRef = values.base;
    const base = GitRevisionFileSystem.openBase(root, baseCommit, headFs, headTree?.commit).then((tree) => baseRevision(tree, baseRef));
    base.catch(() => undefined); // its failure is runChangeChecks' to report, not an unhandled rejection meanwhile

    const only = values.env ?? [];
    // Both sides are checked, so each finding of the head is new or already at the base.
    const pool = jobs > 1 && !headTree && !io.fs ? createWorkerPool(jobs, { repoRoot: root, repoURLs: inputs.repoURLs, config: inputs.config, schemaOptions: inputs.schemaOptions }) : undefined;
    const change = await runChangeChecks(
      {
        ...(pool ? { workers: pool } : {}),
        fs: headFs,
        repoRoot: root,
        config: inputs.config,
        repoURLs: inputs.repoURLs,
        schemaSource: inputs.schemaSource,
        ...(only.length > 0 ? { environments: only, skipUnknownEnvironments: true } : {}),
        ...(progress ? { onProgress: progress } : {}),
      },
      base,
    ).finally(() => pool?.close());
    if (progress) io.stderr('\r\x1b[2K');
    checkEnvironmentNames(only, change.environmentNames);

    ignoreNoise = inputs.config.diff.ignoreDefaultNoise && !values['show-noise'];
    diffs = diffEnvironments(change.baseModels, change.models, { ignoreNoise });
    report = change.report;
    sides = {
      base: { ref: values.base, commit: baseCommit },
      head: headTree ? { ref: values.head!, commit: headTree.commit } : { ref: 'working tree' },
    };
  } catch (err) {
    if (err instanceof GitError || err instanceof ConfigError || err instanceof CheckUsageError) throw new UsageError(err.message);
    throw err;
  }

  const toFile = values.output !== undefined;
  const text = renderDiff(diffs, format as DiffFormat, {
    sides,
    ignoreNoise,
    report,
    color: format === 'text' && !toFile && !!io.stdoutIsTTY && !env.NO_COLOR,
  });
  if (toFile) {
    const path = nodePath.resolve(io.cwd, values.output!);
    (io.writeFile ?? ((p, t) => writeFileSync(p, t)))(path, text);
    const t = diffTotals(diffs);
    io.stderr(`gitops-gate: diff written to ${values.output} (${t.added} added, ${t.changed} changed, ${t.removed} removed)\n`);
  } else {
    io.stdout(text);
  }
  return 0;
}

export function renderDiff(
  diffs: EnvironmentDiff[],
  format: DiffFormat,
  options: { sides?: DiffSides; ignoreNoise?: boolean; color?: boolean; fullReportHint?: string; maxChars?: number; report?: Report },
): string {
  switch (format) {
    case 'text': {
      const text = renderDiffText(diffs, { color: options.color ?? false, ...(options.sides ? { sides: options.sides } : {}) });
      return options.report ? text + newFindingsText(options.report, options.color ?? false) : text;
    }
    case 'json':
      return renderDiffJson(diffs, {
        ...(options.sides ? { sides: options.sides } : {}),
        ...(options.ignoreNoise !== undefined ? { ignoreNoise: options.ignoreNoise } : {}),
        ...(options.report ? { report: options.report } : {}),
      });
    case 'markdown': {
      if (!options.report) {
        return renderDiffMarkdownDocument(diffs, {
          ...(options.sides ? { sides: options.sides } : {}),
          ...(options.fullReportHint ? { fullReportHint: options.fullReportHint } : {}),
          ...(options.maxChars !== undefined ? { maxChars: options.maxChars } : {}),
        });
      }
      // What a pull request's comment shows: the change per environment and the findings it brings, then the diffs.
      const md = new MarkdownBuilder(options.maxChars ?? GITHUB_COMMENT_LIMIT);
      appendChangeDocument(md, options.report, {
        policy: { failOn: 'error' },
        fullReportHint: options.fullReportHint ?? '`gitops-gate diff --format text` and `gitops-gate check --format json`',
        diff: { diffs, ...(options.sides ? { sides: options.sides } : {}) },
      });
      return md.toString();
    }
  }
}

/** The findings the change brings, after the diff; those already at the base are counted, not listed. */
function newFindingsText(report: Report, color: boolean): string {
  const b = report.summary.baseline;
  if (!b) return '';
  const fresh = { ...report, findings: report.findings.filter((f) => f.baseline === 'new') };
  const head = `\nFindings this change brings: ${b.new} new (${plural(b.newErrors, 'error')}, ${plural(b.newWarnings, 'warning')}), ${b.existing} already at the base\n`;
  return fresh.findings.length === 0 ? head : `${head}\n${renderText(fresh, { color, findingsOnly: true })}`;
}

function checkEnvironmentNames(only: string[], names: string[]): void {
  if (only.length === 0) return;
  const known = new Set(names);
  const unknown = only.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown environment ${unknown.map((n) => `'${n}'`).join(', ')}; this repository has ${[...known].map((n) => `'${n}'`).join(', ') || 'none'}`,
    );
  }
}
