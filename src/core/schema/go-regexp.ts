/**
 * Schema `pattern`s are written for Go's RE2 (the API server and the CRD authors' tests use it), not for
 * JavaScript. This turns the RE2 spellings that JS lacks into JS ones; a pattern that still does not
 * compile becomes a pattern that accepts everything, because a check that cannot be run must not fail a
 * user's valid manifest.
 */

/** What ajv's `code.regExp` option expects: (pattern, flags) → an object with `test`. */
export interface RegExpEngine {
  (pattern: string, flags: string): { test(text: string): boolean };
  code: string;
}

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

/** A regex that accepts everything: the stand-in for a pattern JS cannot run. */
const ANYTHING = { test: (_text: string) => true };

/** Translates an RE2 pattern; `flags` collects the inline flags that JS can only apply to the whole regex. */
export function translateGoRegExp(pattern: string): { source: string; flags: string } {
  let out = '';
  const flags = new Set<string>();
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) {
        out += '\\\\';
        continue;
      }
      if (next === 'Q') {
        // \Q…\E: everything between is literal.
        const end = pattern.indexOf('\\E', i + 2);
        const literal = end < 0 ? pattern.slice(i + 2) : pattern.slice(i + 2, end);
        out += literal.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
        i = end < 0 ? pattern.length : end + 1;
        continue;
      }
      if ((next === 'p' || next === 'P') && /[A-Za-z]/.test(pattern[i + 2] ?? '')) {
        // RE2's one-letter class \pL is \p{L} in JS.
        out += `\\${next}{${pattern[i + 2]}}`;
        i += 2;
        continue;
      }
      const named = /^\\([pP])\{\^?([A-Za-z_]+)\}/.exec(pattern.slice(i));
      if (named) {
        // RE2 names scripts bare (\p{Greek}); JS wants \p{Script=Greek}. One or two letters are categories.
        const negate = named[0].includes('{^') !== (named[1] === 'P');
        const name = named[2]!.length > 2 ? `Script=${named[2]}` : named[2];
        out += `\\${negate ? 'P' : 'p'}{${name}}`;
        i += named[0].length - 1;
        continue;
      }
      if (!inClass && next === 'A') out += '^';
      else if (!inClass && next === 'z') out += '$';
      else out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === '[' && pattern[i + 1] === ':') {
        const end = pattern.indexOf(':]', i + 2);
        const name = end < 0 ? '' : pattern.slice(i + 2, end);
        const negated = name.startsWith('^');
        const range = POSIX_CLASSES[negated ? name.slice(1) : name];
        // A negated POSIX class inside a class has no JS spelling; give up on the pattern.
        if (range === undefined || negated) throw new SyntaxError(`unsupported class [:${name}:]`);
        out += range;
        i = end + 1;
        continue;
      }
      if (c === ']') inClass = false;
      out += c;
      continue;
    }
    if (c === '[') {
      inClass = true;
      out += c;
      // A leading ']' (or '^]') is a literal in RE2; JS needs it escaped.
      if (pattern[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (pattern[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      const flagGroup = /^\(\?([imsU]*)(?:-([imsU]*))?(\)|:)/.exec(pattern.slice(i));
      if (flagGroup && (flagGroup[1] || flagGroup[2])) {
        for (const f of flagGroup[1] ?? '') if (f !== 'U') flags.add(f);
        // `(?flags)` vanishes; `(?flags:…)` stays as a plain non-capturing group.
        out += flagGroup[3] === ':' ? '(?:' : '';
        i += flagGroup[0].length - 1;
        continue;
      }
      if (pattern.startsWith('(?P<', i)) {
        out += '(?<';
        i += 3;
        continue;
      }
    }
    out += c;
  }
  // Ungreedy mode only changes which match is found, not whether one exists: `test` is unaffected.
  return { source: out, flags: [...flags].sort().join('') };
}

/** Compiles an RE2 pattern for `test`; never throws. */
export function compileGoRegExp(pattern: string, flags = ''): { test(text: string): boolean } {
  try {
    const translated = translateGoRegExp(pattern);
    const all = [...new Set([...flags, ...translated.flags])].join('');
    // \p{…} classes need the unicode flag, which in turn rejects escapes RE2 allows: use it only for them.
    if (/\\[pP]\{/.test(translated.source)) {
      try {
        return new RegExp(translated.source, `${all}u`);
      } catch {
        // fall through to the plain flags
      }
    }
    return new RegExp(translated.source, all);
  } catch {
    return ANYTHING;
  }
}

/** The engine to give ajv: every schema pattern goes through the RE2 translation. */
export const goRegExpEngine: RegExpEngine = Object.assign((pattern: string, flags: string) => compileGoRegExp(pattern, flags), {
  code: 'goRegExp',
});
