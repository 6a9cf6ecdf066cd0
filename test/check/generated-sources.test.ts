// The manifests an Argo CD directory source applies and the resources Flux generates for a path without a
// kustomization: walked as Argo CD and Flux walk them — a symlinked directory is not descended into — so a
// link to `.` or to an ancestor ends the walk instead of multiplying it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { realpathSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { argoDirectoryFiles, fluxGeneratedResources } from '../../src/core/cluster/generated-sources.ts';
import { NodeFileSystem } from '../../src/io/node-fs.ts';
import { removeDir, tempDir, writeFiles } from '../io/git-fixture.ts';

const CONFIG_MAP = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;

test('directory sources: symlinked directories (to itself, to an ancestor, twice over) are not walked', (t) => {
  const root = realpathSync(tempDir('generated'));
  t.after(() => removeDir(root));
  writeFiles(root, { 'src/a.yaml': CONFIG_MAP('a'), 'src/sub/b.yaml': CONFIG_MAP('b'), 'elsewhere/c.yaml': CONFIG_MAP('c') });
  // Two links to `.` double the paths at every level: followed, 2^40 of them before the kernel says ELOOP.
  symlinkSync('.', join(root, 'src/self'));
  symlinkSync('.', join(root, 'src/sub/again'));
  symlinkSync('..', join(root, 'src/sub/up'));
  symlinkSync('../elsewhere', join(root, 'src/linked'));
  const fs = new NodeFileSystem();
  const src = join(root, 'src');
  assert.deepEqual(argoDirectoryFiles(fs, src, { recurse: true, include: '', exclude: '' }), [join(src, 'a.yaml'), join(src, 'sub/b.yaml')]);
  assert.deepEqual(fluxGeneratedResources(fs, src), ['a.yaml', 'sub/b.yaml']);
});
