/**
 * The rendered diff: each environment's resources at the base against the same environment at the head.
 * Pure: models in, EnvironmentDiff[] out; the CLI renders the two revisions and a renderer formats the result.
 */
import type { ClusterResource, EnvironmentModel } from '../cluster/model.ts';
import { cloneJson, jsonEqual, type JsonObject } from '../model/json.ts';
import { stringifyYaml } from '../yaml/stringify.ts';
import { classifyFindings } from '../baseline.ts';
import { diffLines, splitLines, toHunks, type DiffHunk, type DiffLine } from './line-diff.ts';
import { matchResources, resourceKey } from './match.ts';
import type { DiffOptions, EnvironmentDiff, ResourceChange, ResourceDiff } from './model.ts';
import { stripNoise } from './noise.ts';
import { redactSecrets } from './secrets.ts';

export const DEFAULT_MAX_LINES_PER_RESOURCE = 20_000;

/**
 * Pairs environments by name (the head's order, then those only the base has) and diffs each. An environment
 * at one revision only is all added or all removed.
 */
export function diffEnvironments(base: readonly EnvironmentModel[], head: readonly EnvironmentModel[], options: DiffOptions): EnvironmentDiff[] {
  const baseByName = new Map(base.map((m) => [m.config.name, m]));
  const headNames = new Set(head.map((m) => m.config.name));
  const out: EnvironmentDiff[] = [];
  for (const h of head) out.push(diffEnvironment(h.config.name, baseByName.get(h.config.name), h, options));
  for (const b of base) if (!headNames.has(b.config.name)) out.push(diffEnvironment(b.config.name, b, undefined, options));
  return out;
}

function diffEnvironment(name: string, base: EnvironmentModel | undefined, head: EnvironmentModel | undefined, options: DiffOptions): EnvironmentDiff {
  const env: EnvironmentDiff = {
    environment: name,
    presentIn: base && head ? 'both' : base ? 'base' : 'head',
    added: 0,
    changed: 0,
    removed: 0,
    unchanged: 0,
    noiseOnly: 0,
    hiddenNoiseLines: 0,
    renderErrors: { base: renderErrorsOnlyIn(base, head), head: renderErrorsOnlyIn(head, base) },
    resources: [],
  };
  if (base && head && sameObjects(base.resources, head.resources)) {
    // A pull request's base took this environment whole from the head: nothing to match or compare.
    env.unchanged = head.resources.length;
    return env;
  }
  const maxLines = options.maxLinesPerResource ?? DEFAULT_MAX_LINES_PER_RESOURCE;
  const { pairs, added, removed } = matchResources(base?.resources ?? [], head?.resources ?? []);

  for (const { base: b, head: h } of pairs) {
    if (jsonEqual(b.resource.obj, h.resource.obj)) {
      env.unchanged++;
      continue;
    }
    const d = diffChanged(b, h, options.ignoreNoise, maxLines);
    env.hiddenNoiseLines += d.hiddenNoiseLines;
    if (d.addedLines + d.removedLines === 0) {
      // Only noise differed (or nothing visible in YAML, such as 1 against 1.0).
      if (d.hiddenNoiseLines > 0) env.noiseOnly++;
      else env.unchanged++;
      continue;
    }
    env.changed++;
    env.resources.push(d);
  }
  for (const h of added) {
    env.added++;
    env.resources.push(diffOneSided(h, 'added', maxLines));
  }
  for (const b of removed) {
    env.removed++;
    env.resources.push(diffOneSided(b, 'removed', maxLines));
  }
  env.resources.sort(compareResourceDiffs);
  return env;
}

/** Whether both sides hold the very same rendered objects, in the same order. */
function sameObjects(base: readonly ClusterResource[], head: readonly ClusterResource[]): boolean {
  if (base.length !== head.length) return false;
  for (let i = 0; i < base.length; i++) if (base[i]!.resource.obj !== head[i]!.resource.obj) return false;
  return true;
}

/**
 * Render errors of one side that the other side does not have: an error both sides share fails the same
 * resources on both, so it cannot make any of them look added or removed.
 */
