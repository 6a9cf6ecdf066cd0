import { minimatch } from 'minimatch';
import type { FileSystem } from '../ports.ts';
import { joinPath, relativePath } from '../path.ts';
import { KUSTOMIZATION_FILE_NAMES } from '../kustomize/build.ts';

const MANIFEST_EXT = /\.(ya?ml)$/i;

/**
 * Whether `child`, listed in `dir`, is a directory of its own rather than a symlink to one. Argo CD and
 * Flux walk a source with the link's own stat and do not descend into linked directories; following them
 * would also walk a link to `.` or to an ancestor without end (two of them double the paths per level).
 */
function ownDirectory(fs: FileSystem, dir: string, child: string, name: string): boolean {
  try {
    return fs.realPath(child) === joinPath(fs.realPath(dir), name);
  } catch {
    return false;
  }
}

/**
 * The `resources:` Flux's kustomize-controller generates for a path without a kustomization: every YAML
 * file that holds a Kubernetes object, recursively; a subdirectory that has its own kustomization is taken
 * whole instead of being scanned.
 */
export function fluxGeneratedResources(fs: FileSystem, root: string, skip: (absDir: string) => boolean = () => false): string[] {
  const out: string[] = [];
  walk(root);
  return out;

  function walk(dir: string): void {
    for (const name of fs.readDir(dir)) {
      if (name.startsWith('.')) continue;
      const p = joinPath(dir, name);
      const st = fs.stat(p);
      if (st?.kind === 'dir') {
        if (skip(p) || !ownDirectory(fs, dir, p, name)) continue;
        if (KUSTOMIZATION_FILE_NAMES.some((k) => fs.stat(joinPath(p, k))?.kind === 'file')) {
          out.push(relativePath(root, p));
        } else {
          walk(p);
        }
      } else if (st?.kind === 'file' && MANIFEST_EXT.test(name) && looksLikeObject(fs, p)) {
        out.push(relativePath(root, p));
      }
    }
  }
}

/** Flux skips YAML files that hold no Kubernetes object (Helm values, config snippets). */
function looksLikeObject(fs: FileSystem, path: string): boolean {
  const head = new TextDecoder().decode(fs.readBytes(path).subarray(0, 64 * 1024));
  return /^kind:\s*\S/m.test(head) && /^apiVersion:\s*\S/m.test(head);
}

export interface DirectorySourceOptions {
  recurse: boolean;
  include: string;
  exclude: string;
}

/** The manifest files an Argo CD directory source applies: YAML and JSON, filtered by include/exclude globs. */
export function argoDirectoryFiles(fs: FileSystem, root: string, opts: DirectorySourceOptions): string[] {
  const out: string[] = [];
  const matches = (pattern: string, rel: string) =>
    minimatch(rel, pattern, { dot: true }) || minimatch(rel.slice(rel.lastIndexOf('/') + 1), pattern, { dot: true });
  walk(root);
  return out;

  function walk(dir: string): void {
    for (const name of fs.readDir(dir)) {
      const p = joinPath(dir, name);
      const st = fs.stat(p);
      if (st?.kind === 'dir') {
        if (opts.recurse && !name.startsWith('.') && ownDirectory(fs, dir, p, name)) walk(p);
        continue;
      }
      if (!/\.(ya?ml|json)$/i.test(name)) continue;
      const rel = relativePath(root, p);
      if (opts.include && !matches(opts.include, rel)) continue;
      if (opts.exclude && matches(opts.exclude, rel)) continue;
      out.push(p);
    }
  }
}
