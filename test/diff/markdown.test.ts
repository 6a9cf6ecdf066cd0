// The diff section of the PR comment against hostile content: it stays valid markdown, within 65,536
// characters (alone and after the check section), never shows a Secret value, and says what it left out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diffEnvironments } from '../../src/core/diff/diff-environments.ts';
import type { EnvironmentDiff } from '../../src/core/diff/model.ts';
import type { JsonObject } from '../../src/core/model/json.ts';
import { appendCheckSection, GITHUB_COMMENT_LIMIT } from '../../src/core/render/markdown.ts';
import { MarkdownBuilder } from '../../src/core/render/markdown-builder.ts';
import { renderDiffMarkdown, renderDiffMarkdownDocument } from '../../src/core/render/diff-markdown.ts';
import { report } from '../render/fixture.ts';
import { assertWellFormed } from './markdown-lint.ts';
import { configMap, cr, deployment, model, secret } from './models.ts';

const SECRET_OLD = 'sup3r-s3cret-old';
const SECRET_NEW = 'sup3r-s3cret-new';
const b64 = (s: string) => Buffer.from(s).toString('base64');
const FORBIDDEN = [SECRET_OLD, SECRET_NEW, b64(SECRET_OLD), b64(SECRET_NEW)];

function check(markdown: string, limit = GITHUB_COMMENT_LIMIT): void {
  assert.ok(markdown.length <= limit, `${markdown.length} characters`);
  assertWellFormed(markdown);
  for (const f of FORBIDDEN) assert.ok(!markdown.includes(f), `shows ${f}`);
}

function diffOf(base: JsonObject[], head: JsonObject[]): EnvironmentDiff[] {
  return diffEnvironments([model('dev', base.map((o) => cr(o)))], [model('dev', head.map((o) => cr(o)))], { ignoreNoise: true });
}

const secrets = () => [[secret('creds', { password: b64(SECRET_OLD) })], [secret('creds', { password: b64(SECRET_NEW) })]] as const;

const HOSTILE = [
  '```',
  '````````````````',
  '~~~',
  '</details>',
  '</summary></details><script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '| a | b |',
  '@octo-org/everyone',
  '\u001b[31mred\u001b[0m',
  '    indented ``` fence',
].join('\n');

