/**
 * The `format`s the schema check enforces, as the API server reads them (Go's strfmt and apimachinery), not
 * as JSON Schema's own vocabulary defines them. Formats not listed here are not checked: a format the
 * validator does not know must never fail a manifest the cluster accepts.
 */

export interface FormatCheck {
  type: 'string' | 'number';
  validate(value: string | number): boolean;
}

const GO_DURATION = /^[-+]?(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/;
// ISO 8601 durations ("P1DT2H", "PT30S", "P2W"), which strfmt accepts too.
const ISO_DURATION = /^P(?!$)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/i;
// strfmt's own spelling: "3 days", "1 hour", "15m".
const STRFMT_DURATION = /^\d+\s*(?:ns|us|µs|ms|s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|wk|wks|weeks?)$/i;

/** RFC 3339 as strfmt parses it: a space for the `T`, and a missing zone or seconds, are accepted too. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

export function isIPv4(text: string): boolean {
  const parts = text.split('.');
  return parts.length === 4 && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

export function isIPv6(text: string): boolean {
  // Accept an embedded IPv4 tail by replacing it with two hex groups.
  let t = text;
  const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(t);
  if (v4) {
    if (!isIPv4(v4[1]!)) return false;
    t = t.slice(0, v4.index) + ':0:0';
  }
  if (!/^[0-9A-Fa-f:]+$/.test(t) || t.includes(':::')) return false;
  const halves = t.split('::');
  if (halves.length > 2) return false;
  const groups = halves.flatMap((h) => (h === '' ? [] : h.split(':')));
  if (groups.some((g) => !/^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? groups.length < 8 : groups.length === 8;
}

function isCidr(text: string): boolean {
  const slash = text.lastIndexOf('/');
  if (slash < 0) return false;
  const ip = text.slice(0, slash);
  const bits = text.slice(slash + 1);
  if (!/^\d{1,3}$/.test(bits)) return false;
  if (isIPv4(ip)) return Number(bits) <= 32;
  return isIPv6(ip) && Number(bits) <= 128;
}

/**
 * The API server's int32 and int64 ranges. Past 2^53 a parsed number holds the nearest double, and 2^63−1
 * (the largest int64) and 2^63 are the same double: a value at or above it is refused — the limit itself,
 * written out in full, is refused with it, the one value this cannot tell apart.
 */
function isInt(value: string | number, bits: 32 | 64): boolean {
  if (typeof value !== 'number') return true;
  if (!Number.isInteger(value)) return false;
  if (bits === 32) return value >= -2147483648 && value <= 2147483647;
  return value >= -9223372036854775808 && value < 9223372036854775808;
}

export const KUBERNETES_FORMATS: Record<string, FormatCheck> = {
  'date-time': { type: 'string', validate: (v) => DATE_TIME.test(String(v)) },
  datetime: { type: 'string', validate: (v) => DATE_TIME.test(String(v)) },
  date: { type: 'string', validate: (v) => DATE.test(String(v)) },
  duration: {
    type: 'string',
    validate: (v) => {
      const s = String(v);
      return s === '0' || GO_DURATION.test(s) || ISO_DURATION.test(s) || STRFMT_DURATION.test(s);
    },
  },
  // Go's base64 decoder skips line breaks.
  byte: { type: 'string', validate: (v) => BASE64.test(String(v).replace(/[\r\n]/g, '')) },
  int32: { type: 'number', validate: (v) => isInt(v, 32) },
  int64: { type: 'number', validate: (v) => isInt(v, 64) },
  ipv4: { type: 'string', validate: (v) => isIPv4(String(v)) },
  ipv6: { type: 'string', validate: (v) => isIPv6(String(v)) },
  cidr: { type: 'string', validate: (v) => isCidr(String(v)) },
  uuid: { type: 'string', validate: (v) => UUID.test(String(v)) },
};
