// Incremental renders of a pull request's base are exactly the full renders: over generated GitOps
// repositories and random change sets, the base checked with the head's renders reused (render-memo.ts)
// gives the same report and the same rendered models as the base checked from scratch — and reuses most
// renders when the change is small.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/config/config.ts';
import { RenderMemo, TreeComparison } from '../../src/core/cluster/render-memo.ts';
import { renderCounts } from '../../src/core/cluster/render-environment.ts';
import type { EnvironmentModel } from '../../src/core/cluster/model.ts';
import { rulesByEnvironment, runChangeChecks, type BaseRevision } from '../../src/core/check-change.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import { withBaseline } from '../../src/core/baseline.ts';
import { runChecks, type CheckInputs, type EnvironmentChecks } from '../../src/core/run.ts';
import { renderJson } from '../../src/core/render/json.ts';
import type { SchemaSource } from '../../src/core/schema/source.ts';
import type { JsonObject } from '../../src/core/model/json.ts';
import { stringifyYaml } from '../../src/core/yaml/stringify.ts';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { walkSkips } from '../../src/core/discover/scan.ts';
import { certifyWalk } from '../../src/core/cluster/walk-certificate.ts';
import { CONFIG, generateRepo, prng, randomChange, type Files } from './gitops-repo-generator.ts';

const ROOT = '/repo';
const NO_SCHEMAS: SchemaSource = { lookup: async () => ({ outages: [] }) };
const CHANGE_SETS = Number(process.env.INCREMENTAL_CHANGES ?? 60);

/**
 * Schemas some changes break — an image bumped past 1.0, a debug log level, more than three replicas — so
 * that heads and bases disagree on validation findings, and a base validates only what it does not share.
 */
const PICKY_SCHEMAS: SchemaSource = {
  lookup: async ({ apiVersion, kind }) => {
    const object = (properties: Record<string, JsonObject>): JsonObject => ({ type: 'object', properties });
    const documents: Record<string, JsonObject> = {
      'apps/v1 Deployment': object({ spec: object({ template: object({ spec: object({ containers: { type: 'array', items: object({ image: { type: 'string', pattern: ':1\\.0\\.\\d+$' } }) } }) }) }) }),
      'v1 ConfigMap': object({ data: object({ LOG_LEVEL: { enum: ['info'] }, replicas: { type: 'string', pattern: '^[1-3]$' } }) }),
    };
    const document = documents[`${apiVersion} ${kind}`];
    return document ? { schema: { documentId: `picky ${apiVersion} ${kind}`, pointer: '', origin: 'picky', document }, outages: [] } : { outages: [] };
  },
};

function fsOf(files: Files): MemoryFileSystem {
  const fs = new MemoryFileSystem();
  for (const [path, text] of files) fs.writeFile(`${ROOT}/${path}`, text);
  return fs;
}

function inputs(fs: MemoryFileSystem): CheckInputs {
  return { fs, repoRoot: ROOT, config: parseConfig(CONFIG, '.gitops-gate.yaml'), repoURLs: [], schemaSource: NO_SCHEMAS };
}

/** Everything a model says, as text: resources with where they came from, and the render findings. */
function describeModels(models: EnvironmentModel[]): string {
  return models
    .map((m) =>
      JSON.stringify({
        env: m.config.name,
        entrypoints: m.entrypoints,
        findings: m.findings,
        resources: m.resources.map((r) => ({
          entrypoint: r.entrypoint,
          renderedFrom: r.renderedFrom,
          owner: r.owner,
          serverSideApply: r.serverSideApply,
          ignoredRules: r.ignoredRules,
          source: r.resource.source,
          patches: r.resource.patches,
          yaml: stringifyYaml(r.resource.obj),
        })),
      }),
    )
    .join('\n');
}

/** The absolute paths whose bytes differ between two file sets, or that only one has (what `git diff` lists). */
function differingFiles(base: Files, head: Files): Set<string> {
  const out = new Set<string>();
  for (const path of new Set([...base.keys(), ...head.keys()])) if (base.get(path) !== head.get(path)) out.add(`${ROOT}/${path}`);
  return out;
}

/**
 * The head with files git does not know: half of those the change added (git diff does not list them),
 * and some beside: a local manifest in the directory source, a scratch directory, a .git.
 */
