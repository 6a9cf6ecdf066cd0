import * as nodePath from 'node:path';
import { FsError, MAX_FILE_BYTES, readText, type FileStat, type FileSystem } from '../core/ports.ts';

const utf8 = new TextDecoder('utf-8');
import { isWithin, normalizePath, resolvePath } from '../core/path.ts';
import { changedPathsInBackground, GitError, resolveRevision, runGit, runGitInBackground, worktreePrefix, worktreePrefixInBackground, type GitResult } from './git.ts';
import type { BaseRevision } from '../core/check-change.ts';

type DirNode = { kind: 'dir'; names: Set<string>; sorted?: string[] };
type TreeNode =
  | DirNode
  | { kind: 'file'; oid: string; size: number }
  | { kind: 'link'; target: string };

/** Files read in the first batch: manifests and kustomizations, which every render reads anyway. */
const EAGER_NAME = /(\.ya?ml|\.json)$|^Kustomization$/;
const EAGER_FILE_BYTES = 1024 * 1024;
const EAGER_TOTAL_BYTES = 256 * 1024 * 1024;
/** Bound of one lazy batch (one directory's unread files). */
const LAZY_BATCH_BYTES = 64 * 1024 * 1024;
/** A stored path with an empty, `.` or `..` segment, or a leading or trailing slash: git never writes one. */
const UNUSUAL_TREE_PATH = /(?:^|\/)\.{1,2}(?:\/|$)|\/\/|^\/|\/$|^$/;
/** A full object id, SHA-1 or SHA-256, as git writes it. */
const HEX_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** The answers of `stat`, shared: a stat is asked of every path a render touches. */
const DIR: FileStat = Object.freeze({ kind: 'dir' });
const FILE: FileStat = Object.freeze({ kind: 'file' });
/** Linux's limit on symlinks followed while resolving one path. */
const MAX_LINK_HOPS = 40;

/**
 * The tree of one commit as a FileSystem, at the same absolute paths as the working tree (rooted at
 * `repoRoot`), so renders of a pull request's base and head compare path for path without a second
 * checkout.
 *
 * The whole tree is listed once (`git ls-tree -r -t -z --long`); manifest files under `repoRoot` are read
 * in one `git cat-file --batch`, and any other file is read on first use together with the unread files
 * of its directory — one git process per batch, never one per file. Blobs over MAX_FILE_BYTES are listed
 * but refuse to read; symlinks resolve within the tree (a link leaving it leads nowhere); submodules are
 * empty directories. Content is git's stored bytes: no filters, no line-ending conversion.
 */
export class GitRevisionFileSystem implements FileSystem {
  private readonly nodes = new Map<string, TreeNode>();
  private readonly blobs = new Map<string, Uint8Array>();
  private processes = 0;
  /** Where the bytes of every file but the changed ones are taken from (see `open`). */
  private donor: { fs: FileSystem; changed: ReadonlySet<string> } | undefined;

  private constructor(
    /** The working-tree directory the tree is rooted at (absolute). */
    readonly repoRoot: string,
    /** The full id of the commit whose tree this is. */
    readonly commit: string,
    /** Where the repository's top level sits: `repoRoot` itself, or an ancestor when it is a subdirectory. */
    readonly topLevel: string,
  ) {}

  /**
   * Reads the tree of `rev` of the repository at `repoRoot`, its manifests in one batch. Throws GitError for
   * unknown revisions. (A pull request's base, most of whose files the head holds alike: `openBase`.)
   */
  static open(repoRoot: string, rev: string): GitRevisionFileSystem {
    const root = normalizePath(nodePath.resolve(repoRoot));
    const commit = resolveRevision(root, rev);
    const fs = new GitRevisionFileSystem(root, commit, topLevelOf(root, worktreePrefix(root)));
    fs.listTree();
    fs.readEagerBlobs();
    return fs;
  }

