import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The URL of the `origin` remote of the git repository at `root`, read from its config file (no git
 * process). Undefined when there is no repository or no origin.
 */
export function readOriginUrl(root: string): string | undefined {
  const gitDir = findGitDir(root);
  if (!gitDir) return undefined;
  let config: string;
  try {
    config = readFileSync(join(gitDir, 'config'), 'utf8');
  } catch {
    // A worktree keeps its config in the common directory.
    try {
      const common = readFileSync(join(gitDir, 'commondir'), 'utf8').trim();
      config = readFileSync(join(resolve(gitDir, common), 'config'), 'utf8');
    } catch {
      return undefined;
    }
  }
  let inOrigin = false;
  for (const raw of config.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      inOrigin = /^\[remote\s+"origin"\]$/.test(line);
      continue;
    }
    const m = /^url\s*=\s*(.+)$/.exec(line);
    if (inOrigin && m) return m[1]!.trim();
  }
  return undefined;
}

function findGitDir(root: string): string | undefined {
  const dotGit = join(root, '.git');
  try {
    const st = statSync(dotGit);
    if (st.isDirectory()) return dotGit;
    const text = readFileSync(dotGit, 'utf8');
    const m = /^gitdir:\s*(.+)$/m.exec(text);
    return m ? resolve(root, m[1]!.trim()) : undefined;
  } catch {
    return undefined;
  }
}
