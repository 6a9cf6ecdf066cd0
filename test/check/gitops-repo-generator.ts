// A seeded generator of small GitOps repositories and of random changes to them, for the incremental
// render test: per-app bases and overlays with patches, generators and a shared component; Argo CD
// app-of-apps per environment with kustomize amendments and directory sources; Flux Kustomizations with
// postBuild substitution from a ConfigMap. Every file is a string in a map keyed by repo-relative path.

export type Files = Map<string, string>;

/** The bench's seeded generator: the same sequence for the same seed on every machine. */
export { random as prng } from '../../bench/generate.ts';

export const ENVIRONMENTS = ['dev', 'prod'] as const;

export const CONFIG = `environments:
  - name: dev
    entrypoints: [argocd/dev, clusters/dev]
  - name: prod
    entrypoints: [argocd/prod, clusters/prod]
`;

const deployment = (name: string, image: string, replicas: number) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  selector:
    matchLabels:
      app: ${name}
  template:
    metadata:
      labels:
        app: ${name}
    spec:
      containers:
        - name: ${name}
          image: ${image}
          envFrom:
            - configMapRef:
                name: ${name}-settings
`;

const service = (name: string) => `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector:
    app: ${name}
  ports:
    - port: 80
`;

const application = (name: string, env: string, path: string, extra: string) => `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}-${env}
  namespace: argocd
spec:
  project: default
  destination:
    namespace: ${name}
    server: https://kubernetes.default.svc
  source:
    repoURL: https://git.example.test/fleet.git
    path: ${path}
    targetRevision: ${env === 'prod' ? 'main' : env}${extra}
`;

const fluxKustomization = (name: string, path: string) => `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: ${name}
  namespace: flux-system
spec:
  interval: 10m
  path: ${path}
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
  postBuild:
    substituteFrom:
      - kind: ConfigMap
        name: cluster-vars
`;

export function generateRepo(rand: () => number): Files {
  const files: Files = new Map();
  const apps = Array.from({ length: 3 + Math.floor(rand() * 4) }, (_, i) => `app${i}`);
  files.set('.gitops-gate.yaml', CONFIG);
  files.set('components/common/kustomization.yaml', 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\npatches:\n  - path: team.yaml\n    target:\n      kind: Deployment\n');
  files.set('components/common/team.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: any\n  labels:\n    team: platform\n');
  for (const app of apps) {
    files.set(`apps/${app}/base/kustomization.yaml`, 'resources:\n  - deployment.yaml\n  - service.yaml\nconfigMapGenerator:\n  - name: ' + `${app}-settings\n    envs: [settings.env]\n`);
    files.set(`apps/${app}/base/deployment.yaml`, deployment(app, `registry.example.test/${app}:1.0.${Math.floor(rand() * 9)}`, 1));
    files.set(`apps/${app}/base/service.yaml`, service(app));
    files.set(`apps/${app}/base/settings.env`, `LOG_LEVEL=info\nAPP=${app}\n`);
    for (const env of ENVIRONMENTS) {
      const component = rand() < 0.5 ? 'components:\n  - ../../../../components/common\n' : '';
      files.set(
        `apps/${app}/overlays/${env}/kustomization.yaml`,
        `namespace: ${app}\nresources:\n  - ../../base\n${component}patches:\n  - path: replicas.yaml\nimages:\n  - name: registry.example.test/${app}\n    newTag: "${env}-1"\n`,
      );
      files.set(`apps/${app}/overlays/${env}/replicas.yaml`, `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  replicas: ${env === 'prod' ? 3 : 1}\n`);
    }
  }
  // Plain manifests rendered as an Argo CD directory source.
  files.set('raw/monitoring/servicemonitor.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dashboards\ndata:\n  a: "1"\n');
  files.set('raw/monitoring/nested/alerts.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: alerts\ndata:\n  b: "2"\n');
  for (const env of ENVIRONMENTS) {
    const listed: string[] = [];
    for (const app of apps) {
      const extra = rand() < 0.3 ? `\n    kustomize:\n      namePrefix: ${env}-\n` : '';
      files.set(`argocd/${env}/apps/${app}.yaml`, application(app, env, `apps/${app}/overlays/${env}`, extra));
      listed.push(`apps/${app}.yaml`);
    }
    files.set(`argocd/${env}/apps/monitoring.yaml`, application('monitoring', env, 'raw/monitoring', '\n    directory:\n      recurse: true\n'));
    listed.push('apps/monitoring.yaml');
    files.set(`argocd/${env}/kustomization.yaml`, `resources:\n${listed.map((l) => `  - ${l}\n`).join('')}`);
    // Flux: a cluster tree (no kustomization: Flux generates one) with substitution variables.
    files.set(`clusters/${env}/vars.yaml`, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cluster-vars\n  namespace: flux-system\ndata:\n  CLUSTER: ${env}\n  REPLICAS: "2"\n`);
    files.set(`clusters/${env}/infra.yaml`, fluxKustomization('infra', `./infra/${env}`));
    files.set(`infra/${env}/kustomization.yaml`, 'resources:\n  - ingress.yaml\n');
    files.set(`infra/${env}/ingress.yaml`, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ingress-${CLUSTER}\n  namespace: ingress\ndata:\n  replicas: "${REPLICAS}"\n');
  }
  return files;
}

