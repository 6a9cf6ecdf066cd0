import { parseArgs } from 'node:util';
import { existsSync, writeFileSync } from 'node:fs';
import * as nodePath from 'node:path';
import { defaultConfig } from '../config/config.ts';
import { renderStarterConfig } from '../config/starter.ts';
import { discoverEnvironments, scanRepo } from '../core/discover.ts';
import { NodeFileSystem } from '../io/node-fs.ts';
import { UsageError, type CliIO } from './io.ts';

export const INIT_HELP = `Usage: gitops-gate init [REPO] [options]

Writes REPO/.gitops-gate.yaml (default: the current directory) from the layout gitops-gate detects: the
environments with their entrypoint globs, branches and promotion chain, with comments. Review it and
commit it; \`gitops-gate check\` then checks exactly what it names.

Options:
  --force      overwrite an existing .gitops-gate.yaml
  --stdout     print the configuration instead of writing it
  -h, --help   show this help

Exit status: 0 written (or printed); 2 usage error, or the file exists without --force.
`;

export function runInit(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { force: { type: 'boolean' }, stdout: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`init takes one repository directory, got ${positionals.length}`);
  const root = nodePath.resolve(io.cwd, positionals[0] ?? '.');
  const fs = io.fs ?? new NodeFileSystem();
  if (fs.stat(root)?.kind !== 'dir') throw new UsageError(`${positionals[0] ?? '.'}: no such directory`);
  const tree = scanRepo(fs, root);
  const envs = discoverEnvironments(tree, defaultConfig());
  const text = renderStarterConfig(envs, tree);
  if (values.stdout) {
    io.stdout(text);
    return 0;
  }
  const target = nodePath.join(root, '.gitops-gate.yaml');
  if (!values.force && (existsSync(target) || existsSync(nodePath.join(root, '.gitops-gate.yml')))) {
    throw new UsageError(`${nodePath.relative(io.cwd, target) || target} exists; --force overwrites it, --stdout prints the detected configuration`);
  }
  (io.writeFile ?? ((p, t) => writeFileSync(p, t)))(target, text);
  const summary = envs.length === 0 ? 'nothing detected: edit its entrypoints' : envs.map((e) => `${e.config.name} (${e.entrypoints.length})`).join(', ');
  io.stderr(`gitops-gate: wrote ${nodePath.relative(io.cwd, target) || target}: ${summary}\n`);
  io.stdout(text);
  return 0;
}
