import { Ajv, type ErrorObject } from 'ajv';
import { isMap, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Severity } from '../core/model/finding.ts';
import configSchema from '../../schemas/config.schema.json' with { type: 'json' };

export type RuleSetting = Severity | 'off';
export type SyncMode = 'auto' | 'manual';

export interface EnvironmentConfig {
  name: string;
  branch: string;
  /** Repo-relative globs of kustomization directories; empty means "detect". */
  entrypoints: string[];
  sync?: SyncMode;
  promotesFrom?: string;
  allowedSources: string[];
  targetRevisions: string[];
  kubernetesVersion?: string;
  /**
   * Each entrypoint is checked as a cluster of its own (a catalogue of independent kustomizations): no
   * duplicates or ordering across entrypoints, no promotion rules.
   */
  isolated?: boolean;
}

export interface Config {
  repoURL?: string;
  kubernetesVersion: string;
  /** Empty when the environments are to be detected from the repository's layout. */
  environments: EnvironmentConfig[];
  rules: Record<string, RuleSetting>;
  schemas: string[];
  diff: { ignoreDefaultNoise: boolean };
  /** Chart name → API groups (or group/Kind) it installs CRDs for, on top of the builtin catalog. */
  crdProviders: Record<string, string[]>;
  /** API groups (or group/Kind) whose CRDs exist before any sync (installed by a bootstrap step). */
  preinstalledCrds: string[];
  /** Repo-relative globs of paths never rendered or checked. */
  exclude: string[];
  /** Findings left out by rule and place. */
  ignore: IgnoreEntry[];
  /**
   * Flux sources that hold this repository; undefined means the default (a GitRepository or OCIRepository
   * named flux-system, as `flux bootstrap` creates them).
   */
  sources?: FluxSourceConfig[];
  /** The file it was read from, repo-relative; undefined for defaults. */
  file?: string;
}

/** `ignore:` entry: a rule (id, `family/*` or `*`) and where: a file glob and/or a kind/namespace/name glob. */
export interface IgnoreEntry {
  rule: string;
  path?: string;
  resource?: string;
  environment?: string;
  /** 1-based line of the entry in the config file, to say which entry matched nothing. */
  line?: number;
}

/** `sources:` entry: a Flux source object whose artifact is this repository (its root, or `path` in it). */
export interface FluxSourceConfig {
  kind: 'GitRepository' | 'OCIRepository' | 'Bucket' | 'ExternalArtifact';
  name: string;
  namespace: string;
  /** Repo-relative directory the artifact's root holds; '.' for the repository root. */
  path: string;
}

export const DEFAULT_KUBERNETES_VERSION = '1.31';
export const CONFIG_FILE_NAMES = ['.gitops-gate.yaml', '.gitops-gate.yml'];

