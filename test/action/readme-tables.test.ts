import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PROJECT } from './harness.ts';

test("README's Action inputs/outputs tables are generated from action.yml (node scripts/readme-action.mjs)", () => {
  const r = spawnSync(process.execPath, ['scripts/readme-action.mjs', '--check'], { cwd: PROJECT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || r.stdout);
});