  /**
   * The tree of `commit` (a full commit id, resolved already: a merge base, a pull request's base) as the
   * base of a change whose head is `head`: the working tree, or the tree of `headCommit`. Every file git
   * does not report changed between the two is read from `head`. git compares the trees (for a working
   * tree, a stat of every tracked file) while it lists the base: two processes at once, not one after the other.
   * Files the head holds alike are read from it — already read, and usually in memory — and only the
   * changed ones out of git, so the base is nearly free to read.
   */
  static async openBase(repoRoot: string, commit: string, head: FileSystem, headCommit?: string): Promise<GitRevisionFileSystem> {
    if (!HEX_ID.test(commit)) throw new GitError(`openBase takes a full commit id, got ${JSON.stringify(commit)}`);
    const root = normalizePath(nodePath.resolve(repoRoot));
    // git diff, the slowest (it stats every tracked file of a working tree), starts first and is waited for
    // last: the listing is read while it still compares.
    const changed = changedPathsInBackground(root, commit, headCommit);
    const prefix = worktreePrefixInBackground(root);
    const listing = listTreeInBackground(root, commit);
    // The process that reads the changed files ahead starts now too, and is told which files once git has
    // listed and compared the trees: forking write-protects this process's memory (each page then faults
    // once when next written), and now is when it has least of it.
    let ask!: (request: string) => void;
    const request = new Promise<string>((resolve) => (ask = resolve));
    const batch = runGitInBackground(root, ['cat-file', '--batch'], { input: request, maxBuffer: PREFETCH_BUFFER });
    // Settled here so that a failure of one is not reported as unhandled while another is awaited.
    for (const running of [changed, prefix, listing, batch]) running.catch(() => undefined);
    try {
      const fs = new GitRevisionFileSystem(root, commit, topLevelOf(root, await prefix));
      fs.processes += 2;
      fs.parseListing(await listing);
      fs.donor = { fs: head, changed: new Set([...(await changed)].map((p) => normalizePath(`${fs.topLevel}/${p}`))) };
      fs.prefetchChanged(ask, batch);
      return fs;
    } finally {
      ask(''); // a base that failed to open, or has nothing to read ahead, lets the process end (a no-op after a request)
    }
  }

  /**
   * Settles once the files git reported changed are read ahead (see `prefetchChanged`); never fails: a file
   * the read ahead missed is read when asked, as any other.
   */
  ready(): Promise<void> {
    return this.prefetching ?? Promise.resolve();
  }

  private prefetching: Promise<void> | undefined;

  /**
   * The changed files are the ones a base reads out of git (the others come from the head), and they are
   * known before the head is checked: `batch`, started with the listing, reads them meanwhile once `ask`
   * names them, so that the base need not start one later, while the check waits.
   */
  private prefetchChanged(ask: (request: string) => void, batch: Promise<GitResult>): void {
    const wanted = new Set<string>();
    let total = 0;
    for (const path of this.donor?.changed ?? []) {
      const node = this.nodes.get(path);
      if (node?.kind !== 'file' || node.size > MAX_FILE_BYTES || wanted.has(node.oid)) continue;
      if (wanted.size >= PREFETCH_MAX_FILES || total + node.size > PREFETCH_MAX_BYTES) break;
      wanted.add(node.oid);
      total += node.size;
    }
    if (wanted.size === 0) return;
    ask(`${[...wanted].join('\n')}\n`);
    this.prefetching = batch.then(
      (r) => {
        if (r.status !== 0) return;
        for (const [oid, bytes] of parseCatFileBatch(r.stdout)) if (!this.blobs.has(oid)) this.blobs.set(oid, bytes);
      },
      () => undefined,
    );
  }

  /** How many git processes this tree has run so far (listing and blob batches): for tests and timings. */
  get gitProcesses(): number {
    return this.processes;
  }

  stat(path: string): FileStat | undefined {
    const node = this.nodes.get(this.resolve(path));
    if (!node) return undefined;
    if (node.kind === 'dir') return DIR;
    if (node.kind === 'file') return FILE;
    return undefined; // a link that resolves to another link means a loop
  }

  readBytes(path: string): Uint8Array {
    const real = this.resolve(path);
    const node = this.nodes.get(real);
    const shown = normalizePath(path);
    if (!node || node.kind === 'link') throw new FsError(`${shown}: no such file in commit ${this.short}`, shown, 'ENOENT');
    if (node.kind === 'dir') throw new FsError(`${shown} is a directory, not a file`, shown, 'EISDIR');
    if (node.size > MAX_FILE_BYTES) {
      throw new FsError(`${shown} is ${node.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for a manifest`, shown, 'ETOOBIG');
    }
    const donated = this.fromDonor(real);
    if (donated) return donated;
    const cached = this.blobs.get(node.oid);
    if (cached) return cached;
    this.readBatch(real, node.oid);
    const bytes = this.blobs.get(node.oid);
    if (!bytes) throw new FsError(`${shown}: git object ${node.oid} is missing from this clone`, shown, 'EIO');
    return bytes;
  }

  blobId(path: string): string | undefined {
    const node = this.nodes.get(this.resolve(path));
    return node?.kind === 'file' ? node.oid : undefined;
  }

