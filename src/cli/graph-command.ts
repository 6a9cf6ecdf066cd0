import { parseArgs } from 'node:util';
import { runChecks, CheckUsageError } from '../core/run.ts';
import { ConfigError } from '../config/config.ts';
import { buildDependencyGraph } from '../core/graph/build-graph.ts';
import { GRAPH_FORMATS, isGraphFormat, renderGraph } from '../core/graph/render.ts';
import { NodeFileSystem } from '../io/node-fs.ts';
import { UsageError, type CliIO } from './io.ts';
import { loadRepoInputs } from './repo-inputs.ts';

export const GRAPH_HELP = `Usage: gitops-gate graph [REPO] --env NAME [options]

Draws the sync waves and dependencies of one environment: Argo CD Applications grouped by wave, Flux
Kustomizations and HelmReleases with their dependsOn and sources, and why each object needs another
(its CRD, issuer, middleware, address pool, ConfigMap...). An arrow runs from what is needed to what
needs it. Mermaid output renders in GitHub markdown (wrap it in a \`\`\`mermaid fence).

Options:
  --env NAME                    the environment to draw (required)
  --format mermaid|dot|json     output format (default mermaid); json lists every object and edge
  --config FILE                 configuration (default: REPO/.gitops-gate.yaml if present)
  -h, --help                    show this help

Exit status: 0 drawn; 2 usage or internal error.
`;

export async function runGraph(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      env: { type: 'string' },
      format: { type: 'string' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(GRAPH_HELP);
    return 0;
  }
  if (positionals.length > 1) throw new UsageError(`graph takes one repository directory, got ${positionals.length}`);
  if (!values.env) throw new UsageError('graph needs --env NAME: the environment to draw');
  const format = values.format ?? 'mermaid';
  if (!isGraphFormat(format)) throw new UsageError(`--format must be one of ${GRAPH_FORMATS.join(', ')}, got '${format}'`);

  const env = io.env ?? {};
  try {
    // Schemas play no part in the graph: never reach for them.
    const inputs = loadRepoInputs(positionals[0], values.config, [], io.cwd, { ...env, GITOPS_GATE_OFFLINE: '1', GITOPS_GATE_SCHEMAS: '' });
    const result = await runChecks({
      fs: io.fs ?? new NodeFileSystem(),
      repoRoot: inputs.repoRoot,
      config: inputs.config,
      repoURLs: inputs.repoURLs,
      schemaSource: inputs.schemaSource,
      environments: [values.env],
    });
    const model = result.models.find((m) => m.config.name === values.env);
    if (!model) throw new UsageError(`environment '${values.env}' was not rendered`);
    const graph = buildDependencyGraph(model, { crdProviders: inputs.config.crdProviders, preinstalledCrds: inputs.config.preinstalledCrds });
    io.stdout(renderGraph(graph, format, { repoRoot: inputs.repoRoot }));
    return 0;
  } catch (err) {
    if (err instanceof ConfigError || err instanceof CheckUsageError) throw new UsageError(err.message);
    throw err;
  }
}
