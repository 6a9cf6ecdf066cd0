/**
 * Incremental renders of a pull request's base. Every directory render of the head records what it asked
 * the FileSystem (stat, read, list, real path of each path). At the base, a render of the same work item
 * whose recorded questions all get the same answers from the base tree would produce exactly what the
 * head's render produced — the engine is deterministic and reads nothing but its FileSystem — so that
 * result is reused instead of rendered again. What a change touches is found by asking, not guessed: a
 * render that listed a directory a file was added to, or read a file that changed, renders again.
 */
import { FsError, type FileSystem } from '../ports.ts';
import type { FsQuestions } from '../recording-fs.ts';
import type { ClusterResource } from './model.ts';
import type { SameAnswers, ScanRecord } from '../discover/scan.ts';
import type { Finding } from '../model/finding.ts';
import type { Environment } from '../discover.ts';
import type { JsonObject } from '../model/json.ts';
import type { AlikeAnswers, RecordedWalk } from './walk-certificate.ts';

/** What a render emitted besides its resources, in order, to be replayed where it is reused. */
export type RenderEvent =
  | { kind: 'finding'; finding: Finding }
  /** Said once per environment: `key` dedupes it across renders, as at the first render. */
  | { kind: 'once'; key: string; finding: Finding };

export interface RecordedRender {
  questions: FsQuestions;
  /**
   * The object (Application, Flux Kustomization) that asked for the render, when one did: a render is
   * reused only for an equal one. Kept apart from the key because it is large, and because at a base its
   * parent's render is usually reused, so it is the very same object and compares without serialising.
   */
  spec?: JsonObject;
  /** As the render returned them (those without an owner copied: the environment may credit them to one afterwards). */
  resources: ClusterResource[];
  events: RenderEvent[];
}

/** The head's renders of each environment, by work-item key and asking object, and its walk of the repository. */
export class RenderMemo {
  /** Environment → work-item key (all of the item but the asking object) → the renders made under it. */
  private readonly byEnvironment = new Map<string, Map<string, RecordedRender[]>>();
  /** Every question each environment's render asked, its renders' and those between them. */
  private readonly environmentQuestions = new Map<string, FsQuestions>();
  /** The discovery walk (scanRepo) and the file summaries it made: a base reuses what it answers alike. */
  scan?: ScanRecord;
  /** The environments discovered in the scan's tree: a base whose scan is the head's has the same. */
  environments?: Environment[];
  /**
   * Given by a pull request whose base is being opened while the head is checked: what the base answers
   * alike, made from the head's walk (walk-certificate.ts) as soon as both the walk and the base are ready.
   * The renders after it write down only the questions it cannot answer.
   */
  certify?: (walk: RecordedWalk, head: FileSystem) => Promise<AlikeAnswers | undefined>;
  /** What `certify` made. */
  alike?: AlikeAnswers;

  /**
   * Renders recorded with their keys still to be worked out, by environment: at the base, an environment
   * taken whole never looks its renders up, so most keys would be serialised for nothing.
   */
  private readonly unkeyed = new Map<string, [() => string, RecordedRender][]>();

  /** Keeps a render under its key, or under a key worked out when the environment's renders are first looked up. */
  record(environment: string, key: string | (() => string), render: RecordedRender): void {
    if (typeof key === 'function') {
      let waiting = this.unkeyed.get(environment);
      if (!waiting) this.unkeyed.set(environment, (waiting = []));
      waiting.push([key, render]);
      return;
    }
    this.rendersOf(environment); // those waiting were recorded first: they stay first
    let renders = this.byEnvironment.get(environment);
    if (!renders) {
      renders = new Map();
      this.byEnvironment.set(environment, renders);
    }
    const same = renders.get(key);
    if (same) same.push(render);
    else renders.set(key, [render]);
  }

  recordEnvironment(environment: string, questions: FsQuestions): void {
    this.environmentQuestions.set(environment, questions);
  }

  /** What the whole render of an environment asked: a tree that answers all of it alike renders it alike. */
  questionsOf(environment: string): FsQuestions | undefined {
    return this.environmentQuestions.get(environment);
  }

  /** How many renders are recorded for one environment. */
  countOf(environment: string): number {
    let n = this.unkeyed.get(environment)?.length ?? 0;
    for (const renders of this.byEnvironment.get(environment)?.values() ?? []) n += renders.length;
    return n;
  }

  /** Everything recorded for one environment (to send to another thread). */
  entriesOf(environment: string): [string, RecordedRender][] {
    return [...(this.rendersOf(environment) ?? [])].flatMap(([key, renders]) => renders.map((r): [string, RecordedRender] => [key, r]));
  }

  /** Takes renders recorded elsewhere (another thread) for one environment. */
  add(environment: string, entries: Iterable<[string, RecordedRender]>): void {
    for (const [key, render] of entries) this.record(environment, key, render);
  }

  /** The render recorded under `key` for an equal asking object (or none, for both). */
  get(environment: string, key: string, spec?: JsonObject): RecordedRender | undefined {
    return this.rendersOf(environment)?.get(key)?.find((r) => sameSpec(r.spec, spec));
  }

  /** One environment's renders by key, the keys of those waiting for one worked out first (in recording order). */
  private rendersOf(environment: string): Map<string, RecordedRender[]> | undefined {
    const waiting = this.unkeyed.get(environment);
    if (waiting) {
      this.unkeyed.delete(environment);
      for (const [key, render] of waiting) this.record(environment, key(), render);
    }
    return this.byEnvironment.get(environment);
  }
}