function withUntrackedFiles(head: Files, base: Files, rand: () => number): { files: Files; untracked: Set<string> } {
  const files = new Map(head);
  const untracked = new Set<string>();
  for (const path of head.keys()) if (!base.has(path) && rand() < 0.5) untracked.add(path);
  const extras: [string, string][] = [
    ['raw/monitoring/local.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: local\n'],
    ['raw/monitoring/scratch/notes.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: scratch\n'],
    ['.git/HEAD', 'ref: refs/heads/main\n'],
  ];
  for (const [path, text] of extras) {
    if (rand() < 0.5 || files.has(path)) continue;
    files.set(path, text);
    untracked.add(path);
  }
  return { files, untracked };
}

test(`incremental base renders equal full renders over ${CHANGE_SETS} random change sets`, async () => {
  const rand = prng(20261203);
  let reused = 0;
  let rendered = 0;
  let untouchedEnvironments = 0;
  let wholeEnvironments = 0;
  let certificates = 0;
  let schemaFindings = 0;
  for (let i = 0; i < CHANGE_SETS; i++) {
    const base = generateRepo(rand);
    const { files: head, changes } = randomChange(base, rand);
    const headFs = fsOf(head);
    const baseFs = fsOf(base);

    const memo = new RenderMemo();
    const checks = new Map<string, EnvironmentChecks>();
    await runChecks({ ...inputs(headFs), renderMemo: { record: memo }, environmentChecks: { record: checks } });
    const incremental = await runChecks({
      ...inputs(baseFs),
      renderMemo: { reuse: { memo, comparison: new TreeComparison(headFs, baseFs) } },
      environmentChecks: { reuse: checks },
    });
    const full = await runChecks(inputs(baseFs));

    const what = `change set ${i}: ${changes.join('; ')}`;
    assert.equal(renderJson(incremental.report), renderJson(full.report), what);
    // As beside a git working tree: the files that differ are known, and every other file is the same
    // without comparing (the discovery's result is then taken whole when no summary changes).
    const changed = differingFiles(base, head);
    const knowing = await runChecks({
      ...inputs(baseFs),
      renderMemo: { reuse: { memo, comparison: new TreeComparison(headFs, baseFs, (p) => base.has(p.slice(ROOT.length + 1)) && !changed.has(p), changed) } },
      environmentChecks: { reuse: checks },
    });
    assert.equal(renderJson(knowing.report), renderJson(full.report), `${what} (changed files known)`);
    assert.equal(describeModels(knowing.models), describeModels(full.models), `${what} (changed files known)`);
    // As the CLI compares a working tree: git's changed files and the head's walk show most answers alike
    // at once (walk-certificate.ts) — with files git does not know in the head: some the change added, and
    // others beside them (a local file in a directory source, a scratch directory, a .git).
    const { files: untrackedHead, untracked } = withUntrackedFiles(head, base, rand);
    const untrackedFs = fsOf(untrackedHead);
    const tracked = new Set([...changed].filter((p) => !untracked.has(p.slice(ROOT.length + 1))));
    const certifyingMemo = new RenderMemo();
    // The head writes down only what the certificate cannot answer, as when the CLI opened the base first.
    certifyingMemo.certify = async (walk, walkedFs) => certifyWalk(walk, walkedFs, baseFs, tracked, walkSkips, false);
    const certifyingChecks = new Map<string, EnvironmentChecks>();
    await runChecks({ ...inputs(untrackedFs), renderMemo: { record: certifyingMemo }, environmentChecks: { record: certifyingChecks } });
    const comparison = new TreeComparison(untrackedFs, baseFs, (p) => base.has(p.slice(ROOT.length + 1)) && !tracked.has(p), tracked, certifyingMemo.alike);
    const certified = await runChecks({ ...inputs(baseFs), renderMemo: { reuse: { memo: certifyingMemo, comparison } }, environmentChecks: { reuse: certifyingChecks } });
    const certifiedWhat = `${what}; untracked: ${[...untracked].join(', ')}`;
    assert.equal(renderJson(certified.report), renderJson(full.report), certifiedWhat);
    assert.equal(describeModels(certified.models), describeModels(full.models), certifiedWhat);
    certificates += certifyingMemo.alike ? 1 : 0;
    // The whole change as the CLI runs it (the base checks only the rules the head reports, positions
    // shared) classifies every finding as both sides checked in full would — every other time with the
    // base still opening when the head starts, as git opens it beside the head's walk.
    const baseRevision: BaseRevision = {
      fs: baseFs,
      ref: 'main',
      commit: 'b'.repeat(40),
      unchanged: (p) => base.has(p.slice(ROOT.length + 1)) && !changed.has(p),
      changed,
      holdsSymlinks: false,
    };
    const picky = (fs: MemoryFileSystem): CheckInputs => ({ ...inputs(fs), schemaSource: PICKY_SCHEMAS });
    const change = await runChangeChecks(picky(headFs), i % 2 === 0 ? baseRevision : later(baseRevision));
    const [fullHead, fullBase] = [await runChecks(picky(headFs)), await runChecks(picky(baseFs))];
    assert.equal(renderJson(change.report), renderJson(withBaseline(fullHead.report, fullBase.report, 'main', 'b'.repeat(40))), what);
    schemaFindings += fullHead.report.findings.filter((f) => f.ruleId.startsWith('schema/')).length;
    assert.equal(describeModels(incremental.models), describeModels(full.models), what);
    for (const m of incremental.models) {
      const c = renderCounts.get(m)!;
      reused += c.reused;
      rendered += c.rendered;
      if (c.rendered === 0) untouchedEnvironments++;
      if (c.whole) wholeEnvironments++;
    }
  }
  assert.equal(certificates, CHANGE_SETS, 'every comparison knowing the changed files and the walk has a certificate');
  assert.ok(schemaFindings > 0, 'some heads break a schema');
  assert.ok(untouchedEnvironments > 0, 'some change sets leave an environment untouched: its checks are reused');
  assert.ok(wholeEnvironments > 0, 'an environment the change cannot reach is taken whole');
  // Small changes leave most directories alone: most base renders come from the head.
  assert.ok(reused > 3 * rendered, `reused ${reused}, rendered ${rendered}`);
});

