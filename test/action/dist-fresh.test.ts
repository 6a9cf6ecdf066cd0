import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { PROJECT } from './harness.ts';

// The Action runs dist/index.js, not src/: a bundle older than the sources ships old code. CI runs the
// same check (`npm run bundle -- --check`); this keeps `npm test` honest about it too.
test('dist/ is what the sources build (run `npm run bundle` after changing src/)', () => {
  const r = spawnSync(process.execPath, ['scripts/bundle.mjs', '--check'], { cwd: PROJECT, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr || r.stdout);
});
