// An in-memory repository shaped like seed 002 (one branch per environment, dev → staging → main, an
// app-of-apps per environment, prod synced by hand), rendered the way `check` renders it.
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { defaultConfig, parseConfig, type Config } from '../../src/config/config.ts';
import { discoverEnvironments, scanRepo } from '../../src/core/discover.ts';
import { renderEnvironment } from '../../src/core/cluster/render-environment.ts';
import type { EnvironmentModel } from '../../src/core/cluster/model.ts';
import { checkPromotion, type PullRequestInfo } from '../../src/core/checks/promotion.ts';
import type { Finding } from '../../src/core/model/finding.ts';

export const ROOT = '/repo';
export const REPO_URL = 'https://git.example.test/homelab.git';

export const CONFIG = `repoURL: ${REPO_URL}
environments:
  - name: dev
    branch: dev
    sync: auto
  - name: staging
    branch: staging
    promotesFrom: dev
    sync: auto
  - name: prod
    branch: main
    promotesFrom: staging
    sync: manual
    allowedSources: ["hotfix/*"]
    targetRevisions: ["v*"]
`;

const BRANCH: Record<string, string> = { dev: 'dev', staging: 'staging', prod: 'main' };

function application(name: string, path: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: ${REPO_URL}
    targetRevision: dev
    path: ${path}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${name}
  syncPolicy:
    automated:
      prune: true
`;
}

/** The patch that points an environment's Applications at its branch and overlays. */
export function envPatch(env: string, over: { webRevision?: string; webPath?: string; rootRevision?: string } = {}): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: homelab-root
  namespace: argocd
spec:
  source:
    targetRevision: ${over.rootRevision ?? BRANCH[env]}
    path: argocd/overlays/${env}
---
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: web
  namespace: argocd
spec:
  source:
    targetRevision: ${over.webRevision ?? BRANCH[env]}
    path: ${over.webPath ?? `apps/web/overlays/${env}`}
`;
}

export function seedFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'argocd/base/kustomization.yaml': 'resources:\n  - root-app.yaml\n  - web.yaml\n',
    'argocd/base/root-app.yaml': application('homelab-root', 'argocd/overlays/dev'),
    'argocd/base/web.yaml': application('web', 'apps/web/overlays/dev'),
    'apps/web/base/kustomization.yaml': 'resources:\n  - deployment.yaml\n',
    'apps/web/base/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx\n',
  };
  for (const env of ['dev', 'staging', 'prod']) {
    const manual = env === 'prod';
    files[`argocd/overlays/${env}/kustomization.yaml`] =
      `resources:\n  - ../../base\npatches:\n  - path: patch.yaml\n` +
      (manual ? '  - path: manual-sync.yaml\n    target:\n      kind: Application\n' : '');
    files[`argocd/overlays/${env}/patch.yaml`] = envPatch(env);
    if (manual) files[`argocd/overlays/${env}/manual-sync.yaml`] = '- op: remove\n  path: /spec/syncPolicy/automated\n';
    files[`apps/web/overlays/${env}/kustomization.yaml`] = `resources:\n  - ../../base\nnamePrefix: ${env}-\n`;
  }
  return files;
}

export interface Scenario {
  /** Files to add or replace (repo-relative); `null` deletes. */
  files?: Record<string, string | null>;
  /** The config text; `null` for none (environments discovered). */
  config?: string | null;
  repoURLs?: string[];
  pullRequest?: PullRequestInfo;
}

export function renderScenario(s: Scenario = {}): { config: Config; models: EnvironmentModel[]; findings: Finding[] } {
  const files: Record<string, string> = { ...seedFiles() };
  for (const [path, content] of Object.entries(s.files ?? {})) {
    if (content === null) delete files[path];
    else files[path] = content;
  }
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, c]) => [`${ROOT}/${p}`, c])));
  const configText = s.config === undefined ? CONFIG : s.config;
  const config = configText === null ? defaultConfig() : parseConfig(configText, '.gitops-gate.yaml');
  const repoURLs = s.repoURLs ?? [REPO_URL];
  const models = discoverEnvironments(scanRepo(fs, ROOT), config).map((env) => renderEnvironment(env, { fs, repoRoot: ROOT, repoURLs }));
  for (const m of models) {
    const errors = m.findings.filter((f) => f.severity === 'error');
    if (errors.length > 0) throw new Error(`fixture does not render: ${errors.map((f) => f.message).join('; ')}`);
  }
  const findings = checkPromotion({ config, models, repoURLs, repoRoot: ROOT, fs, ...(s.pullRequest ? { pullRequest: s.pullRequest } : {}) });
  return { config, models, findings };
}

/** `ruleId@environment` (plus `:notice` for notices), sorted: what the tables compare. */
export function summary(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.environment ?? '-'}${f.severity === 'notice' ? ':notice' : ''}`).sort();
}
