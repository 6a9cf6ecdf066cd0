/**
 * The bundled Action, run as the runner runs it, against a local stand-in for the GitHub REST API, on a
 * fixture repository with a promotion pull request (staging → main) that has errors and a committed Secret.
 * Build dist/ first (`npm run bundle`); dist-fresh.test.ts fails when it is stale.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as nodePath from 'node:path';
import { buildExistingErrorsFixture, buildFixture, checkout, PROJECT, runBundledAction, SECRET_VALUES, shallowClone, TOKEN, type Fixture, type RunResult } from './harness.ts';
import { startStandIn, type StoredComment } from './github-stand-in.ts';

const MARKER = '<!-- gitops-gate -->';
const bundled = existsSync(nodePath.join(PROJECT, 'dist/index.js'));
let fixture: Fixture;

before(() => {
  fixture = buildFixture();
});
after(() => fixture?.cleanup());

/** 150 comments by others, one quoting the marker mid-text: the Action must page and must not take those. */
function otherComments(): StoredComment[] {
  return Array.from({ length: 150 }, (_, i) => ({
    id: i + 1,
    body: i === 120 ? `Why is there a ${MARKER} in the other comment?` : `comment ${i + 1}`,
    html_url: `https://github.test/acme/homelab/pull/7#issuecomment-${i + 1}`,
    user: { login: 'someone', type: 'User' },
  }));
}

function assertNoSecrets(run: RunResult, comments: StoredComment[]): void {
  const places: Record<string, string> = {
    stdout: run.stdout,
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    'JSON report': run.reportJson,
    comments: comments.map((c) => c.body).join('\n'),
  };
  for (const [where, text] of Object.entries(places)) {
    for (const value of SECRET_VALUES) assert.ok(!text.includes(value), `the Secret value ${value} appears in the ${where}`);
    assert.ok(!text.includes(TOKEN), `the token appears in the ${where}`);
  }
}

const ours = (comments: StoredComment[]) => comments.filter((c) => c.body.startsWith(MARKER));

