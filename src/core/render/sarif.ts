/**
 * SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`): one run, the rules that
 * occur, one result per finding.
 *
 * What GitHub's ingestion demands beyond the SARIF spec, and how this module meets it:
 * - Every result needs a location with `physicalLocation.artifactLocation.uri`: a single result without
 *   one ("locationFromSarifResult: expected at least one location") makes GitHub reject the whole file.
 *   A finding without a file is therefore anchored: to its entrypoint's kustomization file when it has an
 *   entrypoint, else to `anchorFile` (the config file by default). `properties.anchored` marks those, so a
 *   reader of the SARIF can tell an anchor from the finding's own place.
 * - GitHub shows a result at `region.startLine`; its ingestion rules ask for one, so an unknown line is
 *   line 1 (with no column), never a made-up column.
 * - Alerts are matched across runs by rule, file and fingerprint. The same problem in two environments
 *   (a shared base) is two findings with the same file and line; `partialFingerprints` includes the
 *   environment, entrypoint and resource so they stay two alerts instead of collapsing into one, and
 *   leaves the line out so an alert survives edits above it.
 * - More than 25,000 results in a run makes GitHub reject the file: only the most severe 25,000 are
 *   written, and `run.properties` says how many were left out.
 */
import type { Finding, Severity } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { orderFindings, resourceLabel, severityRank } from './common.ts';
import { ruleInfo } from './rules.ts';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const DEFAULT_TOOL_URI = 'https://gitops-gate.dev';
export const DEFAULT_ANCHOR_FILE = '.gitops-gate.yaml';
/** GitHub rejects a whole SARIF file whose run has more results than this. */
export const GITHUB_MAX_RESULTS = 25_000;
/** The partialFingerprints key; bump the suffix if the fingerprint's recipe changes. */
const FINGERPRINT_KEY = 'gitopsGateFinding/v1';

export interface SarifRenderOptions {
  /** informationUri of the tool (default https://gitops-gate.dev). */
  toolUri?: string;
  /** Repo-relative file that results with neither a file nor an entrypoint are attached to. */
  anchorFile?: string;
  /** The kustomization file name results of an entrypoint without a file are attached to (default kustomization.yaml). */
  kustomizationFileName?: string;
  /** Results written at most (default 25,000, GitHub's hard limit per run); the most severe are kept. */
  maxResults?: number;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };

export function renderSarif(report: Report, options: SarifRenderOptions = {}): string {
  const all = orderFindings(report);
  const max = Math.max(0, options.maxResults ?? GITHUB_MAX_RESULTS);
  const findings = all.length <= max ? all : keepMostSevere(all, max);
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const severityOf = new Map(findings.map((f) => [f.ruleId, f.severity]));

  const rules = ruleIds.map((id) => {
    const info = ruleInfo(id, severityOf.get(id) ?? 'warning');
    return {
      id,
      name: ruleName(id),
      shortDescription: { text: info.shortDescription },
      defaultConfiguration: { level: LEVEL[info.defaultSeverity] },
    };
  });

  const results = findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? 0,
    level: LEVEL[f.severity] ?? 'warning',
    message: { text: resultMessage(f) },
    locations: [location(f, options)],
    partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f) },
    properties: resultProperties(f),
  }));

  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool,
            version: report.version,
            semanticVersion: report.version,
            informationUri: options.toolUri ?? DEFAULT_TOOL_URI,
            rules,
          },
        },
        // Columns come from the YAML parser's string offsets, which count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results,
        ...(findings.length < all.length ? { properties: { totalResults: all.length, omittedResults: all.length - findings.length } } : {}),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The `max` most severe findings, still in report order. */
function keepMostSevere(findings: Finding[], max: number): Finding[] {
  const ranked = findings.map((f, i) => ({ i, rank: severityRank(f.severity) })).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const keep = new Set(ranked.slice(0, max).map((r) => r.i));
  return findings.filter((_, i) => keep.has(i));
}

/** `schema/unknown-field` → `SchemaUnknownField`: SARIF's `name` is an identifier-like form of the id. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p !== '')
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
}

/** The finding's message plus where it applies: the alert page shows only the message text. */
function resultMessage(f: Finding): string {
  const where = [f.resource ? resourceLabel(f.resource) : undefined, f.environment ? `environment ${f.environment}` : undefined]
    .filter((s) => s !== undefined)
    .join(', ');
  return where === '' ? f.message : `${f.message} (${where})`;
}

function location(f: Finding, options: SarifRenderOptions): { physicalLocation: Record<string, unknown> } {
  if (f.file) {
    const region: Record<string, number> = { startLine: f.line ?? 1 };
    if (f.line !== undefined && f.column !== undefined) region.startColumn = f.column;
    return { physicalLocation: { artifactLocation: { uri: toUri(f.file) }, region } };
  }
  const anchor = f.entrypoint
    ? `${f.entrypoint.replace(/\/+$/, '')}/${options.kustomizationFileName ?? 'kustomization.yaml'}`
    : (options.anchorFile ?? DEFAULT_ANCHOR_FILE);
  return { physicalLocation: { artifactLocation: { uri: toUri(anchor) }, region: { startLine: 1 } } };
}

/**
 * A repo-relative path (already `/`-separated: findings carry POSIX paths, so a `\` is part of a name) as a
 * relative URI reference: no leading `./` or `/`, each segment percent-encoded so a space, `#` or `?` in a
 * file name cannot turn into a fragment or query.
 */
export function toUri(path: string): string {
  return path
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/**
 * Identity of a finding across runs: environment, entrypoint, rule, resource and field. The message joins
 * only when there is no resource and no field to tell two findings of one rule apart (build failures,
 * deprecated fields of one kustomization).
 */
function fingerprint(f: Finding): string {
  const parts = [f.ruleId, f.environment ?? '', f.entrypoint ?? '', f.file ?? ''];
  if (f.resource) parts.push(f.resource.apiVersion, f.resource.kind, f.resource.namespace ?? '', f.resource.name);
  if (f.path !== undefined) parts.push(f.path);
  if (!f.resource && f.path === undefined) parts.push(f.message);
  return fnv1a64(JSON.stringify(parts));
}

/** FNV-1a, 64 bit, over UTF-16 code units: short, stable, dependency-free; not for security. */
function fnv1a64(s: string): string {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < s.length; i++) {
    hash ^= BigInt(s.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}

function resultProperties(f: Finding): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  if (f.environment !== undefined) props.environment = f.environment;
  if (f.entrypoint !== undefined) props.entrypoint = f.entrypoint;
  if (f.resource) {
    props.resource = {
      apiVersion: f.resource.apiVersion,
      kind: f.resource.kind,
      ...(f.resource.namespace !== undefined ? { namespace: f.resource.namespace } : {}),
      name: f.resource.name,
    };
  }
  if (f.path !== undefined) props.path = f.path;
  if (!f.file) props.anchored = true;
  return props;
}
