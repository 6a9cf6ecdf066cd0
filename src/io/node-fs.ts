import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { createHash } from 'node:crypto';
import { FsError, MAX_FILE_BYTES, type FileStat, type FileSystem } from '../core/ports.ts';

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

  stat(path: string): FileStat | undefined {
    const known = this.kinds.get(path);
    if (known) return { kind: known };
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
      return fs.readFileSync(fd);
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
      return entries.map((e) => e.name).sort();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT';
      throw new FsError(`${path}: not a readable directory`, path, code);
    }
  }

  realPath(path: string): string {
    const parent = nodePath.dirname(path);
    if (parent === path) return path;
    if (!this.kinds.has(path)) {
      const s = lstatOrUndefined(path);
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
