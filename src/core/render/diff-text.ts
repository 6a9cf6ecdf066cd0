/**
 * `gitops-gate diff --format text`, for a terminal: per environment its counts, then each added / changed /
 * removed resource with its whole unified diff (Secret values redacted), then one summary line:
 *
 *   Rendered diff: main (1a2b3c4) → working tree
 *
 *   dev: 1 added, 1 changed, 0 removed
 *     ~ Deployment web/api  (apps/web/overlays/dev)  +1 −1
 *       @@ -18,7 +18,7 @@
 *       -        image: nginx:1.26
 *       +        image: nginx:1.27
 *
 * Colour (ANSI) only when asked. Manifests are strangers' text: control characters are shown as `\xNN`, so a
 * value cannot move the cursor or recolour the terminal.
 */
import { CHANGE_SYMBOL, envCounts, lineCounts, resourceTitle, secretKeyPath } from '../diff/format.ts';
import { hunkHeader } from '../diff/line-diff.ts';
import { diffTotals, revisionLabel, type DiffSides, type EnvironmentDiff, type ResourceDiff } from '../diff/model.ts';
import { plural } from './common.ts';

export interface DiffTextOptions {
  color: boolean;
  sides?: DiffSides;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m', cyan: '\u001b[36m' };
const INDENT = '  ';

export function renderDiffText(diffs: readonly EnvironmentDiff[], options: DiffTextOptions): string {
  const paint = (code: string, s: string): string => (options.color ? `${code}${s}${ANSI.reset}` : s);
  const out: string[] = [];
  if (options.sides) {
    out.push(paint(ANSI.bold, `Rendered diff: ${sanitize(revisionLabel(options.sides.base))} → ${sanitize(revisionLabel(options.sides.head))}`), '');
  }
  for (const env of diffs) {
    out.push(paint(ANSI.bold, `${sanitize(env.environment)}${presence(env)}: ${envCounts(env)}`) + noiseNote(env));
    for (const side of ['base', 'head'] as const) {
      const n = env.renderErrors[side];
      if (n > 0) out.push(`${INDENT}${paint(ANSI.yellow, `warning: the ${side} has ${plural(n, 'render error')} the ${side === 'base' ? 'head' : 'base'} does not have; its resources may show as ${side === 'base' ? 'added' : 'removed'}`)}`);
    }
    for (const d of env.resources) out.push(...resourceBlock(d, paint));
    out.push('');
  }
  const t = diffTotals(diffs);
  out.push(`${t.added} added, ${t.changed} changed, ${t.removed} removed across ${plural(diffs.length, 'environment')}`);
  return `${out.join('\n')}\n`;
}

function presence(env: EnvironmentDiff): string {
  if (env.presentIn === 'head') return ' (new environment)';
  if (env.presentIn === 'base') return ' (environment removed)';
  return '';
}

function noiseNote(env: EnvironmentDiff): string {
  if (env.hiddenNoiseLines === 0) return '';
  const only = env.noiseOnly > 0 ? `; ${plural(env.noiseOnly, 'resource')} differ only in noise` : '';
  return ` (${plural(env.hiddenNoiseLines, 'noise line')} hidden${only})`;
}

function resourceBlock(d: ResourceDiff, paint: (code: string, s: string) => string): string[] {
  const color = d.change === 'added' ? ANSI.green : d.change === 'removed' ? ANSI.red : ANSI.yellow;
  const details = [
    d.previousName !== undefined ? `renamed from ${sanitize(d.previousName)}` : undefined,
    d.entrypoint !== undefined ? sanitize(d.entrypoint) : undefined,
  ].filter((s): s is string => s !== undefined);
  const out = [
    `${INDENT}${paint(color, `${CHANGE_SYMBOL[d.change]} ${sanitize(resourceTitle(d))}`)}${details.length ? `  ${paint(ANSI.dim, `(${details.join(', ')})`)}` : ''}  ${lineCounts(d)}`,
  ];
  const body = `${INDENT}${INDENT}`;
  if (d.secretKeys.length > 0) out.push(`${body}Secret keys (values not shown): ${d.secretKeys.map((c) => `${sanitize(secretKeyPath(c))} ${c.change}`).join(', ')}`);
  if (d.hiddenNoiseLines > 0) out.push(`${body}${paint(ANSI.dim, `${plural(d.hiddenNoiseLines, 'noise line')} hidden`)}`);
  if (d.approximate) out.push(`${body}${paint(ANSI.dim, 'diff too large to minimise: the changed middle is shown as removed and re-added')}`);
  for (const h of d.hunks) {
    out.push(`${body}${paint(ANSI.cyan, hunkHeader(h))}`);
    for (const l of h.lines) {
      const text = `${body}${l.op}${sanitize(l.text)}`;
      out.push(l.op === '+' ? paint(ANSI.green, text) : l.op === '-' ? paint(ANSI.red, text) : text);
    }
  }
  if (d.truncatedLines > 0) out.push(`${body}${paint(ANSI.dim, `… ${plural(d.truncatedLines, 'more diff line')} not shown`)}`);
  return out;
}

/** Control characters (ANSI escapes, carriage returns, bells) as `\xNN`. */
function sanitize(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
