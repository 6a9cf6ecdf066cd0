/**
 * Which questions a pull request's base answers as its head does, known in one pass instead of asked path
 * by path. The head's discovery walk listed every directory of the repository; listing each at the base
 * too shows every entry either tree adds or lacks — untracked and ignored files as well as what git
 * reports — and git's list of changed files says whose bytes differ. What is left is alike without asking:
 * an entry both trees list under the same name, that git does not report changed and that holds nothing
 * git reports changed, is of the same kind, real path and bytes in both.
 *
 * That reasoning is only sound when no path leads elsewhere: a symlink's answers follow its target. So
 * there is no certificate when the base holds a symlink, when a directory the head walked resolves
 * elsewhere, or when a changed path is a link at the head; every question is then asked as before.
 */
import type { FileSystem } from '../ports.ts';
import { FsError } from '../ports.ts';
import { directoryAndName } from '../path.ts';
import { sameNames } from '../listing.ts';

/** What the head's discovery walk saw (scan.ts's record). */
export interface RecordedWalk {
  /** Directories whose real path was asked (absolute): every directory walked. */
  realPaths: readonly string[];
  /**
   * Each directory listed (absolute), with its names (those the walk skips too) or undefined when
   * unreadable, and where its entries start in `kinds`.
   */
  listed: readonly (readonly [string, readonly string[] | undefined, number])[];
  /** The entries walked (absolute): every name looked at, in every listed directory, directory by directory. */
  kinds: readonly string[];
}

/** Questions both trees answer alike, by path. */
export class AlikeAnswers {
  constructor(
    /** Paths both trees hold, of the same kind and real path, with the same bytes when files. */
    readonly entries: ReadonlySet<string>,
    /** Directories both trees list with the very same names. */
    readonly listings: ReadonlySet<string>,
    /** Directories whose names the walk looks at are the same in both (it skips `.git` and the like). */
    readonly walkedListings: ReadonlySet<string>,
    private readonly changed: ReadonlySet<string>,
  ) {}

  /**
   * Whether a stat of `path` gets the same answer from the base as `headAnswer`, the head's. Beside an entry
   * both hold, a name a directory listed alike does not have is nothing in either tree — known from the
   * head's own answer, so that a file system finding it under another spelling (case-insensitive) is asked.
   */
  stat(path: string, headAnswer: unknown): boolean {
    if (this.entries.has(path)) return true;
    if (headAnswer !== undefined || this.changed.has(path)) return false;
    // The same names are looked for again and again (kustomization.yml beside every kustomization.yaml).
    let missingAlike = this.missingAlike.get(path);
    if (missingAlike === undefined) {
      const at = directoryAndName(path);
      missingAlike = at !== undefined && this.listings.has(at.dir);
      this.missingAlike.set(path, missingAlike);
    }
    return missingAlike;
  }

  /** Paths nothing is at in the head, by whether a directory listed alike says so for the base too. */
  private readonly missingAlike = new Map<string, boolean>();

  /**
   * The certificate as plain data for another thread (one that renders environments of the same head).
   * Paths hold no NUL, so each set goes as one NUL-joined string: copied at once instead of path by path.
   */
  toData(): AlikeData {
    const notListedAlike = [...this.walkedListings].filter((dir) => !this.listings.has(dir));
    return { entries: [...this.entries].join('\0'), walkedListings: [...this.walkedListings].join('\0'), notListedAlike, changed: [...this.changed] };
  }

  static fromData(data: AlikeData): AlikeAnswers {
    const paths = (joined: string) => new Set(joined === '' ? [] : joined.split('\0'));
    const walkedListings = paths(data.walkedListings);
    const listings = new Set(walkedListings);
    for (const dir of data.notListedAlike) listings.delete(dir);
    return new AlikeAnswers(paths(data.entries), listings, walkedListings, new Set(data.changed));
  }
}

/** AlikeAnswers as data: what crosses to a worker thread. */
export interface AlikeData {
  /** NUL-joined. */
  entries: string;
  /** NUL-joined. */
  walkedListings: string;
  /** The directories of `walkedListings` that are not listed alike in full (a name the walk skips differs). */
  notListedAlike: string[];
  changed: string[];
}

/**
 * The questions `head` and `base` answer alike, or undefined when that cannot be known without asking.
 * `changed`: every file git reports differing between the two (absolute); `skipped`: the names the walk
 * does not look at; `baseHoldsLinks`: whether the base tree has a symlink anywhere.
 */
export function certifyWalk(
  walk: RecordedWalk,
  head: FileSystem,
  base: FileSystem,
  changed: ReadonlySet<string>,
  skipped: (name: string) => boolean,
  baseHoldsLinks: boolean,
): AlikeAnswers | undefined {
  if (baseHoldsLinks) return undefined;
  for (const dir of walk.realPaths) if (realPathOrFailure(head, dir) !== dir) return undefined;
  for (const path of changed) if (head.stat(path) && realPathOrFailure(head, path) !== path) return undefined;

  // A directory holding a changed file may have changed kind (every file of it deleted, a file in its place).
  const holdsChanged = new Set<string>();
  for (const path of changed) {
    for (let dir = directoryAndName(path)?.dir; dir !== undefined && !holdsChanged.has(dir); dir = directoryAndName(dir)?.dir) holdsChanged.add(dir);
  }

  const listings = new Set<string>();
  const walkedListings = new Set<string>();
  const entries = new Set<string>();
  for (let i = 0; i < walk.listed.length; i++) {
    // The head's names are the walk's own (the head lists each directory once, and remembers it).
    const [dir, headNames, firstEntry] = walk.listed[i]!;
    const baseNames = namesOrFailure(base, dir);
    if (headNames === undefined || baseNames === undefined) continue;
    if (sameNames(headNames, baseNames)) listings.add(dir);
    else if (!sameNames(baseNames, headNames, skipped)) continue;
    walkedListings.add(dir);
    const end = i + 1 < walk.listed.length ? walk.listed[i + 1]![2] : walk.kinds.length;
    for (let k = firstEntry; k < end; k++) {
      const path = walk.kinds[k]!;
      if (!changed.has(path) && !holdsChanged.has(path)) entries.add(path);
    }
  }
  return new AlikeAnswers(entries, listings, walkedListings, changed);
}

function realPathOrFailure(fs: FileSystem, path: string): string | undefined {
  try {
    return fs.realPath(path);
  } catch (err) {
    if (err instanceof FsError) return undefined;
    throw err;
  }
}

function namesOrFailure(fs: FileSystem, dir: string): string[] | undefined {
  try {
    return fs.readDir(dir);
  } catch (err) {
    if (err instanceof FsError) return undefined;
    throw err;
  }
}
