/**
 * Worker threads that check environments (the core's EnvironmentWorkers port). Environments go to the
 * threads longest first, each to the least loaded, so the run ends when the biggest environment does;
 * outcomes come back in the order asked, whatever thread finished first. A thread that fails to start or
 * to finish makes the whole batch come back undefined: the caller then checks everything itself, so a
 * thread problem costs time, never a result.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Environment } from '../core/discover.ts';
import { rehydrate, type EnvironmentWorkers, type ParallelOptions, type ParallelOutcome } from '../core/parallel.ts';
import type { WorkerReply, WorkerSetup, WorkerTask } from './check-worker.ts';

export interface WorkerPool extends EnvironmentWorkers {
  /** Stops the threads; the pool is not used afterwards. */
  close(): Promise<void>;
}

/** The worker script: beside the bundle (dist/worker.js), or the TypeScript source when run from src/. */
function workerScript(): URL {
  return import.meta.url.endsWith('.ts') ? new URL('./check-worker-dev.mjs', import.meta.url) : new URL('./worker.js', import.meta.url);
}

/**
 * The number of threads `--jobs` means by default: the machine's cores but one. The main thread, the
 * garbage collector and the compiler keep one core busy already: on two cores a worker thread costs more
 * than it saves (measured: `npm run bench`), on a four-core runner three threads pay.
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

export function createWorkerPool(jobs: number, setup: WorkerSetup): WorkerPool {
  const workers: Worker[] = [];
  const size = Math.max(1, Math.floor(jobs));
  let nextId = 0;

  const start = (): Worker => {
    const w = new Worker(workerScript(), { workerData: setup });
    workers.push(w);
    return w;
  };

  return {
    async checkEnvironments(envs: Environment[], options: ParallelOptions): Promise<ParallelOutcome[] | undefined> {
      const threads = Math.min(size, envs.length);
      while (workers.length < threads) start();
      // Longest first, each to the least loaded thread (entrypoints stand for work).
      const order = envs.map((env, i) => ({ env, i, weight: Math.max(1, env.entrypoints.length) })).sort((a, b) => b.weight - a.weight || a.i - b.i);
      const load = new Array<number>(threads).fill(0);
      const assigned: { env: Environment; i: number }[][] = Array.from({ length: threads }, () => []);
      for (const item of order) {
        const t = load.indexOf(Math.min(...load));
        assigned[t]!.push(item);
        load[t]! += item.weight;
      }
      try {
        const results = new Array<ParallelOutcome>(envs.length);
        await Promise.all(
          assigned.map(async (items, t) => {
            for (const [n, { env, i }] of items.entries()) {
              // The certificate goes to each thread once per batch: it is the same for every environment.
              const alike = options.alike && n > 0 ? 'same' : options.alike;
              const task: WorkerTask = { id: nextId++, env, record: options.record, kubernetesVersion: options.kubernetesVersion, directories: options.directories, ...(alike ? { alike } : {}) };
              results[i] = rehydrate(await send(workers[t]!, task));
            }
          }),
        );
        return results;
      } catch {
        return undefined;
      }
    },
    async close(): Promise<void> {
      await Promise.all(workers.splice(0).map((w) => w.terminate()));
    },
  };
}

/** One task to one thread, its reply (or its failure) as a promise. */
function send(worker: Worker, task: WorkerTask): Promise<ParallelOutcome> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== task.id) return;
      cleanup();
      if ('error' in reply) reject(new Error(reply.error));
      else resolve(reply.outcome);
    };
    const onError = (err: Error) => {
      cleanup();
      reject(err);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`worker exited with ${code}`));
    };
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(task);
  });
}
