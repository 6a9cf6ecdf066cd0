// `gitops-gate build` as a function: the examples' golden output, one-line errors with exit 1, usage errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deployment, kustomization, makeRepo, REPO_ROOT, runCli } from '../check/helpers.ts';

const GOLDEN = join(REPO_ROOT, 'test', 'golden', 'examples');

/** Example directories that have a golden `expected.yaml` (examples.test.ts keeps that set complete). */
function goldenDirs(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'expected.yaml') out.push(relative(GOLDEN, dir).split('\\').join('/'));
    }
  };
  if (existsSync(GOLDEN)) walk(GOLDEN);
  return out;
}

/** One line on stderr naming `file`, no stack trace. */
function assertBuildError(stderr: string, file: RegExp): void {
  assert.match(stderr, /^gitops-gate: [^\n]+\n$/, `one line expected, got: ${stderr}`);
  assert.match(stderr, file);
  assert.doesNotMatch(stderr, /\n\s+at |TypeError|internal error/);
}

test('build: every example overlay prints its golden output', async (t) => {
  const dirs = goldenDirs();
  assert.ok(dirs.length >= 10, `golden example dirs: ${dirs.length}`);
  for (const rel of dirs) {
    await t.test(rel, async () => {
      const run = await runCli(['build', `examples/${rel}`]);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, '');
      assert.equal(run.stdout, readFileSync(join(GOLDEN, rel, 'expected.yaml'), 'utf8'));
    });
  }
});

test('build: DIR relative to the working directory, or the working directory itself', async () => {
  const dir = join(REPO_ROOT, 'examples', 'homelab', 'apps', 'web', 'overlays', 'dev');
  const expected = readFileSync(join(GOLDEN, 'homelab', 'apps', 'web', 'overlays', 'dev', 'expected.yaml'), 'utf8');
  assert.equal((await runCli(['build'], { cwd: dir })).stdout, expected);
  assert.equal((await runCli(['build', 'overlays/dev'], { cwd: join(dir, '..', '..') })).stdout, expected);
});

test('build: a YAML error exits 1 with one line naming the file', async () => {
  const run = await runCli(['build', 'examples/mistakes/apps/api/overlays/dev']);
  assert.equal(run.code, 1);
  assert.equal(run.stdout, '');
  assertBuildError(run.stderr, /apps\/api\/overlays\/dev\/settings\.yaml:8/);
});

test('build: a patch without a target exits 1 with one line naming the kustomization', async () => {
  const run = await runCli(['build', 'examples/mistakes/apps/worker/overlays/prod']);
  assert.equal(run.code, 1);
  assertBuildError(run.stderr, /apps\/worker\/overlays\/prod\/kustomization\.yaml: .*worker-v2/);
});

test('build: broken inputs exit 1 with one line, never a crash', async (t) => {
  const repo = makeRepo({
    'missing-resource/kustomization.yaml': kustomization(['nope.yaml']),
    'not-a-kustomization/readme.txt': 'hello',
    'bad-kustomization/kustomization.yaml': 'resources: 42\n',
    'cycle-a/kustomization.yaml': kustomization(['../cycle-b']),
    'cycle-b/kustomization.yaml': kustomization(['../cycle-a']),
    'outside/kustomization.yaml': kustomization(['../shared/deployment.yaml']),
    'shared/deployment.yaml': deployment('web'),
    'binary/kustomization.yaml': kustomization(['blob.yaml']),
    'binary/blob.yaml': new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0xff, 0xfe, 0, 0]),
  });
  try {
    const cases: [string, RegExp][] = [
      ['missing-resource', /missing-resource\/kustomization\.yaml/],
      ['not-a-kustomization', /not-a-kustomization/],
      ['bad-kustomization', /bad-kustomization\/kustomization\.yaml/],
      ['cycle-a', /cycle-[ab]/],
      ['outside', /outside\/kustomization\.yaml/],
      ['binary', /binary\/blob\.yaml/],
      ['no-such-dir', /no-such-dir/],
    ];
    for (const [dir, file] of cases) {
      await t.test(dir, async () => {
        const run = await runCli(['build', dir], { cwd: repo.root });
        assert.equal(run.code, 1, `${dir}: ${run.stderr}`);
        assertBuildError(run.stderr, file);
      });
    }
    await t.test('--load-restrictor none (and kustomize spelling) lets the file outside in', async () => {
      for (const flag of ['none', 'LoadRestrictionsNone']) {
        const run = await runCli(['build', 'outside', '--load-restrictor', flag], { cwd: repo.root });
        assert.equal(run.code, 0, run.stderr);
        assert.match(run.stdout, /^kind: Deployment$/m);
      }
    });
  } finally {
    repo.cleanup();
  }
});

test('build: usage errors exit 2 with one line', async () => {
  for (const argv of [
    ['build', 'a', 'b'],
    ['build', '.', '--load-restrictor', 'sometimes'],
    ['build', '.', '--reorder', 'alphabetical'],
    ['build', '.', '--engine', 'helm'],
    ['build', '.', '--bogus'],
  ]) {
    const run = await runCli(argv);
    assert.equal(run.code, 2, argv.join(' '));
    assert.match(run.stderr, /^gitops-gate: [^\n]+\n$/);
  }
});