test('runChangeChecks: the diff of the models and the classification match a change checked side by side', async () => {
  const rand = prng(7);
  const base = generateRepo(rand);
  const head = new Map(base);
  head.set('apps/app0/base/settings.env', 'LOG_LEVEL=debug\nAPP=app0\n');
  const change = await runChangeChecks(inputs(fsOf(head)), { fs: fsOf(base), ref: 'main', commit: 'b'.repeat(40) });
  const fullBase = await runChecks(inputs(fsOf(base)));
  assert.equal(describeModels(change.baseModels), describeModels(fullBase.models));
  const counts = change.baseModels.map((m) => renderCounts.get(m)!);
  // Only app0's overlays (one per environment) read the changed file.
  assert.deepEqual(
    counts.map((c) => c.rendered),
    [1, 1],
  );
});

/** `value`, a few turns of the event loop from now: a base that git is still opening. */
function later<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), 5));
}

test('runChangeChecks: a base promised and settling on none gives the head alone; one that fails fails the whole', async () => {
  const rand = prng(11);
  const files = generateRepo(rand);
  const alone = await runChangeChecks(inputs(fsOf(files)), later(undefined));
  const plain = await runChecks(inputs(fsOf(files)));
  assert.equal(renderJson(alone.report), renderJson(plain.report));
  assert.equal(alone.baseModels, undefined);
  assert.equal(describeModels(alone.models), describeModels(plain.models));
  const failing = Promise.reject(new Error('git could not list the base'));
  await assert.rejects(runChangeChecks(inputs(fsOf(files)), failing), /git could not list the base/);
});

test('rulesByEnvironment: an environment compares the rules the head reported there and those of no environment', () => {
  const finding = (ruleId: string, environment?: string): Finding => ({ ruleId, severity: 'warning', message: 'm', ...(environment ? { environment } : {}) });
  const rulesIn = rulesByEnvironment([
    finding('wave/child-health', 'prod'),
    finding('secret/plaintext', 'dev'),
    finding('secret/plaintext', 'prod'),
    finding('schema/unreachable'),
  ]);
  assert.deepEqual([...rulesIn('prod')].sort(), ['schema/unreachable', 'secret/plaintext', 'wave/child-health']);
  assert.deepEqual([...rulesIn('dev')].sort(), ['schema/unreachable', 'secret/plaintext']);
  assert.deepEqual([...rulesIn('staging')], ['schema/unreachable'], 'an environment the head reported nothing in');
});