  readDir(path: string): string[] {
    const node = this.nodes.get(this.resolve(path));
    const shown = normalizePath(path);
    if (!node) throw new FsError(`${shown}: no such directory in commit ${this.short}`, shown, 'ENOENT');
    if (node.kind !== 'dir') throw new FsError(`${shown} is a file, not a directory`, shown, 'ENOTDIR');
    // The tree never changes once listed: each directory is sorted once, however often it is listed.
    node.sorted ??= [...node.names].sort();
    return node.sorted.slice();
  }

  realPath(path: string): string {
    return this.resolve(path);
  }

  private get short(): string {
    return this.commit.slice(0, 12);
  }

  private readonly resolved = new Map<string, string>();
  /** Whether the tree holds a symlink (else no path needs resolving). */
  private hasLinks = false;

  /** Whether the tree holds a symlink anywhere. */
  get holdsSymlinks(): boolean {
    return this.hasLinks;
  }

  /** The path with every symlink in it replaced by its target, as far as the tree goes (remembered). */
  private resolve(path: string): string {
    // Most trees hold no symlink: every path is its own real path.
    if (!this.hasLinks) return normalizePath(path.startsWith('/') ? path : `/${path}`);
    let real = this.resolved.get(path);
    if (real === undefined) {
      real = this.resolveUncached(path);
      this.resolved.set(path, real);
    }
    return real;
  }

  private resolveUncached(path: string, hops = { n: 0 }): string {
    const segs = normalizePath(path.startsWith('/') ? path : `/${path}`).split('/').filter(Boolean);
    let cur = '/';
    for (let i = 0; i < segs.length; i++) {
      const next = cur === '/' ? `/${segs[i]}` : `${cur}/${segs[i]}`;
      const node = this.nodes.get(next);
      if (node?.kind !== 'link') {
        cur = next;
        continue;
      }
      if (++hops.n > MAX_LINK_HOPS) {
        // A loop: answer with the link itself, which stat reports as nothing.
        return normalizePath([next, ...segs.slice(i + 1)].join('/'));
      }
      cur = this.resolveUncached(resolvePath(cur, node.target), hops);
      if (this.nodes.get(cur)?.kind === 'link') return normalizePath([cur, ...segs.slice(i + 1)].join('/'));
    }
    return cur;
  }

  private addDir(path: string): DirNode {
    const existing = this.nodes.get(path);
    if (existing?.kind === 'dir') return existing;
    const dir: DirNode = { kind: 'dir', names: new Set() };
    this.nodes.set(path, dir);
    if (path !== '/') {
      const i = path.lastIndexOf('/');
      this.addDir(i === 0 ? '/' : path.slice(0, i)).names.add(path.slice(i + 1));
    }
    return dir;
  }

  private listTree(): void {
    this.processes++;
    this.parseListing(listTree(this.repoRoot, this.commit));
  }

  /**
   * Takes in the listing: `<mode> <type> <oid> <size>\t<path>` records, NUL-separated, each tree before
   * what it holds. Read by position, not by pattern: a large repository lists hundreds of thousands.
   */
  private parseListing(out: string): void {
    const top = this.topLevel === '/' ? '' : this.topLevel;
    const links: string[] = [];
    this.addDir(this.topLevel);
    for (let pos = 0; pos < out.length; ) {
      let end = out.indexOf('\0', pos);
      if (end < 0) end = out.length;
      if (end === pos) {
        pos++;
        continue;
      }
      // `<mode> <type> <oid> <size>\t<path>`: the mode is six digits, the type a word, the size padded.
      const tab = out.indexOf('\t', pos);
      const typeAt = pos + 7;
      const oidAt = out.indexOf(' ', typeAt) + 1;
      const oidEnd = oidAt > 0 ? out.indexOf(' ', oidAt) : -1;
      if (tab < 0 || tab > end || out.charCodeAt(pos + 6) !== 0x20 || oidAt <= typeAt || oidEnd < 0 || oidEnd > tab) {
        throw new GitError(`unexpected git ls-tree output: ${JSON.stringify(out.slice(pos, Math.min(end, pos + 120)))}`);
      }
      const type = out.charCodeAt(typeAt);
      const stored = out.slice(tab + 1, end);
      const linkMode = out.startsWith('120000', pos);
      const oid = type === 0x62 /* b */ ? out.slice(oidAt, oidEnd) : '';
      const size = type === 0x62 && !linkMode ? decimal(out, oidEnd, tab) : 0;
      pos = end + 1;
      // Names git wrote itself are plain; a crafted tree's `..` or `/` goes the long way and stays inside.
      let abs = `${top}/${stored}`;
      if (UNUSUAL_TREE_PATH.test(stored)) {
        abs = normalizePath(abs);
        if (!isWithin(this.topLevel, abs) || abs === this.topLevel) continue;
      }
      if (type === 0x74 /* tree */ || type === 0x63 /* commit */) {
        this.addDir(abs); // a submodule is an empty directory, as in a clone without --recursive
        continue;
      }
      if (type !== 0x62) continue;
      const slash = abs.lastIndexOf('/');
      const parentPath = slash === 0 ? '/' : abs.slice(0, slash);
      const parent = this.nodes.get(parentPath);
      (parent?.kind === 'dir' ? parent : this.addDir(parentPath)).names.add(abs.slice(slash + 1));
      if (linkMode) {
        this.nodes.set(abs, { kind: 'link', target: oid });
        links.push(abs);
      } else {
        if (size < 0 || !HEX_ID.test(oid)) throw new GitError(`unexpected git ls-tree output: ${JSON.stringify(stored.slice(0, 120))}`);
        this.nodes.set(abs, { kind: 'file', oid, size });
      }
    }
    this.readLinkTargets(links);
  }

