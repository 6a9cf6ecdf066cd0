// What a pull request's base answers as its head does, known from the head's walk, the base's listings and
// git's changed files (walk-certificate.ts): every claim checked against the trees themselves, and every
// way the reasoning could mislead — untracked files, a directory turned file, symlinks — left to asking.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { certifyWalk, type AlikeAnswers } from '../../src/core/cluster/walk-certificate.ts';
import { emptyScanRecord, scanRepo, walkSkips } from '../../src/core/discover/scan.ts';
import { FsError, readText, type FileSystem } from '../../src/core/ports.ts';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { sameNames } from '../../src/core/listing.ts';

const ROOT = '/repo';
const BASE: Record<string, string> = {
  'apps/web/base/kustomization.yaml': 'resources:\n- deployment.yaml\n',
  'apps/web/base/deployment.yaml': 'kind: Deployment\n',
  'apps/web/overlays/dev/kustomization.yaml': 'resources:\n- ../../base\n',
  'apps/web/overlays/prod/kustomization.yaml': 'resources:\n- ../../base\n',
  'raw/monitoring/servicemonitor.yaml': 'kind: ServiceMonitor\n',
  'raw/monitoring/nested/rule.yaml': 'kind: PrometheusRule\n',
};

function fsOf(files: Record<string, string>): MemoryFileSystem {
  return new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`${ROOT}/${p}`, t])));
}

/** The certificate for a head against BASE; `tracked`: the head files git knows (default: all of them). */
function certify(head: Record<string, string>, options: { tracked?: (path: string) => boolean; headFs?: FileSystem; baseHoldsLinks?: boolean } = {}) {
  const headFs = options.headFs ?? fsOf(head);
  const baseFs = fsOf(BASE);
  const record = emptyScanRecord();
  scanRepo(headFs, ROOT, { memo: { record } });
  const tracked = options.tracked ?? (() => true);
  // What `git diff` reports: tracked files whose bytes differ, and base files the head lacks.
  const changed = new Set(
    [...new Set([...Object.keys(BASE), ...Object.keys(head)])]
      .filter((p) => BASE[p] !== head[p] && (p in BASE || tracked(p)))
      .map((p) => `${ROOT}/${p}`),
  );
  return { alike: certifyWalk(record, headFs, baseFs, changed, walkSkips, options.baseHoldsLinks ?? false), headFs, baseFs };
}

function answer(ask: () => unknown): string {
  try {
    return JSON.stringify(ask() ?? null);
  } catch (err) {
    return err instanceof FsError ? `error ${err.code}` : 'error';
  }
}

/** Every claim the certificate makes holds in the trees: the same stat, real path, bytes and listing. */
function assertClaimsHold(alike: AlikeAnswers, headFs: FileSystem, baseFs: FileSystem): void {
  for (const p of alike.entries) {
    assert.equal(answer(() => baseFs.stat(p)?.kind), answer(() => headFs.stat(p)?.kind), `stat ${p}`);
    assert.equal(answer(() => baseFs.realPath(p)), answer(() => headFs.realPath(p)), `realPath ${p}`);
    if (headFs.stat(p)?.kind === 'file') assert.equal(answer(() => readText(baseFs, p)), answer(() => readText(headFs, p)), `read ${p}`);
  }
  for (const d of alike.listings) assert.equal(answer(() => baseFs.readDir(d)), answer(() => headFs.readDir(d)), `list ${d}`);
}

test('an edited file: everything but the file and the directories holding it is alike', () => {
  const head = { ...BASE, 'apps/web/overlays/dev/kustomization.yaml': 'resources:\n- ../../base\nnamePrefix: dev-\n' };
  const { alike, headFs, baseFs } = certify(head);
  assert.ok(alike);
  assertClaimsHold(alike, headFs, baseFs);
  assert.ok(!alike.entries.has(`${ROOT}/apps/web/overlays/dev/kustomization.yaml`));
  for (const dir of ['apps/web/overlays/dev', 'apps/web/overlays', 'apps/web', 'apps']) assert.ok(!alike.entries.has(`${ROOT}/${dir}`), dir);
  assert.ok(alike.entries.has(`${ROOT}/apps/web/overlays/prod/kustomization.yaml`));
  assert.ok(alike.entries.has(`${ROOT}/raw/monitoring/nested`));
  // Its directory still lists alike: an edit changes no name.
  assert.ok(alike.listings.has(`${ROOT}/apps/web/overlays/dev`));
});

test('an untracked file or directory (git does not report it): its directory lists differently, so nothing in it is claimed', () => {
  const head = { ...BASE, 'raw/monitoring/local.yaml': 'kind: ConfigMap\n', 'raw/monitoring/scratch/x.yaml': 'kind: ConfigMap\n' };
  const { alike, headFs, baseFs } = certify(head, { tracked: (p) => p in BASE });
  assert.ok(alike);
  assertClaimsHold(alike, headFs, baseFs);
  assert.ok(!alike.listings.has(`${ROOT}/raw/monitoring`));
  for (const p of ['raw/monitoring/local.yaml', 'raw/monitoring/scratch', 'raw/monitoring/scratch/x.yaml', 'raw/monitoring/servicemonitor.yaml']) {
    assert.ok(!alike.entries.has(`${ROOT}/${p}`), p);
  }
  assert.ok(!alike.listings.has(`${ROOT}/raw/monitoring/scratch`));
  assert.ok(alike.entries.has(`${ROOT}/apps/web/base/deployment.yaml`));
});