/** A configuration that cannot be used: where it is wrong and how to fix it. Exit code 2. */
export class ConfigError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${message}`);
    this.name = 'ConfigError';
  }
}

export function defaultConfig(): Config {
  return {
    kubernetesVersion: DEFAULT_KUBERNETES_VERSION,
    environments: [],
    rules: {},
    schemas: [],
    diff: { ignoreDefaultNoise: true },
    crdProviders: {},
    preinstalledCrds: [],
    exclude: [],
    ignore: [],
  };
}

/** The branch an environment tracks when the config does not say: its name, with prod/production → main. */
export function defaultBranch(envName: string): string {
  return envName === 'prod' || envName === 'production' ? 'main' : envName;
}

let validateConfig: ReturnType<Ajv['compile']> | undefined;

/** Parses and validates `.gitops-gate.yaml`. Throws ConfigError pointing at the offending line. */
export function parseConfig(text: string, file: string): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    throw new ConfigError(`not valid YAML: ${e.message.split('\n')[0]}`, file, lineCounter.linePos(e.pos[0]).line);
  }
  const raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
  validateConfig ??= new Ajv({ allErrors: false, strict: false }).compile(configSchema);
  if (!validateConfig(raw)) {
    const err = validateConfig.errors![0]!;
    const node = nodeAt(doc.contents as YamlNode | null, pointerSegments(err));
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    throw new ConfigError(describeSchemaError(err), file, line);
  }
  const cfg = defaultConfig();
  cfg.file = file;
  if (raw.repoURL) cfg.repoURL = raw.repoURL;
  if (raw.kubernetesVersion) cfg.kubernetesVersion = normalizeVersion(raw.kubernetesVersion);
  if (raw.schemas) cfg.schemas = raw.schemas;
  if (raw.rules) cfg.rules = raw.rules;
  if (raw.diff?.ignoreDefaultNoise === false) cfg.diff.ignoreDefaultNoise = false;
  if (raw.crdProviders) cfg.crdProviders = raw.crdProviders;
  if (raw.preinstalledCrds) cfg.preinstalledCrds = raw.preinstalledCrds;
  if (raw.exclude) cfg.exclude = (raw.exclude as string[]).map(normalizeGlob);
  for (const [i, e] of ((raw.ignore ?? []) as Record<string, string>[]).entries()) {
    const node = nodeAt(doc.contents as YamlNode | null, ['ignore', String(i)]);
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
    // An entry must say where, or it would silence a rule everywhere, which is what `rules:` is for.
    if (!e.path && !e.resource) {
      throw new ConfigError(`ignore.${i} needs 'path' or 'resource' (or both); to turn a rule off everywhere, use rules: {${e.rule}: off}`, file, line);
    }
    cfg.ignore.push({
      rule: e.rule!,
      ...(e.path ? { path: normalizeGlob(e.path) } : {}),
      ...(e.resource ? { resource: e.resource } : {}),
      ...(e.environment ? { environment: e.environment } : {}),
      ...(line ? { line } : {}),
    });
  }
  if (raw.sources) {
    cfg.sources = (raw.sources as Record<string, string>[]).map((s) => ({
      kind: s.kind as FluxSourceConfig['kind'],
      name: s.name!,
      namespace: s.namespace || 'flux-system',
      path: normalizeGlob(s.path ?? '.'),
    }));
  }
  const names = new Set<string>();
  for (const [i, e] of ((raw.environments ?? []) as Record<string, unknown>[]).entries()) {
    const name = e.name as string;
    if (names.has(name)) {
      const node = nodeAt(doc.contents as YamlNode | null, ['environments', String(i), 'name']);
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
      throw new ConfigError(`environment '${name}' is defined twice; names must be unique`, file, line);
    }
    names.add(name);
    const env: EnvironmentConfig = {
      name,
      branch: (e.branch as string | undefined) ?? defaultBranch(name),
      entrypoints: (e.entrypoints as string[] | undefined) ?? [],
      allowedSources: (e.allowedSources as string[] | undefined) ?? [],
      targetRevisions: (e.targetRevisions as string[] | undefined) ?? [],
    };
    if (e.sync) env.sync = e.sync as SyncMode;
    if (e.promotesFrom) env.promotesFrom = e.promotesFrom as string;
    if (e.kubernetesVersion) env.kubernetesVersion = normalizeVersion(e.kubernetesVersion as string);
    if (e.isolated === true) env.isolated = true;
    cfg.environments.push(env);
  }
  for (const [i, env] of cfg.environments.entries()) {
    if (env.promotesFrom && !names.has(env.promotesFrom)) {
      const node = nodeAt(doc.contents as YamlNode | null, ['environments', String(i), 'promotesFrom']);
      const line = node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
      throw new ConfigError(
        `environment '${env.name}' promotesFrom '${env.promotesFrom}', which is not an environment (${[...names].join(', ')})`,
        file,
        line,
      );
    }
  }
  return cfg;
}

/** `./apps/**` and `apps/**` alike: repo-relative, no leading `./`, no trailing `/`. */
function normalizeGlob(glob: string): string {
  return glob.replace(/^(\.\/)+/, '').replace(/\/+$/, '') || '.';
}

/** "v1.31.2" → "1.31". */
export function normalizeVersion(v: string): string {
  if (v === 'master') return v;
  const m = /^v?(\d+)\.(\d+)/.exec(v);
  return m ? `${m[1]}.${m[2]}` : v;
}

function pointerSegments(err: ErrorObject): string[] {
  const segs = err.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (err.keyword === 'additionalProperties') segs.push(String(err.params.additionalProperty));
  return segs;
}

function nodeAt(node: YamlNode | null, path: string[]): YamlNode | null {
  let cur: YamlNode | null = node;
  for (const seg of path) {
    if (isMap(cur)) {
      const pair = cur.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === seg);
      if (!pair) return cur;
      // Point at the key for a bad property name, at the value otherwise.
      cur = seg === path[path.length - 1] && !pair.value ? (pair.key as YamlNode) : ((pair.value as YamlNode) ?? (pair.key as YamlNode));
    } else if (isSeq(cur)) {
      const item = cur.items[Number(seg)] as YamlNode | undefined;
      if (!item) return cur;
      cur = item;
    } else {
      return cur;
    }
  }
  return cur;
}

function describeSchemaError(err: ErrorObject): string {
  const where = err.instancePath ? err.instancePath.slice(1).replace(/\//g, '.') : 'the config';
  switch (err.keyword) {
    case 'additionalProperties':
      return `unknown field '${err.params.additionalProperty}' in ${where}`;
    case 'enum':
      return `${where} must be one of ${(err.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${where} must be ${err.params.type}`;
    case 'required':
      return `${where} needs '${err.params.missingProperty}'`;
    case 'pattern':
      return `${where} is not in the expected form (${err.params.pattern})`;
    default:
      return `${where} ${err.message ?? 'is invalid'}`;
  }
}
