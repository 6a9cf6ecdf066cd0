// Regenerates the inputs and outputs tables of README.md's `## GitHub Action` section from action.yml, so
// the two never disagree. The tables live between marker comments:
//   <!-- action-inputs:start --> … <!-- action-inputs:end -->
//   <!-- action-outputs:start --> … <!-- action-outputs:end -->
//
//   node scripts/readme-action.mjs           rewrite README.md
//   node scripts/readme-action.mjs --check   fail when README.md's tables differ from action.yml
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const action = parse(readFileSync('action.yml', 'utf8'));
const readme = readFileSync('README.md', 'utf8');

/** One table cell: a single line, pipes escaped. */
const cell = (text) => String(text ?? '').replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
/** A default in a code span, with a backtick-proof fence. */
const code = (text) => {
  if (text === undefined || text === '') return '';
  const ticks = '`'.repeat(Math.max(0, ...[...String(text).matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  return ticks.length > 1 ? `${ticks} ${text} ${ticks}` : `\`${text}\``;
};

const inputs = [
  '| input | default | description |',
  '| --- | --- | --- |',
  ...Object.entries(action.inputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(code(spec.default))} | ${cell(spec.description)} |`),
].join('\n');
const outputs = [
  '| output | description |',
  '| --- | --- |',
  ...Object.entries(action.outputs ?? {}).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`),
].join('\n');

function replaceBetween(text, name, table) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i === -1 || j === -1 || j < i) throw new Error(`README.md has no ${start} … ${end} markers`);
  return `${text.slice(0, i + start.length)}\n${table}\n${text.slice(j)}`;
}

let updated;
try {
  updated = replaceBetween(replaceBetween(readme, 'action-inputs', inputs), 'action-outputs', outputs);
} catch (err) {
  console.error(err.message);
  process.exit(1);
}
if (process.argv.includes('--check')) {
  if (updated !== readme) {
    console.error('README.md: the Action inputs/outputs tables differ from action.yml; run `node scripts/readme-action.mjs`');
    process.exit(1);
  }
  console.log('README.md Action tables are up to date');
} else if (updated !== readme) {
  writeFileSync('README.md', updated);
  console.log('README.md Action tables updated from action.yml');
}
