/**
 * The rule catalogue: every stable rule id with a one-line description and its default severity (DESIGN.md,
 * "Rule catalogue"). Renderers use it for SARIF's `tool.driver.rules`; config validation and docs can import
 * it to know which ids exist. Add new rules here in the same `area/what` style.
 */
import type { Severity } from '../model/finding.ts';

export interface RuleInfo {
  /** One line, no trailing period: what a finding of this rule means. */
  shortDescription: string;
  defaultSeverity: Severity;
}

export const RULES = {
  'discover/nothing-found': {
    shortDescription: 'Nothing to check was found: no environment, kustomization, Argo CD Application or Flux Kustomization',
    defaultSeverity: 'error',
  },
  'yaml/parse-error': { shortDescription: 'A YAML file the build reads cannot be parsed', defaultSeverity: 'error' },
  'kustomize/build-failed': { shortDescription: 'An entrypoint fails to build', defaultSeverity: 'error' },
  'kustomize/deprecated-field': {
    shortDescription: 'A kustomization uses a deprecated field (bases, patchesStrategicMerge, patchesJson6902, commonLabels, vars, imageTags…)',
    defaultSeverity: 'warning',
  },
  'resource/duplicate': { shortDescription: 'The same group/kind/namespace/name appears twice in one environment', defaultSeverity: 'error' },
  'schema/invalid': { shortDescription: 'A value breaks its schema (type, enum, required, pattern, format)', defaultSeverity: 'error' },
  'schema/unknown-field': { shortDescription: 'A field the schema does not declare', defaultSeverity: 'error' },
  'schema/missing': { shortDescription: 'No schema is known for this apiVersion/kind, so it was not validated', defaultSeverity: 'warning' },
  'render/skipped': {
    shortDescription:
      'Something gitops-gate does not render: a Helm chart, a remote base, a plugin, an ApplicationSet, a source outside this repository, an excluded path, an environment with no entrypoints',
    defaultSeverity: 'notice',
  },
  'schema/unreachable': { shortDescription: 'A schema location could not be used, so some resources went unvalidated', defaultSeverity: 'notice' },
  'schema/removed-api': { shortDescription: 'The apiVersion is removed in the target Kubernetes version', defaultSeverity: 'error' },
  'schema/deprecated-api': { shortDescription: 'The apiVersion is deprecated in the target Kubernetes version', defaultSeverity: 'warning' },
  'wave/invalid': { shortDescription: 'A sync-wave or hook annotation Argo CD cannot read', defaultSeverity: 'error' },
  'wave/order': { shortDescription: 'A resource or Application depends on one synced in a later wave', defaultSeverity: 'error' },
  'wave/crd-order': {
    shortDescription: 'A custom resource syncs in the same or an earlier wave than the CRD it needs',
    defaultSeverity: 'error',
  },
  'wave/child-health': {
    shortDescription: 'App-of-apps waves will not wait: Argo CD does not assess Application health',
    defaultSeverity: 'warning',
  },
  'flux/dependson-missing': { shortDescription: 'A Flux dependsOn names an object that does not exist', defaultSeverity: 'error' },
  'flux/dependson-cycle': { shortDescription: 'Flux dependsOn references form a cycle', defaultSeverity: 'error' },
  'flux/crd-order': { shortDescription: 'A Flux object applies custom resources before the CRD they need', defaultSeverity: 'error' },
  'promotion/source-branch': {
    shortDescription: 'A pull request into a stage branch comes from a branch its rules do not allow',
    defaultSeverity: 'error',
  },
  'promotion/target-revision': {
    shortDescription: "An environment's Application or GitRepository tracks another environment's branch",
    defaultSeverity: 'error',
  },
  'promotion/cross-environment': {
    shortDescription: "An environment's entrypoint or Application points into another environment's overlay",
    defaultSeverity: 'error',
  },
  'promotion/sync-policy': {
    shortDescription: 'Automated sync in an environment declared manual, or the reverse',
    defaultSeverity: 'error',
  },
  'promotion/unverified': {
    shortDescription: "The promoted commit is not contained in the previous stage's branch",
    defaultSeverity: 'error',
  },
  'secret/plaintext': { shortDescription: 'A Secret with data or stringData committed in plain text', defaultSeverity: 'warning' },
} as const satisfies Record<string, RuleInfo>;

export type RuleId = keyof typeof RULES;

export function isKnownRule(ruleId: string): ruleId is RuleId {
  return Object.hasOwn(RULES, ruleId);
}

/**
 * The catalogue entry for `ruleId`. An id outside the catalogue (a check newer than this table, or a typo)
 * still renders: it gets its own id as description and `fallback` (the finding's severity) as default.
 */
export function ruleInfo(ruleId: string, fallback: Severity): RuleInfo {
  return isKnownRule(ruleId) ? RULES[ruleId] : { shortDescription: ruleId, defaultSeverity: fallback };
}
