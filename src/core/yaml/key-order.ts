/**
 * The order go-yaml v2 gives map keys (its `keyList.Less`), which is what `kustomize build` prints: letters
 * compare by code point, a non-letter sorts before a letter, and runs of digits compare by numeric value
 * ("item2" < "item10"). Keys of JSON objects are always strings, so only the string rules are needed.
 */

const LETTER = /^\p{L}$/u;
const DIGIT = /^\p{Nd}$/u;

function isLetter(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return LETTER.test(String.fromCodePoint(cp));
}

function isDigit(cp: number): boolean {
  if (cp < 0x80) return cp >= 0x30 && cp <= 0x39;
  return DIGIT.test(String.fromCodePoint(cp));
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/**
 * Go accumulates a digit run into an int64 (`n*10 + (r - '0')`, wrapping on overflow, even for non-ASCII
 * digits); BigInt reproduces that exactly.
 */
function digitRun(cps: number[], start: number, initial: bigint): { value: bigint; end: number } {
  let value = initial;
  let end = start;
  while (end < cps.length && isDigit(cps[end]!)) {
    value = BigInt.asIntN(64, value * 10n + BigInt(cps[end]! - 0x30));
    end++;
  }
  return { value, end };
}

function less(ar: number[], br: number[]): boolean {
  const n = Math.min(ar.length, br.length);
  for (let i = 0; i < n; i++) {
    const a = ar[i]!;
    const b = br[i]!;
    if (a === b) continue;
    const al = isLetter(a);
    const bl = isLetter(b);
    if (al && bl) return a < b;
    if (al || bl) return bl;
    // A zero only counts as a digit of a number already under way (a preceding non-zero digit in `a`).
    let initial = 0n;
    if (a === 0x30 || b === 0x30) {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]!); j--) {
        if (ar[j] !== 0x30) {
          initial = 1n;
          break;
        }
      }
    }
    const an = digitRun(ar, i, initial);
    const bn = digitRun(br, i, initial);
    if (an.value !== bn.value) return an.value < bn.value;
    if (an.end !== bn.end) return an.end < bn.end;
    return a < b;
  }
  return ar.length < br.length;
}

/** The keys of a map in the order go-yaml v2 prints them. */
export function sortKeysLikeGoYaml(keys: string[]): string[] {
  const decorated = keys.map((k) => ({ k, cps: codePoints(k) }));
  decorated.sort((x, y) => (less(x.cps, y.cps) ? -1 : less(y.cps, x.cps) ? 1 : 0));
  return decorated.map((d) => d.k);
}
