/**
 * A synthetic GitOps monorepo shaped like the seeds' per-app layout, for the benchmark: N apps, each with
 * `apps/<app>/base` and `apps/<app>/overlays/<env>` for dev/test/staging/prod, shared components, config
 * and secret generators, strategic and JSON 6902 patches, images, replicas, labels, name prefixes, some
 * custom resources (cert-manager Certificates, Traefik IngressRoutes), and an Argo CD app-of-apps in
 * `argocd/overlays/<env>` pointing every env's Application at its app overlay.
 *
 * Deterministic: the same seed and app count write byte-identical files, so figures compare across runs.
 *
 *   node --import tsx bench/generate.ts [DIR] [--apps N] [--seed S]
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export const ENVIRONMENTS = ['dev', 'test', 'staging', 'prod'] as const;
export type EnvName = (typeof ENVIRONMENTS)[number];

/** The URL the generated Applications name this repository by; pass it to runChecks as a repoURL. */
export const BENCH_REPO_URL = 'https://git.example.test/platform/monorepo.git';

/** 62 apps × 4 envs + 4 app-of-apps overlays = 252 overlays. */
export const DEFAULT_APPS = 62;
export const DEFAULT_SEED = 7;

export interface GenerateOptions {
  apps?: number;
  seed?: number;
  /** Where to write; a fresh temporary directory when omitted. */
  dir?: string;
}

export interface GeneratedRepo {
  root: string;
  /** Repo-relative overlay directories (every `overlays/<env>`), in a stable order. */
  overlays: string[];
  /** Repo-relative paths of every file written. */
  files: string[];
}

const BRANCH: Record<EnvName, string> = { dev: 'dev', test: 'test', staging: 'staging', prod: 'main' };
const TEAMS = ['payments', 'search', 'identity', 'media', 'platform', 'growth', 'data', 'edge'];
const WORDS = ['api', 'web', 'worker', 'gateway', 'billing', 'catalog', 'auth', 'notify', 'ledger', 'render', 'ingest', 'report'];
const COMPONENTS = ['monitoring', 'hardening', 'high-availability'] as const;

/** mulberry32: small, fast, and the same sequence for the same seed on every machine (the tests' generator uses it too). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface AppPlan {
  name: string;
  team: string;
  port: number;
  ingress: boolean;
  certificate: boolean;
  cronJob: boolean;
  /** Overlays of this app put `<env>-` before every name. */
  prefixed: boolean;
  components: (typeof COMPONENTS)[number][];
  wave: number;
  configKeys: number;
}

export function generateMonorepo(options: GenerateOptions = {}): GeneratedRepo {
  const apps = options.apps ?? DEFAULT_APPS;
  const rand = random(options.seed ?? DEFAULT_SEED);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const root = options.dir ? resolve(options.dir) : mkdtempSync(join(tmpdir(), 'gitops-gate-bench-'));
  const files: string[] = [];
  const write = (rel: string, text: string) => {
    const abs = join(root, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, text);
    files.push(rel);
  };

  const plans: AppPlan[] = [];
  for (let i = 0; i < apps; i++) {
    const components = COMPONENTS.filter((c) => c !== 'high-availability' && rand() < 0.5);
    plans.push({
      name: `${pick(WORDS)}-${pick(WORDS)}-${String(i).padStart(3, '0')}`,
      team: pick(TEAMS),
      port: 8000 + Math.floor(rand() * 1000),
      ingress: rand() < 0.7,
      certificate: rand() < 0.5,
      cronJob: rand() < 0.3,
      prefixed: rand() < 0.25,
      components,
      wave: 1 + Math.floor(rand() * 6),
      configKeys: 3 + Math.floor(rand() * 8),
    });
  }

  writeComponents(write);
  for (const app of plans) {
    writeBase(write, app);
    for (const env of ENVIRONMENTS) writeOverlay(write, app, env, rand);
  }
  writeArgoCd(write, plans);

  const overlays = [
    ...plans.flatMap((a) => ENVIRONMENTS.map((e) => `apps/${a.name}/overlays/${e}`)),
    ...ENVIRONMENTS.map((e) => `argocd/overlays/${e}`),
  ];
  return { root, overlays, files };
}

