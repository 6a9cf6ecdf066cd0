// Environments checked on worker threads give exactly what the main thread gives: the same rendered
// models and findings (so the same report), and — for a pull request's head — the same recorded renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadRepoInputs } from '../../src/cli/repo-inputs.ts';
import { checkOneEnvironment } from '../../src/core/check-environment.ts';
import { CachingFileSystem } from '../../src/core/cached-fs.ts';
import type { EnvironmentModel } from '../../src/core/cluster/model.ts';
import { RenderMemo } from '../../src/core/cluster/render-memo.ts';
import { AlikeAnswers, certifyWalk } from '../../src/core/cluster/walk-certificate.ts';
import { emptyScanRecord, walkSkips } from '../../src/core/discover/scan.ts';
import { everyQuestion } from '../../src/core/recording-fs.ts';
import { discoverEnvironments, scanRepo } from '../../src/core/discover.ts';
import { SchemaValidator } from '../../src/core/schema/validator.ts';
import { stringifyYaml } from '../../src/core/yaml/stringify.ts';
import { NodeFileSystem } from '../../src/io/node-fs.ts';
import { createWorkerPool } from '../../src/io/worker-pool.ts';
import { EXAMPLES, SCHEMAS } from './helpers.ts';

function describe(model: EnvironmentModel): string {
  return JSON.stringify({
    entrypoints: model.entrypoints,
    findings: model.findings,
    resources: model.resources.map((r) => [r.entrypoint, r.renderedFrom, r.owner, r.resource.source, r.resource.patches, stringifyYaml(r.resource.obj)]),
  });
}

for (const example of readdirSync(EXAMPLES).sort()) {
  test(`${example}: environments checked on two threads equal those checked here`, { timeout: 120_000 }, async () => {
    const root = join(EXAMPLES, example);
    const r = loadRepoInputs(root, undefined, [], root, { GITOPS_GATE_OFFLINE: '1', ...(SCHEMAS ? { GITOPS_GATE_SCHEMAS: SCHEMAS } : {}) });
    const fs = new CachingFileSystem(new NodeFileSystem());
    const tree = scanRepo(fs, r.repoRoot);
    const envs = discoverEnvironments(tree, r.config);
    const memo = new RenderMemo();
    const ctx = { fs, repoRoot: r.repoRoot, repoURLs: r.repoURLs, config: r.config, schemaSource: r.schemaSource, validator: new SchemaValidator(), directories: tree.dirs.length, renderMemo: { record: memo } };
    const here = [];
    for (const env of envs) here.push(await checkOneEnvironment(env, ctx));

    const pool = createWorkerPool(2, { repoRoot: r.repoRoot, repoURLs: r.repoURLs, config: r.config, schemaOptions: r.schemaOptions });
    try {
      const threaded = await pool.checkEnvironments(envs, { record: true, kubernetesVersion: undefined, directories: tree.dirs.length });
      assert.ok(threaded, 'the threads ran');
      assert.equal(threaded!.length, envs.length);
      for (const [i, o] of threaded!.entries()) {
        assert.equal(o.model.config.name, envs[i]!.config.name, 'in the order asked');
        assert.equal(describe(o.model), describe(here[i]!.model));
        assert.deepEqual(o.checks, here[i]!.checks);
        assert.deepEqual(o.renders?.map(([key]) => key), memo.entriesOf(envs[i]!.config.name).map(([key]) => key));
        for (const cr of o.model.resources) assert.equal(typeof cr.resource.curId, 'function', 'resources have their class back');
      }
    } finally {
      await pool.close();
    }
  });
}

test('a pull request head on threads records only what the certificate leaves, as here', { timeout: 120_000 }, async () => {
  const example = readdirSync(EXAMPLES).sort()[0]!;
  const root = join(EXAMPLES, example);
  const r = loadRepoInputs(root, undefined, [], root, { GITOPS_GATE_OFFLINE: '1', ...(SCHEMAS ? { GITOPS_GATE_SCHEMAS: SCHEMAS } : {}) });
  const fs = new CachingFileSystem(new NodeFileSystem());
  const walk = emptyScanRecord();
  const tree = scanRepo(fs, r.repoRoot, { memo: { record: walk } });
  const envs = discoverEnvironments(tree, r.config);
  // A base that is the head itself, less one file: everything else is answered alike.
  const changed = new Set([join(r.repoRoot, tree.kustomizationDirs[0]!, 'kustomization.yaml')]);
  const alike = certifyWalk(walk, fs, fs, changed, walkSkips, false)!;
  assert.ok(alike, 'a certificate');
  const copy = AlikeAnswers.fromData(alike.toData());
  assert.deepEqual([copy.entries, copy.listings, copy.walkedListings], [alike.entries, alike.listings, alike.walkedListings]);

  const memo = new RenderMemo();
  memo.alike = alike;
  const ctx = { fs, repoRoot: r.repoRoot, repoURLs: r.repoURLs, config: r.config, schemaSource: r.schemaSource, validator: new SchemaValidator(), directories: tree.dirs.length, renderMemo: { record: memo } };
  for (const env of envs) await checkOneEnvironment(env, ctx);
  const pool = createWorkerPool(2, { repoRoot: r.repoRoot, repoURLs: r.repoURLs, config: r.config, schemaOptions: r.schemaOptions });
  try {
    const threaded = await pool.checkEnvironments(envs, { record: true, alike: alike.toData(), kubernetesVersion: undefined, directories: tree.dirs.length });
    assert.ok(threaded, 'the threads ran');
    for (const [i, o] of threaded!.entries()) {
      const name = envs[i]!.config.name;
      const asked = everyQuestion(o.environmentQuestions!);
      assert.deepEqual(asked, everyQuestion(memo.questionsOf(name)!), `${name}: the same questions written down`);
    }
  } finally {
    await pool.close();
  }
});
