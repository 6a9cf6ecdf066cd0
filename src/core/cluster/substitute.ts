import { isJsonObject, type JsonValue } from '../model/json.ts';

const VAR = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([=-])([^}]*))?\}/g;

/**
 * Flux's post-build variable substitution: `${name}`, `${name:=default}`, `${name:-default}` in string
 * values. A variable with neither a value nor a default is left as written, so validation sees the
 * placeholder rather than an invented empty value. Returns the names that stayed unresolved.
 */
export function substituteVariables(value: JsonValue, vars: Record<string, string>, unresolved: Set<string>): JsonValue {
  if (typeof value === 'string') {
    if (!value.includes('${')) return value;
    const whole = /^\$\{[^}]*\}$/.test(value);
    const out = value.replace(VAR, (match, name: string, op: string | undefined, fallback: string | undefined) => {
      if (Object.prototype.hasOwnProperty.call(vars, name)) {
        const v = vars[name]!;
        if (v === '' && op !== undefined) return fallback ?? '';
        return v;
      }
      if (op !== undefined) return fallback ?? '';
      unresolved.add(name);
      return match;
    });
    // Flux substitutes in the YAML text, so `replicas: ${n}` becomes the number, not the string, "3".
    return whole && out !== value ? retype(out) : out;
  }
  if (Array.isArray(value)) return value.map((v) => substituteVariables(v, vars, unresolved));
  if (isJsonObject(value)) {
    for (const k of Object.keys(value)) value[k] = substituteVariables(value[k]!, vars, unresolved);
    return value;
  }
  return value;
}

function retype(text: string): JsonValue {
  if (/^-?(0|[1-9][0-9]*)$/.test(text)) return Number(text);
  if (/^-?(0|[1-9][0-9]*)\.[0-9]+$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text;
}