type Write = (rel: string, text: string) => void;

function writeComponents(write: Write): void {
  write(
    'components/monitoring/kustomization.yaml',
    `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
resources:
  - service-monitor.yaml
patches:
  - target:
      kind: Deployment
    patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: any
      spec:
        template:
          metadata:
            annotations:
              prometheus.io/scrape: "true"
              prometheus.io/port: "9090"
`,
  );
  write(
    'components/monitoring/service-monitor.yaml',
    `apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: metrics
spec:
  endpoints:
    - port: http
      path: /metrics
      interval: 30s
  selector:
    matchLabels:
      app.kubernetes.io/component: server
`,
  );
  write(
    'components/hardening/kustomization.yaml',
    `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
patches:
  - target:
      kind: Deployment
    path: security-context.yaml
  - target:
      kind: Deployment
    patch: |-
      - op: add
        path: /spec/template/spec/automountServiceAccountToken
        value: false
`,
  );
  write(
    'components/hardening/security-context.yaml',
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: any
spec:
  template:
    spec:
      securityContext:
        runAsNonRoot: true
        runAsUser: 10001
        fsGroup: 10001
        seccompProfile:
          type: RuntimeDefault
`,
  );
  write(
    'components/high-availability/kustomization.yaml',
    `apiVersion: kustomize.config.k8s.io/v1alpha1
kind: Component
resources:
  - pdb.yaml
patches:
  - target:
      kind: Deployment
    patch: |-
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: any
      spec:
        template:
          spec:
            topologySpreadConstraints:
              - maxSkew: 1
                topologyKey: topology.kubernetes.io/zone
                whenUnsatisfiable: ScheduleAnyway
                labelSelector:
                  matchLabels:
                    app.kubernetes.io/component: server
`,
  );
  write(
    'components/high-availability/pdb.yaml',
    `apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: server
spec:
  minAvailable: 1
  selector:
    matchLabels:
      app.kubernetes.io/component: server
`,
  );
}

function writeBase(write: Write, app: AppPlan): void {
  const dir = `apps/${app.name}/base`;
  const resources = ['deployment.yaml', 'service.yaml', 'service-account.yaml'];
  if (app.ingress) resources.push('ingress-route.yaml');
  if (app.certificate) resources.push('certificate.yaml');
  if (app.cronJob) resources.push('cron-job.yaml');
  const literals = Array.from({ length: app.configKeys }, (_, i) => `      - FEATURE_${i}=${i % 2 === 0 ? 'on' : 'off'}`);
  write(
    `${dir}/kustomization.yaml`,
    `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
labels:
  - pairs:
      app.kubernetes.io/name: ${app.name}
      app.kubernetes.io/part-of: ${app.team}
    includeSelectors: true
resources:
${resources.map((r) => `  - ${r}`).join('\n')}
configMapGenerator:
  - name: ${app.name}-config
    literals:
      - LOG_LEVEL=info
      - PORT=${app.port}
${literals.join('\n')}
    files:
      - config/application.properties
images:
  - name: app-image
    newName: registry.example.test/${app.team}/${app.name}
    newTag: "1.0.0"
`,
  );
  write(
    `${dir}/config/application.properties`,
    Array.from({ length: app.configKeys * 2 }, (_, i) => `${app.name}.setting.${i}=value-${i}`).join('\n') + '\n',
  );
  write(
    `${dir}/deployment.yaml`,
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app.name}
  labels:
    app.kubernetes.io/component: server
spec:
  replicas: 1
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 25%
      maxUnavailable: 0
  selector:
    matchLabels:
      app.kubernetes.io/component: server
  template:
    metadata:
      labels:
        app.kubernetes.io/component: server
    spec:
      serviceAccountName: ${app.name}
      containers:
        - name: server
          image: app-image
          args: ["--port=${app.port}", "--log-format=json"]
          ports:
            - name: http
              containerPort: ${app.port}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: ${app.name}-config
          env:
            - name: API_KEY
              valueFrom:
                secretKeyRef:
                  name: ${app.name}-secrets
                  key: API_KEY
          readinessProbe:
            httpGet:
              path: /healthz
              port: http
            periodSeconds: 10
          livenessProbe:
            httpGet:
              path: /livez
              port: http
            initialDelaySeconds: 15
          resources:
            requests:
              cpu: 50m
              memory: 64Mi
            limits:
              memory: 128Mi
          volumeMounts:
            - name: tmp
              mountPath: /tmp
      volumes:
        - name: tmp
          emptyDir: {}
`,
  );
  write(
    `${dir}/service.yaml`,
    `apiVersion: v1
kind: Service
metadata:
  name: ${app.name}
spec:
  type: ClusterIP
  selector:
    app.kubernetes.io/component: server
  ports:
    - name: http
      port: 80
      targetPort: http
`,
  );
  write(
    `${dir}/service-account.yaml`,
    `apiVersion: v1
kind: ServiceAccount
metadata:
  name: ${app.name}
`,
  );
  if (app.ingress) {
    write(
      `${dir}/ingress-route.yaml`,
      `apiVersion: traefik.io/v1alpha1
kind: IngressRoute
metadata:
  name: ${app.name}
spec:
  entryPoints:
    - websecure
  routes:
    - match: Host(\`${app.name}.example.test\`)
      kind: Rule
      services:
        - name: ${app.name}
          port: 80
  tls:
    secretName: ${app.name}-tls
`,
    );
  }
  if (app.certificate) {
    write(
      `${dir}/certificate.yaml`,
      `apiVersion: cert-manager.io/v1
kind: Certificate
metadata:
  name: ${app.name}
spec:
  secretName: ${app.name}-tls
  duration: 2160h
  renewBefore: 360h
  dnsNames:
    - ${app.name}.example.test
  issuerRef:
    name: letsencrypt
    kind: ClusterIssuer
`,
    );
  }
  if (app.cronJob) {
    write(
      `${dir}/cron-job.yaml`,
      `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${app.name}-cleanup
spec:
  schedule: "17 3 * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: cleanup
              image: app-image
              args: ["cleanup", "--older-than=720h"]
              envFrom:
                - configMapRef:
                    name: ${app.name}-config
`,
    );
  }
}

