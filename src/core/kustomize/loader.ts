import { FsError, readText, type FileSystem } from '../ports.ts';
import { isWithin, normalizePath, resolvePath } from '../path.ts';
import { KustomizeError, UnsupportedFeatureError } from './errors.ts';

export type LoadRestrictor = 'rootOnly' | 'none';

/**
 * Reads the files one kustomization names, under kustomize's load restrictions: with `rootOnly`, a file must
 * lie in or below the kustomization's own directory once symlinks are resolved. Directories (bases,
 * components) may lie anywhere, but never contain a kustomization already being built (a cycle).
 */
export class KustomizationLoader {
  /** The kustomization directory, symlinks resolved. */
  readonly realRoot: string;

  constructor(
    readonly fs: FileSystem,
    /** The kustomization directory as the build addressed it. */
    readonly root: string,
    readonly restrictor: LoadRestrictor,
    /** Real roots of the kustomizations that led here, outermost first. */
    readonly chain: readonly string[] = [],
  ) {
    this.realRoot = normalizePath(fs.realPath(root));
  }

  /** Absolute path of `rel` as written in the kustomization. */
  resolve(rel: string): string {
    return resolvePath(this.root, rel);
  }

  /** Reads a file named in the kustomization; `field` names the kustomization field, for errors. */
  readBytes(rel: string, field: string, kustomizationFile: string): Uint8Array {
    return this.read(rel, field, kustomizationFile, (abs) => this.fs.readBytes(abs));
  }

  readText(rel: string, field: string, kustomizationFile: string): string {
    return this.read(rel, field, kustomizationFile, (abs) => readText(this.fs, abs));
  }

  private read<T>(rel: string, field: string, kustomizationFile: string, read: (abs: string) => T): T {
    if (isRemote(rel)) throw new UnsupportedFeatureError(`remote file '${rel}'`, kustomizationFile, field);
    const abs = this.resolve(rel);
    const stat = this.fs.stat(abs);
    if (!stat) {
      throw new KustomizeError(`${field}: file '${rel}' does not exist (looked for ${abs})`, kustomizationFile, field);
    }
    if (stat.kind !== 'file') {
      throw new KustomizeError(`${field}: '${rel}' must be a file, but it is a directory`, kustomizationFile, field);
    }
    this.checkRestriction(abs, rel, field, kustomizationFile);
    try {
      return read(abs);
    } catch (err) {
      if (err instanceof FsError) throw new KustomizeError(`${field}: ${err.message}`, kustomizationFile, field);
      throw err;
    }
  }

  /** Enforces the load restrictor on a file about to be read. */
  checkRestriction(abs: string, rel: string, field: string, kustomizationFile: string): void {
    if (this.restrictor === 'none') return;
    const real = normalizePath(this.fs.realPath(abs));
    if (!isWithin(this.realRoot, real)) {
      throw new KustomizeError(
        `security; file '${rel}' (${real}) is not in or below '${this.realRoot}'; ` +
          `kustomize refuses it by default (--load-restrictor none allows it)`,
        kustomizationFile,
        field,
      );
    }
  }

  /** The same loader reading through another FileSystem (a recorder of this one's). */
  through(fs: FileSystem): KustomizationLoader {
    return new KustomizationLoader(fs, this.root, this.restrictor, this.chain);
  }

  /** A loader for a base or component directory; throws when it would form a cycle or nest too deep. */
  child(absDir: string, kustomizationFile: string, field: string): KustomizationLoader {
    const real = normalizePath(this.fs.realPath(absDir));
    const chain = [...this.chain, this.realRoot];
    for (const visited of chain) {
      if (isWithin(real, visited)) {
        const path = [...chain.slice(chain.indexOf(visited)), real].join(' → ');
        throw new KustomizeError(
          `cycle detected: '${this.root}' includes '${absDir}', which ${real === visited ? 'is' : 'contains'} a kustomization already being built (${path})`,
          kustomizationFile,
          field,
        );
      }
    }
    if (chain.length >= MAX_NESTING) {
      throw new KustomizeError(
        `kustomizations nested more than ${MAX_NESTING} deep ('${this.root}' includes '${absDir}'; the chain starts at '${chain[0]}'): ` +
          'kustomize would go on, this build stops here rather than exhaust its stack; no real overlay nests so deep — flatten the chain',
        kustomizationFile,
        field,
      );
    }
    return new KustomizationLoader(this.fs, absDir, this.restrictor, chain);
  }
}

/**
 * How deep bases and components may nest: real repositories stay within a dozen levels, and each level costs
 * the build a stretch of the call stack, which a hostile chain of thousands would exhaust.
 */
export const MAX_NESTING = 100;

/** Remote targets kustomize would download: URLs, git specs, `github.com/...` shorthands. */
export function isRemote(path: string): boolean {
  return (
    /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ||
    /^git@/.test(path) ||
    /^git::/.test(path) ||
    /^(github\.com|gitlab\.com|bitbucket\.org)\//.test(path)
  );
}
