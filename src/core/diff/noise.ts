/**
 * Noise: labels and annotations that change on every chart bump or config edit without changing what runs
 * (`helm.sh/chart: web-1.2.3`, `app.kubernetes.io/version`, `checksum/config` on a pod template). When the
 * diff ignores noise, such a key whose value differs between base and head is dropped from both sides before
 * the YAML is compared, wherever a `metadata` map holds it (the resource's, a pod template's); the caller
 * counts the diff lines that disappear and says so. Selectors are never touched: a changed selector label is
 * a real change.
 */
import { isJsonObject, jsonEqual, type JsonObject, type JsonValue } from '../model/json.ts';

export interface NoiseRule {
  /** Which map of a `metadata` object. */
  map: 'labels' | 'annotations';
  /** The key, or a prefix ending in `*` (`checksum/*`). */
  key: string;
}

export const DEFAULT_NOISE_RULES: readonly NoiseRule[] = [
  { map: 'labels', key: 'helm.sh/chart' },
  { map: 'labels', key: 'app.kubernetes.io/version' },
  { map: 'annotations', key: 'checksum/*' },
];

/** Whether a label or annotation key is noise under `rules`. */
export function isNoiseKey(map: NoiseRule['map'], key: string, rules: readonly NoiseRule[] = DEFAULT_NOISE_RULES): boolean {
  return rules.some((r) => r.map === map && (r.key.endsWith('*') ? key.startsWith(r.key.slice(0, -1)) : key === r.key));
}

/**
 * Drops, in place, every noise key whose value differs between the two trees (present on one side only
 * counts as differing). Returns how many keys it dropped. Pass copies: the trees are mutated.
 */
export function stripNoise(base: JsonValue, head: JsonValue, rules: readonly NoiseRule[] = DEFAULT_NOISE_RULES): number {
  if (rules.length === 0) return 0;
  return walk(base, head, rules);
}

function walk(base: JsonValue, head: JsonValue, rules: readonly NoiseRule[]): number {
  let dropped = 0;
  if (Array.isArray(base) && Array.isArray(head)) {
    for (let i = 0; i < Math.min(base.length, head.length); i++) dropped += walk(base[i]!, head[i]!, rules);
    return dropped;
  }
  if (!isJsonObject(base) || !isJsonObject(head)) return 0;
  for (const key of Object.keys(head)) {
    if (!Object.prototype.hasOwnProperty.call(base, key)) continue;
    const b = base[key]!;
    const h = head[key]!;
    if (key === 'metadata' && isJsonObject(b) && isJsonObject(h)) {
      dropped += dropNoise(b, h, 'labels', rules) + dropNoise(b, h, 'annotations', rules);
    }
    dropped += walk(b, h, rules);
  }
  return dropped;
}

function dropNoise(base: JsonObject, head: JsonObject, map: NoiseRule['map'], rules: readonly NoiseRule[]): number {
  const b = Object.prototype.hasOwnProperty.call(base, map) ? base[map] : undefined;
  const h = Object.prototype.hasOwnProperty.call(head, map) ? head[map] : undefined;
  if (!isJsonObject(b) && !isJsonObject(h)) return 0;
  const bm = isJsonObject(b) ? b : {};
  const hm = isJsonObject(h) ? h : {};
  let dropped = 0;
  for (const key of new Set([...Object.keys(bm), ...Object.keys(hm)])) {
    if (!isNoiseKey(map, key, rules)) continue;
    const bv = Object.prototype.hasOwnProperty.call(bm, key) ? bm[key] : undefined;
    const hv = Object.prototype.hasOwnProperty.call(hm, key) ? hm[key] : undefined;
    if (jsonEqual(bv, hv)) continue;
    delete bm[key];
    delete hm[key];
    dropped++;
  }
  if (dropped === 0) return 0;
  // A map left empty by the drop on one side only would show as a changed `labels: {}` line.
  if (isJsonObject(b) && Object.keys(b).length === 0 && !(isJsonObject(h) && Object.keys(h).length > 0)) delete base[map];
  if (isJsonObject(h) && Object.keys(h).length === 0 && !(isJsonObject(b) && Object.keys(b).length > 0)) delete head[map];
  return dropped;
}
