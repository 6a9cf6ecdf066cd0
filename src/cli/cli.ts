import { parseArgs } from 'node:util';
import * as nodePath from 'node:path';
import type { FileSystem } from '../core/ports.ts';
import { buildKustomization, type BuildOptions } from '../core/kustomize/build.ts';
import { KustomizeError } from '../core/kustomize/errors.ts';
import { stringifyResources } from '../core/yaml/stringify.ts';
import { NodeFileSystem } from '../io/node-fs.ts';
import { runExternalKustomize } from '../io/kustomize-binary.ts';
import { VERSION } from '../version.ts';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  fs?: FileSystem;
}

/** A usage error: exit code 2 with one line. */
class UsageError extends Error {}

const MAIN_HELP = `gitops-gate ${VERSION} — build, validate and diff every Kustomize overlay of a GitOps repository

Usage:
  gitops-gate build DIR [--load-restrictor rootOnly|none] [--reorder legacy|none]
                        [--enable-managedby-label] [--engine builtin|kustomize]

Commands:
  build    print the rendered YAML of a kustomization, as \`kustomize build DIR\` would

Run \`gitops-gate COMMAND --help\` for a command's options.
`;

const BUILD_HELP = `Usage: gitops-gate build DIR [options]

Renders the kustomization in DIR with the builtin Kustomize engine and prints the YAML stream, exactly as
\`kustomize build DIR\` (v5.5) prints it. Nothing is executed or downloaded: Helm charts, remote resources
and plugins are refused with an error naming the file (use --engine kustomize for those).

Options:
  --load-restrictor rootOnly|none  files must lie under their kustomization's directory (default rootOnly);
                                   LoadRestrictionsRootOnly / LoadRestrictionsNone are accepted too
  --reorder legacy|none            output order: legacy sorts by kind (default), none keeps input order
  --enable-managedby-label         add app.kubernetes.io/managed-by to every resource
  --engine builtin|kustomize       builtin (default) or a real kustomize / kubectl on PATH
  -h, --help                       show this help

Exit status: 0 built; 1 build error (one line on stderr naming the file at fault); 2 usage error.
`;

/** The command line as a function: argv (without node and script) in, exit code out. */
export async function cli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.stdout(MAIN_HELP);
        return command === undefined ? 2 : 0;
      case '--version':
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'build':
        return runBuild(rest, io);
      default:
        throw new UsageError(`unknown command '${command}'; run gitops-gate --help for the commands`);
    }
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      io.stderr(`gitops-gate: ${(err as Error).message}\n`);
      return 2;
    }
    io.stderr(`gitops-gate: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    return 2;
  }
}

function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function runBuild(args: string[], io: CliIO): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      'load-restrictor': { type: 'string' },
      reorder: { type: 'string' },
      'enable-managedby-label': { type: 'boolean' },
      engine: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(BUILD_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`build takes one directory, got ${positionals.length}`);
  const dir = nodePath.resolve(io.cwd, positionals[0] ?? '.');
  const options: BuildOptions = {};
  const restrictor = values['load-restrictor'];
  if (restrictor !== undefined) {
    const map: Record<string, 'rootOnly' | 'none'> = {
      rootOnly: 'rootOnly',
      none: 'none',
      LoadRestrictionsRootOnly: 'rootOnly',
      LoadRestrictionsNone: 'none',
    };
    const r = map[restrictor];
    if (!r) throw new UsageError(`--load-restrictor must be rootOnly or none, got '${restrictor}'`);
    options.loadRestrictor = r;
  }
  if (values.reorder !== undefined) {
    if (values.reorder !== 'legacy' && values.reorder !== 'none') {
      throw new UsageError(`--reorder must be legacy or none, got '${values.reorder}'`);
    }
    options.reorder = values.reorder;
  }
  if (values['enable-managedby-label']) options.enableManagedByLabel = true;
  const engine = values.engine ?? 'builtin';
  if (engine !== 'builtin' && engine !== 'kustomize') {
    throw new UsageError(`--engine must be builtin or kustomize, got '${engine}'`);
  }

  if (engine === 'kustomize') {
    const flags: string[] = [];
    if (options.loadRestrictor === 'none') flags.push('--load-restrictor', 'LoadRestrictionsNone');
    if (options.reorder) flags.push('--reorder', options.reorder);
    if (options.enableManagedByLabel) flags.push('--enable-managedby-label');
    const r = runExternalKustomize(dir, flags);
    io.stdout(r.stdout);
    if (r.status !== 0) {
      io.stderr(`gitops-gate: ${r.command} failed: ${firstLine(r.stderr)}\n`);
      return 1;
    }
    return 0;
  }

  const fs = io.fs ?? new NodeFileSystem();
  if (fs.stat(dir)?.kind !== 'dir') {
    io.stderr(`gitops-gate: ${displayPath(io.cwd, dir)}: not a directory; build takes a directory holding a kustomization.yaml\n`);
    return 1;
  }
  try {
    const result = buildKustomization(fs, dir, options);
    for (const w of result.warnings) io.stderr(`${w}\n`);
    io.stdout(stringifyResources(result.resources.map((r) => r.obj)));
    return 0;
  } catch (err) {
    if (err instanceof KustomizeError) {
      io.stderr(`gitops-gate: ${formatBuildError(err, io.cwd)}\n`);
      return 1;
    }
    throw err;
  }
}

/** `file[:line]: message [field: x]`, on one line, paths relative to the working directory. */
export function formatBuildError(err: KustomizeError, cwd: string): string {
  const where = err.file ? `${displayPath(cwd, err.file)}${err.line ? `:${err.line}` : ''}: ` : '';
  const message = err.message.replace(/\s*\n\s*/g, ' ');
  return `${where}${message}`;
}

function displayPath(cwd: string, abs: string): string {
  const rel = nodePath.relative(cwd, abs);
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0] ?? '';
}
