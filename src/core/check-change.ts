/**
 * A change checked against its base: the head is checked as `check` does, the base (the merge base of a
 * pull request, read through its own FileSystem) the same way with the same configuration, and each head
 * finding is classified `new` or `existing`. Both sides' models come back for the rendered diff, so a pull
 * request's base is rendered once for the baseline and the diff together.
 */
import { withBaseline } from './baseline.ts';
import type { EnvironmentModel } from './cluster/model.ts';
import type { Finding } from './model/finding.ts';
import type { Report } from './model/report.ts';
import type { FileSystem } from './ports.ts';
import { runChecks, type CheckInputs, type EnvironmentChecks } from './run.ts';
import { RenderMemo, TreeComparison } from './cluster/render-memo.ts';
import { walkSkips } from './discover/scan.ts';
import { certifyWalk } from './cluster/walk-certificate.ts';
import { SchemaValidator } from './schema/validator.ts';
import type { PlacementMemo } from './checks/resolve-location.ts';
import { ValidationMemo } from './checks/schema.ts';

export interface BaseRevision {
  /** The base as a FileSystem rooted at the same path as the head (a git revision). */
  fs: FileSystem;
  /** How the user named it (`main`, `origin/main`), for the report. */
  ref: string;
  /** The commit it is (the merge base). */
  commit: string;
  /** Files known to hold the same bytes at the base as at the head, without comparing them (absolute paths). */
  unchanged?: (path: string) => boolean;
  /** The files whose bytes may differ (absolute paths): what `git diff` reported. Every other file is `unchanged`. */
  changed?: ReadonlySet<string>;
  /** Whether the base tree holds a symlink; unknown is taken as yes. */
  holdsSymlinks?: boolean;
  /** Settles when work the base started ahead (reading its changed files) is done; never fails. */
  ready?: () => Promise<void>;
}

export interface ChangeResult {
  /** The head's report, every finding classified against the base (unclassified when there is no base after all). */
  report: Report;
  models: EnvironmentModel[];
  /** The base's models; undefined when the base was given as a promise that settled on no base. */
  baseModels: EnvironmentModel[] | undefined;
  /** Every environment either side has, asked for or not. */
  environmentNames: string[];
  /**
   * How long each part took, in milliseconds: the head's check (without the wait), the time the head waited
   * for the base to be opened, and the base's check (which reuses the head's work).
   */
  durations: { head: number; waitingForBase: number; base: number };
}

/**
 * Checks the head, then the base. Every directory the head renders is recorded with what it read; at the
 * base, a render that would read the same bytes is taken from the head instead (render-memo.ts), so a
 * change costs renders in proportion to what it touches — with results identical to rendering the base
 * in full.
 *
 * The base may still be opening (git lists its tree and compares it with the head's in processes of their
 * own): the head's discovery walk goes on meanwhile and waits for it only when done. A promise that
 * settles on undefined means no base after all (its caller said why): the head's report comes back alone.
 * One that fails fails the whole.
 */
export async function runChangeChecks(inputs: CheckInputs, opening: BaseRevision | PromiseLike<BaseRevision>): Promise<ChangeResult & { baseModels: EnvironmentModel[] }>;
export async function runChangeChecks(inputs: CheckInputs, opening: PromiseLike<BaseRevision | undefined>): Promise<ChangeResult>;
export async function runChangeChecks(inputs: CheckInputs, opening: BaseRevision | PromiseLike<BaseRevision | undefined>): Promise<ChangeResult> {
  const baseReady = Promise.resolve(opening);
  baseReady.catch(() => undefined); // failing before the head asks for it is not an unhandled rejection
  const memo = new RenderMemo();
  let waitingForBase = 0;
  // With git's list of changed files, the head's walk shows most of what the base answers alike: the
  // head's renders then write down only the other questions, and the base asks only those.
  memo.certify = async (walk, headFs) => {
    const waitStarted = performance.now();
    const base = await baseReady;
    waitingForBase += performance.now() - waitStarted;
    if (!base?.changed) return undefined;
    return certifyWalk(walk, headFs, base.fs, base.changed, walkSkips, base.holdsSymlinks ?? true);
  };
  const validation = inputs.validation ?? { validator: new SchemaValidator(), results: new ValidationMemo() };
  const placements: PlacementMemo = new WeakMap();
  const checks = new Map<string, EnvironmentChecks>();
  const started = performance.now();
  const head = await runChecks({ ...inputs, renderMemo: { record: memo }, validation, placements, environmentChecks: { record: checks } });
  const headDone = performance.now();
  const headTook = headDone - started - waitingForBase;
  const base = await baseReady;
  if (!base) {
    const durations = { head: headTook, waitingForBase, base: 0 };
    return { report: head.report, models: head.models, baseModels: undefined, environmentNames: head.environmentNames, durations };
  }
  await base.ready?.();
  // The base validates again only what it does not share with the head.
  validation.results.startAnswering();
  const baseSide = await runChecks({
    renderMemo: { reuse: { memo, comparison: new TreeComparison(inputs.fs, base.fs, base.unchanged, base.changed, memo.alike) } },
    validation,
    placements,
    environmentChecks: { reuse: checks },
    fs: base.fs,
    repoRoot: inputs.repoRoot,
    config: inputs.config,
    repoURLs: inputs.repoURLs,
    schemaSource: inputs.schemaSource,
    comparedRules: new Set(head.report.findings.map((f) => f.ruleId)),
    comparedRulesIn: rulesByEnvironment(head.report.findings),
    // An environment the change adds has no base; one it removes is not asked for.
    ...(inputs.environments ? { environments: inputs.environments, skipUnknownEnvironments: true } : {}),
    ...(inputs.kubernetesVersion ? { kubernetesVersion: inputs.kubernetesVersion } : {}),
    ...(inputs.onProgress ? { onProgress: (m: string) => inputs.onProgress!(`${m} at the base`) } : {}),
  });
  return {
    report: withBaseline(head.report, baseSide.report, base.ref, base.commit),
    models: head.models,
    baseModels: baseSide.models,
    environmentNames: [...new Set([...head.environmentNames, ...baseSide.environmentNames])],
    durations: { head: headTook, waitingForBase, base: performance.now() - headDone },
  };
}

/**
 * The rules the head reported in each environment, with those of its findings about no environment (the
 * notice that schemas were unreachable counts what every environment left unvalidated): all a base
 * environment's findings can match.
 */
export function rulesByEnvironment(findings: readonly Finding[]): (environment: string) => ReadonlySet<string> {
  const everywhere = new Set(findings.filter((f) => f.environment === undefined).map((f) => f.ruleId));
  const byEnvironment = new Map<string, Set<string>>();
  for (const f of findings) {
    if (f.environment === undefined) continue;
    let rules = byEnvironment.get(f.environment);
    if (!rules) byEnvironment.set(f.environment, (rules = new Set(everywhere)));
    rules.add(f.ruleId);
  }
  return (environment) => byEnvironment.get(environment) ?? everywhere;
}
