import { spawnSync } from 'node:child_process';

export interface ExternalBuild {
  stdout: string;
  stderr: string;
  status: number;
  command: string;
}

/**
 * Runs a real kustomize on a directory (`--engine kustomize`): `kustomize build` when on PATH, else
 * `kubectl kustomize`. Only used when the user asks for it; never on repositories by default.
 */
export function runExternalKustomize(dir: string, flags: string[]): ExternalBuild {
  const candidates: [string, string[]][] = [
    ['kustomize', ['build', dir, ...flags]],
    ['kubectl', ['kustomize', dir, ...flags]],
  ];
  for (const [cmd, args] of candidates) {
    const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') continue;
    if (r.error) throw new Error(`${cmd} failed to start: ${r.error.message}`);
    return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? 1, command: `${cmd} ${args.join(' ')}` };
  }
  throw new Error('--engine kustomize needs `kustomize` or `kubectl` on PATH; neither was found');
}