const REPLICAS: Record<EnvName, number> = { dev: 1, test: 1, staging: 2, prod: 3 };
const MEMORY: Record<EnvName, string> = { dev: '128Mi', test: '128Mi', staging: '256Mi', prod: '512Mi' };

function writeOverlay(write: Write, app: AppPlan, env: EnvName, rand: () => number): void {
  const dir = `apps/${app.name}/overlays/${env}`;
  const components = [...app.components, ...(env === 'prod' ? (['high-availability'] as const) : [])];
  const tag = `1.${Math.floor(rand() * 40)}.${Math.floor(rand() * 10)}`;
  const patches = [`  - path: deployment-patch.yaml`];
  if (app.ingress) {
    patches.push(`  - target:
      group: traefik.io
      version: v1alpha1
      kind: IngressRoute
      name: ${app.name}
    patch: |-
      - op: replace
        path: /spec/routes/0/match
        value: Host(\`${app.name}.${env}.example.test\`)`);
  }
  if (app.certificate) {
    patches.push(`  - target:
      kind: Certificate
    patch: |-
      - op: replace
        path: /spec/dnsNames/0
        value: ${app.name}.${env}.example.test
      - op: add
        path: /spec/issuerRef/name
        value: ${env === 'prod' ? 'letsencrypt' : 'letsencrypt-staging'}`);
  }
  write(
    `${dir}/kustomization.yaml`,
    `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ${app.name}-${env}
${app.prefixed ? `namePrefix: ${env}-\n` : ''}resources:
  - ../../base
${components.length > 0 ? `components:\n${components.map((c) => `  - ../../../../components/${c}`).join('\n')}\n` : ''}labels:
  - pairs:
      environment: ${env}
commonAnnotations:
  example.test/owner: team-${app.team}
images:
  - name: registry.example.test/${app.team}/${app.name}
    newTag: "${tag}"
replicas:
  - name: ${app.name}
    count: ${REPLICAS[env]}
configMapGenerator:
  - name: ${app.name}-config
    behavior: merge
    literals:
      - ENVIRONMENT=${env}
      - LOG_LEVEL=${env === 'prod' ? 'warn' : 'debug'}
secretGenerator:
  - name: ${app.name}-secrets
    literals:
      - API_KEY=${env}-${Math.floor(rand() * 1e9).toString(36)}
patches:
${patches.join('\n')}
`,
  );
  write(
    `${dir}/deployment-patch.yaml`,
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${app.name}
spec:
  template:
    spec:
      containers:
        - name: server
          env:
            - name: ENVIRONMENT
              value: ${env}
          resources:
            limits:
              memory: ${MEMORY[env]}
`,
  );
}

function writeArgoCd(write: Write, plans: AppPlan[]): void {
  write(
    'argocd/base/kustomization.yaml',
    `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: argocd
labels:
  - pairs:
      app.kubernetes.io/part-of: platform
resources:
  - project.yaml
  - root-app.yaml
`,
  );
  write(
    'argocd/base/project.yaml',
    `apiVersion: argoproj.io/v1alpha1
kind: AppProject
metadata:
  name: platform
spec:
  description: Every app of the monorepo
  sourceRepos:
    - ${BENCH_REPO_URL}
  destinations:
    - server: https://kubernetes.default.svc
      namespace: "*"
  clusterResourceWhitelist:
    - group: ""
      kind: Namespace
`,
  );
  write(
    'argocd/base/root-app.yaml',
    `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: root
spec:
  project: platform
  source:
    repoURL: ${BENCH_REPO_URL}
    targetRevision: main
    path: argocd/overlays/prod
  destination:
    server: https://kubernetes.default.svc
    namespace: argocd
`,
  );
  for (const env of ENVIRONMENTS) {
    const dir = `argocd/overlays/${env}`;
    const manual = env === 'prod';
    write(
      `${dir}/kustomization.yaml`,
      `apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - ../../base
  - applications.yaml
labels:
  - pairs:
      example.test/environment: ${env}
patches:
  - target:
      kind: Application
      name: root
    patch: |-
      - op: replace
        path: /spec/source/targetRevision
        value: ${BRANCH[env]}
      - op: replace
        path: /spec/source/path
        value: ${dir}
`,
    );
    const apps = plans.map(
      (app) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${app.name}
  annotations:
    argocd.argoproj.io/sync-wave: "${app.wave}"
  finalizers:
    - resources-finalizer.argocd.argoproj.io
spec:
  project: platform
  source:
    repoURL: ${BENCH_REPO_URL}
    targetRevision: ${BRANCH[env]}
    path: apps/${app.name}/overlays/${env}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${app.name}-${env}
  syncPolicy:
${manual ? '' : `    automated:
      prune: true
      selfHeal: true
`}    syncOptions:
      - CreateNamespace=true
`,
    );
    write(`${dir}/applications.yaml`, apps.join('---\n'));
  }
}

function parseArgs(argv: string[]): GenerateOptions {
  const out: GenerateOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--apps') out.apps = Number(argv[++i]);
    else if (a === '--seed') out.seed = Number(argv[++i]);
    else out.dir = a;
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const repo = generateMonorepo(parseArgs(process.argv.slice(2)));
  console.log(`${repo.root}: ${repo.overlays.length} overlays, ${repo.files.length} files`);
}
