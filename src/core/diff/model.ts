/**
 * The rendered difference between two revisions, per environment and per resource: what `gitops-gate diff`
 * prints and the PR comment shows. Values only; the renderers (src/core/render/diff-*.ts) format it.
 */
import type { DiffHunk } from './line-diff.ts';
import type { SecretKeyChange } from './secrets.ts';

export type ResourceChange = 'added' | 'removed' | 'changed';

/** The identity a resource is matched by across revisions: no apiVersion version, so a version bump is a change. */
export interface ResourceKey {
  group: string;
  kind: string;
  /** '' for a cluster-scoped resource. */
  namespace: string;
  name: string;
}

export interface ResourceDiff extends ResourceKey {
  change: ResourceChange;
  /** The head's apiVersion (the base's for a removed resource). */
  apiVersion: string;
  /** The base's name when it differs: a generated ConfigMap/Secret whose hash suffix changed. */
  previousName?: string;
  /** Repo-relative entrypoint whose render produced it (head's, base's for a removed resource). */
  entrypoint?: string;
  /** The unified diff of the YAML (Secret values redacted, noise dropped when ignored), 3 lines of context. */
  hunks: DiffHunk[];
  addedLines: number;
  removedLines: number;
  /** Changed lines left out by the noise rules. */
  hiddenNoiseLines: number;
  /** Per-key changes of Secret data/stringData, compared by hash; values never included. */
  secretKeys: SecretKeyChange[];
  /** Diff lines left out because the diff passed the per-resource cap. */
  truncatedLines: number;
  /** The line diff hit its time bound: the changed middle is one removal and one addition, not minimal. */
  approximate: boolean;
}

export interface EnvironmentDiff {
  environment: string;
  /** Where the environment exists: discovered at both revisions, or only at one. */
  presentIn: 'both' | 'base' | 'head';
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  /** Resources that differ only in noise (hidden when noise is ignored, so not counted as changed). */
  noiseOnly: number;
  /** Changed lines hidden by the noise rules, in changed and noise-only resources together. */
  hiddenNoiseLines: number;
  /**
   * Render errors at one revision and not at the other: the resources they failed to render may show as
   * spuriously added (errors only at the base) or removed (only at the head).
   */
  renderErrors: { base: number; head: number };
  /** Added, changed and removed resources, in a stable order (namespace, kind, name, group). */
  resources: ResourceDiff[];
}

export interface DiffOptions {
  /** Drop the default noise (chart-version labels, checksum annotations) and count the hidden lines. */
  ignoreNoise: boolean;
  /** Most diff lines kept per resource (default 20,000); the rest is counted in `truncatedLines`. */
  maxLinesPerResource?: number;
}

export function diffTotals(diffs: readonly EnvironmentDiff[]): { added: number; changed: number; removed: number } {
  return diffs.reduce((t, d) => ({ added: t.added + d.added, changed: t.changed + d.changed, removed: t.removed + d.removed }), {
    added: 0,
    changed: 0,
    removed: 0,
  });
}

/** A revision the diff compares, as the user named it and as git resolved it. */
export interface DiffRevision {
  /** What the user passed (`main`, `origin/main`), or `working tree`. */
  ref: string;
  /** The full commit id; absent for the working tree. */
  commit?: string;
}

/** What the renderers say about where the two sides came from. */
export interface DiffSides {
  /** The merge-base of the requested base and the head. */
  base: DiffRevision;
  head: DiffRevision;
}

/** `main (1a2b3c4)`, `working tree`. */
export function revisionLabel(r: DiffRevision): string {
  return r.commit ? `${r.ref} (${r.commit.slice(0, 7)})` : r.ref;
}
