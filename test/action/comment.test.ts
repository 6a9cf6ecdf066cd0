import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_BUDGETS, publishComment, type CommentRequest } from '../../src/action/comment.ts';
import { BodyTooLongError, PermissionError, type GitHubApi, type IssueComment } from '../../src/action/github-api.ts';

const MARKER = '<!-- gitops-gate -->';

/** An in-memory API: `fail` decides, per write, whether it throws. */
function fakeApi(opts: { head?: string; comments?: IssueComment[]; fail?: (body: string) => Error | undefined } = {}) {
  const comments = opts.comments ?? [];
  const writes: string[] = [];
  const api: GitHubApi = {
    pullRequestHeadSha: async () => opts.head ?? 'head',
    findComment: async (_pr, marker) => comments.find((c) => c.body.startsWith(marker)),
    createComment: async (_pr, body) => {
      writes.push(`create ${body.length}`);
      const err = opts.fail?.(body);
      if (err) throw err;
      const c = { id: comments.length + 1, body, url: `u${comments.length + 1}` };
      comments.push(c);
      return c;
    },
    updateComment: async (id, body) => {
      writes.push(`update ${id}`);
      const err = opts.fail?.(body);
      if (err) throw err;
      const c = comments.find((x) => x.id === id)!;
      c.body = body;
      return c;
    },
  };
  return { api, comments, writes };
}

function request(over: Partial<CommentRequest> = {}): CommentRequest {
  return { pr: 1, mode: 'on-change', hasContent: true, headSha: 'head', render: (budget) => `${MARKER}\n${'x'.repeat(Math.min(budget, 50_000) - 30)}`, log: () => {}, ...over };
}

test('creates once, then updates in place, then leaves an unchanged body alone', async () => {
  const { api, comments, writes } = fakeApi();
  assert.equal((await publishComment(api, request())).status, 'created');
  assert.equal((await publishComment(api, request({ render: () => `${MARKER}\nnew` }))).status, 'updated');
  assert.equal((await publishComment(api, request({ render: () => `${MARKER}\nnew` }))).status, 'unchanged');
  assert.equal(comments.length, 1);
  assert.deepEqual(writes.map((w) => w.split(' ')[0]), ['create', 'update']);
});

test('a CRLF copy of the same body is unchanged', async () => {
  const { api, writes } = fakeApi({ comments: [{ id: 9, body: `${MARKER}\r\nsame\r\n`, url: 'u9' }] });
  assert.equal((await publishComment(api, request({ render: () => `${MARKER}\nsame\n` }))).status, 'unchanged');
  assert.equal(writes.length, 0);
});

test('a body too long degrades one budget step at a time', async () => {
  const logs: string[] = [];
  const { api, comments } = fakeApi({ fail: (b) => (b.length > 10_000 ? new BodyTooLongError('too long (422)') : undefined) });
  const out = await publishComment(api, request({ log: (m) => logs.push(m) }));
  assert.equal(out.status, 'created');
  assert.ok(comments[0]!.body.length <= COMMENT_BUDGETS[3]);
  assert.equal(logs.length, 3);
});

test('too long at every budget, no permission, an outage: failed with a reason, never thrown', async () => {
  const tooLong = await publishComment(fakeApi({ fail: () => new BodyTooLongError('too long') }).api, request());
  assert.equal(tooLong.status, 'failed');
  const denied = await publishComment(fakeApi({ fail: () => new PermissionError('403 Resource not accessible by integration') }).api, request());
  assert.equal(denied.status, 'failed');
  assert.match((denied as { reason: string }).reason, /pull-requests: write/);
  const down = await publishComment(fakeApi({ fail: () => Object.assign(new Error('Server Error'), { status: 502 }) }).api, request());
  assert.match((down as { reason: string }).reason, /\(502\): Server Error/);
});

test('skips: never, a stale head, on-change with nothing to say (but keeps an existing comment current)', async () => {
  assert.equal((await publishComment(fakeApi().api, request({ mode: 'never' }))).status, 'skipped');
  const stale = fakeApi({ head: 'newer' });
  assert.equal((await publishComment(stale.api, request())).status, 'skipped');
  assert.equal(stale.writes.length, 0);
  assert.equal((await publishComment(fakeApi().api, request({ hasContent: false }))).status, 'skipped');
  assert.equal((await publishComment(fakeApi().api, request({ hasContent: false, mode: 'always' }))).status, 'created');
  const existing = fakeApi({ comments: [{ id: 3, body: `${MARKER}\nold`, url: 'u3' }] });
  assert.equal((await publishComment(existing.api, request({ hasContent: false }))).status, 'updated');
});
