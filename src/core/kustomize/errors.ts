/**
 * A build error in the user's repository: what went wrong, in which file, and (when known) which field.
 * The CLI prints it as one line; `check` turns it into a `kustomize/build-failed` finding.
 */
export class KustomizeError extends Error {
  constructor(
    message: string,
    /** The file at fault (absolute FileSystem path), when known. */
    readonly file?: string,
    /** The kustomization field at fault (`patches`, `resources`, ...), when known. */
    readonly field?: string,
    /** 1-based line in `file`, when known. */
    readonly line?: number,
  ) {
    super(message);
    this.name = 'KustomizeError';
  }
}

/**
 * A feature the builtin engine refuses by design (helm, remote resources, plugins). The message says what
 * and why; `hint` is the way out for `gitops-gate build`, which accepts `--engine kustomize` (other commands
 * do not, so they leave it out).
 */
export class UnsupportedFeatureError extends KustomizeError {
  readonly hint = 'use --engine kustomize to build it with a real kustomize';

  constructor(
    /** What is not rendered, as written: `remote resource 'https://…'`, `Helm chart podinfo 6.5.0 from …`. */
    readonly what: string,
    file: string,
    field: string,
    /** The entry's JSON pointer in the kustomization file (`/resources/2`), when known. */
    readonly pointer?: string,
    /** Where it was met, put before the message (`configMapGenerator 'x': loading KV pairs`). */
    context?: string,
  ) {
    super(
      `${context ? `${context}: ` : ''}${what} (field '${field}') is not supported by the builtin engine, which never executes or downloads anything`,
      file,
      field,
    );
    this.name = 'UnsupportedFeatureError';
  }
}

/** A file the build reads is not valid YAML: reported as `yaml/parse-error` rather than a build failure. */
export class YamlParseError extends KustomizeError {
  constructor(
    message: string,
    file: string,
    line?: number,
    readonly column?: number,
  ) {
    super(message, file, undefined, line);
    this.name = 'YamlParseError';
  }
}
