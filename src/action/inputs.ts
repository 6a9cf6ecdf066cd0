/**
 * The Action's inputs (action.yml), read once into a typed value. `''` and `[]` mean "not given": the core
 * then applies the configuration's value or its default, exactly as the CLI does without the flag.
 */
import type { FailOn } from '../core/gate.ts';

export type CommentMode = 'on-change' | 'always' | 'never';

export interface ActionInputs {
  githubToken: string;
  /** Relative to workingDirectory; '' = the repository's .gitops-gate.yaml or the defaults. */
  config: string;
  environments: string[];
  failOn: FailOn;
  /** On a pull request, findings already at its base fail the step too (default: only new ones). */
  failOnExisting: boolean;
  comment: CommentMode;
  /** `X.Y`; '' = the configuration's. */
  kubernetesVersion: string;
  schemas: string[];
  engine: 'builtin';
  annotations: boolean;
  summary: boolean;
  /** Relative to the workspace; '.' = the workspace. */
  workingDirectory: string;
  /** Threads to render environments on; 0 = the default (the machine's cores but one). */
  jobs: number;
}

/** An input the Action cannot use: the step fails with this one line. */
export class InputError extends Error {}

/** `get` is `core.getInput` (trimmed; '' when the input is not set). */
export function readInputs(get: (name: string) => string): ActionInputs {
  const engine = get('engine') || 'builtin';
  if (engine === 'kustomize') {
    throw new InputError("engine: 'kustomize' is supported by `gitops-gate build` only; the Action renders with the builtin engine (remove the input or set it to 'builtin')");
  }
  const kubernetesVersion = get('kubernetes-version');
  if (kubernetesVersion !== '' && !/^v?\d+\.\d+(\.\d+)?$|^master$/.test(kubernetesVersion)) {
    throw new InputError(`kubernetes-version must look like 1.31, got '${kubernetesVersion}'`);
  }
  return {
    githubToken: get('github-token'),
    config: get('config'),
    environments: list(get('environments')),
    failOn: oneOf('fail-on', get('fail-on') || 'error', ['error', 'warning', 'never'] as const),
    failOnExisting: bool('fail-on-existing', get('fail-on-existing'), false),
    comment: oneOf('comment', get('comment') || 'on-change', ['on-change', 'always', 'never'] as const),
    kubernetesVersion: kubernetesVersion === '' ? '' : kubernetesVersion.replace(/^v/, '').split('.').slice(0, 2).join('.'),
    schemas: list(get('schemas')),
    engine: oneOf('engine', engine, ['builtin'] as const),
    annotations: bool('annotations', get('annotations'), true),
    summary: bool('summary', get('summary'), true),
    workingDirectory: get('working-directory') || '.',
    jobs: jobsInput(get('jobs')),
  };
}

function jobsInput(value: string): number {
  if (value === '') return 0;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InputError(`jobs must be a whole number of threads (1 or more), got '${value}'`);
  return Number(value);
}

/** One item per line or per comma, trimmed, empty items dropped. */
function list(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new InputError(`${name} must be ${allowed.map((a) => `'${a}'`).join(', ')}, got '${value}'`);
}

/** The YAML 1.2 core schema's booleans, as `core.getBooleanInput` reads them; '' = the default. */
function bool(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`${name} must be true or false, got '${value}'`);
}
