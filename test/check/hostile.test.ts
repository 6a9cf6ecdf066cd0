// Broken and hostile repositories: every one must give findings and exit 1 — never exit 2 (that means a
// bad invocation or an internal error), never a crash, never a hang. Each test is bounded in time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Report } from '../../src/core/model/report.ts';
import { deployment, describeFindings, kustomization, makeRepo, runCli } from './helpers.ts';

const BOUND = { timeout: 30_000 };

interface Expect {
  ruleId: string;
  environment?: string;
  file?: string;
  line?: number;
  message?: RegExp;
}

/** Runs check over a repository made of `files` (plus `prepare` for links), expecting exit 1 and `expects`. */
async function checkHostile(
  files: Record<string, string | Uint8Array>,
  expects: Expect[],
  prepare?: (root: string) => void,
): Promise<Report> {
  // The repository's URL, so Applications and GitRepositories naming it are followed even when broken.
  const repo = makeRepo({ '.gitops-gate.yaml': 'repoURL: https://git.example.test/hostile.git\n', ...files });
  try {
    prepare?.(repo.root);
    const started = Date.now();
    const run = await runCli(['check', repo.root, '--format', 'json']);
    assert.equal(run.stderr, '', 'nothing on stderr: no internal error');
    assert.equal(run.code, 1, `exit 1 expected, got ${run.code}: ${run.stdout.slice(0, 400)}`);
    const report = JSON.parse(run.stdout) as Report;
    const all = describeFindings(report);
    if (process.env.SHOW_FINDINGS) console.log(all);
    for (const e of expects) {
      const hit = report.findings.find(
        (f) =>
          f.ruleId === e.ruleId &&
          (e.environment === undefined || f.environment === e.environment) &&
          (e.file === undefined || f.file === e.file) &&
          (e.line === undefined || f.line === e.line) &&
          (e.message === undefined || e.message.test(f.message)),
      );
      assert.ok(hit, `expected ${JSON.stringify({ ...e, message: e.message?.source })} among:\n${all}`);
    }
    for (const f of report.findings) {
      assert.ok(!f.file?.startsWith('/'), `a finding names a file outside the repository: ${f.file}`);
      assert.ok(!f.message.includes(repo.root), `a message leaks the absolute repository path: ${f.message}`);
    }
    assert.ok(Date.now() - started < 20_000, 'finished in seconds');
    return report;
  } finally {
    repo.cleanup();
  }
}

const base = {
  'base/kustomization.yaml': kustomization(['deployment.yaml']),
  'base/deployment.yaml': deployment('web'),
};

test('unparseable files: a resource, a kustomization, tabs and unclosed quotes', BOUND, async () => {
  await checkHostile(
    {
      ...base,
      'overlays/dev/kustomization.yaml': kustomization(['../../base', 'broken.yaml']),
      'overlays/dev/broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "unclosed\ndata:\n\tkey: value\n',
      'overlays/test/kustomization.yaml': 'resources:\n  - ../../base\n patches: [\n',
      'overlays/prod/kustomization.yaml': kustomization(['../../base']),
    },
    [
      { ruleId: 'yaml/parse-error', environment: 'dev', file: 'overlays/dev/broken.yaml' },
      { ruleId: 'yaml/parse-error', environment: 'test', file: 'overlays/test/kustomization.yaml' },
    ],
  );
});

test('failing overlays: a missing resource, a missing base, a bad field type; the others still render', BOUND, async () => {
  const report = await checkHostile(
    {
      ...base,
      'overlays/dev/kustomization.yaml': kustomization(['../../base', 'missing.yaml']),
      'overlays/test/kustomization.yaml': kustomization(['../../no-such-base']),
      'overlays/staging/kustomization.yaml': 'resources: "../../base"\nnamePrefix: [1, 2]\n',
      'overlays/prod/kustomization.yaml': kustomization(['../../base']),
    },
    [
      { ruleId: 'kustomize/build-failed', environment: 'dev', message: /missing\.yaml/ },
      { ruleId: 'kustomize/build-failed', environment: 'test', message: /no-such-base/ },
      { ruleId: 'kustomize/build-failed', environment: 'staging' },
    ],
  );
  assert.equal(report.environments.find((e) => e.name === 'prod')?.entrypoints[0]?.resources, 1);
});

test('kustomization cycles: two bases that include each other, a self-include, a component cycle', BOUND, async () => {
  await checkHostile(
    {
      'a/kustomization.yaml': kustomization(['../b']),
      'b/kustomization.yaml': kustomization(['../a']),
      'overlays/dev/kustomization.yaml': kustomization(['../../a']),
      'overlays/test/kustomization.yaml': kustomization(['.']),
      'overlays/prod/kustomization.yaml': 'components:\n  - ../../comp\n',
      'comp/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\ncomponents:\n  - ../comp\n',
    },
    [
      { ruleId: 'kustomize/build-failed', environment: 'dev' },
      { ruleId: 'kustomize/build-failed', environment: 'test' },
      { ruleId: 'kustomize/build-failed', environment: 'prod' },
    ],
  );
});

