/**
 * The rendered difference a pull request makes: every environment as the baseline check rendered it at the
 * PR's base commit (read straight from git objects, no second checkout) against the head rendered from the
 * workspace.
 * One function, `diffPullRequest`, is the Action's only way in; it gives back the number of changed
 * resources and the markdown section that follows the check section in the comment and the summary
 * (src/core/diff and src/core/render/diff-markdown.ts do the work, as for `gitops-gate diff`).
 */
import type { Config } from '../config/config.ts';
import type { EnvironmentModel } from '../core/cluster/model.ts';
import { diffEnvironments } from '../core/diff/diff-environments.ts';
import { diffTotals, type DiffSides, type EnvironmentDiff } from '../core/diff/model.ts';

export interface PullRequestDiff {
  /** Resources added, changed or removed over all environments; undefined when not computed. */
  changed: number | undefined;
  /** Per environment, what the pull request changes in what its cluster receives. */
  diffs: EnvironmentDiff[];
  sides: DiffSides;
  /** The base revision's environments: their Secret values are redacted like the head's. */
  baseModels: EnvironmentModel[];
}

export interface DiffInput {
  /** The PR's base commit (full id), already known to be in the clone. */
  baseSha: string;
  /** The base branch's name, for the heading (`main (1a2b3c4) → …`). */
  baseRef: string;
  /** The head commit the event names (the workspace may be the merge commit GitHub made of it). */
  headSha: string;
  headRef: string;
  /** The base, as the baseline check rendered it from the base commit's tree. */
  baseModels: EnvironmentModel[];
  /** The head, as runChecks rendered it from the workspace. */
  headModels: EnvironmentModel[];
  config: Config;
}

export function diffPullRequest(input: DiffInput): PullRequestDiff {
  const diffs = diffEnvironments(input.baseModels, input.headModels, { ignoreNoise: input.config.diff.ignoreDefaultNoise });
  const totals = diffTotals(diffs);
  const sides: DiffSides = { base: { ref: input.baseRef, commit: input.baseSha }, head: { ref: input.headRef, commit: input.headSha } };
  return {
    changed: totals.added + totals.changed + totals.removed,
    diffs,
    sides,
    baseModels: input.baseModels,
  };
}
