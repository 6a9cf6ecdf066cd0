/**
 * A stand-in for the few GitHub REST endpoints the Action calls, on 127.0.0.1, for the end-to-end test:
 * pull request (its head sha), issue comments (paged with Link headers, create, update). Faults are queued
 * per route to play rate limits, outages and refusals. Bounded: request bodies over 1 MiB are refused, at
 * most 1,000 requests are answered, and the server closes itself after `lifetimeMs` if the test forgets.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredComment {
  id: number;
  body: string;
  html_url: string;
  user: { login: string; type: string };
}

export interface Fault {
  method: string;
  /** Matched against the path with its query string. */
  path: RegExp;
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  /** How many matching requests get the fault (default 1). */
  times?: number;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body?: string;
  authorization?: string;
}

export interface StandInState {
  owner: string;
  repo: string;
  pr: number;
  /** The pull request's current head, as `GET /pulls/N` reports it. */
  headSha: string;
  comments: StoredComment[];
  faults: Fault[];
  requests: RecordedRequest[];
}

export interface StandIn {
  url: string;
  state: StandInState;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_REQUESTS = 1_000;

export async function startStandIn(init: Partial<StandInState> & { headSha: string }, lifetimeMs = 120_000): Promise<StandIn> {
  const state: StandInState = { owner: 'acme', repo: 'homelab', pr: 7, comments: [], faults: [], requests: [], ...init };
  let nextId = 1_000 + state.comments.length;
  let origin = '';

  const server = createServer((req, res) => {
    if (state.requests.length >= MAX_REQUESTS) return send(res, 503, { message: 'stand-in request budget exhausted' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      const body = chunks.length > 0 ? Buffer.concat(chunks).toString('utf8') : undefined;
      const path = req.url ?? '/';
      state.requests.push({ method: req.method ?? 'GET', path, ...(body !== undefined ? { body } : {}), authorization: String(req.headers.authorization ?? '') });
      const fault = state.faults.find((f) => f.method === req.method && f.path.test(path) && (f.times ?? 1) > 0);
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        return send(res, fault.status, fault.body, fault.headers);
      }
      route(req, res, path, body);
    });
  });

  function route(req: IncomingMessage, res: ServerResponse, path: string, body: string | undefined): void {
    const url = new URL(path, 'http://stand-in');
    const base = `/repos/${state.owner}/${state.repo}`;
    if (req.method === 'GET' && url.pathname === `${base}/pulls/${state.pr}`) {
      return send(res, 200, { number: state.pr, state: 'open', head: { sha: state.headSha } });
    }
    if (url.pathname === `${base}/issues/${state.pr}/comments`) {
      if (req.method === 'GET') {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Math.max(1, Number(url.searchParams.get('page') ?? 1));
        const slice = state.comments.slice((page - 1) * perPage, page * perPage);
        const headers: Record<string, string> = {};
        if (page * perPage < state.comments.length) {
          headers.link = `<${origin}${base}/issues/${state.pr}/comments?per_page=${perPage}&page=${page + 1}>; rel="next"`;
        }
        return send(res, 200, slice, headers);
      }
      if (req.method === 'POST') {
        const text = parseBody(body);
        if (text === undefined) return send(res, 400, { message: 'Problems parsing JSON' });
        const comment = { id: nextId++, body: text, html_url: `https://github.test/${state.owner}/${state.repo}/pull/${state.pr}#issuecomment-${nextId - 1}`, user: { login: 'github-actions[bot]', type: 'Bot' } };
        state.comments.push(comment);
        return send(res, 201, comment);
      }
    }
    const m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (m && req.method === 'PATCH') {
      const comment = state.comments.find((c) => c.id === Number(m[1]));
      const text = parseBody(body);
      if (!comment) return send(res, 404, { message: 'Not Found' });
      if (text === undefined) return send(res, 400, { message: 'Problems parsing JSON' });
      comment.body = text;
      return send(res, 200, comment);
    }
    send(res, 404, { message: `Not Found (stand-in has no ${req.method} ${url.pathname})` });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const timer = setTimeout(() => server.close(), lifetimeMs);
  timer.unref();
  return {
    url: origin,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function parseBody(body: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(body ?? '') as { body?: unknown };
    return typeof parsed.body === 'string' ? parsed.body : undefined;
  } catch {
    return undefined;
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}
