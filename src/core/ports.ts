/**
 * The only IO surface of the core. The Kustomize engine, discovery and checks read files through a
 * FileSystem so the same code renders the working tree, an in-memory fixture or a git revision.
 *
 * Paths are absolute POSIX paths ("/repo/apps/web/kustomization.yaml"). Implementations are synchronous:
 * every implementation keeps or reaches its bytes cheaply (disk, memory, a preloaded git tree), and a
 * synchronous engine is simpler and faster than one that awaits every read.
 */
export interface FileSystem {
  /** What is at `path`, after following symlinks; undefined when nothing is there. */
  stat(path: string): FileStat | undefined;
  /** The bytes of a file. Throws FsError when it is missing or not a file. */
  readBytes(path: string): Uint8Array;
  /** Names (not paths) of the entries of a directory, sorted. Throws FsError when it is not a directory. */
  readDir(path: string): string[];
  /**
   * The path with every symlink resolved, used to enforce load restrictions: a symlink that leaves the
   * build root must not let the engine read outside it. Implementations without symlinks return `path`.
   */
  realPath(path: string): string;
  /**
   * Optional: the git blob id of the file's content, when the implementation knows it cheaply (a git tree
   * holds it; a working tree can hash what it reads). Two files with the same id have the same bytes, so
   * comparing two trees need not read both.
   */
  blobId?(path: string): string | undefined;
  /**
   * Optional: the file as UTF-8 text, for implementations that keep it (a run reads a shared base once per
   * environment that builds it; decoding it once is enough). Same errors as readBytes.
   */
  readText?(path: string): string;
}

/** What a path is. Only the kind: nothing decides on a size before reading, where the limit is enforced. */
export interface FileStat {
  kind: 'file' | 'dir';
}

export class FsError extends Error {
  constructor(
    message: string,
    readonly path: string,
    readonly code: 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'ETOOBIG' | 'EIO',
  ) {
    super(message);
    this.name = 'FsError';
  }
}

/** Largest file the engine reads; a bigger file is hostile or a mistake, never a manifest. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: false });

/** Reads a file as UTF-8 text (through the FileSystem's own text when it keeps one). */
export function readText(fs: FileSystem, path: string): string {
  return fs.readText ? fs.readText(path) : utf8.decode(fs.readBytes(path));
}
