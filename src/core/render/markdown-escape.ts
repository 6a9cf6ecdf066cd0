/**
 * Putting strangers' text (messages quoting manifests, file names, branch names) into GitHub markdown so it
 * reads literally and cannot break the document around it: no HTML (`</details>`, `<script>`), no table
 * split by `|`, no code span or fence closed early by backticks, no line break that ends a list item, no
 * `@mention` that pings someone.
 */

/** Characters that would start markdown syntax inline; backslash-escaped (CommonMark allows it for all ASCII punctuation). */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/;

/**
 * `text` as inline markdown that renders as exactly that text, on one line: line breaks become `<br>`,
 * other control characters a space; `maxLength` (code points of the source text) cuts it with `…`.
 * Safe inside a table cell (the `|` is escaped) and inside a list item.
 */
export function escapeInline(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const source = truncate(text.replace(/\r\n?/g, '\n').trim(), maxLength);
  let out = '';
  let prev = '';
  for (const ch of source) {
    if (ch === '\n') out += '<br>';
    else if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (MARKDOWN_PUNCTUATION.test(ch)) out += `\\${ch}`;
    // A zero-width space after `@` keeps "@org/team" readable but not a mention GitHub would notify.
    else if (ch === '@' && !/[\p{L}\p{N}_]/u.test(prev)) out += '@&#8203;';
    else if (/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/.test(ch)) out += ' ';
    else out += ch;
    prev = ch;
  }
  return out;
}

/** The longest run of consecutive backticks in `text` (0 when there is none). */
export function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * `text` as a code span: delimited by one backtick more than its longest backtick run, padded with a space
 * where CommonMark would otherwise eat or merge an edge backtick or space. Line breaks become spaces (a code
 * span is one line here). Not for table cells: a `|` in a code span splits a GFM table row; use escapeInline.
 */
export function codeSpan(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  const content = truncate(text, maxLength)
    .replace(/\r\n?/g, '\n')
    .replace(/[\n\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  if (content === '') return escapeInline(text);
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/**
 * A fenced code block holding `content` verbatim: the fence is at least three backticks and longer than any
 * backtick run inside, so no line of the content can close it. `info` (e.g. `diff`) loses anything that
 * would end the info string. Ends with a newline.
 */
export function codeFence(content: string, info = ''): string {
  const body = content.replace(/\r\n?/g, '\n');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(body) + 1));
  const safeInfo = info.replace(/[`\r\n]/g, '');
  return `${fence}${safeInfo}\n${body}${body === '' || body.endsWith('\n') ? '' : '\n'}${fence}\n`;
}

/** `text` cut to at most `max` code points (never inside a surrogate pair), with `…` when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/** Text for raw HTML (a `<summary>`): entities for markup characters, one line, no @mention. */
export function escapeHtml(text: string, maxLength = Number.POSITIVE_INFINITY): string {
  let out = '';
  let prev = '';
  for (const ch of truncate(text, maxLength)) {
    if (ch === '&') out += '&amp;';
    else if (ch === '<') out += '&lt;';
    else if (ch === '>') out += '&gt;';
    else if (ch === '"') out += '&quot;';
    else if (ch === "'") out += '&#39;';
    else if (ch === '@' && !/[\p{L}\p{N}_]/u.test(prev)) out += '@&#8203;';
    else if (/[\u0000-\u001f\u007f\u2028\u2029]/.test(ch)) out += ' ';
    else out += ch;
    prev = ch;
  }
  return out;
}
