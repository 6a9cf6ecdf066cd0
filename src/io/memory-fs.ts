import { FsError, type FileStat, type FileSystem } from '../core/ports.ts';
import { normalizePath } from '../core/path.ts';

/**
 * A FileSystem held in memory: test fixtures, and the tree of a git revision once read.
 * Directories exist implicitly as the parents of files; `addDir` creates an empty one.
 */
export class MemoryFileSystem implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Map<string, Set<string>>([['/', new Set()]]);

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.writeFile(path, content);
  }

  writeFile(path: string, content: string | Uint8Array): this {
    const p = normalizePath(path.startsWith('/') ? path : `/${path}`);
    if (this.dirs.has(p)) throw new FsError(`${p} is a directory`, p, 'EISDIR');
    this.files.set(p, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    this.linkParents(p);
    return this;
  }

  addDir(path: string): this {
    const p = normalizePath(path.startsWith('/') ? path : `/${path}`);
    if (!this.dirs.has(p)) this.dirs.set(p, new Set());
    this.linkParents(p);
    return this;
  }

  private linkParents(p: string): void {
    let child = p;
    while (child !== '/') {
      const i = child.lastIndexOf('/');
      const parent = i === 0 ? '/' : child.slice(0, i);
      let entries = this.dirs.get(parent);
      if (!entries) {
        entries = new Set();
        this.dirs.set(parent, entries);
      }
      entries.add(child.slice(i + 1));
      child = parent;
    }
  }

  stat(path: string): FileStat | undefined {
    const p = normalizePath(path);
    const file = this.files.get(p);
    if (file) return { kind: 'file' };
    if (this.dirs.has(p)) return { kind: 'dir' };
    return undefined;
  }

  readBytes(path: string): Uint8Array {
    const p = normalizePath(path);
    const file = this.files.get(p);
    if (file) return file;
    if (this.dirs.has(p)) throw new FsError(`${p} is a directory, not a file`, p, 'EISDIR');
    throw new FsError(`${p}: no such file`, p, 'ENOENT');
  }

  readDir(path: string): string[] {
    const p = normalizePath(path);
    const entries = this.dirs.get(p);
    if (!entries) {
      if (this.files.has(p)) throw new FsError(`${p} is a file, not a directory`, p, 'ENOTDIR');
      throw new FsError(`${p}: no such directory`, p, 'ENOENT');
    }
    return [...entries].sort();
  }

  realPath(path: string): string {
    return normalizePath(path);
  }
}
