/**
 * Runs the bundled Action (dist/index.js) the way the runner does: every input of action.yml as an
 * INPUT_* variable (its default unless the test sets it), the event payload in GITHUB_EVENT_PATH, and the
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, with GITHUB_API_URL at the local stand-in. Also builds the
 * fixture repository: a promotion pull request staging → main, modeled on seed 002.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as nodePath from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export const PROJECT = nodePath.resolve(nodePath.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED_SCHEMAS = nodePath.resolve(PROJECT, '../shared/schemas');

/** Values of the fixture's Secret: none may appear anywhere the Action writes. */
export const SECRET_VALUES = ['Hunter2-very-secret-value', 'not*base64*S3cretTokenValue', 'c3VwZXItc2VjcmV0LWFwaS1rZXk=', 'super-secret-api-key'];
export const TOKEN = 'ghs_standInTokenNotARealOne0123456789';

export interface Fixture {
  dir: string;
  repo: string;
  baseSha: string;
  headSha: string;
  /** A later head commit that removes the duplicate ConfigMap (fewer errors: the comment must change). */
  head2Sha: string;
  cleanup(): void;
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.test', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' },
  }).trim();
}

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(nodePath.dirname(nodePath.join(root, path)), { recursive: true });
    writeFileSync(nodePath.join(root, path), text);
  }
}

const CONFIG = `environments:
  - name: dev
    branch: dev
    entrypoints: [overlays/dev]
  - name: staging
    branch: staging
    promotesFrom: dev
    entrypoints: [overlays/staging]
  - name: prod
    branch: main
    promotesFrom: staging
    sync: manual
    entrypoints: [overlays/prod, overlays/prod-extras]
`;