test('RenderMemo: a render is found for its own asking object or an equal copy of it, never for another', () => {
  const memo = new RenderMemo();
  const app = (path: string) => ({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'web' }, spec: { source: { path } } });
  const dev = app('apps/web/overlays/dev');
  const prod = app('apps/web/overlays/prod');
  const render = (label: string, spec?: ReturnType<typeof app>) => ({ questions: { stats: new Set([label]), reads: new Set<string>(), lists: new Set<string>(), realPaths: new Set<string>(), included: [] }, resources: [], events: [], ...(spec ? { spec } : {}) });
  // Two renders under one key, told apart by the object that asked for them; one asked for by nothing.
  memo.record('dev', 'k', render('dev', dev));
  memo.record('dev', 'k', render('prod', prod));
  memo.record('dev', 'plain', render('plain'));
  assert.equal(memo.get('dev', 'k', dev)?.questions.stats.has('dev'), true, 'the same object');
  assert.equal(memo.get('dev', 'k', structuredClone(prod))?.questions.stats.has('prod'), true, 'an equal copy (its parent rendered again)');
  assert.equal(memo.get('dev', 'k', app('apps/web/overlays/test')), undefined, 'an Application that changed');
  assert.equal(memo.get('dev', 'k'), undefined, 'no asking object where one asked');
  assert.equal(memo.get('dev', 'plain', dev), undefined, 'an asking object where none asked');
  assert.equal(memo.get('dev', 'plain')?.questions.stats.has('plain'), true);
  assert.equal(memo.countOf('dev'), 3);
  assert.deepEqual(
    memo.entriesOf('dev').map(([key, r]) => [key, [...r.questions.stats][0]]),
    [
      ['k', 'dev'],
      ['k', 'prod'],
      ['plain', 'plain'],
    ],
  );
});

test('a reused render is as rendered: an owner credited at the head afterwards does not come with it', async () => {
  const url = 'https://git.example.test/platform.git';
  const application = (path: string) =>
    `apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web\n  namespace: argocd\nspec:\n  project: default\n  source:\n    repoURL: ${url}\n    path: ${path}\n  destination:\n    server: https://kubernetes.default.svc\n    namespace: web\n`;
  // The Application's path is patched in, so discovery cannot tell that it renders the web overlay: that
  // overlay renders first as an entrypoint of its own, and is credited to the Application when it asks.
  const patchedTo = (path: string) =>
    `resources:\n  - app.yaml\npatches:\n  - target:\n      kind: Application\n      name: web\n    patch: |-\n      - op: replace\n        path: /spec/source/path\n        value: ${path}\n`;
  const files = (path: string): Files =>
    new Map([
      ['apps/web/overlays/dev/kustomization.yaml', 'resources:\n  - config.yaml\n'],
      ['apps/web/overlays/dev/config.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: web\ndata:\n  LOG_LEVEL: info\n'],
      ['apps/other/config.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n  namespace: web\n'],
      ['argocd/dev/app.yaml', application('apps/placeholder')],
      ['argocd/dev/kustomization.yaml', patchedTo(path)],
    ]);
  const config = parseConfig('environments:\n  - name: dev\n    entrypoints: [apps/web/overlays/dev, argocd/dev]\n', '.gitops-gate.yaml');
  const inputsOf = (fs: MemoryFileSystem): CheckInputs => ({ fs, repoRoot: ROOT, config, repoURLs: [url], schemaSource: NO_SCHEMAS });
  const headFs = fsOf(files('apps/web/overlays/dev'));
  const baseFs = fsOf(files('apps/other'));
  const memo = new RenderMemo();
  const checks = new Map<string, EnvironmentChecks>();
  const head = await runChecks({ ...inputsOf(headFs), renderMemo: { record: memo }, environmentChecks: { record: checks } });
  const credited = head.models[0]!.resources.find((r) => r.resource.name === 'web' && r.resource.kind === 'ConfigMap');
  assert.equal(credited?.owner?.name, 'web', 'the head credits the overlay to the Application afterwards');
  const incremental = await runChecks({ ...inputsOf(baseFs), renderMemo: { reuse: { memo, comparison: new TreeComparison(headFs, baseFs) } }, environmentChecks: { reuse: checks } });
  const full = await runChecks(inputsOf(baseFs));
  assert.equal(describeModels(incremental.models), describeModels(full.models));
  assert.ok(renderCounts.get(incremental.models[0]!)!.reused > 0, 'the web overlay is reused');
});
