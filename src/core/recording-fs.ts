import { readText, type FileStat, type FileSystem } from './ports.ts';

/** The questions asked of a FileSystem, by kind, as absolute paths. */
export interface FsQuestions {
  stats: Set<string>;
  reads: Set<string>;
  lists: Set<string>;
  realPaths: Set<string>;
}

function noQuestions(): FsQuestions {
  return { stats: new Set(), reads: new Set(), lists: new Set(), realPaths: new Set() };
}

/**
 * Passes every call through and writes down the question: what a render read, so that another tree can be
 * asked the same (render-memo.ts), and what a base build read, so that a copy of it can be credited with
 * the same reads (kustomize/base-memo.ts).
 */
export class RecordingFileSystem implements FileSystem {
  readonly questions: FsQuestions = noQuestions();

  constructor(readonly inner: FileSystem) {}

  stat(path: string): FileStat | undefined {
    this.questions.stats.add(path);
    return this.inner.stat(path);
  }

  readBytes(path: string): Uint8Array {
    this.questions.reads.add(path);
    return this.inner.readBytes(path);
  }

  readText(path: string): string {
    this.questions.reads.add(path);
    return readText(this.inner, path);
  }

  readDir(path: string): string[] {
    this.questions.lists.add(path);
    return this.inner.readDir(path);
  }

  realPath(path: string): string {
    this.questions.realPaths.add(path);
    return this.inner.realPath(path);
  }

  /**
   * Writes down questions asked elsewhere as if asked here, and so does every recorder this one passes
   * calls to: what a reused result read is recorded where the result is used.
   */
  absorb(questions: FsQuestions): void {
    for (const kind of ['stats', 'reads', 'lists', 'realPaths'] as const) for (const path of questions[kind]) this.questions[kind].add(path);
    if (this.inner instanceof RecordingFileSystem) this.inner.absorb(questions);
  }
}

/** The FileSystem beneath any recorders: the one whose answers a recorder passes on. */
export function beneathRecorders(fs: FileSystem): FileSystem {
  let cur = fs;
  while (cur instanceof RecordingFileSystem) cur = cur.inner;
  return cur;
}
