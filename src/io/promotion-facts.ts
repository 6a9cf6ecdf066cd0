import { currentBranch, isAncestor, runGit, tryResolve } from './git.ts';

/**
 * Whether `headRev` (the commit a pull request promotes) is on `sourceBranch` — "was it tested there?" —
 * for `promotion/unverified`. The remote branch is asked first: it is what the previous environment
 * deploys, where a local branch may be stale or ahead. 'unknown' when this clone has neither branch, or
 * when a shallow history cannot tell; GitError when `headRev` itself is unknown.
 */
export function headContainedIn(repoRoot: string, headRev: string, sourceBranch: string): boolean | 'unknown' {
  const source = tryResolve(repoRoot, `refs/remotes/origin/${sourceBranch}`) ?? tryResolve(repoRoot, `refs/heads/${sourceBranch}`);
  if (!source) return 'unknown';
  return isAncestor(repoRoot, headRev, source);
}

/**
 * The commit a pull request promotes, as checked out here: HEAD — except on the detached merge commit
 * that actions/checkout makes of a pull request (refs/pull/N/merge), whose second parent is the head
 * of the pull request. The merge commit itself is on no branch, so asking about it would always fail.
 */
export function checkedOutPullRequestHead(repoRoot: string): string {
  if (currentBranch(repoRoot) !== undefined) return 'HEAD';
  const r = runGit(repoRoot, ['rev-list', '--parents', '-n', '1', 'HEAD']);
  const ids = r.status === 0 ? r.stdout.toString('utf8').trim().split(/\s+/) : [];
  return ids.length === 3 ? ids[2]! : 'HEAD';
}
