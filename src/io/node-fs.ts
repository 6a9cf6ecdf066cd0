import * as fs from 'node:fs';
import * as nodePath from 'node:path';
import { createHash } from 'node:crypto';
import { FsError, MAX_FILE_BYTES, type FileStat, type FileSystem } from '../core/ports.ts';

/** The working tree on disk. Paths are absolute; symlinks are followed by stat and exposed by realPath. */
export class NodeFileSystem implements FileSystem {
  stat(path: string): FileStat | undefined {
    try {
      const s = fs.statSync(path);
      if (s.isDirectory()) return { kind: 'dir', size: 0 };
      if (s.isFile()) return { kind: 'file', size: s.size };
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
      return fs.readdirSync(path).sort();
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT';
      throw new FsError(`${path}: not a readable directory`, path, code);
    }
  }

  realPath(path: string): string {
    try {
      return fs.realpathSync.native(path);
    } catch {
      // A missing path has no links to resolve below the first missing component; resolve the parent.
      const parent = nodePath.dirname(path);
      if (parent === path) return path;
      return nodePath.join(this.realPath(parent), nodePath.basename(path));
    }
  }
}

/** The id git gives a blob with these bytes. */
export function gitBlobId(bytes: Uint8Array): string {
  return createHash('sha1').update(`blob ${bytes.byteLength}\0`).update(bytes).digest('hex');
}
