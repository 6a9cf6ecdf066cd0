/**
 * kustomize does not keep a folded block scalar (`>`) as YAML defines it. kyaml remembers the style, prints
 * the resource again with go-yaml v3 and reads that text back; v3's folded writer checks "is the next line
 * more indented?" at the start of the string instead of after the break, so a line break before a
 * more-indented line gains an extra blank line, and the value read back has one more "\n" there. This
 * reproduces that round trip so the values match what `kustomize build` prints.
 */

import { Composer, isMap, isScalar, Parser } from 'yaml';
import { analyzeScalar } from './emitter.ts';

const isBreak = (c: string): boolean => c === '\n' || c === '\r' || c === '\x85' || c === '\u2028' || c === '\u2029';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** The value of a `>` scalar after kustomize's print-and-read-back. */
export function refoldLikeKustomize(value: string): string {
  // Only a break followed by a blank-led line is affected, and only when the text itself starts with no blank.
  if (!/\n[ \t]/.test(value)) return value;
  let first = 0;
  while (first < value.length && isBreak(value[first]!)) first++;
  if (isBlank(value[first]) || first >= value.length) return value;
  // Text that no block style can hold is printed double-quoted instead, which reads back exactly.
  // (go-yaml v3, unlike v2, lets tabs into block scalars.)
  if (!analyzeScalar(value.replaceAll('\t', 'x')).blockAllowed) return value;

  // go-yaml v3's write_folded_scalar, without the width folding (which reads back unchanged).
  const n = value.length;
  let header = '>';
  if (value[0] === ' ' || isBreak(value[0]!)) header += '2';
  if (!isBreak(value[n - 1]!)) header += '-';
  else if (n === 1 || isBreak(value[n - 2]!)) header += '+';
  let body = '';
  let breaks = true;
  let leadingSpaces = true;
  for (const c of value) {
    if (isBreak(c)) {
      if (!breaks && !leadingSpaces && c === '\n') body += '\n';
      body += c;
      breaks = true;
    } else {
      if (breaks) {
        body += '  ';
        leadingSpaces = isBlank(c);
      }
      body += c;
      breaks = false;
    }
  }
  const text = `v: ${header}\n${body}`;
  const [doc] = Array.from(new Composer({ schema: 'failsafe' }).compose(new Parser().parse(text)));
  const contents = doc?.contents;
  if (!doc || doc.errors.length > 0 || !isMap(contents)) return value;
  const read = contents.items[0]?.value;
  return isScalar(read) && typeof read.source === 'string' ? read.source : value;
}
