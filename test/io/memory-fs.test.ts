import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { readText } from '../../src/core/ports.ts';
import { normalizePath, relativePath, isWithin } from '../../src/core/path.ts';

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
