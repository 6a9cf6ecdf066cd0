import { parseArgs } from 'node:util';
import * as nodePath from 'node:path';
import { buildKustomization, type BuildOptions } from '../core/kustomize/build.ts';
import { KustomizeError, UnsupportedFeatureError, YamlParseError } from '../core/kustomize/errors.ts';
import { stringifyResources } from '../core/yaml/stringify.ts';
import { NodeFileSystem } from '../io/node-fs.ts';
import { runExternalKustomize } from '../io/kustomize-binary.ts';
import { UsageError, type CliIO } from './io.ts';

export const BUILD_HELP = `Usage: gitops-gate build DIR [options]

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

const RESTRICTORS: Record<string, 'rootOnly' | 'none'> = {
  rootOnly: 'rootOnly',
  none: 'none',
  LoadRestrictionsRootOnly: 'rootOnly',
  LoadRestrictionsNone: 'none',
};

export function runBuild(args: string[], io: CliIO): number {
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
    const r = RESTRICTORS[restrictor];
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
      io.stderr(`gitops-gate: ${r.command} failed: ${r.stderr.trim().split('\n')[0] ?? ''}\n`);
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
    for (const w of result.warnings) io.stderr(`# Warning: ${w.message} (${displayPath(io.cwd, w.file)})\n`);
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

/** `file[:line]: message`, on one line, paths relative to the working directory. */
export function formatBuildError(err: KustomizeError, cwd: string): string {
  const column = err instanceof YamlParseError && err.column ? `:${err.column}` : '';
  const where = err.file ? `${displayPath(cwd, err.file)}${err.line ? `:${err.line}${column}` : ''}: ` : '';
  const hint = err instanceof UnsupportedFeatureError ? `; ${err.hint}` : '';
  return `${where}${err.message.replace(/\s*\n\s*/g, ' ')}${hint}`;
}

export function displayPath(cwd: string, abs: string): string {
  const rel = nodePath.relative(cwd, abs);
  return rel === '' ? '.' : rel.startsWith('..') ? abs : rel;
}
