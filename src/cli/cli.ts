import { VERSION } from '../version.ts';
import { BUILD_HELP, runBuild } from './build-command.ts';
import { CHECK_HELP, runCheck } from './check-command.ts';
import { DIFF_HELP, runDiff } from './diff-command.ts';
import { GRAPH_HELP, runGraph } from './graph-command.ts';
import { INIT_HELP, runInit } from './init-command.ts';
import { UsageError, type CliIO } from './io.ts';

export type { CliIO } from './io.ts';

const MAIN_HELP = `gitops-gate ${VERSION} — build, validate and diff every Kustomize overlay of a GitOps repository

Usage:
  gitops-gate build DIR [--load-restrictor rootOnly|none] [--reorder legacy|none]
                        [--enable-managedby-label] [--engine builtin|kustomize]
  gitops-gate check [REPO] [--config F] [--env NAME]... [--format text|json|sarif|markdown]
                    [--output F] [--kubernetes-version X.Y] [--schemas DIR|URL]...
                    [--base-branch B --head-branch H] [--base REF]
                    [--fail-on error|warning|never] [--fail-on-existing]
  gitops-gate diff [REPO] --base REF [--head REF] [--env NAME]... [--format markdown|text|json]
  gitops-gate graph [REPO] --env NAME [--format mermaid|dot|json]
  gitops-gate init [REPO] [--force] [--stdout]

Commands:
  build    print the rendered YAML of a kustomization, as \`kustomize build DIR\` would
  check    render every environment and run every check
  diff     render the base and the head of a change and show what each environment would receive
  graph    draw the sync waves and dependsOn of one environment
  init     write a .gitops-gate.yaml from the layout detected in the repository

Run \`gitops-gate COMMAND --help\` for a command's options.
`;

const HELP: Record<string, string> = { build: BUILD_HELP, check: CHECK_HELP, diff: DIFF_HELP, graph: GRAPH_HELP, init: INIT_HELP };

/** The command line as a function: argv (without node and script) in, exit code out. */
export async function cli(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '-h':
      case '--help':
        io.stdout(MAIN_HELP);
        return command === undefined ? 2 : 0;
      case 'help': {
        const topic = rest[0] && HELP[rest[0]];
        io.stdout(topic || MAIN_HELP);
        return 0;
      }
      case '--version':
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'build':
        return runBuild(rest, io);
      case 'check':
        return await runCheck(rest, io);
      case 'diff':
        return await runDiff(rest, io);
      case 'graph':
        return await runGraph(rest, io);
      case 'init':
        return runInit(rest, io);
      default:
        throw new UsageError(`unknown command '${command}'; run gitops-gate --help for the commands`);
    }
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      io.stderr(`gitops-gate: ${(err as Error).message}\n`);
      return 2;
    }
    io.stderr(`gitops-gate: internal error: ${(err as Error)?.message ?? String(err)}\n`);
    if (io.env?.GITOPS_GATE_DEBUG) io.stderr(`${(err as Error)?.stack ?? ''}\n`);
    return 2;
  }
}

function isParseArgsError(err: unknown): boolean {
  const code = (err as { code?: string })?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}
