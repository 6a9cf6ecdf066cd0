import { readText, type FileStat, type FileSystem } from '../ports.ts';
import { dirname, normalizePath } from '../path.ts';

/**
 * A FileSystem that shows extra (virtual) files over another one, without touching it. Used to build what
 * Flux and Argo CD build: a directory with a kustomization they generate, or a wrapper that amends one.
 */
export class OverlayFileSystem implements FileSystem {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Set<string>();

  constructor(private readonly base: FileSystem) {}

  withFile(path: string, text: string): this {
    const p = normalizePath(path);
    this.files.set(p, new TextEncoder().encode(text));
    for (let d = dirname(p); d !== '/' && !this.dirs.has(d); d = dirname(d)) this.dirs.add(d);
    return this;
  }

  stat(path: string): FileStat | undefined {
    const p = normalizePath(path);
    const f = this.files.get(p);
    if (f) return { kind: 'file' };
    return this.base.stat(p) ?? (this.dirs.has(p) ? { kind: 'dir' } : undefined);
  }

  readBytes(path: string): Uint8Array {
    return this.files.get(normalizePath(path)) ?? this.base.readBytes(path);
  }

  readText(path: string): string {
    const own = this.files.get(normalizePath(path));
    return own ? new TextDecoder().decode(own) : readText(this.base, path);
  }

  readDir(path: string): string[] {
    const dir = normalizePath(path);
    const names = new Set(this.base.stat(dir)?.kind === 'dir' ? this.base.readDir(dir) : []);
    for (const p of [...this.files.keys(), ...this.dirs]) {
      if (dirname(p) === dir) names.add(p.slice(p.lastIndexOf('/') + 1));
    }
    return [...names].sort();
  }

  realPath(path: string): string {
    const p = normalizePath(path);
    return this.files.has(p) || this.dirs.has(p) ? p : this.base.realPath(p);
  }
}
