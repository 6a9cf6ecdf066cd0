// `gitops-gate init`: writes the detected layout as a configuration that, read back, names exactly the
// entrypoints detection found; refuses to overwrite without --force.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig, defaultConfig } from '../../src/config/config.ts';
import { discoverEnvironments, scanRepo } from '../../src/core/discover.ts';
import { NodeFileSystem } from '../../src/io/node-fs.ts';
import { cli } from '../../src/cli/cli.ts';
import { makeRepo } from '../check/helpers.ts';

const k = 'resources: []\n';

async function run(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await cli(argv, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {} });
  return { code, stdout, stderr };
}

test('init writes what detection found, folded into globs, and the file reads back to the same entrypoints', async (t) => {
  const repo = makeRepo({
    'apps/web/overlays/dev/kustomization.yaml': k,
    'apps/api/overlays/dev/kustomization.yaml': k,
    'apps/web/overlays/prod/kustomization.yaml': k,
    'apps/api/overlays/prod/kustomization.yaml': k,
    'apps/api/overlays/staging/kustomization.yaml': k,
    'catalog/x/overlays/stable/kustomization.yaml': k,
  });
  t.after(repo.cleanup);
  const written = await run(['init', repo.root], repo.root);
  assert.equal(written.code, 0, written.stderr);
  assert.match(written.stderr, /wrote \.gitops-gate\.yaml: dev \(2\), staging \(1\), prod \(2\), catalog \(1\)/);
  const text = readFileSync(join(repo.root, '.gitops-gate.yaml'), 'utf8');
  assert.match(text, /- "apps\/\*\/overlays\/dev"/);
  assert.match(text, /name: prod\n    branch: main\n    promotesFrom: staging/);
  assert.match(text, /isolated: true/);

  const tree = scanRepo(new NodeFileSystem(), repo.root);
  const paths = (envs: ReturnType<typeof discoverEnvironments>) => envs.map((e) => [e.config.name, e.entrypoints.map((x) => x.path).sort(), !!e.config.isolated]);
  assert.deepEqual(paths(discoverEnvironments(tree, parseConfig(text, '.gitops-gate.yaml'))), paths(discoverEnvironments(tree, defaultConfig())));

  const again = await run(['init', repo.root], repo.root);
  assert.equal(again.code, 2);
  assert.match(again.stderr, /exists; --force overwrites it/);
  assert.equal((await run(['init', repo.root, '--force'], repo.root)).code, 0);
});

test('init on a repository with nothing detected writes the three-line start', async (t) => {
  const repo = makeRepo({ 'README.md': '# x\n' });
  t.after(repo.cleanup);
  const r = await run(['init', '--stdout'], repo.root);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /environments:\n  - name: prod\n    entrypoints: \["deploy\/overlays\/prod"\]\n$/);
  assert.ok(!existsSync(join(repo.root, '.gitops-gate.yaml')), '--stdout writes nothing');
  // And check fails on it: nothing to check never passes.
  const check = await run(['check', repo.root, '--format', 'json'], repo.root);
  assert.equal(check.code, 1);
  assert.match(check.stdout, /discover\/nothing-found/);
});
