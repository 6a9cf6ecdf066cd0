/**
 * Parses shared by every build of a run. A monorepo's bases and components are read by every overlay of
 * every environment (and again for the PR's base revision), so each file is parsed once and later builds
 * get the stored result. Entries are keyed by path and exact text: a file that changed (another revision,
 * an edited fixture) is parsed again, so a stale parse can never be returned, and no one has to clear it.
 *
 * Builds modify the resources they make, so a stored parse is never handed to them: YAML documents come
 * back as fresh copies (copying a tree is many times cheaper than parsing its text). Callers that only
 * read — discovery, locating findings, decoded JSON 6902 operations — share the stored values as they are.
 */
import { cloneJson } from '../model/json.ts';
import { parseYamlDocuments, type YamlDocument } from '../yaml/parse.ts';

interface Entry<T> {
  text: string;
  value: T;
}

/** A bound on the text held (UTF-16 code units): far above any repository, well below a memory problem. */
const DEFAULT_MAX_CHARS = 64 * 1024 * 1024;
/**
 * Texts kept per path: the PR's base and head revisions, and the inline patches of one kustomization file
 * (stored under that file's path). Texts of different lengths compare in constant time.
 */
const VARIANTS_PER_PATH = 32;

export class ParseCache<T> {
  private readonly entries = new Map<string, Entry<T>[]>();
  private chars = 0;

  constructor(private readonly maxChars = DEFAULT_MAX_CHARS) {}

  /** The stored result for `file` with exactly `text`, else `parse()` stored. A parse that throws is not stored. */
  get(file: string, text: string, parse: () => T): T {
    const variants = this.entries.get(file);
    if (variants) {
      for (const e of variants) if (e.text === text) return e.value;
    }
    const value = parse();
    if (text.length > this.maxChars) return value;
    if (this.chars + text.length > this.maxChars) this.clear();
    const list = this.entries.get(file) ?? [];
    if (list.length >= VARIANTS_PER_PATH) this.chars -= list.shift()!.text.length;
    list.push({ text, value });
    this.entries.set(file, list);
    this.chars += text.length;
    return value;
  }

  clear(): void {
    this.entries.clear();
    this.chars = 0;
  }
}

const documents = new ParseCache<YamlDocument[]>();

/**
 * `parse(text, file)` once per path and text for the whole process; every call gets its own copy of the
 * documents, which it may modify freely. `variant` names parse options that change the result (a file
 * read both ways is stored once per way).
 */
export function parseDocumentsOnce(
  text: string,
  file: string,
  parse: (text: string, file: string) => YamlDocument[],
  variant = '',
): YamlDocument[] {
  return readDocumentsOnce(text, file, parse, variant).map((d) => ({ ...d, value: cloneJson(d.value) }));
}

/**
 * The stored documents themselves, for callers that only read them (discovery's summaries, locating a
 * finding, following kustomization entries): no copy. They must never be modified — every build would
 * get the change.
 */
export function readDocumentsOnce(
  text: string,
  file: string,
  parse: (text: string, file: string) => YamlDocument[],
  variant = '',
): readonly Readonly<YamlDocument>[] {
  return documents.get(variant ? `${file}\u0000${variant}` : file, text, () => parse(text, file));
}

/**
 * A kustomization file as builds read it (a later duplicate key wins, as in sigs.k8s.io/yaml), parsed once
 * per process: discovery and every build that reaches the file share one parse.
 */
export function parseKustomizationFileOnce(text: string, file: string): YamlDocument[] {
  return parseDocumentsOnce(text, file, parseKustomizationText, KUSTOMIZATION_VARIANT);
}

/** A kustomization file's stored documents, to read only (readDocumentsOnce). */
export function readKustomizationFileOnce(text: string, file: string): readonly Readonly<YamlDocument>[] {
  return readDocumentsOnce(text, file, parseKustomizationText, KUSTOMIZATION_VARIANT);
}

const KUSTOMIZATION_VARIANT = 'allow-duplicate-keys';

function parseKustomizationText(text: string, file: string): YamlDocument[] {
  return parseYamlDocuments(text, file, { allowDuplicateKeys: true });
}

/** Drops every stored parse (tests that measure parsing; memory-conscious callers between runs). */
export function clearParseCaches(): void {
  documents.clear();
  for (const c of registered) c.clear();
}

const registered: ParseCache<unknown>[] = [];

/** A cache for values its callers only read; cleared with the others by clearParseCaches. */
export function sharedParseCache<T>(): ParseCache<T> {
  const cache = new ParseCache<T>();
  registered.push(cache as ParseCache<unknown>);
  return cache;
}