test('a promotion PR with errors: the step fails, annotates, writes outputs and summary, and two runs leave one comment', { skip: !bundled && 'dist/index.js not built' }, async () => {
  const api = await startStandIn({ headSha: fixture.headSha, comments: otherComments() });
  try {
    checkout(fixture.repo, fixture.headSha);
    const pr = { number: 7, baseSha: fixture.baseSha, headSha: fixture.headSha };
    const first = await runBundledAction({ workspace: fixture.repo, apiUrl: api.url, event: 'pull_request', pr });

    assert.equal(first.code, 1, `the step fails on errors (fail-on: error)\n${first.stdout}\n${first.stderr}`);
    assert.match(first.stdout, /::error::gitops-gate found \d+ errors?/);
    assert.match(first.stdout, /::error title=gitops-gate resource\/duplicate \(prod\),file=overlays\/prod(-extras)?\/settings\.yaml,line=\d+/);
    assert.ok(Number(first.outputs.errors) >= 1, `errors output: ${first.outputs.errors}`);
    assert.ok(Number(first.outputs.warnings) >= 1, 'the committed Secret is a warning');
    assert.match(first.outputs.report!, /report\.json$/);
    assert.equal(JSON.parse(first.reportJson).summary.errors, Number(first.outputs.errors));
    assert.ok(first.summary.startsWith(MARKER) && first.summary.includes('❌ gitops-gate'), first.summary.slice(0, 300));
    assert.ok(first.summary.includes('resource/duplicate'));

    assert.equal(ours(api.state.comments).length, 1, 'one comment created');
    const comment = { ...ours(api.state.comments)[0]! };
    assert.ok(comment.body.length < 65_536);
    assert.match(comment.body, /### Rendered diff: main \([0-9a-f]{7}\) → staging/, 'the comment carries the rendered diff');
    assert.match(comment.body, /Secret keys \(values never shown\)/);
    assert.ok(Number(first.outputs.changed) > 0, `changed output: ${first.outputs.changed}`);
    assert.ok(first.summary.includes('### Rendered diff'));
    assert.equal(first.outputs['comment-url'], comment.html_url);
    assert.equal(api.state.comments.length, 151, 'the other comments are untouched');
    assert.ok(api.state.requests.some((r) => r.path.includes('page=2')), 'the search paged past the first 100 comments');
    assert.ok(api.state.requests.every((r) => r.authorization === `token ${TOKEN}`));
    assertNoSecrets(first, api.state.comments);

    // The head moves on (the duplicate is gone): the next run updates the same comment in place.
    checkout(fixture.repo, fixture.head2Sha);
    api.state.headSha = fixture.head2Sha;
    const requestsBefore = api.state.requests.length;
    const second = await runBundledAction({ workspace: fixture.repo, apiUrl: api.url, event: 'pull_request', pr: { ...pr, headSha: fixture.head2Sha } });
    assert.ok(Number(second.outputs.errors) < Number(first.outputs.errors), 'the second head has fewer errors');
    const secondRequests = api.state.requests.slice(requestsBefore);
    assert.equal(secondRequests.filter((r) => r.method === 'POST').length, 0, 'no second comment');
    assert.equal(secondRequests.filter((r) => r.method === 'PATCH').length, 1, 'updated in place');
    assert.equal(ours(api.state.comments).length, 1);
    assert.notEqual(ours(api.state.comments)[0]!.body, comment.body);
    assert.equal(second.outputs['comment-url'], comment.html_url);
    assertNoSecrets(second, api.state.comments);

    // Nothing changed since: no write at all.
    const requestsBeforeThird = api.state.requests.length;
    const third = await runBundledAction({ workspace: fixture.repo, apiUrl: api.url, event: 'pull_request', pr: { ...pr, headSha: fixture.head2Sha } });
    assert.equal(api.state.requests.slice(requestsBeforeThird).filter((r) => r.method !== 'GET').length, 0, third.stdout);
    assert.match(third.stdout, /pull request comment unchanged/);
  } finally {
    await api.close();
    checkout(fixture.repo, fixture.headSha);
  }
});

test('API faults: rate limits wait as told, an outage is retried, a body too long degrades one step', { skip: !bundled && 'dist/index.js not built' }, async () => {
  const api = await startStandIn({ headSha: fixture.headSha, comments: otherComments() });
  api.state.faults.push(
    { method: 'GET', path: /\/pulls\/7$/, status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } },
    { method: 'GET', path: /\/issues\/7\/comments\?(?!.*page=2)/, status: 500, body: { message: 'Server Error' } },
    { method: 'GET', path: /\/issues\/7\/comments\?.*page=2/, status: 429, headers: { 'retry-after': '1' }, body: { message: 'Too Many Requests' } },
    {
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 422,
      body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }] },
    },
  );
  try {
    const run = await runBundledAction({
      workspace: fixture.repo,
      apiUrl: api.url,
      event: 'pull_request',
      pr: { number: 7, baseSha: fixture.baseSha, headSha: fixture.headSha },
      inputs: { 'fail-on': 'never' },
    });
    assert.equal(run.code, 0, `fail-on: never passes\n${run.stdout}\n${run.stderr}`);
    const count = (method: string, re: RegExp) => api.state.requests.filter((r) => r.method === method && re.test(r.path)).length;
    assert.equal(count('GET', /\/pulls\/7$/), 2, 'the rate-limited read was retried once');
    assert.equal(count('GET', /\/comments\?(?!.*page=2)/), 2, 'the 500 was retried once');
    assert.equal(count('GET', /\/comments\?.*page=2/), 2, 'the 429 was retried once');
    const posts = api.state.requests.filter((r) => r.method === 'POST');
    assert.equal(posts.length, 2, 'the refused body was rendered again and posted');
    assert.ok(JSON.parse(posts[1]!.body!).body.length <= 32_000);
    assert.match(run.stdout, /too long \(422\).*within 32000 characters/);
    assert.equal(ours(api.state.comments).length, 1);
    assert.doesNotMatch(run.stdout, /::warning::pull request comment/);
    assertNoSecrets(run, api.state.comments);
  } finally {
    await api.close();
  }
});

test('a token without pull-requests: write (a fork PR): a warning, the summary and outputs, no failure of its own', { skip: !bundled && 'dist/index.js not built' }, async () => {
  const api = await startStandIn({ headSha: fixture.headSha });
  api.state.faults.push({
    method: 'POST',
    path: /\/issues\/7\/comments$/,
    status: 403,
    body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment' },
    times: 10,
  });
  try {
    const run = await runBundledAction({
      workspace: fixture.repo,
      apiUrl: api.url,
      event: 'pull_request',
      pr: { number: 7, baseSha: fixture.baseSha, headSha: fixture.headSha, headRepo: 'someone/homelab-fork', headRef: 'main' },
      inputs: { 'fail-on': 'never' },
    });
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.match(run.stdout, /::warning::pull request comment not posted: the token may not comment.*pull-requests: write/);
    assert.equal(api.state.requests.filter((r) => r.method === 'POST').length, 1, 'a permission error is not retried');
    assert.equal(api.state.comments.length, 0);
    assert.ok(run.summary.includes('resource/duplicate'), 'the summary has the report');
    assert.match(run.summary, /promotion\/source-branch.*a fork/, "a fork's main is not this repository's branch");
    assert.equal(run.outputs['comment-url'], '');
    assert.ok(Number(run.outputs.errors) >= 1);
    assertNoSecrets(run, api.state.comments);
  } finally {
    await api.close();
  }
});

