import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { Harness } from './harness.ts';
import { buildKustomization } from '../../src/core/kustomize/build.ts';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import { MAX_NESTING } from '../../src/core/kustomize/loader.ts';
import { NodeFileSystem } from '../../src/io/node-fs.ts';

/** Asserts a build fails with a KustomizeError, quickly. */
function assertRefused(build: () => unknown, pattern: RegExp): void {
  const started = performance.now();
  assert.throws(build, (e: unknown) => e instanceof KustomizeError && pattern.test((e as Error).message));
  assert.ok(performance.now() - started < 5000, 'refusal took too long');
}

test('a YAML alias bomb is refused', () => {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 12; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    lines.push(`${cur}: &${cur} [*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev},*${prev}]`);
  }
  const h = new Harness()
    .writeK('/app', 'resources:\n- bomb.yaml\n')
    .writeF('/app/bomb.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bomb\ndata:\n  ${lines.join('\n  ')}\n`);
  assertRefused(() => buildKustomization(h.fs, '/app'), /alias|too many|excessive/i);
});

test('absurd nesting is refused without a stack overflow', () => {
  const depth = 100_000;
  const h = new Harness()
    .writeK('/app', 'resources:\n- deep.yaml\n')
    .writeF('/app/deep.yaml', `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\ndata: ${'['.repeat(depth)}${']'.repeat(depth)}\n`);
  assertRefused(() => buildKustomization(h.fs, '/app'), /nest|deep|depth/i);
});

test('a chain of bases nested past MAX_NESTING is refused at the kustomization that goes too deep, without a stack overflow', () => {
  const chainOf = (bases: number) => {
    const h = new Harness().writeK('/repo/app', 'resources:\n- ../b/0\n');
    for (let i = 0; i < bases; i++) h.writeK(`/repo/b/${i}`, i + 1 < bases ? `resources:\n- ../${i + 1}\n` : 'resources:\n- cm.yaml\n');
    h.writeF(`/repo/b/${bases - 1}/cm.yaml`, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: deep\n');
    return h;
  };
  // The overlay and MAX_NESTING - 1 bases below it build; one more level is refused.
  assert.equal(buildKustomization(chainOf(MAX_NESTING - 1).fs, '/repo/app').resources.length, 1);
  assertRefused(() => buildKustomization(chainOf(MAX_NESTING).fs, '/repo/app'), new RegExp(`nested more than ${MAX_NESTING} deep \\('/repo/b/${MAX_NESTING - 2}' includes`));
  // Thousands of levels, as a hostile repository could hold: the same refusal, not a crash.
  assertRefused(() => buildKustomization(chainOf(5000).fs, '/repo/app'), /nested more than/);
});

test('binary files are refused as manifests', () => {
  const h = new Harness().writeK('/app', 'resources:\n- blob.yaml\n');
  h.fs.writeFile('/app/blob.yaml', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02, 0x00, 0xff, 0xfe]));
  assertRefused(() => buildKustomization(h.fs, '/app'), /./);
});

