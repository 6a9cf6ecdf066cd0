/**
 * kustomize's env-file syntax (configMapGenerator/secretGenerator `envs:`), which is simpler than a shell's:
 * - lines end at "\n", and a "\r" before it is dropped;
 * - a UTF-8 byte order mark is dropped from the first line only;
 * - leading whitespace is dropped; then an empty line or one starting with "#" is skipped;
 * - the key is everything before the first "=", the value everything after it, both kept verbatim: no
 *   trimming of trailing spaces, no quote removal, no `export` handling, no inline comments;
 * - a line without "=" is a key with the empty value;
 * - keys are not validated (the validator kubectl's kustomize uses accepts anything);
 * - a line of 64 KiB or more ends the file silently (Go's line scanner gives up there and kustomize does
 *   not check its error), so later lines are ignored.
 */

export interface EnvPair {
  key: string;
  value: string;
}

/** Thrown for a line that is not valid UTF-8; `line` is 1-based. */
export class EnvFileError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'EnvFileError';
  }
}

/** Go's bufio.Scanner refuses tokens this long. */
const MAX_LINE_BYTES = 64 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function parseEnvFile(bytes: Uint8Array): EnvPair[] {
  const pairs: EnvPair[] = [];
  let start = 0;
  let lineNo = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    const hasNewline = end >= 0;
    if (!hasNewline) end = bytes.length;
    if (end - start >= MAX_LINE_BYTES) break;
    let lineEnd = end;
    if (lineEnd > start && bytes[lineEnd - 1] === 0x0d) lineEnd--;
    const pair = parseLine(bytes.subarray(start, lineEnd), lineNo);
    if (pair) pairs.push(pair);
    lineNo++;
    start = hasNewline ? end + 1 : end;
  }
  return pairs;
}

function parseLine(raw: Uint8Array, lineIndex: number): EnvPair | undefined {
  let text: string;
  try {
    text = strictUtf8.decode(raw);
  } catch {
    throw new EnvFileError(`line ${lineIndex + 1} has invalid UTF-8 bytes: [${[...raw].join(' ')}]`, lineIndex + 1);
  }
  if (lineIndex === 0 && text.startsWith('\uFEFF')) text = text.slice(1);
  text = trimGoSpaceLeft(text);
  if (text === '' || text.startsWith('#')) return undefined;
  const eq = text.indexOf('=');
  return eq < 0 ? { key: text, value: '' } : { key: text.slice(0, eq), value: text.slice(eq + 1) };
}

/** Go's unicode.IsSpace; unlike JS's \s it does not include U+FEFF. */
export function isGoSpace(cp: number): boolean {
  if (cp <= 0xff) return cp === 0x20 || (cp >= 0x09 && cp <= 0x0d) || cp === 0x85 || cp === 0xa0;
  return (
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x2028 ||
    cp === 0x2029 ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000
  );
}

function trimGoSpaceLeft(s: string): string {
  let i = 0;
  while (i < s.length && isGoSpace(s.charCodeAt(i))) i++;
  return s.slice(i);
}