test('a directory turned into a file of the same name: not claimed, though both listings show the name', () => {
  const head: Record<string, string> = { ...BASE, 'raw/monitoring/nested': 'now a file\n' };
  delete head['raw/monitoring/nested/rule.yaml'];
  const { alike, headFs, baseFs } = certify(head, { tracked: (p) => p in BASE });
  assert.ok(alike);
  assertClaimsHold(alike, headFs, baseFs);
  assert.ok(alike.walkedListings.has(`${ROOT}/raw/monitoring`), 'the names are the same');
  assert.ok(!alike.entries.has(`${ROOT}/raw/monitoring/nested`));
});

test('the names the walk skips: a head-only .git keeps the root from listing alike, not its other entries', () => {
  const head = { ...BASE, '.git/HEAD': 'ref: refs/heads/main\n' };
  const { alike, headFs, baseFs } = certify(head, { tracked: (p) => p in BASE });
  assert.ok(alike);
  assertClaimsHold(alike, headFs, baseFs);
  assert.ok(!alike.listings.has(ROOT));
  assert.ok(alike.walkedListings.has(ROOT));
  assert.ok(!alike.entries.has(`${ROOT}/.git`));
  assert.ok(alike.entries.has(`${ROOT}/raw`));
});

test('symlinks: no certificate when the base holds one, or when a walked directory resolves elsewhere', () => {
  assert.equal(certify(BASE, { baseHoldsLinks: true }).alike, undefined);
  const linked = fsOf(BASE);
  const resolving: FileSystem = {
    stat: (p) => linked.stat(p),
    readBytes: (p) => linked.readBytes(p),
    readDir: (p) => linked.readDir(p),
    realPath: (p) => (p.startsWith(`${ROOT}/raw`) ? p.replace('/raw', '/elsewhere') : linked.realPath(p)),
  };
  assert.equal(certify(BASE, { headFs: resolving }).alike, undefined);
});

test('random heads: every claim holds, whatever is edited, added (tracked or not) or removed', () => {
  let seed = 11;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const paths = ['apps/web/base/deployment.yaml', 'apps/web/overlays/dev/kustomization.yaml', 'raw/monitoring/nested/rule.yaml', 'raw/monitoring/servicemonitor.yaml'];
  const added = ['raw/monitoring/new.yaml', 'apps/web/overlays/qa/kustomization.yaml', 'raw/monitoring/nested', 'apps/web/base/deployment.yaml/x', 'node_modules/a/index.js'];
  for (let i = 0; i < 300; i++) {
    const head: Record<string, string> = { ...BASE };
    const untracked = new Set<string>();
    for (let k = 0; k < 1 + Math.floor(rand() * 3); k++) {
      const roll = rand();
      if (roll < 0.35) {
        const p = paths[Math.floor(rand() * paths.length)]!;
        if (p in head) head[p] = `${head[p]}# edit ${i}\n`;
      } else if (roll < 0.6) {
        delete head[paths[Math.floor(rand() * paths.length)]!];
      } else {
        const p = added[Math.floor(rand() * added.length)]!;
        // A path cannot be a file and hold one: drop whatever is in the way.
        for (const q of Object.keys(head)) if (q.startsWith(`${p}/`) || p.startsWith(`${q}/`)) delete head[q];
        head[p] = 'kind: ConfigMap\n';
        if (rand() < 0.5) untracked.add(p);
      }
    }
    const { alike, headFs, baseFs } = certify(head, { tracked: (p) => !untracked.has(p) });
    assert.ok(alike, `head ${i}`);
    assertClaimsHold(alike, headFs, baseFs);
  }
});

test('sameNames: listings compared in place, the names a walk skips left out only when asked', () => {
  assert.equal(sameNames(['a', 'b'], ['a', 'b']), true);
  assert.equal(sameNames(['a', 'b'], ['a']), false);
  assert.equal(sameNames(['a', 'b'], ['b', 'a']), false, 'order counts: listings are sorted');
  assert.equal(sameNames([], []), true);
  assert.equal(sameNames(['.git', 'apps'], ['apps']), false);
  assert.equal(sameNames(['.git', 'apps'], ['apps'], walkSkips), true);
  assert.equal(sameNames(['apps', 'node_modules'], ['.github', 'apps', '.git'], walkSkips), true);
  assert.equal(sameNames(['apps', 'node_modules'], ['apps', 'base'], walkSkips), false);
  assert.equal(sameNames(['.git'], [], walkSkips), true);
  assert.equal(sameNames(['apps'], [], walkSkips), false);
  assert.equal(sameNames([], ['apps', '.git'], walkSkips), false);
});
