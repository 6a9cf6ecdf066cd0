// `gitops-gate diff` end to end over a two-commit git repository built in the test (fixture-repo.ts), against
// golden files in every format. `UPDATE_GOLDEN=1 npm test -- test/diff/golden` rewrites test/golden/diff/*;
// review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDiff } from '../../src/cli/diff-command.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { assertWellFormed } from './markdown-lint.ts';
import { b64, createFixtureRepo, NEW_SECRET, OLD_SECRET, type FixtureRepo } from './fixture-repo.ts';

const GOLDEN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../golden/diff');
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
const EXTENSION = { text: 'txt', markdown: 'md', json: 'json' } as const;

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: '/', env: { GITOPS_GATE_OFFLINE: '1' } };
  const code = await runDiff(args, io);
  return { code, stdout, stderr };
}

/** Commit ids differ with git versions and settings: golden files name them by role. */
function normalize(text: string, repo: FixtureRepo): string {
  return text
    .replaceAll(repo.baseCommit, '<base-commit>')
    .replaceAll(repo.headCommit, '<head-commit>')
    .replaceAll(repo.baseCommit.slice(0, 7), '<base>')
    .replaceAll(repo.headCommit.slice(0, 7), '<head>');
}

function assertNoSecret(out: string): void {
  const forbidden = [OLD_SECRET, NEW_SECRET, b64(OLD_SECRET), b64(NEW_SECRET)];
  for (const v of [b64(OLD_SECRET), b64(NEW_SECRET)]) {
    forbidden.push(createHash('sha256').update(v).digest('hex'), createHash('sha256').update(JSON.stringify(v)).digest('hex'));
  }
  for (const f of forbidden) assert.ok(!out.includes(f), `the output shows a Secret value or its hash: ${f}`);
}

test('diff --base main --head feature: golden files, exactly the changed resources, no Secret value', async () => {
  const repo = createFixtureRepo();
  try {
    for (const format of Object.keys(EXTENSION) as Array<keyof typeof EXTENSION>) {
      const { code, stdout, stderr } = await run([repo.dir, '--base', 'main', '--head', 'feature', '--format', format]);
      assert.equal(stderr, '');
      assert.equal(code, 0);
      assertNoSecret(stdout);
      const out = normalize(stdout, repo);
      const path = join(GOLDEN_DIR, `fixture.${EXTENSION[format]}`);
      if (UPDATE_GOLDEN) {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, out);
      } else {
        assert.ok(existsSync(path), `no golden file ${path}: run UPDATE_GOLDEN=1 npm test -- test/diff/golden`);
        assert.equal(out, readFileSync(path, 'utf8'), format);
      }
      if (format === 'markdown') {
        assertWellFormed(stdout);
        assert.ok(stdout.length <= 65_536);
      }
      if (format === 'json') {
        const doc = JSON.parse(stdout) as {
          base: { commit: string };
          environments: Array<{ name: string; hiddenNoiseLines: number; resources: Array<{ change: string; kind: string; name: string; previousName?: string; secretKeys: Array<{ key: string; change: string }> }> }>;
        };
        assert.equal(doc.base.commit, repo.baseCommit);
        const names = Object.fromEntries(doc.environments.map((e) => [e.name, e.resources.map((r) => `${r.change} ${r.kind}/${r.name.replace(/-[a-z0-9]{10}$/, '-<hash>')}`)]));
        assert.deepEqual(names, {
          dev: ['changed ConfigMap/web-config-<hash>', 'changed Deployment/web', 'changed Secret/web-credentials', 'added Service/web'],
          prod: ['changed ConfigMap/web-config-<hash>', 'removed CronJob/cleanup', 'changed Deployment/web', 'changed Secret/web-credentials'],
        });
        const dev = doc.environments.find((e) => e.name === 'dev')!;
        assert.ok(dev.resources[0]!.previousName, 'the renamed ConfigMap names its previous name');
        assert.deepEqual(dev.resources.find((r) => r.kind === 'Secret')!.secretKeys, [{ at: '', field: 'data', key: 'password', change: 'changed' }]);
        assert.ok(dev.hiddenNoiseLines > 0, 'the chart-version label change is hidden as noise');
      }
    }
  } finally {
    repo.cleanup();
  }
});

test('head defaults to the working tree, uncommitted edits included', async () => {
  const repo = createFixtureRepo({ commitHead: false });
  try {
    const { code, stdout } = await run([repo.dir, '--base', 'main', '--format', 'json', '--env', 'dev']);
    assert.equal(code, 0);
    const doc = JSON.parse(stdout) as { head: { ref: string; commit?: string }; environments: Array<{ name: string; added: number; changed: number; removed: number }> };
    assert.deepEqual(doc.head, { ref: 'working tree' });
    assert.deepEqual(doc.environments.map((e) => [e.name, e.added, e.changed, e.removed]), [['dev', 1, 3, 0]]);
    assertNoSecret(stdout);
  } finally {
    repo.cleanup();
  }
});

test('--show-noise shows the chart-version label', async () => {
  const repo = createFixtureRepo();
  try {
    const { stdout } = await run([repo.dir, '--base', 'main', '--head', 'feature', '--show-noise']);
    assert.match(stdout, /^ {4}\+ {4}helm\.sh\/chart: web-1\.1\.0$/m);
  } finally {
    repo.cleanup();
  }
});

test('bad invocations: one line, exit 2 through the dispatcher', async () => {
  const repo = createFixtureRepo();
  try {
    await assert.rejects(run([repo.dir]), /needs --base/);
    await assert.rejects(run([repo.dir, '--base', 'main', '--format', 'sarif']), /--format must be one of text, markdown, json/);
    await assert.rejects(run([repo.dir, '--base', 'no-such-branch']), /unknown revision 'no-such-branch'/);
    await assert.rejects(run([repo.dir, '--base', 'main', '--env', 'staging']), /unknown environment 'staging'; this repository has 'dev', 'prod'/);
    const help = await run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /^Usage: gitops-gate diff/);
  } finally {
    repo.cleanup();
  }
});
