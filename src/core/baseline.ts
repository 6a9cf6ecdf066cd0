/**
 * Findings against a baseline: a pull request is judged on what it brings, not on what its base branch
 * already had. A head finding is `existing` when the merge base has the same finding, `new` otherwise.
 *
 * "The same" survives the edits a pull request makes around a problem: findings are matched by rule,
 * environment, resource and JSON path (or, for findings about no resource, by file), and by their message
 * with every number blanked — never by line, so a problem pushed down the file by an edit above it is still
 * the one that was there. Matching counts: two identical findings at the head against one at the base are
 * one existing and one new.
 */
import type { Finding } from './model/finding.ts';
import type { Report } from './model/report.ts';
import { summarize } from './model/report.ts';

/** What identifies a finding across revisions. */
export function findingFingerprint(f: Finding): string {
  const r = f.resource;
  const group = r ? (r.apiVersion.includes('/') ? r.apiVersion.slice(0, r.apiVersion.indexOf('/')) : '') : '';
  // Line numbers inside messages ("at a.yaml:12"), counts ("20 resources") and the hash suffixes of
  // generated ConfigMaps and Secrets change with unrelated edits; the cause they describe does not.
  const where = r ? `${group}|${r.kind}|${r.namespace ?? ''}|${withoutHash(r.name)}` : `file:${f.file ?? ''}`;
  const message = withoutHash(f.message).replace(/\d+/g, '#');
  return [f.ruleId, f.environment ?? '', where, f.path ?? '', message].join('\n');
}

function withoutHash(text: string): string {
  return text.replace(/-[2-9bcdfghkmt]{10}\b/g, '-#');
}

/**
 * Everything a fingerprint is made from, as written: findings that agree on it have the same fingerprint,
 * worked out once. Most of a pull request's findings are at its base word for word.
 */
function exactKey(f: Finding): string {
  const r = f.resource;
  // Serialised, not joined: a hostile manifest's name may hold any separator.
  return JSON.stringify([f.ruleId, f.environment, r?.apiVersion, r?.kind, r?.namespace, r?.name, r ? undefined : f.file, f.path, f.message]);
}

/** Marks each head finding `new` or `existing` against the base's findings. */
export function classifyFindings(head: readonly Finding[], base: readonly Finding[]): Finding[] {
  const fingerprints = new Map<string, string>();
  const fingerprintOf = (f: Finding): string => {
    const exact = exactKey(f);
    let fingerprint = fingerprints.get(exact);
    if (fingerprint === undefined) fingerprints.set(exact, (fingerprint = findingFingerprint(f)));
    return fingerprint;
  };
  const available = new Map<string, number>();
  for (const f of base) {
    const key = fingerprintOf(f);
    available.set(key, (available.get(key) ?? 0) + 1);
  }
  return head.map((f) => {
    const key = fingerprintOf(f);
    const left = available.get(key) ?? 0;
    if (left > 0) {
      available.set(key, left - 1);
      return { ...f, baseline: 'existing' as const };
    }
    return { ...f, baseline: 'new' as const };
  });
}

/** The head's report with every finding classified and the summary saying against what. */
export function withBaseline(head: Report, base: Report, ref: string, commit: string): Report {
  const findings = classifyFindings(head.findings, base.findings);
  const fresh = findings.filter((f) => f.baseline === 'new');
  return {
    ...head,
    findings,
    summary: {
      ...summarize(head.environments, findings),
      ...(head.summary.suppressed ? { suppressed: head.summary.suppressed } : {}),
      baseline: {
        ref,
        commit,
        new: fresh.length,
        existing: findings.length - fresh.length,
        newErrors: fresh.filter((f) => f.severity === 'error').length,
        newWarnings: fresh.filter((f) => f.severity === 'warning').length,
      },
    },
  };
}
