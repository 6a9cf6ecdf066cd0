import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { readText } from '../../src/core/ports.ts';
import { normalizePath, relativePath, isWithin, resolvePath } from '../../src/core/path.ts';

test('memory fs lists parents of files as directories', () => {
  const fs = new MemoryFileSystem({ '/repo/a/kustomization.yaml': 'resources: []', '/repo/b.yaml': 'x: 1' });
  assert.deepEqual(fs.readDir('/repo'), ['a', 'b.yaml']);
  assert.equal(fs.stat('/repo/a')?.kind, 'dir');
  assert.equal(readText(fs, '/repo/b.yaml'), 'x: 1');
  assert.throws(() => fs.readBytes('/repo/missing'), /no such file/);
});

test('paths normalize like a real file system', () => {
  assert.equal(normalizePath('/a/./b/../c//d'), '/a/c/d');
  assert.equal(normalizePath('/../x'), '/x');
  assert.equal(normalizePath('a/../../b'), '../b');
  assert.equal(relativePath('/repo/apps', '/repo/base/x.yaml'), '../base/x.yaml');
  assert.ok(isWithin('/repo', '/repo/a'));
  assert.ok(!isWithin('/repo', '/repository'));
});

test('normal paths come back as they are; every other spelling is collapsed', () => {
  for (const p of ['/', '/a', 'a/b.yaml', '/a/.hidden/b', 'a/...', 'x./y', '..a/b']) assert.equal(normalizePath(p), p);
  const cases: [string, string][] = [
    ['', '.'],
    ['.', '.'],
    ['./a', 'a'],
    ['a/', 'a'],
    ['/a/', '/a'],
    ['a//b', 'a/b'],
    ['a/.', 'a'],
    ['a/..', '.'],
    ['..', '..'],
    ['../a/./b/', '../a/b'],
    ['//', '/'],
  ];
  for (const [input, want] of cases) assert.equal(normalizePath(input), want, input);
});

test('resolvePath is the normal form of dir/rel for every spelling (its quick path for entries that climb first included)', () => {
  // Random directories and entries from segments that exercise every rule: `.`, `..`, empty, dotted names.
  const segments = ['a', 'b', '..', '.', '', 'c.yaml', '...', '.x'];
  let seed = 11;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const path = (max: number) => Array.from({ length: Math.floor(random() * max) }, () => segments[Math.floor(random() * segments.length)]).join('/');
  for (let i = 0; i < 50_000; i++) {
    const dir = (random() < 0.5 ? '/' : '') + path(5) + (random() < 0.1 ? '/' : '');
    const rel = (random() < 0.1 ? '/' : '') + path(5) + (random() < 0.1 ? '/' : '');
    const expected = rel.startsWith('/') ? normalizePath(rel) : normalizePath(`${dir}/${rel}`);
    assert.equal(resolvePath(dir, rel), expected, JSON.stringify({ dir, rel }));
  }
  assert.equal(resolvePath('/repo/apps/web/overlays/dev', '../../base'), '/repo/apps/web/base');
  assert.equal(resolvePath('apps/web', './patch.yaml'), 'apps/web/patch.yaml');
  assert.equal(resolvePath('.', '../x'), '../x');
  assert.equal(resolvePath('/', '../../x'), '/x');
});
