import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffLines, toHunks, type DiffLine } from '../../src/core/diff/line-diff.ts';
import { unifiedDiff } from '../../src/core/diff/format.ts';

/** A small deterministic PRNG (mulberry32), so failures reproduce. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = row[j]!;
      row[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
      diag = up;
    }
  }
  return row[b.length]!;
}

const sides = (lines: DiffLine[]) => ({
  base: lines.filter((l) => l.op !== '+').map((l) => l.text),
  head: lines.filter((l) => l.op !== '-').map((l) => l.text),
});

test('the edit script rebuilds both sides and is minimal (against an LCS table)', () => {
  const random = rng(42);
  for (let round = 0; round < 300; round++) {
    const alphabet = 1 + Math.floor(random() * 6);
    const gen = () => Array.from({ length: Math.floor(random() * 25) }, () => `l${Math.floor(random() * alphabet)}`);
    const a = gen();
    const b = gen();
    const { lines, approximate } = diffLines(a, b);
    assert.equal(approximate, false);
    assert.deepEqual(sides(lines), { base: a, head: b }, `round ${round}`);
    const kept = lines.filter((l) => l.op === ' ').length;
    assert.equal(kept, lcsLength(a, b), `round ${round}: not minimal`);
  }
});

test('hunks match GNU diff -U3 on a manifest edit', (t) => {
  const diffBin = spawnSync('diff', ['--version']);
  if (diffBin.status !== 0) return t.skip('no GNU diff');
  const base = Array.from({ length: 40 }, (_, i) => `line ${i}`);
  const head = [...base];
  head[5] = 'changed 5';
  head.splice(20, 2);
  head.splice(33, 0, 'inserted a', 'inserted b');
  head[39 - 2] = 'changed near the end';
  const dir = mkdtempSync(join(tmpdir(), 'line-diff-'));
  try {
    writeFileSync(join(dir, 'a'), `${base.join('\n')}\n`);
    writeFileSync(join(dir, 'b'), `${head.join('\n')}\n`);
    const gnu = spawnSync('diff', ['-U3', 'a', 'b'], { cwd: dir, encoding: 'utf8' }).stdout;
    const expected = gnu.split('\n').slice(2).join('\n'); // without the ---/+++ header
    assert.equal(unifiedDiff(toHunks(diffLines(base, head).lines)), expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an empty side: all added or all removed, headers as diff -u writes them', () => {
  assert.equal(unifiedDiff(toHunks(diffLines([], ['a', 'b']).lines)), '@@ -0,0 +1,2 @@\n+a\n+b\n');
  assert.equal(unifiedDiff(toHunks(diffLines(['a'], []).lines)), '@@ -1,1 +0,0 @@\n-a\n');
  assert.equal(unifiedDiff(toHunks(diffLines(['a'], ['a']).lines)), '');
});

test('huge rewrites stay bounded: the middle becomes one removal and one addition, flagged approximate', () => {
  const n = 200_000;
  const a = Array.from({ length: n }, (_, i) => `a${i}`);
  const b = Array.from({ length: n }, (_, i) => (i % 2 === 0 ? `a${i}` : `b${i}`));
  const start = Date.now();
  const { lines, approximate } = diffLines(a, b);
  const ms = Date.now() - start;
  assert.equal(approximate, true);
  assert.deepEqual(sides(lines), { base: a, head: b });
  assert.ok(ms < 5_000, `took ${ms} ms`);
});

test('a long common prefix and suffix cost nothing', () => {
  const a = Array.from({ length: 500_000 }, (_, i) => `x${i}`);
  const b = [...a];
  b[250_000] = 'changed';
  const { lines, approximate } = diffLines(a, b);
  assert.equal(approximate, false);
  const hunks = toHunks(lines);
  assert.equal(hunks.length, 1);
  assert.equal(unifiedDiff(hunks), '@@ -249998,7 +249998,7 @@\n x249997\n x249998\n x249999\n-x250000\n+changed\n x250001\n x250002\n x250003\n');
});
