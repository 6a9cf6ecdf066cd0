import { parseArgs } from 'node:util';
import { writeFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import type { Config } from '../config/config.ts';
import { ConfigError } from '../config/config.ts';
import type { EnvironmentModel } from '../core/cluster/model.ts';
import { renderEnvironment } from '../core/cluster/render-environment.ts';
import { diffEnvironments } from '../core/diff/diff-environments.ts';
import { diffTotals, type DiffSides, type EnvironmentDiff } from '../core/diff/model.ts';
import { discoverEnvironments, scanRepo, type Environment } from '../core/discover.ts';
import type { FileSystem } from '../core/ports.ts';
import { renderDiffJson } from '../core/render/diff-json.ts';
import { renderDiffMarkdownDocument } from '../core/render/diff-markdown.ts';
import { renderDiffText } from '../core/render/diff-text.ts';
import { GitRevisionFileSystem } from '../io/git-fs.ts';
import { GitError, mergeBase } from '../io/git.ts';
import { NodeFileSystem } from '../io/node-fs.ts';
import { UsageError, type CliIO } from './io.ts';
import { loadRepoInputs } from './repo-inputs.ts';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_HELP = `Usage: gitops-gate diff [REPO] --base REF [options]

Renders every environment of the repository (default: the current directory) at the merge-base of REF and
the head, and at the head, and prints what each environment's cluster would receive differently: resources
added, removed and changed, with a unified YAML diff per changed resource. Secret values are never shown
(a changed value reads as changed); chart-version labels and checksum annotations are hidden as noise unless
the config sets diff.ignoreDefaultNoise: false.

Options:
  --base REF                    the branch, tag or commit the change is compared with (required)
  --head REF                    the revision to compare (default: the working tree, uncommitted edits included)
  --env NAME                    only this environment (repeatable)
  --format text|markdown|json   output format (default text); markdown fits a PR comment (65,536 characters)
  --config FILE                 configuration (default: REPO/.gitops-gate.yaml if present)
  --show-noise                  show chart-version labels and checksum annotations too
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

  const env = io.env ?? {};
  let diffs: EnvironmentDiff[];
  let sides: DiffSides;
  let ignoreNoise: boolean;
  try {
    const inputs = loadRepoInputs(positionals[0], values.config, [], io.cwd, env);
    const root = inputs.repoRoot;
    const progress = io.stderrIsTTY ? (m: string) => io.stderr(`\r\x1b[2K${m}`) : undefined;

    const headTree = values.head !== undefined ? GitRevisionFileSystem.open(root, values.head) : undefined;
    const baseCommit = mergeBase(root, values.base, headTree?.commit ?? 'HEAD');
    const baseTree = GitRevisionFileSystem.open(root, baseCommit);
    const headFs: FileSystem = headTree ?? io.fs ?? new NodeFileSystem();

    const only = values.env ?? [];
    const baseEnvs = discover(baseTree, root, inputs.config);
    const headEnvs = discover(headFs, root, inputs.config);
    checkEnvironmentNames(only, baseEnvs, headEnvs);
    const render = (envs: Environment[], fs: FileSystem, side: string): EnvironmentModel[] =>
      envs
        .filter((e) => only.length === 0 || only.includes(e.config.name))
        .map((e) => {
          progress?.(`rendering ${e.config.name} at the ${side} (${e.entrypoints.length} entrypoints)`);
          return renderEnvironment(e, { fs, repoRoot: root, repoURLs: inputs.repoURLs });
        });
    const baseModels = render(baseEnvs, baseTree, 'base');
    const headModels = render(headEnvs, headFs, 'head');
    if (progress) io.stderr('\r\x1b[2K');

    ignoreNoise = inputs.config.diff.ignoreDefaultNoise && !values['show-noise'];
    diffs = diffEnvironments(baseModels, headModels, { ignoreNoise });
    sides = {
      base: { ref: values.base, commit: baseCommit },
      head: headTree ? { ref: values.head!, commit: headTree.commit } : { ref: 'working tree' },
    };
  } catch (err) {
    if (err instanceof GitError || err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }

  const toFile = values.output !== undefined;
  const text = renderDiff(diffs, format as DiffFormat, {
    sides,
    ignoreNoise,
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
  options: { sides?: DiffSides; ignoreNoise?: boolean; color?: boolean; fullReportHint?: string; maxChars?: number },
): string {
  switch (format) {
    case 'text':
      return renderDiffText(diffs, { color: options.color ?? false, ...(options.sides ? { sides: options.sides } : {}) });
    case 'json':
      return renderDiffJson(diffs, { ...(options.sides ? { sides: options.sides } : {}), ...(options.ignoreNoise !== undefined ? { ignoreNoise: options.ignoreNoise } : {}) });
    case 'markdown':
      return renderDiffMarkdownDocument(diffs, {
        ...(options.sides ? { sides: options.sides } : {}),
        ...(options.fullReportHint ? { fullReportHint: options.fullReportHint } : {}),
        ...(options.maxChars !== undefined ? { maxChars: options.maxChars } : {}),
      });
  }
}

function discover(fs: FileSystem, root: string, config: Config): Environment[] {
  return discoverEnvironments(scanRepo(fs, root), config);
}

function checkEnvironmentNames(only: string[], base: Environment[], head: Environment[]): void {
  if (only.length === 0) return;
  const known = new Set([...head, ...base].map((e) => e.config.name));
  const unknown = only.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown environment ${unknown.map((n) => `'${n}'`).join(', ')}; this repository has ${[...known].map((n) => `'${n}'`).join(', ') || 'none'}`,
    );
  }
}
