// `check` over every repository of the real corpus (../shared/corpus/real), with no config, offline, with
// the shared schema set: per repository the environments detected, entrypoints, resources, seconds, and the
// findings by rule. A script, not a test:
//
//   node --import tsx test/check/corpus-report.ts [--details] [REPO_SUBSTRING...]
//
// --details lists every schema/invalid and schema/unknown-field error (rule, file:line, message), to judge
// each genuine or a false positive.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../../src/core/model/finding.ts';
import { checkJson, REPO_ROOT, SCHEMAS } from './helpers.ts';

const CORPUS = join(REPO_ROOT, '..', 'shared', 'corpus', 'real');
const SCHEMA_RULES = ['schema/invalid', 'schema/unknown-field'];

interface RepoRow {
  repo: string;
  environments: string[];
  entrypoints: number;
  resources: number;
  seconds: number;
  exit: number;
  byRule: Map<string, number>;
  schemaErrors: Finding[];
}

async function checkRepo(repo: string): Promise<RepoRow> {
  const started = performance.now();
  const { run, report } = await checkJson(join(CORPUS, repo), ['--fail-on', 'never']);
  const seconds = (performance.now() - started) / 1000;
  const byRule = new Map<string, number>();
  for (const f of report.findings) {
    if (f.severity === 'notice') continue;
    const key = `${f.ruleId}${f.severity === 'warning' ? ' (w)' : ''}`;
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
  return {
    repo,
    environments: report.environments.map((e) => e.name),
    entrypoints: report.summary.entrypoints,
    resources: report.summary.resources,
    seconds,
    exit: run.code,
    byRule,
    schemaErrors: report.findings.filter((f) => f.severity === 'error' && SCHEMA_RULES.includes(f.ruleId)),
  };
}

function listRepos(filters: string[]): string[] {
  return readdirSync(CORPUS)
    .filter((n) => !n.endsWith('.expected') && statSync(join(CORPUS, n)).isDirectory())
    .filter((n) => filters.length === 0 || filters.some((f) => n.includes(f)))
    .sort();
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const details = args.includes('--details');
  const filters = args.filter((a) => !a.startsWith('--'));
  if (!existsSync(CORPUS)) throw new Error(`no corpus at ${CORPUS}`);
  if (!SCHEMAS) throw new Error('no schema set: ../shared/schemas is absent and GITOPS_GATE_SCHEMAS is unset');

  console.log('| repo | environments | entrypoints | resources | seconds | schema/invalid | schema/unknown-field | other findings (w = warning) |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |');
  const rows: RepoRow[] = [];
  for (const repo of listRepos(filters)) {
    const row = await checkRepo(repo);
    rows.push(row);
    const invalid = row.schemaErrors.filter((f) => f.ruleId === 'schema/invalid').length;
    const unknown = row.schemaErrors.length - invalid;
    const others = [...row.byRule]
      .filter(([rule]) => !SCHEMA_RULES.includes(rule))
      .sort()
      .map(([rule, n]) => `${rule} ${n}`)
      .join(', ');
    const envs = row.environments.length > 0 ? row.environments.join(', ') : '(none)';
    console.log(`| ${repo} | ${envs} | ${row.entrypoints} | ${row.resources} | ${row.seconds.toFixed(1)} | ${invalid} | ${unknown} | ${others} |`);
  }
  if (details) {
    for (const row of rows) {
      if (row.schemaErrors.length === 0) continue;
      console.log(`\n## ${row.repo}`);
      for (const f of row.schemaErrors) {
        console.log(`- ${f.environment} ${f.ruleId} ${f.file ?? '?'}:${f.line ?? '?'} ${f.resource?.kind}/${f.resource?.name} ${f.path ?? ''}: ${f.message}`);
      }
    }
  }
}

await main();
