// A two-commit git repository for the diff tests, built in a temp directory: apps/web with a base and dev/prod
// overlays. The head commit changes the Deployment image (dev), the data of a generated ConfigMap (its hash
// suffix changes), a Secret value, a chart-version label (noise), adds a Service to dev and removes a CronJob
// from prod.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const OLD_SECRET = 'hunter2-old-password';
export const NEW_SECRET = 'correct-horse-battery-staple';

export const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

const BASE_FILES: Record<string, string> = {
  'apps/web/base/kustomization.yaml': `resources:
  - deployment.yaml
  - secret.yaml
configMapGenerator:
  - name: web-config
    literals:
      - LOG_LEVEL=info
labels:
  - pairs:
      helm.sh/chart: web-1.0.0
      app.kubernetes.io/name: web
`,
  'apps/web/base/deployment.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.26
          envFrom:
            - configMapRef:
                name: web-config
`,
  'apps/web/base/secret.yaml': `apiVersion: v1
kind: Secret
metadata:
  name: web-credentials
type: Opaque
data:
  password: ${b64(OLD_SECRET)}
  username: ${b64('admin')}
`,
  'apps/web/overlays/dev/kustomization.yaml': `namespace: web-dev
resources:
  - ../../base
`,
  'apps/web/overlays/prod/kustomization.yaml': `namespace: web-prod
resources:
  - ../../base
  - cronjob.yaml
`,
  'apps/web/overlays/prod/cronjob.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: cleanup
spec:
  schedule: "0 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: cleanup
              image: busybox:1.36
`,
};

/** What the head commit writes (a value) or deletes (null) on top of the base. */
const HEAD_CHANGES: Record<string, string | null> = {
  'apps/web/base/kustomization.yaml': BASE_FILES['apps/web/base/kustomization.yaml']!
    .replace('LOG_LEVEL=info', 'LOG_LEVEL=debug')
    .replace('web-1.0.0', 'web-1.1.0'),
  'apps/web/base/secret.yaml': BASE_FILES['apps/web/base/secret.yaml']!.replace(b64(OLD_SECRET), b64(NEW_SECRET)),
  'apps/web/overlays/dev/kustomization.yaml': `namespace: web-dev
resources:
  - ../../base
  - service.yaml
images:
  - name: nginx
    newTag: "1.27"
`,
  'apps/web/overlays/dev/service.yaml': `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`,
  'apps/web/overlays/prod/kustomization.yaml': `namespace: web-prod
resources:
  - ../../base
`,
  'apps/web/overlays/prod/cronjob.yaml': null,
};

export interface FixtureRepo {
  dir: string;
  baseCommit: string;
  headCommit: string;
  cleanup: () => void;
}

function git(dir: string, args: string[]): string {
  const r = spawnSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
      GIT_AUTHOR_NAME: 'test',
      GIT_AUTHOR_EMAIL: 'test@example.test',
      GIT_COMMITTER_NAME: 'test',
      GIT_COMMITTER_EMAIL: 'test@example.test',
      GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
      GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
    },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

function write(dir: string, files: Record<string, string | null>): void {
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    if (content === null) {
      rmSync(abs, { force: true });
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
}

/**
 * Builds the repository: `main` holds the base commit, `feature` (checked out) the head commit. With
 * `commitHead: false` the head's edits are left uncommitted in the working tree.
 */
export function createFixtureRepo(options: { commitHead?: boolean } = {}): FixtureRepo {
  const dir = mkdtempSync(join(tmpdir(), 'gitops-gate-diff-'));
  git(dir, ['init', '-q', '-b', 'main']);
  write(dir, BASE_FILES);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-q', '-m', 'base']);
  const baseCommit = git(dir, ['rev-parse', 'HEAD']);
  git(dir, ['checkout', '-q', '-b', 'feature']);
  write(dir, HEAD_CHANGES);
  let headCommit = baseCommit;
  if (options.commitHead !== false) {
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-q', '-m', 'head']);
    headCommit = git(dir, ['rev-parse', 'HEAD']);
  }
  return { dir, baseCommit, headCommit, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