test('the PR head moved on while the run worked: no comment from the stale run', { skip: !bundled && 'dist/index.js not built' }, async () => {
  const api = await startStandIn({ headSha: 'e'.repeat(40) });
  try {
    const run = await runBundledAction({
      workspace: fixture.repo,
      apiUrl: api.url,
      event: 'pull_request',
      pr: { number: 7, baseSha: fixture.baseSha, headSha: fixture.headSha },
    });
    assert.equal(run.code, 1);
    assert.match(run.stdout, /comment skipped: the pull request's head moved on/);
    assert.equal(api.state.requests.filter((r) => r.method !== 'GET').length, 0);
    assert.ok(run.summary.includes('❌'));
  } finally {
    await api.close();
  }
});

test('push: validates only — no API call, no comment, no diff', { skip: !bundled && 'dist/index.js not built' }, async () => {
  const api = await startStandIn({ headSha: fixture.headSha });
  try {
    const run = await runBundledAction({ workspace: fixture.repo, apiUrl: api.url, event: 'push' });
    assert.equal(run.code, 1);
    assert.equal(api.state.requests.length, 0);
    assert.equal(run.outputs.changed, '');
    assert.equal(run.outputs['comment-url'], '');
    assert.ok(Number(run.outputs.errors) >= 1);
    assertNoSecrets(run, []);
  } finally {
    await api.close();
  }
});

test('a shallow clone: a clear message to use fetch-depth: 0, the checks still run', { skip: !bundled && 'dist/index.js not built' }, async () => {
  const api = await startStandIn({ headSha: fixture.headSha });
  try {
    const workspace = shallowClone(fixture, fixture.head2Sha);
    const run = await runBundledAction({
      workspace,
      apiUrl: api.url,
      event: 'pull_request',
      pr: { number: 7, baseSha: fixture.baseSha, headSha: fixture.head2Sha },
      inputs: { comment: 'never' },
    });
    assert.match(run.stdout, /::warning::The base commit [0-9a-f]{12} of the pull request is not in this shallow clone.*fetch-depth: 0/);
    assert.ok(run.summary.includes('fetch-depth: 0'));
    // The committed Secret is a warning with or without schemas: the checks ran.
    assert.ok(Number(run.outputs.errors) + Number(run.outputs.warnings) >= 1, JSON.stringify(run.outputs));
    assert.equal(run.outputs['new-errors'], '', 'no base, no baseline');
    assert.equal(api.state.requests.length, 0, 'comment: never makes no call');
  } finally {
    await api.close();
  }
});

test('a pull request that brings no finding passes though its base has errors; fail-on-existing gates on them', { skip: !bundled && 'dist/index.js not built' }, async () => {
  const existing = buildExistingErrorsFixture();
  const api = await startStandIn({ headSha: existing.headSha });
  try {
    const pr = { number: 7, baseSha: existing.baseSha, headSha: existing.headSha, headRef: 'feature' };
    const run = await runBundledAction({ workspace: existing.repo, apiUrl: api.url, event: 'pull_request', pr, inputs: { comment: 'always' } });
    assert.equal(run.code, 0, `${run.stdout}\n${run.stderr}`);
    assert.ok(Number(run.outputs.errors) >= 1, 'the duplicate is still reported');
    assert.equal(run.outputs['new-errors'], '0');
    const report = JSON.parse(run.reportJson);
    assert.ok(report.findings.some((f: { ruleId: string; baseline: string }) => f.ruleId === 'resource/duplicate' && f.baseline === 'existing'));
    const body = ours(api.state.comments)[0]!.body;
    // The comment leads with the verdict and the change per environment, then what is new, then the rest folded.
    // (A notice says the promotion rules do not apply: this repository is not branch-per-environment.)
    assert.match(body, /^<!-- gitops-gate -->\n### ✅ gitops-gate: \d+ new notices?\n/);
    assert.match(body, /\| environment \| branch \| added \| changed \| removed \|/);
    assert.doesNotMatch(body.slice(0, body.indexOf('already on main')), /resource\/duplicate/, 'the existing error is folded');
    assert.match(body, /<details><summary>\d+ findings? already on main<\/summary>/);
    assert.ok(body.indexOf('already on main') < body.indexOf('### Rendered diff'), 'findings before the diffs');

    const strict = await runBundledAction({ workspace: existing.repo, apiUrl: api.url, event: 'pull_request', pr, inputs: { comment: 'never', 'fail-on-existing': 'true' } });
    assert.equal(strict.code, 1);
    assert.match(strict.stdout, /::error::gitops-gate found \d+ errors? and \d+ warnings? \(fail-on: error\)/);
  } finally {
    await api.close();
    existing.cleanup();
  }
});