/** The same object, or objects that serialise alike (a base whose parent rendered again holds copies). */
function sameSpec(a: JsonObject | undefined, b: JsonObject | undefined): boolean {
  if (a === b) return true;
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether two trees answer questions alike, each answer compared once: the same kind for a stat, the same
 * bytes (or the same failure) for a read, the same names for a listing, the same real path.
 */
export class TreeComparison implements SameAnswers {
  /** Each question's verdict, by kind then path: asked once whatever number of renders asked it. */
  private readonly answers = {
    kind: new Map<string, boolean>(),
    real: new Map<string, boolean>(),
    list: new Map<string, boolean>(),
    read: new Map<string, boolean>(),
  };
  /** Each recorded set of questions' verdict, whole (its included sets too). */
  private readonly judged = new WeakMap<FsQuestions, boolean>();

  constructor(
    private readonly from: FileSystem,
    private readonly to: FileSystem,
    /**
     * Files known to hold the same bytes in both trees without reading them (what `git diff` did not
     * report, for a base read beside its working tree): their kind, real path and bytes are the same.
     */
    private readonly knownSame: (path: string) => boolean = () => false,
    /**
     * The files whose bytes may differ (absolute), when the trees know: every other file either tree
     * holds as a file in both is `knownSame`. Lets discovery check a few files instead of all of them.
     */
    private readonly possiblyChanged?: ReadonlySet<string>,
    /** What the two trees are known to answer alike without asking (walk-certificate.ts). */
    private readonly alike?: AlikeAnswers,
  ) {}

  /** Whether a directory's names the walk looks at are known to be the same in both trees (false: unknown). */
  walkListsAlike(dir: string): boolean {
    return this.alike?.walkedListings.has(dir) ?? false;
  }

  changedFiles(): Iterable<string> | undefined {
    return this.possiblyChanged;
  }

  /**
   * True when every question gets the same answer from both trees, those it includes too. Each set of
   * questions is judged once: a base build's is included by a render in every environment that copied it,
   * and each render's by its environment's.
   */
  sameAnswers(q: FsQuestions): boolean {
    let same = this.judged.get(q);
    if (same === undefined) {
      same = this.ownAnswersAlike(q) && q.included.every((inner) => this.sameAnswers(inner));
      this.judged.set(q, same);
    }
    return same;
  }

  private ownAnswersAlike(q: FsQuestions): boolean {
    for (const p of q.stats) if (!this.kind(p)) return false;
    for (const p of q.realPaths) if (!this.realPath(p)) return false;
    for (const p of q.lists) if (!this.list(p)) return false;
    for (const p of q.reads) if (!this.bytes(p)) return false;
    return true;
  }

  /**
   * Whether the path is a file, a directory or nothing alike in both trees (all a stat tells). Asked of
   * every entry of the repository: compared directly, which costs no more than asking `knownSame`, and
   * without `verdict`'s closure on this hottest of the questions.
   */
  kind(path: string): boolean {
    if (this.alike?.entries.has(path)) return true;
    let same = this.answers.kind.get(path);
    if (same === undefined) {
      const asked = this.from.stat(path);
      same = !!this.alike?.stat(path, asked) || (asked?.kind ?? 'none') === (this.to.stat(path)?.kind ?? 'none');
      this.answers.kind.set(path, same);
    }
    return same;
  }

  realPath(path: string): boolean {
    if (this.alike?.entries.has(path)) return true;
    return this.verdict(this.answers.real, path, () => this.knownSame(path) || realPathOf(this.from, path) === realPathOf(this.to, path));
  }

  /** Listings are compared even for known files: `knownSame` speaks of a file's bytes, not of a directory. */
  list(path: string): boolean {
    if (this.alike?.listings.has(path)) return true;
    const names = (fs: FileSystem) => attempt(() => fs.readDir(path).join('\0'));
    return this.verdict(this.answers.list, path, () => names(this.from) === names(this.to));
  }

  bytes(path: string): boolean {
    if (this.alike?.entries.has(path)) return true;
    return this.verdict(this.answers.read, path, () => {
      if (this.knownSame(path)) return true;
      // Both trees know their blob ids (a git tree, a working tree that hashes): no bytes to compare.
      const ids = [this.from.blobId?.(path), this.to.blobId?.(path)];
      if (ids[0] !== undefined && ids[1] !== undefined) return ids[0] === ids[1];
      const a = readOrFailure(this.from, path);
      const b = readOrFailure(this.to, path);
      return typeof a === 'string' || typeof b === 'string' ? a === b : equalBytes(a, b);
    });
  }

  /** One verdict per question, decided once by `decide`. */
  private verdict(answers: Map<string, boolean>, path: string, decide: () => boolean): boolean {
    let same = answers.get(path);
    if (same === undefined) {
      same = decide();
      answers.set(path, same);
    }
    return same;
  }
}

function realPathOf(fs: FileSystem, path: string): string {
  try {
    return fs.realPath(path);
  } catch (err) {
    // Not a path: the failure is the answer (no real path begins with a NUL).
    return err instanceof FsError ? `\0${err.code}` : '\0';
  }
}

function attempt(f: () => string): string {
  try {
    return `ok:${f()}`;
  } catch (err) {
    return err instanceof FsError ? `error:${err.code}` : 'error';
  }
}

function readOrFailure(fs: FileSystem, path: string): Uint8Array | string {
  try {
    return fs.readBytes(path);
  } catch (err) {
    return err instanceof FsError ? `error:${err.code}` : 'error';
  }
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}
