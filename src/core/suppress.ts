/**
 * What the user asked to leave out: `rules: {id: off}`, `exclude:` paths, `ignore:` entries, and the
 * `gitops-gate.io/ignore` annotation on a resource. Every finding left out is counted by cause, so the
 * report can say how many were suppressed: nothing disappears silently.
 */
import { minimatch } from 'minimatch';
import type { Config, IgnoreEntry } from '../config/config.ts';
import type { Finding, Severity } from './model/finding.ts';
import type { SuppressionCounts } from './model/report.ts';

/** The annotation by which a resource opts out of rules: `gitops-gate.io/ignore: schema/missing,wave/order`. */
export const IGNORE_ANNOTATION = 'gitops-gate.io/ignore';

export function noSuppressions(): SuppressionCounts {
  return { total: 0, ruleSettings: 0, exclude: 0, ignore: 0, annotation: 0 };
}

/** Parses the annotation's value: rule ids, `family/*` or `*`, separated by commas or spaces. */
export function parseIgnoreAnnotation(value: unknown): string[] {
  if (typeof value !== 'string') return [];
  return value
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** True when `rule` (`schema/missing`, `schema/*` or `*`) names the finding's rule id. */
export function ruleMatches(rule: string, ruleId: string): boolean {
  if (rule === '*' || rule === ruleId) return true;
  return rule.endsWith('/*') && ruleId.startsWith(rule.slice(0, -1));
}

/** True when a repo-relative path is, or is inside, what one of the globs names. */
export function isExcluded(path: string, globs: readonly string[]): boolean {
  for (const glob of globs) {
    if (glob === '.' || path === glob || path.startsWith(`${glob}/`)) return true;
    if (minimatch(path, glob, { dot: true }) || minimatch(path, `${glob}/**`, { dot: true })) return true;
  }
  return false;
}

export interface SuppressionInput {
  config: Pick<Config, 'rules' | 'exclude' | 'ignore'>;
  /** The rules a finding's resource opts out of by annotation (its environment's rendered copy). */
  annotatedRules: (f: Finding) => readonly string[] | undefined;
}

/**
 * Applies rule severities and every suppression, in that order of precedence: a rule turned off, an
 * excluded file, an `ignore:` entry, the resource's annotation. Findings keep their order.
 */
export function applySuppressions(findings: readonly Finding[], input: SuppressionInput): { findings: Finding[]; suppressed: SuppressionCounts } {
  const { rules, exclude, ignore } = input.config;
  const counts = noSuppressions();
  const kept: Finding[] = [];
  for (const f of findings) {
    const setting = rules[f.ruleId];
    const cause =
      setting === 'off'
        ? 'ruleSettings'
        : f.file && exclude.length > 0 && isExcluded(f.file, exclude)
          ? 'exclude'
          : ignore.some((e) => ignoreMatches(e, f))
            ? 'ignore'
            : input.annotatedRules(f)?.some((r) => ruleMatches(r, f.ruleId))
              ? 'annotation'
              : undefined;
    if (cause) {
      counts[cause]++;
      counts.total++;
      continue;
    }
    kept.push(setting ? { ...f, severity: setting as Severity } : f);
  }
  return { findings: kept, suppressed: counts };
}

function ignoreMatches(entry: IgnoreEntry, f: Finding): boolean {
  if (!ruleMatches(entry.rule, f.ruleId)) return false;
  if (entry.environment && !(f.environment && minimatch(f.environment, entry.environment))) return false;
  if (entry.path && !(f.file && isExcluded(f.file, [entry.path]))) return false;
  if (entry.resource) {
    const r = f.resource;
    if (!r) return false;
    const [kind, namespace, name] = entry.resource.split('/') as [string, string, string];
    if (!minimatch(r.kind, kind) || !minimatch(r.name, name)) return false;
    // An empty namespace part means "cluster-scoped or without a namespace"; `*` means any.
    if (namespace === '' ? !!r.namespace : namespace !== '*' && !minimatch(r.namespace ?? '', namespace)) return false;
  }
  return true;
}
