/** POSIX path helpers for the core, which must not import node:path (it runs over any FileSystem). */

export function joinPath(...parts: string[]): string {
  return normalizePath(parts.filter((p) => p !== '').join('/'));
}

/** Resolves `rel` against directory `dir`; an absolute `rel` wins. */
export function resolvePath(dir: string, rel: string): string {
  if (rel.startsWith('/')) return normalizePath(rel);
  return climbed(dir, rel) ?? normalizePath(`${dir}/${rel}`);
}

/**
 * resolvePath's common case without splitting: a normal directory and an entry that at most climbs out of
 * it first (`../base`, `./patch.yaml`, `config/app.yaml`) — every kustomization entry the engine follows.
 * Undefined when the entry is anything else (`a/../b`, a trailing slash, more `..` than a relative
 * directory has): normalizePath decides those.
 */
function climbed(dir: string, rel: string): string | undefined {
  // '' joins as the root (`/rel`): normalizePath's case.
  if (dir === '' || (dir !== '.' && NOT_NORMAL.test(dir))) return undefined;
  let base = dir === '.' ? '' : dir;
  const absolute = base.startsWith('/');
  let rest = rel;
  for (;;) {
    if (rest.startsWith('./')) rest = rest.slice(2);
    else if (rest.startsWith('../')) {
      rest = rest.slice(3);
      if (base === '') return undefined;
      const i = base.lastIndexOf('/');
      base = absolute ? (i <= 0 ? '/' : base.slice(0, i)) : i < 0 ? '' : base.slice(0, i);
    } else break;
  }
  if (rest.startsWith('/') || (rest !== '' && NOT_NORMAL.test(rest))) return undefined;
  if (rest === '') return base === '' ? '.' : base;
  if (base === '') return rest;
  return base === '/' ? `/${rest}` : `${base}/${rest}`;
}

/**
 * Collapses `.`, `..` and repeated slashes. `..` at the root stays at the root, as on a real file system.
 */
export function normalizePath(path: string): string {
  // Nearly every path the engine builds is normal already: answer those without splitting.
  if (path !== '' && !NOT_NORMAL.test(path)) return path;
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!absolute) out.push('..');
      continue;
    }
    out.push(seg);
  }
  const joined = out.join('/');
  if (absolute) return `/${joined}`;
  return joined === '' ? '.' : joined;
}

/** An empty, `.` or `..` segment, or a trailing slash after something. */
const NOT_NORMAL = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|.\/$/;

export function dirname(path: string): string {
  const n = normalizePath(path);
  const i = n.lastIndexOf('/');
  if (i < 0) return '.';
  if (i === 0) return '/';
  return n.slice(0, i);
}

/**
 * An absolute path's directory and last name, read as written (not normalised, for look-ups by exact
 * spelling): `/a/b` → `/a` and `b`, `/a` → `/` and `a`. Undefined for `/`, a relative path, or a last
 * segment that is empty, `.` or `..` — no plain name of a listed directory.
 */
export function directoryAndName(path: string): { dir: string; name: string } | undefined {
  const slash = path.lastIndexOf('/');
  const name = path.slice(slash + 1);
  if (slash < 0 || name === '' || name === '.' || name === '..') return undefined;
  return { dir: slash === 0 ? '/' : path.slice(0, slash), name };
}

export function basename(path: string): string {
  const n = normalizePath(path);
  return n.slice(n.lastIndexOf('/') + 1);
}

/** True when `path` is `root` or lies below it. Both must be normalized absolute paths. */
export function isWithin(root: string, path: string): boolean {
  if (root === '/') return path.startsWith('/');
  return path === root || path.startsWith(`${root}/`);
}

/** `path` relative to `from` (both absolute), with `/`. */
export function relativePath(from: string, path: string): string {
  const a = normalizePath(from).split('/').filter(Boolean);
  const b = normalizePath(path).split('/').filter(Boolean);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = a.slice(i).map(() => '..');
  const rel = [...up, ...b.slice(i)].join('/');
  return rel === '' ? '.' : rel;
}
