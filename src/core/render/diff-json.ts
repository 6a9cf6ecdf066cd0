/**
 * `gitops-gate diff --format json`. The shape (diffVersion 1; keys in this order, optional ones left out):
 *
 *   {
 *     "tool": "gitops-gate", "version": "0.1.0", "diffVersion": 1,
 *     "base": { "ref": "main", "commit": "<40 hex>" },        // the merge-base of --base and the head
 *     "head": { "ref": "working tree" },                      // "commit" when --head was given
 *     "ignoreNoise": true,
 *     "environments": [{
 *       "name": "dev", "presentIn": "both",                   // both | base | head
 *       "added": 1, "changed": 2, "removed": 1, "unchanged": 40,
 *       "noiseOnly": 0, "hiddenNoiseLines": 2,
 *       "renderErrors": { "base": 0, "head": 0 },             // error findings while rendering each side
 *       "resources": [{
 *         "change": "changed",                                // added | removed | changed
 *         "apiVersion": "v1", "kind": "ConfigMap", "namespace": "web", "name": "web-config-7b2fkc9m8d",
 *         "previousName": "web-config-5g8m9h6t2c",            // when a generated name's hash changed
 *         "entrypoint": "apps/web/overlays/dev",
 *         "addedLines": 1, "removedLines": 1, "hiddenNoiseLines": 0, "truncatedLines": 0, "approximate": false,
 *         "secretKeys": [{ "at": "", "field": "data", "key": "password", "change": "changed" }],
 *         "diff": "@@ -1,5 +1,5 @@\n apiVersion: v1\n-…\n+…\n"   // unified diff, Secret values redacted
 *       }]
 *     }],
 *     "summary": { "added": 1, "changed": 2, "removed": 1 },
 *     "findings": [ … ],                                      // the head's findings, as check --format json
 *                                                             // writes them, each with "baseline": new | existing
 *     "findingsSummary": { "new": 1, "existing": 4, "newErrors": 1, "newWarnings": 0 }
 *   }
 *
 * `namespace` is "" for cluster-scoped resources; `secretKeys` names keys only, never values or their hashes.
 */
import { unifiedDiff } from '../diff/format.ts';
import { diffTotals, type DiffSides, type EnvironmentDiff, type ResourceDiff } from '../diff/model.ts';
import { VERSION } from '../../version.ts';
import type { Report } from '../model/report.ts';
import { orderFindings } from './common.ts';
import { findingJson } from './json.ts';

export const DIFF_JSON_VERSION = 1;

export interface DiffJsonOptions {
  sides?: DiffSides;
  ignoreNoise?: boolean;
  /** The head's check report against the base: its findings are added to the document. */
  report?: Report;
}

export function renderDiffJson(diffs: readonly EnvironmentDiff[], options: DiffJsonOptions = {}): string {
  const doc = {
    tool: 'gitops-gate',
    version: VERSION,
    diffVersion: DIFF_JSON_VERSION,
    ...(options.sides
      ? {
          base: revision(options.sides.base),
          head: revision(options.sides.head),
        }
      : {}),
    ...(options.ignoreNoise !== undefined ? { ignoreNoise: options.ignoreNoise } : {}),
    environments: diffs.map((e) => ({
      name: e.environment,
      presentIn: e.presentIn,
      added: e.added,
      changed: e.changed,
      removed: e.removed,
      unchanged: e.unchanged,
      noiseOnly: e.noiseOnly,
      hiddenNoiseLines: e.hiddenNoiseLines,
      renderErrors: { base: e.renderErrors.base, head: e.renderErrors.head },
      resources: e.resources.map(resourceJson),
    })),
    summary: diffTotals(diffs),
    ...(options.report ? findingsPart(options.report) : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

function findingsPart(report: Report) {
  const b = report.summary.baseline;
  return {
    findings: orderFindings(report).map(findingJson),
    ...(b ? { findingsSummary: { new: b.new, existing: b.existing, newErrors: b.newErrors, newWarnings: b.newWarnings } } : {}),
  };
}

function revision(r: { ref: string; commit?: string }) {
  return r.commit ? { ref: r.ref, commit: r.commit } : { ref: r.ref };
}

function resourceJson(d: ResourceDiff) {
  return {
    change: d.change,
    apiVersion: d.apiVersion,
    kind: d.kind,
    namespace: d.namespace,
    name: d.name,
    ...(d.previousName !== undefined ? { previousName: d.previousName } : {}),
    ...(d.entrypoint !== undefined ? { entrypoint: d.entrypoint } : {}),
    addedLines: d.addedLines,
    removedLines: d.removedLines,
    hiddenNoiseLines: d.hiddenNoiseLines,
    truncatedLines: d.truncatedLines,
    approximate: d.approximate,
    secretKeys: d.secretKeys.map((k) => ({ at: k.at, field: k.field, key: k.key, change: k.change })),
    diff: unifiedDiff(d.hunks),
  };
}
