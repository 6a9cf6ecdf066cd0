/**
 * Whether two directory listings name the same entries in the same order, leaving out the names `skip`
 * accepts (the ones a walk passes over). Compared in place: a pull request compares every directory of
 * the repository this way, and joining each listing into one string cost as much again.
 */
export function sameNames(a: readonly string[], b: readonly string[], skip?: (name: string) => boolean): boolean {
  if (!skip) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && skip(a[i]!)) i++;
    while (j < b.length && skip(b[j]!)) j++;
    if (i === a.length || j === b.length) return i === a.length && j === b.length;
    if (a[i] !== b[j]) return false;
    i++;
    j++;
  }
}
