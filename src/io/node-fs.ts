import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { createHash } from 'node:crypto';
import { FsError, MAX_FILE_BYTES, type FileStat, type FileSystem } from '../core/ports.ts';
import { directoryAndName } from '../core/path.ts';

/**
 * The working tree on disk. Paths are absolute; symlinks are followed by stat and exposed by realPath.
 * What each path is (for those that are not symlinks, as a directory listing or an lstat told it) and
 * the real paths of directories are remembered for the life of the instance (one run): a walk that lists
 * a directory then asks about each entry costs one system call per directory, not one per entry, and a
 * real path costs no walk of every ancestor.
 */
export class NodeFileSystem implements FileSystem {
  /** Paths known not to be symlinks, with their kind. */
  private readonly kinds = new Map<string, FileStat['kind']>();
  private readonly realDirs = new Map<string, string>();
  /** The names of each directory listed whole: a name not among them is not there (see `absent`). */
  private readonly listings = new Map<string, Set<string>>();
  /** Whether the disk tells names apart by case; undefined until a listing lets it be asked. */
  private caseSensitive: boolean | undefined;

  stat(path: string): FileStat | undefined {
    const known = this.kinds.get(path);
    if (known) return { kind: known };
    if (this.absent(path)) return undefined;
    try {
      // A missing path answers without building an exception (kustomization.yml probes).
      let s = fs.lstatSync(path, { throwIfNoEntry: false });
      if (s?.isSymbolicLink()) s = fs.statSync(path, { throwIfNoEntry: false });
      else this.note(path, s);
      if (s?.isDirectory()) return { kind: 'dir' };
      if (s?.isFile()) return { kind: 'file' };
      return undefined;
    } catch {
      return undefined;
    }
  }

  readBytes(path: string): Uint8Array {
    let fd: number;
    try {
      fd = fs.openSync(path, 'r');
    } catch {
      throw new FsError(`${path}: no such file`, path, 'ENOENT');
    }
    try {
      // Size from the open file itself: the limit holds even if the file is swapped after a stat.
      const s = fs.fstatSync(fd);
      if (s.isDirectory()) throw new FsError(`${path} is a directory, not a file`, path, 'EISDIR');
      if (s.size > MAX_FILE_BYTES) {
        throw new FsError(`${path} is ${s.size} bytes, over the ${MAX_FILE_BYTES}-byte limit for a manifest`, path, 'ETOOBIG');
      }
      return readToEnd(fd, s.size, path);
    } catch (err) {
      if (err instanceof FsError) throw err;
      throw new FsError(`${path}: ${(err as Error).message}`, path, 'EIO');
    } finally {
      fs.closeSync(fd);
    }
  }

  /** Git's id of the file's bytes (sha1 of `blob <size>\0<bytes>`), as a git tree would name the same content. */
  blobId(path: string): string | undefined {
    try {
      return gitBlobId(this.readBytes(path));
    } catch {
      return undefined;
    }
  }

  readDir(path: string): string[] {
    try {
      const entries = fs.readdirSync(path, { withFileTypes: true });
      const prefix = path.endsWith('/') ? path : `${path}/`;
      for (const e of entries) this.note(prefix + e.name, e);
      const names = entries.map((e) => e.name).sort();
      this.listings.set(prefix.length > 1 ? prefix.slice(0, -1) : prefix, new Set(names));
      if (this.caseSensitive === undefined) this.caseSensitive = tellsCaseApart(prefix, names);
      return names;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT';
      throw new FsError(`${path}: not a readable directory`, path, code);
    }
  }

  realPath(path: string): string {
    const parent = nodePath.dirname(path);
    if (parent === path) return path;
    if (!this.kinds.has(path)) {
      const s = this.absent(path) ? undefined : lstatOrUndefined(path);
      if (s?.isSymbolicLink()) {
        try {
          return fs.realpathSync.native(path);
        } catch {
          // A dangling or looping link: it stays where it is.
        }
      } else this.note(path, s);
      // A missing path has no links to resolve below the first missing component: only its parent has.
    }
    return nodePath.join(this.realDirectory(parent), nodePath.basename(path));
  }

  /**
   * Whether a path is known to be missing without asking the disk: its directory was listed and does not
   * hold the name. Kustomize asks for three kustomization file names in every directory and two are never
   * there. Only on a disk that tells case apart: one that does not would find `Deployment.yaml` as
   * `deployment.yaml`, and so must be asked, as kustomize asks it.
   */
  private absent(path: string): boolean {
    if (this.caseSensitive !== true) return false;
    const at = directoryAndName(path);
    if (!at) return false;
    const names = this.listings.get(at.dir);
    return names !== undefined && !names.has(at.name);
  }

  /** Remembers the kind of a path known not to be a symlink; symlinks and untyped entries are asked again. */
  private note(path: string, entry: fs.Stats | fs.Dirent | undefined): void {
    if (entry?.isFile()) this.kinds.set(path, 'file');
    else if (entry?.isDirectory()) this.kinds.set(path, 'dir');
  }

  private realDirectory(dir: string): string {
    let real = this.realDirs.get(dir);
    if (real === undefined) {
      real = this.realPath(dir);
      this.realDirs.set(dir, real);
    }
    return real;
  }
}

/**
 * Whether the disk holding a listed directory tells names apart by case: a name of it spelled with its
 * case flipped, and not listed so, is looked for. Undefined while no name has a letter to flip.
 */
function tellsCaseApart(prefix: string, names: readonly string[]): boolean | undefined {
  const listed = new Set(names);
  for (const name of names) {
    // ASCII letters only: other scripts' case rules (ß, dotless ı) are not every disk's.
    const flipped = name.replace(/[a-zA-Z]/g, (c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()));
    if (flipped === name || listed.has(flipped)) continue;
    return lstatOrUndefined(prefix + flipped) === undefined;
  }
  return undefined;
}

/**
 * An open file's bytes, as readFileSync reads them but without its second stat: the `size` bytes the stat
 * said (a file that grows meanwhile is read as it was), or until the end when the stat says 0 (a pipe or
 * a /proc file), at most the manifest limit.
 */
function readToEnd(fd: number, size: number, path: string): Uint8Array {
  if (size > 0) {
    const buf = Buffer.allocUnsafeSlow(size);
    let length = 0;
    while (length < size) {
      const n = fs.readSync(fd, buf, length, size - length, null);
      if (n === 0) break;
      length += n;
    }
    return length === size ? buf : buf.subarray(0, length);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafeSlow(64 * 1024);
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    total += n;
    if (total > MAX_FILE_BYTES) throw new FsError(`${path} is over the ${MAX_FILE_BYTES}-byte limit for a manifest`, path, 'ETOOBIG');
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}

function lstatOrUndefined(path: string): fs.Stats | undefined {
  try {
    return fs.lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** The id git gives a blob with these bytes. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