test('a 40 MB manifest is refused with a finding, quickly', BOUND, async () => {
  const row = `  key: ${'x'.repeat(1000)}\n`;
  const big = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: big\ndata:\n${Array.from({ length: 40_000 }, (_, i) => row.replace('key', `k${i}`)).join('')}`;
  assert.ok(big.length > 40_000_000);
  await checkHostile(
    {
      ...base,
      'overlays/dev/kustomization.yaml': kustomization(['../../base', 'big.yaml']),
      'overlays/dev/big.yaml': big,
    },
    [{ ruleId: 'kustomize/build-failed', environment: 'dev', file: 'overlays/dev/big.yaml', message: /bytes/ }],
  );
});

test('an alias bomb (billion laughs) and deep nesting are refused, not expanded', BOUND, async () => {
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 10; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    laughs.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  await checkHostile(
    {
      ...base,
      'overlays/dev/kustomization.yaml': kustomization(['../../base', 'bomb.yaml']),
      'overlays/dev/bomb.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${laughs.join('\n  ')}\n`,
      'overlays/prod/kustomization.yaml': kustomization(['../../base', 'deep.yaml']),
      'overlays/prod/deep.yaml': `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata: ${'['.repeat(5000)}${']'.repeat(5000)}\n`,
    },
    [
      { ruleId: 'yaml/parse-error', environment: 'dev', file: 'overlays/dev/bomb.yaml' },
      { ruleId: 'yaml/parse-error', environment: 'prod', file: 'overlays/prod/deep.yaml' },
    ],
  );
});

test('symlinks: a file out of the repository is refused; a directory loop does not hang discovery', BOUND, async () => {
  await checkHostile(
    {
      ...base,
      'overlays/dev/kustomization.yaml': kustomization(['../../base', 'passwd.yaml']),
      'overlays/prod/kustomization.yaml': kustomization(['../../base']),
    },
    [{ ruleId: 'kustomize/build-failed', environment: 'dev', file: 'overlays/dev/kustomization.yaml', message: /passwd\.yaml/ }],
    (root) => {
      symlinkSync('/etc/passwd', join(root, 'overlays/dev/passwd.yaml'));
      mkdirSync(join(root, 'loop'));
      symlinkSync('..', join(root, 'loop/up'));
      symlinkSync(join(root, 'loop'), join(root, 'loop/self'));
    },
  );
});

test('symlinks to `.` listed as resources, and in a directory source: a cycle finding, no walk that doubles per level', BOUND, async () => {
  const report = await checkHostile(
    {
      ...base,
      'overlays/dev/kustomization.yaml': kustomization(['../../base', 'a', 'b']),
      'overlays/prod/kustomization.yaml': kustomization(['../../base', 'app.yaml']),
      'raw/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: raw\n',
      'overlays/prod/app.yaml':
        'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: raw\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: https://git.example.test/hostile.git\n    path: raw\n    directory:\n      recurse: true\n  destination:\n    namespace: raw\n',
    },
    [{ ruleId: 'kustomize/build-failed', environment: 'dev', file: 'overlays/dev/kustomization.yaml', message: /cycle detected/ }],
    (root) => {
      // Followed, two links to `.` make 2^40 paths before the kernel says ELOOP.
      for (const name of ['a', 'b']) symlinkSync('.', join(root, 'overlays/dev', name));
      for (const name of ['a', 'b']) symlinkSync('.', join(root, 'raw', name));
    },
  );
  // The directory source's one manifest, once (as Argo CD walks it: linked directories are not entered).
  assert.deepEqual(report.findings.filter((f) => f.ruleId === 'resource/duplicate'), []);
  assert.equal(report.environments.find((e) => e.name === 'prod')?.entrypoints[0]?.resources, 3);
});

test('binary files: as a resource, as a kustomization, in an Argo directory source', BOUND, async () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0, 0]);
  await checkHostile(
    {
      ...base,
      'overlays/dev/kustomization.yaml': kustomization(['../../base', 'logo.yaml']),
      'overlays/dev/logo.yaml': png,
      'overlays/test/kustomization.yaml': png,
      'overlays/prod/kustomization.yaml': kustomization(['../../base', 'app.yaml']),
      'overlays/prod/app.yaml': application('blobs', 'raw'),
      'raw/ok.yaml': deployment('raw'),
      'raw/blob.yaml': png,
      'raw/image.png': png,
    },
    [
      { ruleId: 'yaml/parse-error', environment: 'dev', file: 'overlays/dev/logo.yaml' },
      { ruleId: 'yaml/parse-error', environment: 'test', file: 'overlays/test/kustomization.yaml' },
      { ruleId: 'yaml/parse-error', environment: 'prod', file: 'raw/blob.yaml' },
    ],
  );
});

