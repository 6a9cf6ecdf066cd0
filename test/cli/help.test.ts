// --help on every command the main help lists, and the dispatcher's own exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from '../check/helpers.ts';

/** The command names in the main help's "Commands:" section. */
async function listedCommands(): Promise<string[]> {
  const { stdout } = await runCli(['--help']);
  const section = stdout.split(/^Commands:$/m)[1] ?? '';
  return [...section.matchAll(/^ {2}(\w+) {2,}/gm)].map((m) => m[1]!);
}

test('--help lists the commands and exits 0; no command exits 2 with the help', async () => {
  const help = await runCli(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^gitops-gate \S+ /);
  const commands = await listedCommands();
  assert.ok(commands.includes('build') && commands.includes('check'), commands.join(', '));
  const none = await runCli([]);
  assert.equal(none.code, 2);
  assert.equal(none.stdout, help.stdout);
});

test('--help and -h on every command: usage on stdout, exit 0', async () => {
  for (const command of await listedCommands()) {
    for (const flag of ['--help', '-h']) {
      const run = await runCli([command, flag]);
      assert.equal(run.code, 0, `${command} ${flag}: ${run.stderr}`);
      assert.match(run.stdout, new RegExp(`^Usage: gitops-gate ${command}\\b`), `${command} ${flag}`);
      assert.match(run.stdout, /Exit status:/, `${command} ${flag} documents its exit codes`);
      assert.equal(run.stderr, '');
    }
    const viaHelp = await runCli(['help', command]);
    assert.equal(viaHelp.code, 0);
    assert.equal(viaHelp.stdout, (await runCli([command, '--help'])).stdout);
  }
});

test('--version prints the version', async () => {
  const run = await runCli(['--version']);
  assert.equal(run.code, 0);
  assert.match(run.stdout, /^\d+\.\d+\.\d+\n$/);
});

test('an unknown command exits 2 with one line', async () => {
  const run = await runCli(['frobnicate']);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /^gitops-gate: unknown command 'frobnicate'[^\n]*\n$/);
});
