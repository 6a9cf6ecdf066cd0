// A pull request's base takes the head's discovery whole when its walk holds and no file whose bytes
// differ is summarised differently (scan.ts); otherwise it scans, and the result is always the one a
// fresh scan of the base makes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyScanRecord, scanRepo } from '../../src/core/discover/scan.ts';
import { TreeComparison } from '../../src/core/cluster/render-memo.ts';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';

const ROOT = '/repo';
const BASE: Record<string, string> = {
  'apps/web/base/kustomization.yaml': 'resources:\n- deployment.yaml\n',
  'apps/web/base/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
  'apps/web/overlays/dev/kustomization.yaml': 'resources:\n- ../../base\nnamePrefix: dev-\n',
  'apps/web/overlays/prod/kustomization.yaml': 'resources:\n- ../../base\nnamePrefix: prod-\n',
  'components/ha/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\n',
  'argocd/web-dev.yaml':
    'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: web-dev\nspec:\n  source:\n    path: apps/web/overlays/dev\n',
};

function fsOf(files: Record<string, string>): MemoryFileSystem {
  return new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, t]) => [`${ROOT}/${p}`, t])));
}

/** The base scanned with the head's record, knowing (as git does) which files differ. */
function scanBase(head: Record<string, string>, knowChanged = true) {
  const headFs = fsOf(head);
  const baseFs = fsOf(BASE);
  const record = emptyScanRecord();
  scanRepo(headFs, ROOT, { memo: { record } });
  const changed = new Set([...new Set([...Object.keys(BASE), ...Object.keys(head)])].filter((p) => BASE[p] !== head[p]).map((p) => `${ROOT}/${p}`));
  const knownSame = (path: string) => path.slice(ROOT.length + 1) in BASE && !changed.has(path);
  const same = new TreeComparison(headFs, baseFs, knownSame, knowChanged ? changed : undefined);
  const tree = scanRepo(baseFs, ROOT, { memo: { reuse: { record, same } } });
  return { whole: tree === record.tree, tree, fresh: scanRepo(fsOf(BASE), ROOT) };
}

test('an edit that changes no summary: the head scan is taken whole', () => {
  const { whole, tree, fresh } = scanBase({ ...BASE, 'apps/web/overlays/dev/kustomization.yaml': 'resources:\n- ../../base\nnamePrefix: dev-\ncommonAnnotations:\n  a: b\n' });
  assert.ok(whole);
  assert.deepEqual(tree, fresh);
});

test('an edit that changes what a kustomization builds on, or what an Application selects, is scanned', () => {
  const edits: Record<string, string>[] = [
    { 'apps/web/overlays/dev/kustomization.yaml': 'resources:\n- ../../base\ncomponents:\n- ../../../../components/ha\n' },
    { 'argocd/web-dev.yaml': BASE['argocd/web-dev.yaml']!.replace('overlays/dev', 'overlays/prod') },
    { 'components/ha/kustomization.yaml': 'kind: Kustomization\n' },
  ];
  for (const edit of edits) {
    const { whole, tree, fresh } = scanBase({ ...BASE, ...edit });
    assert.equal(whole, false, Object.keys(edit)[0]);
    assert.deepEqual(tree, fresh, Object.keys(edit)[0]);
  }
});

test('a file added, or trees that do not know what changed: scanned, with the same result', () => {
  for (const [head, knows] of [
    [{ ...BASE, 'apps/web/overlays/dev/extra.yaml': 'a: 1\n' }, true],
    [{ ...BASE, 'apps/web/overlays/dev/kustomization.yaml': `${BASE['apps/web/overlays/dev/kustomization.yaml']}# edited\n` }, false],
  ] as const) {
    const { whole, tree, fresh } = scanBase(head, knows);
    assert.equal(whole, false);
    assert.deepEqual(tree, fresh);
  }
});