function renderErrorsOnlyIn(side: EnvironmentModel | undefined, other: EnvironmentModel | undefined): number {
  if (!side) return 0;
  const errors = side.findings.filter((f) => f.severity === 'error');
  const otherErrors = (other?.findings ?? []).filter((f) => f.severity === 'error');
  return classifyFindings(errors, otherErrors).filter((f) => f.baseline === 'new').length;
}

function diffChanged(b: ClusterResource, h: ClusterResource, ignoreNoise: boolean, maxLines: number): ResourceDiff {
  const baseObj = cloneJson(b.resource.obj);
  const headObj = cloneJson(h.resource.obj);
  const secretKeys = redactSecrets(baseObj, headObj);
  let lines = yamlLineDiff(baseObj, headObj);
  let hiddenNoiseLines = 0;
  if (ignoreNoise && stripNoise(baseObj, headObj) > 0) {
    const withNoise = countChanges(lines.lines);
    lines = yamlLineDiff(baseObj, headObj);
    const shown = countChanges(lines.lines);
    // Dropping a line from one side can, rarely, lengthen a minimal diff: never report negative noise.
    hiddenNoiseLines = Math.max(0, withNoise.added + withNoise.removed - (shown.added + shown.removed));
  }
  const key = resourceKey(h);
  const baseName = b.resource.name;
  return {
    ...key,
    change: 'changed',
    apiVersion: h.resource.apiVersion,
    ...(baseName !== key.name ? { previousName: baseName } : {}),
    entrypoint: h.entrypoint,
    ...finish(lines.lines, maxLines),
    hiddenNoiseLines,
    secretKeys,
    approximate: lines.approximate,
  };
}

function diffOneSided(cr: ClusterResource, change: Exclude<ResourceChange, 'changed'>, maxLines: number): ResourceDiff {
  const obj = cloneJson(cr.resource.obj);
  const secretKeys = change === 'added' ? redactSecrets(undefined, obj) : redactSecrets(obj, undefined);
  const op = change === 'added' ? '+' : '-';
  const lines: DiffLine[] = splitLines(stringifyYaml(obj)).map((text) => ({ op, text }));
  return {
    ...resourceKey(cr),
    change,
    apiVersion: cr.resource.apiVersion,
    entrypoint: cr.entrypoint,
    ...finish(lines, maxLines),
    hiddenNoiseLines: 0,
    secretKeys,
    approximate: false,
  };
}

function yamlLineDiff(base: JsonObject, head: JsonObject) {
  return diffLines(splitLines(stringifyYaml(base)), splitLines(stringifyYaml(head)));
}

function countChanges(lines: readonly DiffLine[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const l of lines) {
    if (l.op === '+') added++;
    else if (l.op === '-') removed++;
  }
  return { added, removed };
}

/** Hunks of at most `maxLines` lines in all, and the counts of the whole diff. */
function finish(lines: readonly DiffLine[], maxLines: number): Pick<ResourceDiff, 'hunks' | 'addedLines' | 'removedLines' | 'truncatedLines'> {
  const { added, removed } = countChanges(lines);
  const all = toHunks(lines);
  const hunks: DiffHunk[] = [];
  let kept = 0;
  let total = 0;
  for (const h of all) {
    total += h.lines.length;
    const room = maxLines - kept;
    if (room <= 0) continue;
    if (h.lines.length <= room) {
      hunks.push(h);
      kept += h.lines.length;
    } else {
      const part = h.lines.slice(0, room);
      hunks.push({
        ...h,
        baseCount: part.filter((l) => l.op !== '+').length,
        headCount: part.filter((l) => l.op !== '-').length,
        lines: part,
      });
      kept += room;
    }
  }
  return { hunks, addedLines: added, removedLines: removed, truncatedLines: total - kept };
}

const CHANGE_ORDER: Record<ResourceChange, number> = { changed: 0, added: 1, removed: 2 };

function compareResourceDiffs(a: ResourceDiff, b: ResourceDiff): number {
  return (
    cmp(a.namespace, b.namespace) || cmp(a.kind, b.kind) || cmp(a.name, b.name) || cmp(a.group, b.group) || CHANGE_ORDER[a.change] - CHANGE_ORDER[b.change]
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
