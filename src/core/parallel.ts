/**
 * The port for checking environments on other threads. The core says what to check and gets outcomes back
 * in the same order; an adapter (src/io/worker-pool.ts) owns the threads. Objects cross threads by
 * structured clone, which keeps data and drops classes: `rehydrate` gives rendered resources their class
 * back, so an outcome from a thread is indistinguishable from one made here.
 */
import type { Environment } from './discover.ts';
import type { EnvironmentOutcome } from './check-environment.ts';
import type { RecordedRender } from './cluster/render-memo.ts';
import type { FsQuestions } from './recording-fs.ts';
import type { AlikeData } from './cluster/walk-certificate.ts';
import { Resource } from './kustomize/resource.ts';

export interface ParallelOptions {
  /** Record each directory render (for a pull request's base to reuse). */
  record: boolean;
  /** When recording: what the base is known to answer alike (walk-certificate.ts), so that it is not recorded. */
  alike?: AlikeData;
  kubernetesVersion: string | undefined;
  /** Directories in the repository (sizes the render cap). */
  directories: number;
}

/** An outcome from another thread, with the renders it recorded when asked. */
export interface ParallelOutcome extends EnvironmentOutcome {
  renders?: [string, RecordedRender][];
  /** Every question the environment's render asked (with `renders`). */
  environmentQuestions?: FsQuestions;
}

export interface EnvironmentWorkers {
  /**
   * Checks each environment on some thread; the outcomes come back in the order of `envs`. Undefined when
   * the pool cannot run (no threads could start): the caller checks them itself.
   */
  checkEnvironments(envs: Environment[], options: ParallelOptions): Promise<ParallelOutcome[] | undefined>;
}

/** Gives resources that crossed a thread boundary their class back, in place; returns the outcome. */
export function rehydrate(outcome: ParallelOutcome): ParallelOutcome {
  const seen = new Set<object>();
  const fix = (r: Resource) => {
    if (seen.has(r)) return;
    seen.add(r);
    Object.setPrototypeOf(r, Resource.prototype);
  };
  for (const cr of outcome.model.resources) fix(cr.resource);
  for (const [, render] of outcome.renders ?? []) for (const cr of render.resources) fix(cr.resource);
  return outcome;
}
