import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MemoryFileSystem } from '../../src/io/memory-fs.ts';
import { defaultConfig } from '../../src/config/config.ts';
import { discoverEnvironments, scanRepo } from '../../src/core/discover.ts';
import { renderEnvironment } from '../../src/core/cluster/render-environment.ts';
import { checkPromotion, type PullRequestInfo } from '../../src/core/checks/promotion.ts';
import type { Finding } from '../../src/core/model/finding.ts';
import { summary } from './harness.ts';

// examples/flux: clusters/staging tracks branch staging, clusters/production tracks main (no config).
const EXAMPLE = join(import.meta.dirname, '../../examples/flux');
const URL = 'ssh://git@git.example.test/homelab/fleet.git';
const ROOT = '/fleet';

function readTree(dir: string, rel = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(join(dir, rel))) {
    const path = rel ? `${rel}/${name}` : name;
    if (statSync(join(dir, path)).isDirectory()) Object.assign(out, readTree(dir, path));
    else out[path] = readFileSync(join(dir, path), 'utf8');
  }
  return out;
}

function check(edit: (files: Record<string, string>) => void, pullRequest?: PullRequestInfo): Finding[] {
  const files = readTree(EXAMPLE);
  edit(files);
  const fs = new MemoryFileSystem(Object.fromEntries(Object.entries(files).map(([p, c]) => [`${ROOT}/${p}`, c])));
  const config = defaultConfig();
  const models = discoverEnvironments(scanRepo(fs, ROOT), config).map((env) => renderEnvironment(env, { fs, repoRoot: ROOT, repoURLs: [URL] }));
  return checkPromotion({ config, models, repoURLs: [URL], repoRoot: ROOT, fs, ...(pullRequest ? { pullRequest } : {}) });
}

const SYNC = 'clusters/production/flux-system/gotk-sync.yaml';

describe('promotion rules over a Flux repository', () => {
  test('the example is clean, and production takes staging only', () => {
    assert.deepEqual(summary(check(() => {})), []);
    assert.deepEqual(summary(check(() => {}, { baseBranch: 'main', headBranch: 'staging' })), []);
    assert.deepEqual(summary(check(() => {}, { baseBranch: 'main', headBranch: 'feature/x' })), ['promotion/source-branch@production']);
  });

  test('production tracking the staging branch', () => {
    const findings = check((f) => {
      f[SYNC] = f[SYNC]!.replace('branch: main', 'branch: staging');
    });
    assert.deepEqual(summary(findings), ['promotion/target-revision@production']);
    assert.equal(findings[0]!.path, '/spec/ref/branch');
    assert.match(findings[0]!.message, /^GitRepository flux-system tracks staging, the branch of environment staging, but environment production deploys branch main/);
  });

  test('a tag is not a branch; no ref at all is master', () => {
    const tagged = check((f) => {
      f[SYNC] = f[SYNC]!.replace('branch: main', 'tag: v1.0.0');
    });
    assert.deepEqual(summary(tagged), ['promotion/target-revision@production']);
    assert.equal(tagged[0]!.path, '/spec/ref/tag');
    const none = check((f) => {
      f[SYNC] = f[SYNC]!.replace(/ {2}ref:\n {4}branch: main\n/, '');
    });
    assert.equal(none[0]?.path, '/spec');
    assert.match(none[0]!.message, /tracks 'master \(no spec.ref\)'/);
  });

  test("a production Kustomization pointing at staging's cluster tree", () => {
    const findings = check((f) => {
      f[SYNC] = f[SYNC]!.replace('path: ./clusters/production', 'path: ./clusters/staging');
    });
    const cross = findings.filter((x) => x.ruleId === 'promotion/cross-environment');
    assert.equal(cross.length, 1, JSON.stringify(cross, null, 1));
    assert.equal(cross[0]!.path, '/spec/path');
    assert.equal(cross[0]!.environment, 'production');
    assert.match(cross[0]!.message, /^Kustomization flux-system in environment production renders clusters\/staging, which belongs to environment staging/);
  });
});
