/**
 * The promotion rules' view of the pull request: the branch it promotes from into which branch, whether
 * its head is a fork (a fork's `dev` is not this repository's `dev`), and how to ask git whether the
 * promoted commit is on the previous stage's branch ("promote what was tested").
 */
import type { CheckInputs } from '../core/run.ts';
import { headContainedIn } from '../io/promotion-facts.ts';
import type { PullRequestInfo } from './context.ts';

export function pullRequestRules(pr: PullRequestInfo, repoRoot: string): Pick<CheckInputs, 'pullRequest' | 'headContainedIn'> {
  return {
    pullRequest: { baseBranch: pr.baseRef, headBranch: pr.headRef, headIsFork: pr.fork },
    headContainedIn: (source: string) => {
      try {
        return headContainedIn(repoRoot, pr.headSha, source);
      } catch {
        // The head commit is not in this clone (a shallow checkout of the merge commit): not a sure "no".
        return 'unknown';
      }
    },
  };
}
