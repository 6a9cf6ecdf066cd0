// The working tree on disk: kinds and real paths as the kernel says them, whether a path was first met in
// a directory listing (which answers its kind) or asked about directly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../../src/io/node-fs.ts';

function tree(t: { after: (fn: () => void) => void }): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'gitops-gate-nodefs-')));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'a/b'), { recursive: true });
  writeFileSync(join(dir, 'a/b/f.yaml'), 'x: 1\n');
  symlinkSync(join(dir, 'a'), join(dir, 'link'));
  symlinkSync('b/f.yaml', join(dir, 'a/file-link'));
  symlinkSync('nowhere', join(dir, 'dangling'));
  return dir;
}

test('a listed entry and an entry asked about directly get the same answers', (t) => {
  const dir = tree(t);
  const paths = ['', 'a', 'a/b', 'a/b/f.yaml', 'link', 'link/b/f.yaml', 'a/file-link', 'dangling', 'dangling/x', 'missing', 'missing/x', 'link/missing'];
  const listing = new NodeFileSystem();
  assert.deepEqual(listing.readDir(dir), ['a', 'dangling', 'link']);
  assert.deepEqual(listing.readDir(join(dir, 'a')), ['b', 'file-link']);
  listing.readDir(join(dir, 'a/b'));
  for (const p of paths) {
    const abs = p ? join(dir, p) : dir;
    const fresh = new NodeFileSystem();
    assert.deepEqual(listing.stat(abs), fresh.stat(abs), `stat ${p}`);
    assert.equal(listing.realPath(abs), fresh.realPath(abs), `realPath ${p}`);
  }
  const fs = new NodeFileSystem();
  assert.deepEqual(fs.stat(join(dir, 'link')), { kind: 'dir' }, 'a symlink is followed');
  assert.deepEqual(fs.stat(join(dir, 'a/file-link')), { kind: 'file' });
  assert.equal(fs.stat(join(dir, 'dangling')), undefined);
  assert.equal(fs.realPath(join(dir, 'link/b/f.yaml')), join(dir, 'a/b/f.yaml'));
  assert.equal(fs.realPath(join(dir, 'a/file-link')), join(dir, 'a/b/f.yaml'));
  assert.equal(fs.realPath(join(dir, 'link/missing')), join(dir, 'a/missing'), 'a missing path resolves through its parent');
});

test('reads: a file whole, an empty file, and one whose stat says 0 bytes (read to its end)', (t) => {
  const dir = tree(t);
  const big = Buffer.from(Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(''));
  writeFileSync(join(dir, 'big.yaml'), big);
  writeFileSync(join(dir, 'empty.yaml'), '');
  const fs = new NodeFileSystem();
  assert.deepEqual(Buffer.from(fs.readBytes(join(dir, 'big.yaml'))), big);
  assert.equal(fs.readBytes(join(dir, 'empty.yaml')).byteLength, 0);
  assert.equal(new TextDecoder().decode(fs.readBytes(join(dir, 'a/file-link'))), 'x: 1\n');
  if (existsSync('/proc/self/status')) assert.match(new TextDecoder().decode(fs.readBytes('/proc/self/status')), /^Name:/m);
});

test('a name missing from a listed directory is missing, on a disk that tells case apart', (t) => {
  const dir = tree(t);
  const fs = new NodeFileSystem();
  fs.readDir(join(dir, 'a/b'));
  assert.equal(fs.stat(join(dir, 'a/b/kustomization.yml')), undefined);
  assert.deepEqual(fs.stat(join(dir, 'a/b/f.yaml')), { kind: 'file' });
  // Asked directly (this disk is case-sensitive, so F.yaml is another name, missing either way).
  assert.equal(fs.stat(join(dir, 'a/b/F.yaml')), new NodeFileSystem().stat(join(dir, 'a/b/F.yaml')));
});