  /** Link targets are blobs too; read them now (they are tiny) so that paths resolve. */
  private readLinkTargets(paths: string[]): void {
    const links = paths.map((p): [string, TreeNode | undefined] => [p, this.nodes.get(p)]).filter((e): e is [string, { kind: 'link'; target: string }] => e[1]?.kind === 'link');
    if (links.length === 0) return;
    this.hasLinks = true;
    const oids = links.map(([, n]) => n.target);
    const contents = this.catFile(oids, oids.length * 4096);
    for (const [path, node] of links) {
      const bytes = contents.get(node.target);
      node.target = bytes ? new TextDecoder().decode(bytes) : '/.gitops-gate-missing-link-target';
      this.nodes.set(path, node);
    }
  }

  /** The donor's bytes for an unchanged file (undefined: read it out of git). */
  private fromDonor(path: string): Uint8Array | undefined {
    if (!this.donor || this.donor.changed.has(path)) return undefined;
    try {
      return this.donor.fs.readBytes(path);
    } catch {
      return undefined;
    }
  }

  /** The files git reported changed against the head given to `openBase` (absolute), if there is one. */
  changedFiles(): ReadonlySet<string> | undefined {
    return this.donor?.changed;
  }

  /**
   * Whether a file holds the same bytes here as in the head given to `openBase` (git reported no
   * change to it); false when there is no such tree or the file is not in this one.
   */
  sameAsDonor(path: string): boolean {
    if (!this.donor) return false;
    const real = this.resolve(path);
    return !this.donor.changed.has(real) && this.nodes.get(real)?.kind === 'file';
  }

  /** Text: the donor's, kept decoded there, for an unchanged file. */
  readText(path: string): string {
    const real = this.resolve(path);
    if (this.donor && !this.donor.changed.has(real) && this.nodes.get(real)?.kind === 'file') {
      try {
        return readText(this.donor.fs, real);
      } catch {
        // fall through to the tree's own bytes
      }
    }
    return utf8.decode(this.readBytes(path));
  }

  /** Manifests under repoRoot, in one batch: the reads every render makes anyway. */
  private readEagerBlobs(): void {
    const wanted = new Map<string, number>();
    let total = 0;
    for (const [path, node] of this.nodes) {
      if (node.kind !== 'file' || node.size > EAGER_FILE_BYTES || wanted.has(node.oid)) continue;
      if (!isWithin(this.repoRoot, path) || !EAGER_NAME.test(path.slice(path.lastIndexOf('/') + 1))) continue;
      if (total + node.size > EAGER_TOTAL_BYTES) continue; // the rest is read on demand
      wanted.set(node.oid, node.size);
      total += node.size;
    }
    if (wanted.size === 0) return;
    for (const [oid, bytes] of this.catFile([...wanted.keys()], total)) this.blobs.set(oid, bytes);
  }

  /** Reads `oid` (the file at `path`) together with the unread readable files of its directory. */
  private readBatch(path: string, oid: string): void {
    const dir = path.slice(0, path.lastIndexOf('/')) || '/';
    const wanted = new Map<string, number>([[oid, (this.nodes.get(path) as { size: number }).size]]);
    let total = wanted.get(oid)!;
    const parent = this.nodes.get(dir);
    if (parent?.kind === 'dir') {
      for (const name of parent.names) {
        const node = this.nodes.get(dir === '/' ? `/${name}` : `${dir}/${name}`);
        if (node?.kind !== 'file' || node.size > MAX_FILE_BYTES || this.blobs.has(node.oid) || wanted.has(node.oid)) continue;
        if (total + node.size > LAZY_BATCH_BYTES) continue;
        wanted.set(node.oid, node.size);
        total += node.size;
      }
    }
    for (const [id, bytes] of this.catFile([...wanted.keys()], total)) this.blobs.set(id, bytes);
  }

