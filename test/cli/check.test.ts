// `gitops-gate check` as a function: exit codes, formats, --output, --env, --fail-on, bad configs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { checkJson, deployment, kustomization, makeRepo, NEEDS_SCHEMAS, REPO_ROOT, runCli } from '../check/helpers.ts';

const MISTAKES = 'examples/mistakes';
const HOMELAB = 'examples/homelab';
const ENV_FIRST = 'test/fixtures/check-env-first';
const BOUND = { ...NEEDS_SCHEMAS, timeout: 60_000 };

/** One line on stderr, no stack trace. */
function assertOneLine(stderr: string): void {
  assert.match(stderr, /^gitops-gate: [^\n]+\n$/, `expected one line on stderr, got: ${stderr}`);
  assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
}

test('check: a clean repository exits 0', BOUND, async () => {
  const run = await runCli(['check', HOMELAB]);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /^0 errors, 0 warnings, \d+ notices in 20 entrypoints \(\d+ resources\) across 4 environments$/m);
});

test('check: errors exit 1; --fail-on never exits 0; --fail-on error is the default', BOUND, async () => {
  assert.equal((await runCli(['check', MISTAKES])).code, 1);
  assert.equal((await runCli(['check', MISTAKES, '--fail-on', 'error'])).code, 1);
  assert.equal((await runCli(['check', MISTAKES, '--fail-on', 'never'])).code, 0);
});

test('check: --fail-on warning fails on warnings alone; the default does not', BOUND, async () => {
  const repo = makeRepo({
    'k8s/kustomization.yaml': kustomization(['deployment.yaml'], 'commonLabels:\n  team: web\n'),
    'k8s/deployment.yaml': deployment('web'),
  });
  try {
    const { run, report } = await checkJson(repo.root);
    assert.deepEqual(report.findings.map((f) => [f.ruleId, f.severity, f.environment]), [['kustomize/deprecated-field', 'warning', 'default']]);
    assert.equal(run.code, 0);
    assert.equal((await runCli(['check', repo.root, '--fail-on', 'warning'])).code, 1);
  } finally {
    repo.cleanup();
  }
});

test('check: every --format renders; a bad one is a usage error', BOUND, async () => {
  const json = await runCli(['check', ENV_FIRST, '--format', 'json']);
  assert.equal(JSON.parse(json.stdout).tool, 'gitops-gate');
  const sarif = await runCli(['check', ENV_FIRST, '--format', 'sarif']);
  assert.equal(JSON.parse(sarif.stdout).version, '2.1.0');
  const md = await runCli(['check', ENV_FIRST, '--format', 'markdown']);
  assert.match(md.stdout, /^<!-- gitops-gate -->/);
  const text = await runCli(['check', ENV_FIRST, '--format', 'text']);
  assert.match(text.stdout, /overlays\/prod\/web\/resources-patch\.yaml:11:\d+ +error +schema\/unknown-field/);
  for (const r of [json, sarif, md, text]) assert.equal(r.code, 1);

  const bad = await runCli(['check', ENV_FIRST, '--format', 'xml']);
  assert.equal(bad.code, 2);
  assertOneLine(bad.stderr);
  assert.match(bad.stderr, /--format/);
});

test('check: text is coloured on a TTY only, and never with NO_COLOR', BOUND, async () => {
  const esc = /\x1b\[/;
  assert.doesNotMatch((await runCli(['check', ENV_FIRST])).stdout, esc);
  assert.match((await runCli(['check', ENV_FIRST], { stdoutIsTTY: true })).stdout, esc);
  assert.doesNotMatch((await runCli(['check', ENV_FIRST], { stdoutIsTTY: true, env: { NO_COLOR: '1' } })).stdout, esc);
});

test('check: --output writes the report to the file, says so on stderr, prints nothing', BOUND, async () => {
  const run = await runCli(['check', join(REPO_ROOT, ENV_FIRST), '--format', 'json', '--output', 'out/report.json'], { cwd: '/tmp' });
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '');
  const written = run.files.get('/tmp/out/report.json');
  assert.ok(written, `written: ${[...run.files.keys()].join(', ')}`);
  assert.equal(JSON.parse(written).summary.errors, 1);
  assert.match(run.stderr, /report written to out\/report\.json \(1 errors?, 0 warnings, 0 notices\)/);
});

