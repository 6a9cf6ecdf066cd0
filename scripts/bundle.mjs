// Builds dist/: one self-contained ESM file per entry point, so the Action and the CLI run with no
// node_modules. esbuild: it bundles TypeScript directly (no separate compile step), is deterministic for a
// given version, and takes well under a second.
//
//   npm run bundle            write dist/
//   npm run bundle -- --check fail when dist/ differs from what the sources build (stale bundle)
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const entries = { cli: 'src/cli/bin.ts' };
if (existsSync('src/action/main.ts')) entries.index = 'src/action/main.ts';
// The worker threads' script, beside the bundles that start it (src/io/worker-pool.ts).
entries.worker = 'src/io/check-worker.ts';

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'gitops-gate-dist-')) : 'dist';

await build({
  entryPoints: entries,
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  legalComments: 'none',
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __gg_createRequire } from 'node:module'; const require = __gg_createRequire(import.meta.url);" },
});

if (check) {
  let stale = [];
  for (const name of readdirSync(outdir)) {
    const fresh = readFileSync(join(outdir, name), 'utf8');
    const committed = existsSync(join('dist', name)) ? readFileSync(join('dist', name), 'utf8') : '';
    if (fresh !== committed) stale.push(`dist/${name}`);
  }
  rmSync(outdir, { recursive: true, force: true });
  if (stale.length > 0) {
    console.error(`stale bundle: ${stale.join(', ')} differ from what src/ builds; run \`npm run bundle\` and commit dist/`);
    process.exit(1);
  }
  console.log('dist/ is up to date');
}