  /** One `git cat-file --batch` for all of `oids`; objects the clone lacks are left out of the result. */
  private catFile(oids: string[], expectedBytes: number): Map<string, Uint8Array> {
    this.processes++;
    const r = runGit(this.repoRoot, ['cat-file', '--batch'], { input: `${oids.join('\n')}\n`, maxBuffer: catFileBuffer(oids.length, expectedBytes) });
    if (r.status !== 0) throw new GitError(`git cat-file failed in ${this.repoRoot}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
    return parseCatFileBatch(r.stdout);
  }
}

/** The number written in `text` between `from` and `to`, spaces around it allowed; -1 when there is none. */
function decimal(text: string, from: number, to: number): number {
  let n = 0;
  let digits = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      if (digits > 0) return -1;
      continue;
    }
    if (c < 0x30 || c > 0x39 || digits > 15) return -1;
    n = n * 10 + (c - 0x30);
    digits++;
  }
  return digits > 0 ? n : -1;
}

/** How many files, and bytes, a base reads ahead: a pull request's changes, not a whole rewrite. */
const PREFETCH_MAX_FILES = 2_000;
const PREFETCH_MAX_BYTES = 32 * 1024 * 1024;
/** Room for `git cat-file --batch`'s answer: the objects and a header line each. */
function catFileBuffer(objects: number, expectedBytes: number): number {
  return expectedBytes + objects * 128 + 1024 * 1024;
}

/** Room for the read-ahead's answer, set before git is told which files: the most it may be asked for. */
const PREFETCH_BUFFER = catFileBuffer(PREFETCH_MAX_FILES, PREFETCH_MAX_BYTES);

/** `git cat-file --batch` output → object id → bytes; objects the clone lacks are left out. */
function parseCatFileBatch(out: Buffer): Map<string, Uint8Array> {
  const result = new Map<string, Uint8Array>();
  let pos = 0;
  while (pos < out.length) {
    const eol = out.indexOf(0x0a, pos);
    if (eol < 0) break;
    const header = out.subarray(pos, eol).toString('utf8');
    pos = eol + 1;
    const m = /^([0-9a-f]+) (\w+) (\d+)$/.exec(header);
    if (!m) continue; // `<oid> missing`: a partial clone without the blob
    const size = Number(m[3]);
    // Copy out of the big buffer so that one kept file does not pin every other file's bytes.
    result.set(m[1]!, new Uint8Array(out.subarray(pos, pos + size)));
    pos += size + 1;
  }
  return result;
}

/** `git ls-tree` of a whole commit, recursive, with trees and blob sizes. */
function listTree(repoRoot: string, commit: string): string {
  return listingText(runGit(repoRoot, LIST_TREE_ARGS(commit), { maxBuffer: LIST_TREE_MAX_BUFFER }), commit);
}

/** listTree, while this process goes on. */
async function listTreeInBackground(repoRoot: string, commit: string): Promise<string> {
  return listingText(await runGitInBackground(repoRoot, LIST_TREE_ARGS(commit), { maxBuffer: LIST_TREE_MAX_BUFFER, spool: true }), commit);
}

const LIST_TREE_ARGS = (commit: string) => ['ls-tree', '-r', '-t', '-z', '--long', '--full-tree', commit];
const LIST_TREE_MAX_BUFFER = 1024 * 1024 * 1024;

function listingText(r: GitResult, commit: string): string {
  if (r.status !== 0) throw new GitError(`cannot list the tree of ${commit.slice(0, 12)}: ${r.stderr.trim().split('\n')[0] ?? ''}`);
  return r.stdout.toString('utf8');
}

/** Where the repository's top level sits for a work-tree directory `root` at `prefix` (`examples/homelab/`). */
function topLevelOf(root: string, prefix: string): string {
  const trimmed = prefix.replace(/\/+$/, '');
  const depth = trimmed === '' ? 0 : trimmed.split('/').length;
  return normalizePath(root + '/..'.repeat(depth));
}

/** A commit's tree as the base of a change (check-change.ts), with what git knows is unchanged. */
export function baseRevision(fs: GitRevisionFileSystem, ref: string): BaseRevision {
  const changed = fs.changedFiles();
  return { fs, ref, commit: fs.commit, unchanged: (path) => fs.sameAsDonor(path), ...(changed ? { changed } : {}), holdsSymlinks: fs.holdsSymlinks, ready: () => fs.ready() };
}
