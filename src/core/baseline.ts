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

/**
 * Marks each head finding `new` or `existing` against the base's findings. A fingerprint holds the
 * environment, so findings only ever match within one: an environment whose findings are the base's, one
 * for one in the same order (every one it left alone in a pull request), has all of them `existing`
 * without a fingerprint worked out.
 */
export function classifyFindings(head: readonly Finding[], base: readonly Finding[]): Finding[] {
  const baseByEnvironment = positionsByEnvironment(base);
  // By position: the same object may be two findings.
  const verdicts: ('new' | 'existing')[] = [];
  const fingerprints = new Map<string, string>();
  const fingerprintOf = (f: Finding): string => {
    const exact = exactKey(f);
    let fingerprint = fingerprints.get(exact);
    if (fingerprint === undefined) fingerprints.set(exact, (fingerprint = findingFingerprint(f)));
    return fingerprint;
  };
  for (const [environment, headPositions] of positionsByEnvironment(head)) {
    const basePositions = baseByEnvironment.get(environment) ?? [];
    if (sameFindings(head, headPositions, base, basePositions)) {
      for (const i of headPositions) verdicts[i] = 'existing';
      continue;
    }
    const available = new Map<string, number>();
    for (const i of basePositions) {
      const key = fingerprintOf(base[i]!);
      available.set(key, (available.get(key) ?? 0) + 1);
    }
    for (const i of headPositions) {
      const key = fingerprintOf(head[i]!);
      const left = available.get(key) ?? 0;
      if (left > 0) available.set(key, left - 1);
      verdicts[i] = left > 0 ? 'existing' : 'new';
    }
  }
  return head.map((f, i) => ({ ...f, baseline: verdicts[i]! }));
}

/** The positions of the findings of each environment as fingerprints name it (`''` for none), in order. */
function positionsByEnvironment(findings: readonly Finding[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < findings.length; i++) {
    const environment = findings[i]!.environment ?? '';
    const group = out.get(environment);
    if (group) group.push(i);
    else out.set(environment, [i]);
  }
  return out;
}

/** The same findings in the same order, by everything a fingerprint is made from (`exactKey`'s fields). */
function sameFindings(a: readonly Finding[], inA: readonly number[], b: readonly Finding[], inB: readonly number[]): boolean {
  if (inA.length !== inB.length) return false;
  for (let k = 0; k < inA.length; k++) {
    const x = a[inA[k]!]!;
    const y = b[inB[k]!]!;
    if (x.ruleId !== y.ruleId || x.message !== y.message || x.path !== y.path || x.environment !== y.environment) return false;
    const r = x.resource;
    const q = y.resource;
    if (r === undefined || q === undefined) {
      if (r !== q || x.file !== y.file) return false;
    } else if (r.apiVersion !== q.apiVersion || r.kind !== q.kind || r.namespace !== q.namespace || r.name !== q.name) return false;
  }
  return true;
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
