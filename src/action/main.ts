/**
 * The Action's entry (dist/index.js): inputs → run → outputs → setFailed. Everything that touches the
 * runner is here or passed from here; run-action.ts does the work.
 */
import { randomUUID } from 'node:crypto';
import * as core from '@actions/core';
import { context } from '@actions/github';
import { readActionContext } from './context.ts';
import { createGitHubApi } from './github-api.ts';
import { readInputs } from './inputs.ts';
import { runAction, type ActionLog } from './run-action.ts';

const log: ActionLog = {
  info: (m) => core.info(m),
  // stop-commands: a manifest line such as `::add-mask::` or `::set-output` must stay text in the log.
  untrusted: (title, text) => {
    const token = randomUUID();
    core.startGroup(title);
    core.info(`::stop-commands::${token}`);
    core.info(text);
    core.info(`::${token}::`);
    core.endGroup();
  },
  warning: (m) => core.warning(m),
  notice: (m) => core.notice(m),
  annotate: ({ severity, message, ...properties }) => core[severity](message, properties),
};

try {
  const inputs = readInputs((name) => core.getInput(name));
  const ctx = readActionContext(process.env, context.payload, process.cwd());
  const failure = await runAction(inputs, ctx, {
    env: process.env,
    log,
    setOutput: (name, value) => core.setOutput(name, value),
    createApi: (token, repo) => createGitHubApi(token, repo, { debug: core.debug, info: core.info, warning: core.warning }),
  });
  if (failure) core.setFailed(failure);
} catch (err) {
  core.setFailed(`gitops-gate: ${(err as Error)?.message ?? String(err)}`);
  if (core.isDebug()) core.debug((err as Error)?.stack ?? '');
}
