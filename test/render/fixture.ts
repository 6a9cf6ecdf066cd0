// One hand-written report for the golden tests: two environments sharing a base (so one problem shows up
// in both), findings with and without file, line, column, resource and environment.
import type { Finding } from '../../src/core/model/finding.ts';
import { summarize, type EnvironmentSummary, type Report } from '../../src/core/model/report.ts';

const environments: EnvironmentSummary[] = [
  {
    name: 'dev',
    branch: 'dev',
    entrypoints: [
      { path: 'apps/metallb/overlays/dev', resources: 3 },
      { path: 'apps/podinfo/overlays/dev', resources: 5 },
    ],
  },
  {
    name: 'prod',
    branch: 'main',
    entrypoints: [
      { path: 'apps/metallb/overlays/prod', resources: 3 },
      { path: 'apps/podinfo/overlays/prod', resources: 0 },
    ],
  },
];

const application = { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', namespace: 'argocd', name: 'metallb' };

const findings: Finding[] = [
  // Listed out of order on purpose: every renderer sorts.
  {
    ruleId: 'secret/plaintext',
    severity: 'warning',
    message: 'Secret podinfo/db-credentials has data committed in plain text; use a SealedSecret or an ExternalSecret',
    file: 'apps/podinfo/base/secret.yaml',
    line: 1,
    column: 1,
    environment: 'dev',
    entrypoint: 'apps/podinfo/overlays/dev',
    resource: { apiVersion: 'v1', kind: 'Secret', namespace: 'podinfo', name: 'db-credentials' },
  },
  {
    ruleId: 'schema/unknown-field',
    severity: 'error',
    message: 'spec.syncPolicy.syncWave is not a field of argoproj.io/v1alpha1 Application',
    file: 'apps/metallb/base/helm-release.yaml',
    line: 23,
    column: 5,
    environment: 'dev',
    entrypoint: 'apps/metallb/overlays/dev',
    resource: application,
    path: '/spec/syncPolicy/syncWave',
  },
  {
    ruleId: 'schema/unknown-field',
    severity: 'error',
    message: 'spec.syncPolicy.syncWave is not a field of argoproj.io/v1alpha1 Application',
    file: 'apps/metallb/base/helm-release.yaml',
    line: 23,
    column: 5,
    environment: 'prod',
    entrypoint: 'apps/metallb/overlays/prod',
    resource: application,
    path: '/spec/syncPolicy/syncWave',
  },
  {
    ruleId: 'schema/invalid',
    severity: 'error',
    message: 'spec.replicas: expected integer, got string "3"',
    file: 'apps/podinfo/overlays/dev/replicas-patch.yaml',
    line: 6,
    column: 13,
    environment: 'dev',
    entrypoint: 'apps/podinfo/overlays/dev',
    resource: { apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'podinfo', name: 'podinfo' },
    path: '/spec/replicas',
  },
  {
    ruleId: 'kustomize/deprecated-field',
    severity: 'warning',
    message: "'commonLabels' is deprecated; use 'labels' with includeSelectors: true",
    file: 'apps/podinfo/overlays/dev/kustomization.yaml',
    line: 4,
    environment: 'dev',
    entrypoint: 'apps/podinfo/overlays/dev',
  },
  {
    ruleId: 'schema/missing',
    severity: 'warning',
    message: 'no schema found for metallb.io/v1beta1 IPAddressPool; it was not validated',
    environment: 'dev',
    entrypoint: 'apps/metallb/overlays/dev',
    resource: { apiVersion: 'metallb.io/v1beta1', kind: 'IPAddressPool', namespace: 'metallb-system', name: 'default' },
  },
  {
    ruleId: 'kustomize/build-failed',
    severity: 'error',
    message: "accumulating resources: 'apps/podinfo/overlays/prod/hpa.yaml' does not exist",
    file: 'apps/podinfo/overlays/prod/kustomization.yaml',
    line: 7,
    column: 5,
    environment: 'prod',
    entrypoint: 'apps/podinfo/overlays/prod',
  },
  {
    ruleId: 'resource/duplicate',
    severity: 'error',
    message: 'Namespace metallb-system is rendered twice in prod (also by apps/metallb/overlays/prod)',
    environment: 'prod',
    entrypoint: 'apps/metallb/overlays/prod',
    resource: { apiVersion: 'v1', kind: 'Namespace', name: 'metallb-system' },
  },
  {
    ruleId: 'schema/unreachable',
    severity: 'notice',
    message: 'schema location https://schemas.example.test could not be used (timeout after 5s); 1 resource without another schema went unvalidated',
  },
];

export const report: Report = {
  tool: 'gitops-gate',
  version: '0.1.0',
  reportVersion: 1,
  environments,
  findings,
  summary: summarize(environments, findings),
};

/** A report of `findings`, in one environment, with the summary recomputed. */
export function reportOf(findings: Finding[], envs: EnvironmentSummary[] = environments): Report {
  return { tool: 'gitops-gate', version: '0.1.0', reportVersion: 1, environments: envs, findings, summary: summarize(envs, findings) };
}