test('hostile content in values and names: fences hold, HTML is escaped', () => {
  const [sb, sh] = secrets();
  const name = 'x`y</details><script>alert(1)</script>@team';
  const diffs = diffOf(
    [configMap('hostile', { a: 'plain' }), configMap(name, { v: '1' }), ...sb],
    [configMap('hostile', { a: HOSTILE, b: '`'.repeat(40) }), configMap(name, { v: HOSTILE }), ...sh],
  );
  const md = renderDiffMarkdownDocument(diffs, { sides: { base: { ref: 'main</details>', commit: 'a'.repeat(40) }, head: { ref: 'working tree' } } });
  check(md);
  assert.match(md, /`{41,}diff/); // the fence outgrows the 40-backtick run
  assert.ok(md.includes('x`y&lt;/details&gt;&lt;script&gt;alert(1)&lt;/script&gt;@&#8203;team'), 'summary escaped');
  assert.match(md, /password` changed/);
});

test('a 1 MB ConfigMap: diffs cut per resource, the cut said', () => {
  const [sb, sh] = secrets();
  const lines = (v: string) => Array.from({ length: 20_000 }, (_, i) => `line ${i} ${v} ${'x'.repeat(40)}`).join('\n');
  const diffs = diffOf(
    [configMap('huge', { 'config.txt': lines('old') }), deployment('api', 'api:1'), ...sb],
    [configMap('huge', { 'config.txt': lines('new') }), deployment('api', 'api:2'), ...sh],
  );
  const md = renderDiffMarkdownDocument(diffs, { fullReportHint: 'the [job summary](https://example.test/run)' });
  check(md);
  assert.match(md, /Diffs longer than \d+ lines are cut here; the full diff is in the \[job summary\]\(https:\/\/example.test\/run\)/);
  assert.match(md, /more lines of this diff not shown/);
  assert.match(md, /\+      - image: api:2/); // the small diffs are still whole
});

test('a single 1 MB line is cut too', () => {
  const diffs = diffOf([configMap('one-line', { v: 'a'.repeat(1_000_000) })], [configMap('one-line', { v: 'b'.repeat(1_000_000) })]);
  const md = renderDiffMarkdownDocument(diffs);
  check(md);
  assert.match(md, /Lines longer than \d+ characters are cut/);
});

test('5,000 changed resources: a list, then counts, always within the limit', () => {
  const [sb, sh] = secrets();
  const base: JsonObject[] = [...sb];
  const head: JsonObject[] = [...sh];
  for (let i = 0; i < 5_000; i++) {
    base.push(deployment(`app-${i}`, `app:${i}`));
    head.push(deployment(`app-${i}`, `app:${i + 1}`));
  }
  const start = Date.now();
  const diffs = diffOf(base, head);
  const md = renderDiffMarkdownDocument(diffs);
  assert.ok(Date.now() - start < 20_000);
  check(md);
  assert.match(md, /\| dev \| 0 \| 5001 \| 0 \|/);
  assert.match(md, /more changed resources? not listed here \(the diffs are too large for one comment\): see the job summary/);
  assert.ok(!md.includes('```'), 'no diffs at this size');
});

test('20 environments × 500 resources with long names: degrades to counts', () => {
  const envs = Array.from({ length: 20 }, (_, e) => `environment-${e}`);
  const make = (tag: string) =>
    envs.map((name) =>
      model(
        name,
        Array.from({ length: 500 }, (_, i) => cr(configMap(`${'n'.repeat(150)}-${i}`, { v: tag }))),
      ),
    );
  const diffs = diffEnvironments(make('a'), make('b'), { ignoreNoise: true });
  for (const limit of [GITHUB_COMMENT_LIMIT, 20_000, 2_000, 700, 300]) {
    const md = renderDiffMarkdownDocument(diffs, { maxChars: limit });
    check(md, limit);
  }
  assert.match(renderDiffMarkdownDocument(diffs, { maxChars: 2_000 }), /9995 more changed resources not listed here/);
  const tiny = renderDiffMarkdownDocument(diffs, { maxChars: 700 });
  assert.match(tiny, /more environments not shown\._\n\n_The changed resources are too many to list in one comment/);
});

test('appended after the check section in one builder: the whole comment fits', () => {
  const [sb, sh] = secrets();
  const lines = (v: string) => Array.from({ length: 30_000 }, (_, i) => `${v}${i}`).join('\n');
  const diffs = diffOf([configMap('big', { a: lines('a') }), ...sb], [configMap('big', { a: lines('b') }), ...sh]);
  const md = new MarkdownBuilder(GITHUB_COMMENT_LIMIT);
  md.reserve(20_000);
  appendCheckSection(md, report, { fullReportHint: 'the job summary' });
  md.release();
  renderDiffMarkdown(diffs, md, { fullReportHint: 'the job summary' });
  const comment = md.toString();
  check(comment);
  assert.ok(comment.startsWith('<!-- gitops-gate -->\n'));
  assert.match(comment, /\n\n### Rendered diff\n/);
});

test('no room at all: appends nothing broken', () => {
  const diffs = diffOf([deployment('api', 'api:1')], [deployment('api', 'api:2')]);
  for (const limit of [0, 10, 60, 120, 200]) {
    const md = renderDiffMarkdownDocument(diffs, { maxChars: limit });
    check(md, limit);
  }
});

test('no changes: says so', () => {
  const diffs = diffOf([deployment('api', 'api:1')], [deployment('api', 'api:1')]);
  assert.equal(renderDiffMarkdownDocument(diffs), '### Rendered diff\n\nNo rendered changes in 1 environment.\n');
});
