import type { FileStat, FileSystem } from './ports.ts';

/**
 * Remembers what a FileSystem answered for stat, readDir and realPath during one run. A check renders the
 * same directories for several environments and follows Applications into them again; the tree does not
 * change under a run, so asking the disk once is enough.
 */
export class CachingFileSystem implements FileSystem {
  private readonly stats = new Map<string, FileStat | undefined>();
  private readonly dirs = new Map<string, string[]>();
  private readonly reals = new Map<string, string>();

  constructor(private readonly inner: FileSystem) {}

  stat(path: string): FileStat | undefined {
    if (!this.stats.has(path)) this.stats.set(path, this.inner.stat(path));
    return this.stats.get(path);
  }

  readBytes(path: string): Uint8Array {
    return this.inner.readBytes(path);
  }

  readDir(path: string): string[] {
    let names = this.dirs.get(path);
    if (!names) {
      names = this.inner.readDir(path);
      this.dirs.set(path, names);
    }
    return [...names];
  }

  blobId(path: string): string | undefined {
    return this.inner.blobId?.(path);
  }

  realPath(path: string): string {
    let real = this.reals.get(path);
    if (real === undefined) {
      real = this.inner.realPath(path);
      this.reals.set(path, real);
    }
    return real;
  }
}
