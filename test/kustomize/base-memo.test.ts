import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKustomization, type BuildResult } from '../../src/core/kustomize/build.ts';
import { BaseBuildMemo } from '../../src/core/kustomize/base-memo.ts';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { everyQuestion, RecordingFileSystem } from '../../src/core/recording-fs.ts';
import type { FileSystem } from '../../src/core/ports.ts';

/** An app as the users lay it out: a base (generator, var, deprecated field) and one overlay per environment. */
function appRepo(): MemoryFileSystem {
  return new MemoryFileSystem({
    '/repo/apps/web/base/kustomization.yaml': [
      'commonLabels:',
      '  app: web',
      'resources:',
      '- deployment.yaml',
      '- service.yaml',
      'configMapGenerator:',
      '- name: web-config',
      '  envs:',
      '  - web.env',
      'vars:',
      '- name: WEB_SERVICE',
      '  objref: {kind: Service, name: web, apiVersion: v1}',
      '',
    ].join('\n'),
    '/repo/apps/web/base/deployment.yaml': [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  annotations:',
      '  labels:',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: nginx:1.25',
      '        args: ["--upstream=$(WEB_SERVICE)"]',
      '        envFrom:',
      '        - configMapRef: {name: web-config}',
      '',
    ].join('\n'),
    '/repo/apps/web/base/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n  - port: 80\n',
    '/repo/apps/web/base/web.env': 'MODE=base\n',
    '/repo/apps/web/overlays/dev/kustomization.yaml': 'resources:\n- ../../base\nnamePrefix: dev-\nimages:\n- name: nginx\n  newTag: "1.26"\n',
    '/repo/apps/web/overlays/prod/kustomization.yaml': [
      'resources:',
      '- ../../base',
      'namePrefix: prod-',
      'patches:',
      '- patch: |-',
      '    apiVersion: apps/v1',
      '    kind: Deployment',
      '    metadata:',
      '      name: web',
      '      labels:',
      '        tier: front',
      '    spec:',
      '      replicas: 3',
      '',
    ].join('\n'),
  });
}

/** Counts reads of each path: what a copied base did not read again. */
class CountingFileSystem implements FileSystem {
  readonly reads = new Map<string, number>();
  constructor(private readonly inner: FileSystem) {}
  stat(p: string) {
    return this.inner.stat(p);
  }
  readBytes(p: string) {
    this.reads.set(p, (this.reads.get(p) ?? 0) + 1);
    return this.inner.readBytes(p);
  }
  readDir(p: string) {
    return this.inner.readDir(p);
  }
  realPath(p: string) {
    return this.inner.realPath(p);
  }
}

function summary(r: BuildResult) {
  return { resources: r.resources.map((x) => ({ obj: x.obj, source: x.source, patches: x.patches })), warnings: r.warnings, files: r.files, skipped: r.skipped };
}

test('a base listed by every environment is built once; each overlay gets what it gets without the memo', () => {
  const overlays = ['/repo/apps/web/overlays/dev', '/repo/apps/web/overlays/prod', '/repo/apps/web/overlays/dev'];
  const plain = overlays.map((dir) => summary(buildKustomization(appRepo(), dir)));
  const counting = new CountingFileSystem(appRepo());
  const bases = new BaseBuildMemo();
  const memoized = overlays.map((dir) => summary(buildKustomization(counting, dir, { bases })));
  assert.deepEqual(memoized, plain);
  assert.equal(counting.reads.get('/repo/apps/web/base/deployment.yaml'), 1, 'the base was read for the first overlay only');
  assert.equal(counting.reads.get('/repo/apps/web/overlays/prod/kustomization.yaml'), 1);
  // The first overlay's names were prefixed in place: the copies the others took were not.
  assert.deepEqual(memoized.map((m) => m.resources.find((r) => r.obj.kind === 'Service')?.obj.metadata), [
    { name: 'dev-web', labels: { app: 'web' } },
    { name: 'prod-web', labels: { app: 'web' } },
    { name: 'dev-web', labels: { app: 'web' } },
  ]);
});

test('a copied base is recorded as having asked what its first build asked', () => {
  const questionsOf = (bases: BaseBuildMemo | undefined, warm: boolean, warmedUnrecorded = false) => {
    const fs = appRepo();
    if (warm && bases) buildKustomization(warmedUnrecorded ? fs : new RecordingFileSystem(fs), '/repo/apps/web/overlays/dev', { bases });
    const recorder = new RecordingFileSystem(new RecordingFileSystem(fs));
    buildKustomization(recorder, '/repo/apps/web/overlays/prod', bases ? { bases } : {});
    const sorted = (q: RecordingFileSystem['questions']) => Object.fromEntries(Object.entries(everyQuestion(q)).map(([k, v]) => [k, [...v].sort()]));
    return { outer: sorted(recorder.questions), inner: sorted((recorder.inner as RecordingFileSystem).questions) };
  };
  const plain = questionsOf(undefined, false);
  assert.deepEqual(questionsOf(new BaseBuildMemo(), true), plain);
  // A base first built where nothing recorded has no questions to credit: a recording build builds it again.
  assert.deepEqual(questionsOf(new BaseBuildMemo(), true, true), plain);
  assert.ok(plain.outer.reads!.includes('/repo/apps/web/base/web.env'));
});

test('a copy that would close a cycle is refused: the build fails as it does without the memo', () => {
  const repo = () =>
    new MemoryFileSystem({
      '/r/w/kustomization.yaml': 'resources:\n- ../y\n',
      '/r/y/kustomization.yaml': 'resources:\n- ../z\n',
      '/r/z/kustomization.yaml': 'resources:\n- cm.yaml\n',
      '/r/z/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: z\n',
      // Inside z, listing y, which lists z again: a cycle through a base the memo holds.
      '/r/z/inner/kustomization.yaml': 'resources:\n- ../../y\n',
    });
  const failure = (fs: FileSystem, bases?: BaseBuildMemo) => {
    try {
      buildKustomization(fs, '/r/z/inner', bases ? { bases } : {});
    } catch (err) {
      assert.ok(err instanceof KustomizeError);
      return err.message;
    }
    assert.fail('the cycle was not reported');
  };
  const expected = failure(repo());
  assert.match(expected, /cycle detected/);
  const bases = new BaseBuildMemo();
  const fs = repo();
  assert.equal(buildKustomization(fs, '/r/w', { bases }).resources.length, 1, 'y (and z) built and kept');
  assert.equal(failure(fs, bases), expected);
});

test('builds that read more than their own files are not kept: a base under origin annotations', () => {
  const fs = new MemoryFileSystem({
    '/o/a/kustomization.yaml': 'buildMetadata: [originAnnotations]\nresources:\n- ../base\n',
    '/o/b/kustomization.yaml': 'resources:\n- ../base\n',
    '/o/base/kustomization.yaml': 'resources:\n- cm.yaml\n',
    '/o/base/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n',
  });
  const bases = new BaseBuildMemo();
  for (const dir of ['/o/a', '/o/b', '/o/a']) {
    assert.deepEqual(summary(buildKustomization(fs, dir, { bases })), summary(buildKustomization(fs, dir)), dir);
  }
});