test('check: --env keeps only the named environments, in promotion order', BOUND, async () => {
  const { report } = await checkJson(ENV_FIRST, ['--env', 'prod', '--env', 'dev']);
  assert.deepEqual(report.environments.map((e) => e.name), ['dev', 'prod']);
  assert.ok(report.findings.every((f) => f.environment === 'dev' || f.environment === 'prod'));
});

test('check: an unknown --env is a usage error naming the known ones', BOUND, async () => {
  const run = await runCli(['check', ENV_FIRST, '--env', 'qa']);
  assert.equal(run.code, 2);
  assertOneLine(run.stderr);
  assert.match(run.stderr, /'qa'/);
  assert.match(run.stderr, /'dev', 'staging', 'prod'/);
  assert.equal(run.stdout, '');
});

test('check: --kubernetes-version overrides the config; a malformed one is a usage error', BOUND, async () => {
  // extensions/v1beta1 Ingress was removed in 1.22: with 1.21 it is only deprecated.
  const { report } = await checkJson(MISTAKES, ['--env', 'prod', '--kubernetes-version', '1.21']);
  const ingress = report.findings.filter((f) => f.resource?.kind === 'Ingress' && f.ruleId.startsWith('schema/') && f.ruleId.endsWith('-api'));
  assert.deepEqual(ingress.map((f) => f.ruleId), ['schema/deprecated-api']);
  const bad = await runCli(['check', MISTAKES, '--kubernetes-version', 'latest-ish']);
  assert.equal(bad.code, 2);
  assertOneLine(bad.stderr);
});

test('check: usage errors exit 2 with one line', async () => {
  for (const argv of [
    ['check', ENV_FIRST, '--fail-on', 'sometimes'],
    ['check', ENV_FIRST, '--bogus'],
    ['check', ENV_FIRST, 'another-dir'],
    ['check', 'no/such/dir'],
    ['check', ENV_FIRST, '--config', 'no-such-config.yaml'],
    ['check', ENV_FIRST, '--base-branch', 'dev'],
  ]) {
    const run = await runCli(argv);
    assert.equal(run.code, 2, `${argv.join(' ')}: ${run.stderr}`);
    assertOneLine(run.stderr);
  }
});

test('check: a bad .gitops-gate.yaml exits 2 with file:line', async (t) => {
  const cases: [string, string, RegExp][] = [
    ['unknown key', 'kubernetesVersion: "1.31"\nenvironments:\n  - name: dev\n    brnch: dev\n', /\.gitops-gate\.yaml:4: .*brnch/],
    ['not YAML', 'repoURL: https://x.test/r.git\nenvironments: [\n', /\.gitops-gate\.yaml:\d+: .*YAML/i],
    ['wrong type', 'kubernetesVersion: "1.31"\nrules:\n  secret/plaintext: loud\n', /\.gitops-gate\.yaml:3: /],
  ];
  for (const [name, config, expected] of cases) {
    await t.test(name, async () => {
      const repo = makeRepo({ '.gitops-gate.yaml': config, 'k8s/kustomization.yaml': kustomization([]) });
      try {
        const run = await runCli(['check', repo.root]);
        assert.equal(run.code, 2, run.stderr);
        assertOneLine(run.stderr);
        assert.match(run.stderr, expected);
        // --config names the same file from elsewhere.
        const again = await runCli(['check', repo.root, '--config', join(repo.root, '.gitops-gate.yaml')]);
        assert.equal(again.code, 2);
        assert.match(again.stderr, expected);
      } finally {
        repo.cleanup();
      }
    });
  }
});

test('check: the repository defaults to the working directory', BOUND, async () => {
  const run = await runCli(['check', '--format', 'json'], { cwd: join(REPO_ROOT, ENV_FIRST) });
  assert.equal(run.code, 1, run.stderr);
  assert.equal(JSON.parse(run.stdout).summary.entrypoints, 3);
});

test('check: a progress line goes to stderr on a TTY only, and is cleared', BOUND, async () => {
  const plain = await runCli(['check', ENV_FIRST]);
  assert.equal(plain.stderr, '');
  const tty = await runCli(['check', ENV_FIRST], { stderrIsTTY: true });
  assert.match(tty.stderr, /rendering environment dev/);
  assert.ok(tty.stderr.endsWith('\r\x1b[2K'), 'the progress line is erased before the report');
});
