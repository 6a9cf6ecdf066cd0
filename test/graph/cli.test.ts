// `gitops-gate graph` as a function: each example environment draws; bad invocations exit 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runGraph } from '../../src/cli/graph-command.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { UsageError } from '../../src/cli/io.ts';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function io(): CliIO & { out: string[] } {
  const out: string[] = [];
  return { out, stdout: (t) => out.push(t), stderr: () => {}, cwd: REPO, env: { GITOPS_GATE_OFFLINE: '1' } };
}

for (const [example, envs] of [
  ['examples/homelab', ['dev', 'test', 'staging', 'prod']],
  ['examples/flux', ['staging', 'production']],
] as const) {
  for (const env of envs) {
    test(`graph draws ${example} --env ${env}`, async () => {
      const o = io();
      assert.equal(await runGraph([example, '--env', env], o), 0);
      const text = o.out.join('');
      assert.match(text, /^%% gitops-gate graph: environment /);
      assert.match(text, /\nflowchart LR\n/);
      assert.match(text, / -->\|/);
    });
  }
}

test('graph --format json lists every object with repo-relative files', async () => {
  const o = io();
  assert.equal(await runGraph(['examples/homelab', '--env', 'dev', '--format', 'json'], o), 0);
  const json = JSON.parse(o.out.join(''));
  assert.equal(json.environment, 'dev');
  const pool = json.nodes.find((n: { kind: string }) => n.kind === 'IPAddressPool');
  assert.equal(pool.application, 'argoproj.io/Application/argocd/metallb-config');
  assert.match(pool.file, /^apps\/metallb\//);
  assert.ok(json.edges.some((e: { reason: string }) => e.reason === 'load-balancer'));
});

test('graph --format dot', async () => {
  const o = io();
  assert.equal(await runGraph([join('examples', 'flux'), '--env', 'staging', '--format', 'dot'], o), 0);
  assert.match(o.out.join(''), /^\/\/ gitops-gate graph[\s\S]*digraph "staging" \{/);
});

test('graph without --env, with a bad format or an unknown environment is a usage error', async () => {
  await assert.rejects(runGraph(['examples/homelab'], io()), UsageError);
  await assert.rejects(runGraph(['examples/homelab', '--env', 'dev', '--format', 'png'], io()), UsageError);
  await assert.rejects(runGraph(['examples/homelab', '--env', 'nope'], io()), /unknown environment 'nope'/);
});

test('graph --help', async () => {
  const o = io();
  assert.equal(await runGraph(['--help'], o), 0);
  assert.match(o.out.join(''), /Usage: gitops-gate graph \[REPO\] --env NAME/);
});