test('paths past the root and files outside the kustomization directory are refused', () => {
  const h = new Harness()
    .writeF('/repo/secret.yaml', 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: s\n')
    .writeK('/repo/app', 'resources:\n- ../../../../secret.yaml\n')
    .writeK('/repo/app2', 'resources:\n- ../secret.yaml\n');
  assertRefused(() => buildKustomization(h.fs, '/repo/app'), /does not exist|not in or below/);
  assertRefused(() => buildKustomization(h.fs, '/repo/app2'), /not in or below/);
  // With the restrictor off, kustomize reads it; so do we.
  assert.equal(buildKustomization(h.fs, '/repo/app2', { loadRestrictor: 'none' }).resources.length, 1);
});

test('a kustomization that includes itself is a cycle, not a hang', () => {
  const h = new Harness().writeK('/a', 'resources:\n- ../b\n').writeK('/b', 'resources:\n- ../a\n');
  assertRefused(() => buildKustomization(h.fs, '/a'), /cycle/);
  const self = new Harness().writeK('/a', 'resources:\n- .\n');
  assertRefused(() => buildKustomization(self.fs, '/a'), /cycle/);
});

test('a symlink that leaves the repository is refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gg-symlink-'));
  try {
    mkdirSync(join(dir, 'outside'));
    writeFileSync(join(dir, 'outside', 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: outside\n');
    mkdirSync(join(dir, 'repo'));
    writeFileSync(join(dir, 'repo', 'kustomization.yaml'), 'resources:\n- cm.yaml\n');
    symlinkSync(join(dir, 'outside', 'cm.yaml'), join(dir, 'repo', 'cm.yaml'));
    assertRefused(() => buildKustomization(new NodeFileSystem(), join(dir, 'repo')), /not in or below/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a huge file is refused before it is read whole', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gg-huge-'));
  try {
    writeFileSync(join(dir, 'kustomization.yaml'), 'resources:\n- huge.yaml\n');
    writeFileSync(join(dir, 'huge.yaml'), Buffer.alloc(40 * 1024 * 1024, 0x61));
    assertRefused(() => buildKustomization(new NodeFileSystem(), dir), /over the .*limit|too big|bytes/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A Deployment whose one container lists `entries` (YAML lines, indented for the list), and its kustomization with a patch. */
function longListApp(listField: string, entries: string[], patchEntries: string[]): Harness {
  const doc = (lines: string[], image = true) =>
    [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: web',
      ...(image ? ['          image: nginx'] : []),
      `          ${listField}:`,
      ...lines,
      '',
    ].join('\n');
  return new Harness()
    .writeK('/app', 'resources:\n- deployment.yaml\npatches:\n- path: patch.yaml\n')
    .writeF('/app/deployment.yaml', doc(entries))
    .writeF('/app/patch.yaml', doc(patchEntries, false));
}

test('a patch merging into a list of 20,000 env entries is merged in one pass, as kustomize merges it', () => {
  const entry = (i: number, value: string) => [`            - name: VAR_${i}`, `              value: "${value}"`];
  const app = longListApp(
    'env',
    Array.from({ length: 20_000 }, (_, i) => entry(i, String(i))).flat(),
    Array.from({ length: 10_000 }, (_, i) => entry(2 * i, `p${2 * i}`)).flat(),
  );
  const started = performance.now();
  const [deployment] = buildKustomization(app.fs, '/app').resources;
  const env = (deployment!.obj as any).spec.template.spec.containers[0].env as { name: string; value: string }[];
  // Patch-first: the patched entries in the patch's order, then the others in the original's.
  assert.equal(env.length, 20_000);
  assert.deepEqual(env.slice(0, 2), [
    { name: 'VAR_0', value: 'p0' },
    { name: 'VAR_2', value: 'p2' },
  ]);
  assert.deepEqual(env.slice(10_000, 10_002), [
    { name: 'VAR_1', value: '1' },
    { name: 'VAR_3', value: '3' },
  ]);
  assert.ok(performance.now() - started < 10_000, 'a scan of the list per element (quadratic) took minutes here');
});

test('a list too long to merge the general way (its merge keys partly missing) is refused at the patch, naming the list', () => {
  // Ports merge on (containerPort, protocol); the patch's entries lack a protocol, so each must be matched
  // by scanning the list (kyaml's walk: quadratic).
  const app = longListApp(
    'ports',
    Array.from({ length: 5_001 }, (_, i) => [`            - containerPort: ${1000 + i}`, '              protocol: TCP']).flat(),
    ['            - containerPort: 1000', '              name: http'],
  );
  assertRefused(() => buildKustomization(app.fs, '/app'), /the list at 'spec\.template\.spec\.containers\[name=web\]\.ports' has 5001 elements/);
  assert.throws(
    () => buildKustomization(app.fs, '/app'),
    (e: unknown) => e instanceof KustomizeError && e.file === '/app/patch.yaml' && e.line === 1,
  );
});
