/**
 * Numbers as `kustomize build` prints them. kustomize marshals each resource to JSON (Go encoding/json) and
 * sigs.k8s.io/yaml reads that JSON back with go-yaml v2, which types a number by its text: digits only → an
 * int64/uint64, printed as is; anything else (a fraction, an exponent, an integer out of 64-bit range) → a
 * float64, printed with Go's strconv.FormatFloat(f, 'g', -1, 64).
 */

const INT64_MIN = -(2 ** 63);
const UINT64_LIMIT = 2 ** 64;

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) {
    // encoding/json refuses these ("json: unsupported value"); the parser never produces them.
    throw new Error(`cannot print ${n}: JSON has no such number`);
  }
  if (Number.isInteger(n) && n >= INT64_MIN && n < UINT64_LIMIT) {
    // Below 1e21 JavaScript prints integers in full, as encoding/json does.
    return Object.is(n, -0) ? '0' : String(n);
  }
  return formatGoFloatG(n);
}

/** Go's strconv.FormatFloat(n, 'g', -1, 64): shortest digits, exponent form when the decimal exponent is below -4 or 6 and above. */
export function formatGoFloatG(n: number): string {
  const [mantissa, expText] = n.toExponential().split('e') as [string, string];
  const exp = Number(expText);
  // With the shortest precision Go decides on an "eprec" of 6 (not 21 as JavaScript does).
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    const digits = String(Math.abs(exp)).padStart(2, '0');
    return `${mantissa}e${sign}${digits}`;
  }
  // In this range JavaScript prints the same shortest digits in positional form.
  return String(n);
}