const DEPLOYMENT = (extraField: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27${extraField}
`;

const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: web-credentials
stringData:
  password: ${SECRET_VALUES[0]}
data:
  token: ${SECRET_VALUES[1]}
  apiKey: ${SECRET_VALUES[2]}
`;

const SETTINGS = (name: string) => `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${name}
data:
  level: info
`;

export function buildFixture(): Fixture {
  const dir = mkdtempSync(nodePath.join(tmpdir(), 'gitops-gate-action-'));
  const repo = nodePath.join(dir, 'workspace');
  mkdirSync(repo);
  git(repo, 'init', '-q');
  write(repo, {
    '.gitops-gate.yaml': CONFIG,
    'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
    'base/deployment.yaml': DEPLOYMENT(''),
    'overlays/dev/kustomization.yaml': 'namespace: web-dev\nresources: [../../base]\n',
    'overlays/staging/kustomization.yaml': 'namespace: web-staging\nresources: [../../base]\n',
    'overlays/prod/kustomization.yaml': 'namespace: web\nresources: [../../base]\n',
    'overlays/prod-extras/kustomization.yaml': 'namespace: web\nresources: [settings.yaml]\n',
    'overlays/prod-extras/settings.yaml': SETTINGS('web-settings'),
  });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'base: web in every environment');
  const baseSha = git(repo, 'rev-parse', 'HEAD');

  git(repo, 'checkout', '-qb', 'staging');
  write(repo, {
    'base/kustomization.yaml': 'resources: [deployment.yaml, secret.yaml]\n',
    // A typo (schema/unknown-field, with schemas) and a committed Secret whose values are quoted by the checks.
    'base/deployment.yaml': DEPLOYMENT('\n          imagePullPolicyy: Always'),
    'base/secret.yaml': SECRET,
    // The same ConfigMap from two prod entrypoints: resource/duplicate, an error with or without schemas.
    'overlays/prod/kustomization.yaml': 'namespace: web\nresources: [../../base, settings.yaml]\n',
    'overlays/prod/settings.yaml': SETTINGS('web-settings'),
  });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'staging: credentials, pull policy, settings');
  const headSha = git(repo, 'rev-parse', 'HEAD');

  write(repo, { 'overlays/prod/settings.yaml': SETTINGS('web-prod-settings') });
  git(repo, 'commit', '-qam', 'staging: rename the prod settings');
  const head2Sha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '--detach', headSha);

  return { dir, repo, baseSha, headSha, head2Sha, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A repository whose main already renders a ConfigMap twice in prod (an existing error), and a pull request
 * `feature → main` that only raises the replicas: it brings no finding of its own.
 */
export function buildExistingErrorsFixture(): Omit<Fixture, 'head2Sha'> {
  const dir = mkdtempSync(nodePath.join(tmpdir(), 'gitops-gate-action-existing-'));
  const repo = nodePath.join(dir, 'workspace');
  mkdirSync(repo);
  git(repo, 'init', '-q');
  write(repo, {
    'base/kustomization.yaml': 'resources: [deployment.yaml]\n',
    'base/deployment.yaml': DEPLOYMENT(''),
    'apps/web/overlays/prod/kustomization.yaml': 'namespace: web\nresources: [../../../../base, settings.yaml]\n',
    'apps/web/overlays/prod/settings.yaml': SETTINGS('web-settings'),
    'apps/extras/overlays/prod/kustomization.yaml': 'namespace: web\nresources: [settings.yaml]\n',
    'apps/extras/overlays/prod/settings.yaml': SETTINGS('web-settings'),
  });
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'main: web, settings twice');
  const baseSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-qb', 'feature');
  write(repo, { 'base/deployment.yaml': DEPLOYMENT('').replace('replicas: 1', 'replicas: 2') });
  git(repo, 'commit', '-qam', 'feature: two replicas');
  const headSha = git(repo, 'rev-parse', 'HEAD');
  git(repo, 'checkout', '-q', '--detach', headSha);
  return { dir, repo, baseSha, headSha, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Moves the workspace to another commit, as a new run's checkout would. */
export function checkout(repo: string, sha: string): void {
  git(repo, 'checkout', '-q', '--detach', sha);
}

/** A `--depth 1` clone of the fixture at `sha`, as actions/checkout makes by default. */
export function shallowClone(fixture: Fixture, sha: string): string {
  const target = nodePath.join(fixture.dir, `shallow-${sha.slice(0, 7)}`);
  git(fixture.dir, 'clone', '-q', '--no-local', '--depth', '1', '--branch', 'staging', `file://${fixture.repo}`, target);
  return target;
}

export interface RunOptions {
  workspace: string;
  apiUrl: string;
  event: 'pull_request' | 'pull_request_target' | 'push';
  pr?: { number: number; baseSha: string; headSha: string; baseRef?: string; headRef?: string; headRepo?: string };
  inputs?: Record<string, string>;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The JSON report file's text ('' when the output names none). */
  reportJson: string;
}

/** Every input of action.yml with its default, as the runner passes them (`github.token` → the test token). */
function defaultInputs(): Record<string, string> {
  const action = parse(readFileSync(nodePath.join(PROJECT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    out[name] = spec.default === '${{ github.token }}' ? TOKEN : (spec.default ?? '');
  }
  return out;
}

export async function runBundledAction(options: RunOptions): Promise<RunResult> {
  const runDir = mkdtempSync(nodePath.join(tmpdir(), 'gitops-gate-run-'));
  const eventPath = nodePath.join(runDir, 'event.json');
  const outputPath = nodePath.join(runDir, 'output');
  const summaryPath = nodePath.join(runDir, 'summary.md');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const repository = { full_name: 'acme/homelab', name: 'homelab', owner: { login: 'acme' } };
  const pr = options.pr;
  const payload = pr
    ? {
        action: 'synchronize',
        number: pr.number,
        pull_request: {
          number: pr.number,
          base: { sha: pr.baseSha, ref: pr.baseRef ?? 'main', repo: repository },
          head: { sha: pr.headSha, ref: pr.headRef ?? 'staging', repo: { ...repository, full_name: pr.headRepo ?? 'acme/homelab' } },
        },
        repository,
      }
    : { ref: 'refs/heads/main', after: 'f'.repeat(40), repository };
  writeFileSync(eventPath, JSON.stringify(payload));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: runDir,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: options.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_API_URL: options.apiUrl,
    GITHUB_SERVER_URL: 'https://github.test',
    GITHUB_REPOSITORY: 'acme/homelab',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: options.workspace,
    RUNNER_TEMP: runDir,
    RUNNER_TOOL_CACHE: nodePath.join(runDir, 'tool-cache'),
    NO_PROXY: '127.0.0.1,localhost',
    // No network: schemas from ../shared/schemas when present, no public schema downloads.
    GITOPS_GATE_OFFLINE: '1',
  };
  try {
    readFileSync(nodePath.join(SHARED_SCHEMAS, 'README.md'));
    env.GITOPS_GATE_SCHEMAS = SHARED_SCHEMAS;
  } catch {
    // Without the shared schemas the run reports schema/missing; the fixture's duplicate is still an error.
  }
  for (const [name, value] of Object.entries({ ...defaultInputs(), ...options.inputs })) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }

  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [nodePath.join(PROJECT, 'dist/index.js')], { cwd: options.workspace, env, timeout: 90_000, maxBuffer: 64 * 1024 * 1024 }, (err, out, errOut) => {
      const status = err ? ((err as { code?: unknown }).code ?? null) : 0;
      resolve({ code: typeof status === 'number' ? status : null, stdout: out, stderr: errOut });
    });
  });
  const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
  const reportJson = outputs.report ? readFileSync(outputs.report, 'utf8') : '';
  const result = { code, stdout, stderr, outputs, summary: readFileSync(summaryPath, 'utf8'), reportJson };
  rmSync(runDir, { recursive: true, force: true });
  return result;
}

/** GITHUB_OUTPUT's `name<<DELIMITER` … `DELIMITER` blocks. */
function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n?\2$/gm;
  for (const m of text.matchAll(re)) out[m[1]!] = m[3]!;
  return out;
}
