/**
 * The outside-world side of schema resolution: reads schema files from disk, downloads them with short
 * timeouts, and keeps downloads in an on-disk cache so a runner fetches each schema once.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { LocationSchemaSource } from '../core/schema/location-source.ts';
import { DEFAULT_SCHEMA_LOCATIONS, isUrl, parseSchemaLocation, type SchemaLocation } from '../core/schema/locations.ts';
import type { LoadResult, SchemaLoader } from '../core/schema/source.ts';

export interface SchemaStoreOptions {
  /** Where downloads are kept; undefined: no disk cache. */
  cacheDir?: string;
  /** Per request. Short: an unreachable network must cost seconds, not minutes. */
  timeoutMs?: number;
  /** Downloads younger than this are used without asking the network again. */
  maxAgeMs?: number;
  /** For tests: a stand-in for the global fetch. */
  fetch?: typeof globalThis.fetch;
}

const DEFAULT_TIMEOUT_MS = 5_000;
const DEFAULT_MAX_AGE_MS = 7 * 24 * 3600 * 1000;

/** `$RUNNER_TOOL_CACHE/gitops-gate` on GitHub runners, else `$XDG_CACHE_HOME/gitops-gate`, else `~/.cache/gitops-gate`. */
export function defaultSchemaCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.RUNNER_TOOL_CACHE) return join(env.RUNNER_TOOL_CACHE, 'gitops-gate', 'schemas');
  const base = env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'gitops-gate', 'schemas');
}

export function createSchemaLoader(options: SchemaStoreOptions = {}): SchemaLoader {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const fetchFn = options.fetch ?? globalThis.fetch;

  async function loadUrl(url: string): Promise<LoadResult> {
    const cached = options.cacheDir ? join(options.cacheDir, `${createHash('sha256').update(url).digest('hex')}.json`) : undefined;
    const fresh = cached ? await readCache(cached, maxAgeMs) : undefined;
    if (fresh?.fresh) return parse(fresh.text, url);
    let response: Response;
    try {
      response = await fetchFn(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'follow' });
    } catch (e) {
      // Offline with an old copy: the old copy is better than nothing.
      if (fresh) return parse(fresh.text, url);
      return { status: 'failed', reason: networkReason(e, timeoutMs) };
    }
    if (response.status === 404 || response.status === 410) return { status: 'absent' };
    if (!response.ok) {
      if (fresh) return parse(fresh.text, url);
      return { status: 'failed', reason: `HTTP ${response.status}` };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (e) {
      return { status: 'failed', reason: networkReason(e, timeoutMs) };
    }
    const result = parse(text, url);
    if (cached && result.status === 'ok') await writeCache(cached, text);
    return result;
  }

  async function loadFile(path: string): Promise<LoadResult> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return { status: 'absent' };
      return { status: 'failed', reason: `cannot read: ${code ?? String(e)}` };
    }
    return parse(text, path);
  }

  return {
    loadJson: (location) => (isUrl(location) ? loadUrl(location) : loadFile(location)),
    async listDir(location) {
      if (isUrl(location)) return undefined;
      try {
        return (await readdir(location)).sort();
      } catch {
        return undefined;
      }
    },
  };
}

export interface SchemaSourceOptions extends SchemaStoreOptions {
  /** `--schemas`, config `schemas:`, GITOPS_GATE_SCHEMAS, in that order. */
  locations: readonly string[];
  /** Append the public default sets (kubeconform's and CRDs-catalog). Default true. */
  includeDefaults?: boolean;
}

/** The configured locations, then the defaults, over the disk/network loader. Throws SchemaLocationError on a bad location. */
export function createSchemaSource(options: SchemaSourceOptions): LocationSchemaSource {
  const locations: SchemaLocation[] = options.locations.map(parseSchemaLocation);
  if (options.includeDefaults !== false) locations.push(...DEFAULT_SCHEMA_LOCATIONS);
  return new LocationSchemaSource(locations, createSchemaLoader(options));
}

function parse(text: string, location: string): LoadResult {
  try {
    return { status: 'ok', value: JSON.parse(text) as unknown };
  } catch (e) {
    return { status: 'failed', reason: `${location} is not JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

async function readCache(path: string, maxAgeMs: number): Promise<{ text: string; fresh: boolean } | undefined> {
  try {
    const info = await stat(path);
    return { text: await readFile(path, 'utf8'), fresh: Date.now() - info.mtimeMs < maxAgeMs };
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file so a concurrent run never reads half a schema. A failed write only costs a re-download. */
async function writeCache(path: string, text: string): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(tmp, text);
    await rename(tmp, path);
  } catch {
    // The cache is an optimisation.
  }
}

function networkReason(e: unknown, timeoutMs: number): string {
  if (e instanceof Error && (e.name === 'TimeoutError' || e.name === 'AbortError')) return `no answer within ${timeoutMs / 1000}s`;
  const cause = e instanceof Error ? (e.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message;
  return `${e instanceof Error ? e.message : String(e)}${detail ? ` (${detail})` : ''}`;
}