/** One random change; returns a line saying what it did. */
function mutate(files: Files, rand: () => number): string {
  const paths = [...files.keys()].sort();
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const kind = Math.floor(rand() * 12);
  switch (kind) {
    case 0: {
      const p = pick(paths.filter((x) => x.endsWith('deployment.yaml')));
      files.set(p, files.get(p)!.replace(/:1\.0\.\d/, `:1.1.${Math.floor(rand() * 9)}`));
      return `image bump in ${p}`;
    }
    case 1: {
      const dir = rand() < 0.5 ? 'raw/monitoring' : 'raw/monitoring/nested';
      const p = `${dir}/extra-${Math.floor(rand() * 1000)}.yaml`;
      files.set(p, `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: extra-${Math.floor(rand() * 1000)}\ndata:\n  c: "3"\n`);
      return `file added to a directory source: ${p}`;
    }
    case 2: {
      const p = pick(paths.filter((x) => x.endsWith('settings.env')));
      files.set(p, files.get(p)!.replace('LOG_LEVEL=info', 'LOG_LEVEL=debug'));
      return `generator input changed: ${p}`;
    }
    case 3: {
      const p = pick(paths.filter((x) => /overlays\/\w+\/kustomization\.yaml$/.test(x)));
      const dir = p.slice(0, p.lastIndexOf('/'));
      for (const q of paths) if (q.startsWith(`${dir}/`)) files.delete(q);
      return `overlay removed: ${dir}`;
    }
    case 4: {
      const p = pick(paths.filter((x) => /^argocd\/\w+\/apps\/app\d+\.yaml$/.test(x)));
      const other = pick(paths.filter((x) => /overlays\/\w+\/kustomization\.yaml$/.test(x)));
      files.set(p, files.get(p)!.replace(/path: .*/, `path: ${other.slice(0, other.lastIndexOf('/'))}`));
      return `Application ${p} points elsewhere`;
    }
    case 5: {
      const p = pick(paths.filter((x) => x.endsWith('vars.yaml')));
      files.set(p, files.get(p)!.replace(/REPLICAS: "\d+"/, `REPLICAS: "${1 + Math.floor(rand() * 5)}"`));
      return `substitution variable changed: ${p}`;
    }
    case 6: {
      const p = pick(paths.filter((x) => x.endsWith('.yaml') && !x.startsWith('.')));
      files.set(p, `${files.get(p)!}\n  broken: [unclosed\n`);
      return `YAML broken: ${p}`;
    }
    case 7: {
      files.set('raw/monitoring/kustomization.yaml', 'resources:\n  - servicemonitor.yaml\n');
      return 'directory source became a kustomization';
    }
    case 8: {
      files.set('components/common/team.yaml', files.get('components/common/team.yaml')!.replace('platform', `team-${Math.floor(rand() * 9)}`));
      return 'component patch changed';
    }
    case 11: {
      const p = pick(paths.filter((x) => x.startsWith('raw/monitoring/') && x.endsWith('.yaml') && !x.endsWith('kustomization.yaml')));
      files.delete(p);
      return `file removed from a directory source: ${p}`;
    }
    case 9: {
      const p = pick(paths.filter((x) => x.endsWith('service.yaml')));
      files.set(`${p.slice(0, -'service.yaml'.length)}svc.yaml`, files.get(p)!);
      files.delete(p);
      return `file renamed (kustomization not updated): ${p}`;
    }
    default: {
      const p = pick(paths.filter((x) => /^argocd\/\w+\/apps\/app\d+\.yaml$/.test(x)));
      files.set(p, `# moved down by a comment\n${files.get(p)!}`);
      return `lines shifted in ${p}`;
    }
  }
}

/** A copy of `files` with 1–3 random changes, and what they were. */
export function randomChange(files: Files, rand: () => number): { files: Files; changes: string[] } {
  const out = new Map(files);
  const n = 1 + Math.floor(rand() * 3);
  const changes = Array.from({ length: n }, () => mutate(out, rand));
  return { files: out, changes };
}
