import type { FileSystem } from '../core/ports.ts';

/** Everything the CLI touches of the outside world, passed in so tests call the CLI as a function. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Environment variables (GITOPS_GATE_SCHEMAS, NO_COLOR, XDG_CACHE_HOME...). */
  env?: Record<string, string | undefined>;
  stdoutIsTTY?: boolean;
  stderrIsTTY?: boolean;
  fs?: FileSystem;
  /** Writes a file (`--output`); defaults to node:fs. */
  writeFile?: (path: string, text: string) => void;
}

/** A bad invocation: exit code 2 with one line. */
export class UsageError extends Error {}
