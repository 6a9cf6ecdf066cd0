/**
 * Compares git repository URLs the way people write them for the same repository:
 * `https://github.com/o/r.git`, `git@github.com:o/r`, `ssh://git@github.com/o/r` are one repository.
 */
export function normalizeRepoURL(url: string): string {
  let u = url.trim().toLowerCase();
  u = u.replace(/^git\+/, '');
  const scp = /^[\w.-]+@([^:/]+):(.+)$/.exec(u);
  if (scp) u = `${scp[1]}/${scp[2]}`;
  u = u.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  u = u.replace(/^[^@/]+@/, '');
  u = u.replace(/:\d+\//, '/');
  u = u.replace(/\/+$/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  return u;
}

export function sameRepo(a: string, b: string): boolean {
  return normalizeRepoURL(a) === normalizeRepoURL(b);
}
