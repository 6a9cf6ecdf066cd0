import { readText, type FileStat, type FileSystem } from './ports.ts';

/** Bytes of file content kept per run at most; past it, files are read from the inner FileSystem again. */
const MAX_KEPT_BYTES = 512 * 1024 * 1024;

/**
 * Remembers what a FileSystem answered for stat, readDir, realPath and text reads during one run. A check renders the
 * same directories for several environments and follows Applications into them again; the tree does not
 * change under a run, so asking the disk once is enough.
 */
export class CachingFileSystem implements FileSystem {
  private readonly stats = new Map<string, FileStat | undefined>();
  private readonly dirs = new Map<string, string[]>();
  private readonly reals = new Map<string, string>();
  private readonly texts = new Map<string, string>();
  private readonly ids = new Map<string, string>();
  private keptBytes = 0;

  constructor(private readonly inner: FileSystem) {}

  stat(path: string): FileStat | undefined {
    let known = this.stats.get(path);
    // Nothing at the path is remembered too (undefined), hence the second look.
    if (known === undefined && !this.stats.has(path)) {
      known = this.inner.stat(path);
      this.stats.set(path, known);
    }
    return known;
  }

  readBytes(path: string): Uint8Array {
    return this.inner.readBytes(path);
  }

  /** Text is kept: environments that build the same base read it once. */
  readText(path: string): string {
    let text = this.texts.get(path);
    if (text === undefined) {
      text = readText(this.inner, path);
      if (this.keptBytes + text.length <= MAX_KEPT_BYTES) {
        this.texts.set(path, text);
        this.keptBytes += text.length;
      }
    }
    return text;
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
    if (!this.inner.blobId) return undefined;
    let id = this.ids.get(path);
    if (id === undefined) {
      id = this.inner.blobId(path) ?? '';
      this.ids.set(path, id);
    }
    return id === '' ? undefined : id;
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
