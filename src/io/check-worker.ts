/**
 * A worker thread of the pool (worker-pool.ts): sets up once from `workerData` what every environment of
 * the run shares — the working tree, the configuration, the schema source, a schema validator — then
 * checks each environment it is sent and posts the outcome back. Nothing here decides anything: the core
 * does (checkOneEnvironment), exactly as on the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/config.ts';
import { checkOneEnvironment, type EnvironmentCheckContext } from '../core/check-environment.ts';
import { CachingFileSystem } from '../core/cached-fs.ts';
import { RenderMemo } from '../core/cluster/render-memo.ts';
import { AlikeAnswers, type AlikeData } from '../core/cluster/walk-certificate.ts';
import { BaseBuildMemo } from '../core/kustomize/base-memo.ts';
import type { Environment } from '../core/discover.ts';
import type { ParallelOutcome } from '../core/parallel.ts';
import { SchemaValidator } from '../core/schema/validator.ts';
import { NodeFileSystem } from './node-fs.ts';
import { createSchemaSource } from './schema-store.ts';

export interface WorkerSetup {
  repoRoot: string;
  repoURLs: string[];
  config: Config;
  schemaOptions: { locations: string[]; cacheDir: string; includeDefaults: boolean };
}

export interface WorkerTask {
  id: number;
  env: Environment;
  record: boolean;
  /** When recording: the base's certificate, or 'same' as the previous task's (absent: none). */
  alike?: AlikeData | 'same';
  kubernetesVersion: string | undefined;
  directories: number;
}

export type WorkerReply = { id: number; outcome: ParallelOutcome } | { id: number; error: string };

const setup = workerData as WorkerSetup;
const shared = {
  fs: new CachingFileSystem(new NodeFileSystem()),
  repoRoot: setup.repoRoot,
  repoURLs: setup.repoURLs,
  config: setup.config,
  schemaSource: createSchemaSource(setup.schemaOptions),
  validator: new SchemaValidator(),
  bases: new BaseBuildMemo(),
};

/** The certificate of the batch under way (sent with a thread's first task of it). */
let alike: AlikeAnswers | undefined;

parentPort!.on('message', (task: WorkerTask) => {
  void run(task).then((reply) => parentPort!.postMessage(reply));
});

async function run(task: WorkerTask): Promise<WorkerReply> {
  try {
    if (task.alike !== 'same') alike = task.alike ? AlikeAnswers.fromData(task.alike) : undefined;
    const memo = task.record ? new RenderMemo() : undefined;
    if (memo && alike) memo.alike = alike;
    const ctx: EnvironmentCheckContext = {
      ...shared,
      directories: task.directories,
      ...(task.kubernetesVersion ? { kubernetesVersion: task.kubernetesVersion } : {}),
      ...(memo ? { renderMemo: { record: memo } } : {}),
    };
    const outcome = await checkOneEnvironment(task.env, ctx);
    const name = task.env.config.name;
    const recorded = memo ? { renders: memo.entriesOf(name), environmentQuestions: memo.questionsOf(name) } : {};
    return { id: task.id, outcome: { ...outcome, ...recorded } };
  } catch (err) {
    return { id: task.id, error: (err as Error)?.stack ?? String(err) };
  }
}
