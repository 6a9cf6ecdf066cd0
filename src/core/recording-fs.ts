import { readText, type FileStat, type FileSystem } from './ports.ts';
import type { AlikeAnswers } from './cluster/walk-certificate.ts';

/**
 * The questions asked of a FileSystem, by kind, as absolute paths — and, shared rather than copied, the
 * questions of work done on this one's behalf (a render's base builds, an environment's renders): what a
 * tree must answer alike for the result to be the same is all of them (`everyQuestion`).
 */
export interface FsQuestions {
  stats: ReadonlySet<string>;
  reads: ReadonlySet<string>;
  lists: ReadonlySet<string>;
  realPaths: ReadonlySet<string>;
  included: FsQuestions[];
}

type QuestionKind = 'stats' | 'reads' | 'lists' | 'realPaths';

/**
 * No question of a kind: shared, and replaced by a set of the recorder's own at its first question. Most
 * recorders (one per render and per base build) ask nothing that a pull request's base does not answer
 * alike, so they write nothing down.
 */
const NONE: ReadonlySet<string> = new Set<string>();

function noQuestions(): FsQuestions {
  return { stats: NONE, reads: NONE, lists: NONE, realPaths: NONE, included: [] };
}

/**
 * Passes every call through and writes down the question: what a render read, so that another tree can be
 * asked the same (render-memo.ts), and what a base build read, so that a copy of it can be credited with
 * the same reads (kustomize/base-memo.ts).
 *
 * A recorder made over another one (a render's over its environment's, a base build's over the render's)
 * asks the FileSystem beneath both and is included in the other's questions: each question is written
 * down once however deep the nesting, and the other still holds all that was asked through it. Given what
 * the other tree is known to answer alike (walk-certificate.ts), it writes down only the other questions.
 */
export class RecordingFileSystem implements FileSystem {
  readonly questions: FsQuestions = noQuestions();
  /** Where calls go: beneath any recorders. */
  private readonly target: FileSystem;
  /**
   * The questions known to get the same answer from the tree the record is for (a pull request's base,
   * walk-certificate.ts): not written down, as asking them again could not tell anything.
   */
  private readonly alike: AlikeAnswers | undefined;

  constructor(
    readonly inner: FileSystem,
    alike?: AlikeAnswers,
  ) {
    this.target = beneathRecorders(inner);
    this.alike = inner instanceof RecordingFileSystem ? inner.alike : alike;
    if (inner instanceof RecordingFileSystem) inner.questions.included.push(this.questions);
  }

  stat(path: string): FileStat | undefined {
    const answer = this.target.stat(path);
    if (!this.alike?.stat(path, answer)) this.note('stats', path);
    return answer;
  }

  readBytes(path: string): Uint8Array {
    if (!this.alike?.entries.has(path)) this.note('reads', path);
    return this.target.readBytes(path);
  }

  readText(path: string): string {
    if (!this.alike?.entries.has(path)) this.note('reads', path);
    return readText(this.target, path);
  }

  readDir(path: string): string[] {
    if (!this.alike?.listings.has(path)) this.note('lists', path);
    return this.target.readDir(path);
  }

  realPath(path: string): string {
    if (!this.alike?.entries.has(path)) this.note('realPaths', path);
    return this.target.realPath(path);
  }

  private note(kind: QuestionKind, path: string): void {
    const asked = this.questions[kind];
    if (asked === NONE) this.questions[kind] = new Set([path]);
    else (asked as Set<string>).add(path);
  }

  /** Credits questions asked elsewhere (a base build that was copied here) as if asked here: shared, not copied. */
  absorb(questions: FsQuestions): void {
    this.questions.included.push(questions);
  }
}

/** The FileSystem beneath any recorders: the one whose answers a recorder passes on. */
export function beneathRecorders(fs: FileSystem): FileSystem {
  let cur = fs;
  while (cur instanceof RecordingFileSystem) cur = cur.inner;
  return cur;
}

/** Every question of `questions` and of what it includes, flattened into one set per kind. */
export function everyQuestion(questions: FsQuestions): Record<QuestionKind, Set<string>> {
  const out = { stats: new Set<string>(), reads: new Set<string>(), lists: new Set<string>(), realPaths: new Set<string>() };
  const seen = new Set<FsQuestions>();
  const pending = [questions];
  for (let q = pending.pop(); q; q = pending.pop()) {
    if (seen.has(q)) continue;
    seen.add(q);
    for (const kind of ['stats', 'reads', 'lists', 'realPaths'] as const) for (const path of q[kind]) out[kind].add(path);
    pending.push(...q.included);
  }
  return out;
}
