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

/** A feature the builtin engine refuses by design (helm, remote resources, plugins). */
export class UnsupportedFeatureError extends KustomizeError {
  constructor(what: string, file: string, field: string) {
    super(
      `${what} (field '${field}') is not supported by the builtin engine, which never executes or downloads anything; ` +
        `use --engine kustomize to build it with a real kustomize`,
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