test('Applications pointing outside the repository or at a missing path are findings', BOUND, async () => {
  await checkHostile(
    {
      ...base,
      'overlays/dev/kustomization.yaml': kustomization(['../../base', 'apps.yaml']),
      'overlays/dev/apps.yaml': [
        application('escape', '../../../etc'),
        application('absolute', '/../../etc'),
        application('gone', 'apps/not-there'),
        application('self', 'overlays/dev'),
      ].join('---\n'),
    },
    [
      // At the `path:` line of each Application.
      { ruleId: 'kustomize/build-failed', environment: 'dev', file: 'overlays/dev/apps.yaml', line: 11, message: /'escape': path '\.\.\/\.\.\/\.\.\/etc' leaves the repository/ },
      { ruleId: 'kustomize/build-failed', environment: 'dev', file: 'overlays/dev/apps.yaml', line: 26, message: /'absolute': path '\/\.\.\/\.\.\/etc' leaves/ },
      { ruleId: 'kustomize/build-failed', environment: 'dev', file: 'overlays/dev/apps.yaml', line: 41, message: /'gone': path 'apps\/not-there' does not exist/ },
    ],
  );
});

test('a Flux Kustomization pointing outside the repository is a finding', BOUND, async () => {
  await checkHostile(
    {
      ...base,
      'clusters/dev/flux-system/gotk-sync.yaml': `apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 1m
  url: https://git.example.test/hostile.git
  ref:
    branch: main
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: escape
  namespace: flux-system
spec:
  interval: 10m
  path: ../../../../etc
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
`,
    },
    [{ ruleId: 'kustomize/build-failed', environment: 'dev', file: 'clusters/dev/flux-system/gotk-sync.yaml', line: 19, message: /'escape': path/ }],
  );
});

test('renders that keep pointing at new paths stop (an app-of-apps that generates itself)', BOUND, async () => {
  // Each overlay's Application points at the next overlay; the chain is long but finite, and a loop back
  // to the start renders nothing twice.
  const files: Record<string, string> = {};
  for (let i = 0; i < 30; i++) {
    files[`chain/${i}/kustomization.yaml`] = kustomization(['app.yaml']);
    files[`chain/${i}/app.yaml`] = application(`link-${i}`, `chain/${(i + 1) % 30}`);
  }
  files['overlays/dev/kustomization.yaml'] = kustomization(['root.yaml']);
  files['overlays/dev/root.yaml'] = application('root', 'chain/0');
  files['overlays/prod/kustomization.yaml'] = kustomization(['root.yaml', 'broken.yaml']);
  files['overlays/prod/root.yaml'] = application('root', 'chain/0');
  files['overlays/prod/broken.yaml'] = 'key: [';
  const report = await checkHostile(files, [{ ruleId: 'yaml/parse-error', environment: 'prod' }]);
  // The root Application and the 30 of the chain, each once: the loop back to chain/0 renders nothing twice.
  assert.equal(report.environments.find((e) => e.name === 'dev')?.entrypoints[0]?.resources, 31);
  // (Without the shared schema set, the Applications are schema/missing warnings: errors are what count.)
  assert.deepEqual(report.findings.filter((f) => f.environment === 'dev' && f.severity === 'error'), []);
});

test('an environment asking for far more renders than its repository has directories stops, with one finding at the culprit', BOUND, async () => {
  // 1,100 Applications render one small directory, each with its own name prefix: every render is new,
  // in a repository of a handful of directories.
  const apps = Array.from({ length: 1100 }, (_, i) => `app-${i}.yaml`);
  const files: Record<string, string> = {
    'overlays/dev/kustomization.yaml': kustomization(apps),
    'target/kustomization.yaml': kustomization(['cm.yaml']),
    'target/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n',
  };
  for (const [i, name] of apps.entries()) {
    files[`overlays/dev/${name}`] = application(`a${i}`, 'target').replace('    path: target\n', `    path: target\n    kustomize:\n      namePrefix: p${i}-\n`);
  }
  const report = await checkHostile(files, [{ ruleId: 'kustomize/build-failed', environment: 'dev', message: /stopped after 1000 renders \(10 per directory of the repository\): Application 'a\d+'/ }]);
  assert.equal(report.findings.filter((f) => f.ruleId === 'kustomize/build-failed').length, 1);
});

function application(name: string, path: string): string {
  return `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ${name}
  namespace: argocd
spec:
  project: default
  source:
    repoURL: https://git.example.test/hostile.git
    targetRevision: main
    path: ${path}
  destination:
    server: https://kubernetes.default.svc
    namespace: ${name}
`;
}
