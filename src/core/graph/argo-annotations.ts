import type { Resource } from '../kustomize/resource.ts';
import { isJsonObject, type JsonValue } from '../model/json.ts';
import type { SyncPhase } from './model.ts';

export const SYNC_WAVE = 'argocd.argoproj.io/sync-wave';
export const HOOK = 'argocd.argoproj.io/hook';
export const SYNC_OPTIONS = 'argocd.argoproj.io/sync-options';
const HELM_HOOK = 'helm.sh/hook';
const HELM_HOOK_WEIGHT = 'helm.sh/hook-weight';

const ARGO_HOOKS: readonly SyncPhase[] = ['PreSync', 'Sync', 'PostSync', 'SyncFail', 'PostDelete', 'Skip'];

/** Helm hooks Argo CD runs, and the phase it runs them in; the others it ignores (never applies). */
const HELM_HOOK_PHASES: Record<string, SyncPhase> = {
  'crd-install': 'Sync',
  'pre-install': 'PreSync',
  'pre-upgrade': 'PreSync',
  'post-install': 'PostSync',
  'post-upgrade': 'PostSync',
  'post-delete': 'PostDelete',
};

export interface ArgoSyncInfo {
  wave: number;
  /** The sync-wave text when Argo CD cannot read it as an integer (it then silently uses 0). */
  invalidWave?: string;
  phase: SyncPhase;
  invalidHooks?: string[];
  syncOptions: string[];
}

const INT64_MAX = 9223372036854775807n;

/**
 * Reads a resource's place in an Argo CD sync as Argo CD does: `sync-wave` parsed like Go's strconv.Atoi
 * (an unreadable value silently falls back to the helm hook weight, else 0 — hence `wave/invalid`), the
 * hook annotation before helm's, comma-separated sync options.
 */
export function readArgoSyncInfo(r: Resource): ArgoSyncInfo {
  const a = r.annotations();
  const out: ArgoSyncInfo = { wave: 0, phase: 'Sync', syncOptions: splitList(a[SYNC_OPTIONS]) };

  const helmWeight = parseAtoi(a[HELM_HOOK_WEIGHT]);
  const waveValue = a[SYNC_WAVE];
  if (waveValue !== undefined) {
    const wave = parseAtoi(waveValue);
    if (wave === undefined) {
      out.invalidWave = typeof waveValue === 'string' ? waveValue : JSON.stringify(waveValue);
      out.wave = helmWeight ?? 0;
    } else out.wave = wave;
  } else if (helmWeight !== undefined) out.wave = helmWeight;

  const hookValue = a[HOOK];
  if (hookValue !== undefined) {
    const hooks = typeof hookValue === 'string' ? hookValue.split(',').map((h) => h.trim()) : [JSON.stringify(hookValue)];
    const known = hooks.filter((h): h is SyncPhase => (ARGO_HOOKS as readonly string[]).includes(h));
    const unknown = hooks.filter((h) => !(ARGO_HOOKS as readonly string[]).includes(h));
    if (unknown.length > 0) out.invalidHooks = unknown;
    out.phase = firstOrderedPhase(known) ?? (known.length > 0 ? known[0]! : 'Sync');
    return out;
  }
  const helmHook = a[HELM_HOOK];
  if (typeof helmHook === 'string' && helmHook.trim() !== '') {
    const phases = helmHook
      .split(',')
      .map((h) => HELM_HOOK_PHASES[h.trim()])
      .filter((p): p is SyncPhase => p !== undefined);
    out.phase = firstOrderedPhase(phases) ?? (phases.length > 0 ? phases[0]! : 'Skip');
  }
  return out;
}

/** A resource that is hook for several phases is first applied in the earliest of them. */
function firstOrderedPhase(phases: SyncPhase[]): SyncPhase | undefined {
  for (const p of ['PreSync', 'Sync', 'PostSync'] as const) if (phases.includes(p)) return p;
  return undefined;
}

/** Go's strconv.Atoi on a 64-bit platform: optional sign, decimal digits, no spaces. */
export function parseAtoi(value: JsonValue | undefined): number | undefined {
  if (typeof value !== 'string' || !/^[+-]?\d+$/.test(value)) return undefined;
  const n = BigInt(value);
  if (n > INT64_MAX || n < -INT64_MAX - 1n) return undefined;
  return Number(n);
}

/** `a=b, c=d` → ['a=b', 'c=d']. */
export function splitList(value: JsonValue | undefined): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** An Application's `spec.syncPolicy.syncOptions`. */
export function applicationSyncOptions(app: Resource): string[] {
  const spec = app.obj.spec;
  const policy = isJsonObject(spec) ? spec.syncPolicy : undefined;
  const opts = isJsonObject(policy) ? policy.syncOptions : undefined;
  return Array.isArray(opts) ? opts.filter((o): o is string => typeof o === 'string').map((o) => o.trim()) : [];
}

export function hasSyncOption(options: readonly string[], option: string): boolean {
  return options.some((o) => o.replace(/\s+/g, '').toLowerCase() === `${option}=true`.toLowerCase());
}

/** The namespace an Application deploys to. */
export function destinationNamespace(app: Resource): string {
  const spec = app.obj.spec;
  const dest = isJsonObject(spec) ? spec.destination : undefined;
  const ns = isJsonObject(dest) ? dest.namespace : undefined;
  return typeof ns === 'string' ? ns : '';
}
