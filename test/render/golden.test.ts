// Golden files of every report format, rendered from one hand-written report (fixture.ts).
// `UPDATE_GOLDEN=1 npm test -- test/render` rewrites test/golden/render/report.*; review the diff.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReport, type ReportFormat } from '../../src/core/render/index.ts';
import { report } from './fixture.ts';

const GOLDEN_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../golden/render');
const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';
const EXTENSION: Record<ReportFormat, string> = { text: 'txt', json: 'json', sarif: 'sarif', markdown: 'md' };

for (const format of Object.keys(EXTENSION) as ReportFormat[]) {
  test(`golden: ${format}`, () => {
    const out = renderReport(report, format, { color: false, fullReportHint: 'the job summary' });
    const path = join(GOLDEN_DIR, `report.${EXTENSION[format]}`);
    if (UPDATE_GOLDEN) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, out);
      return;
    }
    assert.ok(existsSync(path), `no golden file ${path}: run UPDATE_GOLDEN=1 npm test -- test/render`);
    assert.equal(out, readFileSync(path, 'utf8'));
  });
}

test('every format is deterministic whatever order the findings come in', () => {
  const shuffled = { ...report, findings: [...report.findings].reverse() };
  for (const format of Object.keys(EXTENSION) as ReportFormat[]) {
    assert.equal(renderReport(shuffled, format, { color: false }), renderReport(report, format, { color: false }), format);
  }
});
