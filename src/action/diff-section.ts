/**
 * The rendered difference a pull request makes: every environment rendered at the PR's base commit (read
 * straight from git objects, no second checkout) against the head already rendered from the workspace.
 * One function, `diffPullRequest`, is the Action's only way in; it gives back the number of changed
 * resources and the markdown section that follows the check section in the comment and the summary
 * (src/core/diff and src/core/render/diff-markdown.ts do the work, as for `gitops-gate diff`).
 */
import type { Config } from '../config/config.ts';
import type { EnvironmentModel } from '../core/cluster/model.ts';
import { renderEnvironment } from '../core/cluster/render-environment.ts';
import { discoverEnvironments, scanRepo } from '../core/discover.ts';
import { diffEnvironments } from '../core/diff/diff-environments.ts';
import { diffTotals, type DiffSides } from '../core/diff/model.ts';
import { renderDiffMarkdown } from '../core/render/diff-markdown.ts';
import type { MarkdownBuilder } from '../core/render/markdown-builder.ts';
import { GitRevisionFileSystem } from '../io/git-fs.ts';

export interface DiffSectionOptions {
  /** Where the whole diff is (trusted markdown), said when the section leaves something out. */
  fullReportHint: string;
}

export interface PullRequestDiff {
  /** Resources added, changed or removed over all environments; undefined when not computed. */
  changed: number | undefined;
  /** The base revision's environments: their Secret values are redacted like the head's. */
  baseModels: EnvironmentModel[];
  /** Appends the diff section within `md.remaining()`, degrading as the budget demands. */
  appendTo(md: MarkdownBuilder, options: DiffSectionOptions): void;
}

export interface DiffInput {
  /** Absolute directory of the checked repository (the workspace or a directory in it). */
  repoRoot: string;
  /** The PR's base commit (full id), already known to be in the clone. */
  baseSha: string;
  /** The base branch's name, for the heading (`main (1a2b3c4) → …`). */
  baseRef: string;
  /** The head commit the event names (the workspace may be the merge commit GitHub made of it). */
  headSha: string;
  headRef: string;
  /** The head, as runChecks rendered it from the workspace. */
  headModels: EnvironmentModel[];
  config: Config;
  repoURLs: string[];
  /** Only these environments (the `environments` input); all when empty. */
  environments: string[];
}

export function diffPullRequest(input: DiffInput): PullRequestDiff {
  const baseModels = renderRevision(input);
  const diffs = diffEnvironments(baseModels, input.headModels, { ignoreNoise: input.config.diff.ignoreDefaultNoise });
  const totals = diffTotals(diffs);
  const sides: DiffSides = { base: { ref: input.baseRef, commit: input.baseSha }, head: { ref: input.headRef, commit: input.headSha } };
  return {
    changed: totals.added + totals.changed + totals.removed,
    baseModels,
    appendTo: (md, options) => renderDiffMarkdown(diffs, md, { sides, fullReportHint: options.fullReportHint }),
  };
}

/** Renders every environment (as configured at the head) from the base commit's tree. */
function renderRevision(input: DiffInput): EnvironmentModel[] {
  const fs = GitRevisionFileSystem.open(input.repoRoot, input.baseSha);
  const wanted = new Set(input.environments);
  return discoverEnvironments(scanRepo(fs, input.repoRoot), input.config)
    .filter((env) => wanted.size === 0 || wanted.has(env.config.name))
    .map((env) => renderEnvironment(env, { fs, repoRoot: input.repoRoot, repoURLs: input.repoURLs }));
}
