/** Kubernetes versions as the schema sets name them: "1.31" in config, "v1.31.6" or "master" on disk. */

export interface KubernetesVersion {
  major: number;
  minor: number;
  /** Undefined when only major.minor was given. */
  patch?: number;
}

/** Parses "1.31", "v1.31.6"; undefined for "master"/"latest" and anything else. */
export function parseKubernetesVersion(text: string): KubernetesVersion | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!m) return undefined;
  const version: KubernetesVersion = { major: Number(m[1]), minor: Number(m[2]) };
  if (m[3] !== undefined) version.patch = Number(m[3]);
  return version;
}

/** Whether `text` means "the newest" rather than a numbered release. */
export function isNewestVersion(text: string): boolean {
  return text === '' || text === 'master' || text === 'latest';
}

/** Compares major.minor only: API availability changes between minors, never between patches. */
export function compareMinor(a: KubernetesVersion, b: KubernetesVersion): number {
  return a.major - b.major || a.minor - b.minor;
}

/**
 * Picks the schema directory for a target version among what a location has (`v1.31.6`, `master`, …, the
 * `-standalone-strict` suffix already removed): an exact patch when asked for and present; else the newest
 * patch of the same minor; `master` when the target is newer than every numbered directory (or is "master");
 * and for a target between or below the numbered ones, the closest newer minor — a schema one minor off is
 * more useful than none, and API removals are reported by their own check.
 */
export function pickVersionDir(target: string, dirs: readonly string[]): string | undefined {
  const numbered = dirs
    .map((name) => ({ name, version: parseKubernetesVersion(name) }))
    .filter((d): d is { name: string; version: KubernetesVersion } => d.version !== undefined && d.name.startsWith('v'));
  const master = dirs.includes('master') ? 'master' : undefined;
  const wanted = parseKubernetesVersion(target);
  if (!wanted) return master ?? newest(numbered)?.name;

  if (wanted.patch !== undefined) {
    const exact = numbered.find((d) => d.version.minor === wanted.minor && d.version.major === wanted.major && d.version.patch === wanted.patch);
    if (exact) return exact.name;
  }
  const sameMinor = numbered.filter((d) => compareMinor(d.version, wanted) === 0);
  if (sameMinor.length > 0) return newest(sameMinor)!.name;
  const newestDir = newest(numbered);
  if (!newestDir || compareMinor(wanted, newestDir.version) > 0) return master ?? newestDir?.name;
  const newer = numbered.filter((d) => compareMinor(d.version, wanted) > 0);
  return oldest(newer)!.name;
}

/** The version as kubeconform templates spell it: "v1.31.0" for "1.31", "v1.31.6", or "master". */
export function normalizedKubernetesVersion(target: string): string {
  const v = parseKubernetesVersion(target);
  if (!v) return 'master';
  return `v${v.major}.${v.minor}.${v.patch ?? 0}`;
}

function newest<T extends { version: KubernetesVersion }>(list: T[]): T | undefined {
  let best: T | undefined;
  for (const d of list) if (!best || comparePatch(d.version, best.version) > 0) best = d;
  return best;
}

function oldest<T extends { version: KubernetesVersion }>(list: T[]): T | undefined {
  let best: T | undefined;
  for (const d of list) if (!best || comparePatch(d.version, best.version) < 0) best = d;
  return best;
}

function comparePatch(a: KubernetesVersion, b: KubernetesVersion): number {
  return compareMinor(a, b) || (a.patch ?? 0) - (b.patch ?? 0);
}
