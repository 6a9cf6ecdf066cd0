// Detected entrypoints that another entrypoint of the same environment builds on are part of that build,
// not a second copy of its objects (redhat-cop/gitops-catalog's aggregate overlays: 143 false duplicates).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { discoverEnvironments, scanRepo } from '../../src/core/discover.ts';
import { defaultConfig, parseConfig } from '../../src/config/config.ts';

function entrypoints(files: Record<string, string>, configYaml?: string): Record<string, string[]> {
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, c]) => [`/repo/${p}`, c])));
  const config = configYaml ? parseConfig(configYaml, '.gitops-gate.yaml') : defaultConfig();
  return Object.fromEntries(discoverEnvironments(scanRepo(fs, '/repo'), config).map((e) => [e.config.name, e.entrypoints.map((x) => x.path)]));
}

const none = 'resources: []\n';

test('an aggregate overlay hides the overlays it includes, transitively (a catalogue: variants are roots, not environments)', () => {
  assert.deepEqual(
    entrypoints({
      'op/aggregate/overlays/stable/kustomization.yaml': 'resources:\n  - ../../../operator/overlays/stable\n  - ../../../instance/overlays/stable\n',
      'op/operator/overlays/stable/kustomization.yaml': 'resources:\n  - ../../base\n',
      'op/instance/overlays/stable/kustomization.yaml': 'components:\n  - ../../../extra/overlays/stable\n',
      'op/extra/overlays/stable/kustomization.yaml': 'kind: Component\n',
      'op/operator/base/kustomization.yaml': none,
      // Another environment's copy of an included overlay stays an entrypoint of that environment.
      'op/operator/overlays/fast/kustomization.yaml': 'resources:\n  - ../../base\n',
    }),
    { default: ['op/aggregate/overlays/stable', 'op/operator/overlays/fast'] },
  );
});

test('overlays that include each other (a cycle) both stay: the build reports the cycle', () => {
  assert.deepEqual(
    entrypoints({
      'a/overlays/dev/kustomization.yaml': 'resources:\n  - ../../../b/overlays/dev\n',
      'b/overlays/dev/kustomization.yaml': 'resources:\n  - ../../../a/overlays/dev\n',
    }),
    { dev: ['a/overlays/dev', 'b/overlays/dev'] },
  );
});

test('remote, absolute, file and unparseable references are ignored', () => {
  assert.deepEqual(
    entrypoints({
      'a/overlays/dev/kustomization.yaml': 'resources:\n  - https://github.com/x/y//b/overlays/dev?ref=main\n  - /repo/b/overlays/dev\n  - deploy.yaml\n',
      'b/overlays/dev/kustomization.yaml': 'resources: [\n',
    }),
    { dev: ['a/overlays/dev', 'b/overlays/dev'] },
  );
});

test('configured entrypoint globs are taken as given', () => {
  assert.deepEqual(
    entrypoints(
      {
        'op/aggregate/overlays/dev/kustomization.yaml': 'resources:\n  - ../../../operator/overlays/dev\n',
        'op/operator/overlays/dev/kustomization.yaml': none,
      },
      'environments:\n  - name: dev\n    entrypoints: ["op/*/overlays/dev"]\n',
    ),
    { dev: ['op/aggregate/overlays/dev', 'op/operator/overlays/dev'] },
  );
});
