// Preloaded into a measured child process (`node --import ./bench/usage.mjs dist/cli.js …`): prints the
// process's own CPU time and peak memory as the last line of stderr when it exits, for bench/cli-run.ts.
import { writeSync } from 'node:fs';

const started = process.hrtime.bigint();
process.on('exit', () => {
  const u = process.resourceUsage();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  writeSync(2, `\nGG_USAGE ${JSON.stringify({ ms, cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rssMiB: u.maxRSS / 1024 })}\n`);
});
