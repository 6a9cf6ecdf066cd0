import { existsSync, readFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { CONFIG_FILE_NAMES, defaultConfig, parseConfig, type Config } from '../config/config.ts';
import { readOriginUrl } from '../io/git-remote.ts';
import { createSchemaSource, defaultSchemaCacheDir } from '../io/schema-store.ts';
import { splitSchemaLocations } from '../core/schema/locations.ts';
import type { SchemaSource } from '../core/schema/source.ts';
import { UsageError } from './io.ts';

export interface RepoInputs {
  repoRoot: string;
  config: Config;
  repoURLs: string[];
  schemaSource: SchemaSource;
  /** How the schema source was made, for another thread to make the same. */
  schemaOptions: { locations: string[]; cacheDir: string; includeDefaults: boolean };
}

/**
 * Reads what a run needs from the outside world, once: the config file, the repository's remote URL and
 * the schema locations (flags, then config, then GITOPS_GATE_SCHEMAS, then the public defaults).
 */
export function loadRepoInputs(
  repoArg: string | undefined,
  configArg: string | undefined,
  schemaArgs: string[],
  cwd: string,
  env: Record<string, string | undefined>,
): RepoInputs {
  const repoRoot = nodePath.resolve(cwd, repoArg ?? '.');
  if (!existsSync(repoRoot)) throw new UsageError(`${repoArg}: no such directory`);
  const config = loadConfig(repoRoot, configArg, cwd);
  const repoURLs = [config.repoURL, readOriginUrl(repoRoot)].filter((u): u is string => !!u);
  const locations = [
    ...schemaArgs,
    ...config.schemas.map((s) => (isUrlLike(s) ? s : nodePath.resolve(repoRoot, s))),
    ...splitSchemaLocations(env.GITOPS_GATE_SCHEMAS ?? ''),
  ].map((s) => (isUrlLike(s) ? s : nodePath.resolve(cwd, s)));
  const schemaOptions = {
    locations,
    cacheDir: defaultSchemaCacheDir(env as NodeJS.ProcessEnv),
    // GITOPS_GATE_OFFLINE=1: never reach for the public schema sets (air-gapped runners, tests).
    includeDefaults: env.GITOPS_GATE_OFFLINE !== '1',
  };
  return { repoRoot, config, repoURLs, schemaSource: createSchemaSource(schemaOptions), schemaOptions };
}

function loadConfig(repoRoot: string, configArg: string | undefined, cwd: string): Config {
  const path = configArg
    ? nodePath.resolve(cwd, configArg)
    : CONFIG_FILE_NAMES.map((n) => nodePath.join(repoRoot, n)).find((p) => existsSync(p));
  if (!path) return defaultConfig();
  if (!existsSync(path)) throw new UsageError(`--config ${configArg}: no such file`);
  // Errors name the file as the user can open it from where they ran the command.
  const shown = nodePath.relative(cwd, path);
  return parseConfig(readFileSync(path, 'utf8'), !shown || shown.startsWith('..') ? path : shown);
}

function isUrlLike(s: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}
