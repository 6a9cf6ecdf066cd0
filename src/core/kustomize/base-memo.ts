/**
 * Bases built once per run. A directory listed under `resources:` builds to the same resources whatever
 * kustomization lists it: its build reads nothing from its parent but the options, the merge schema in
 * force and whether something was already left out (build.ts keys and guards on these). So when the
 * same base is listed again — the same app's overlay in the next environment — the build takes a copy of
 * the first one's result instead of reading, generating and transforming it again. The copy is credited
 * with everything the first build asked the FileSystem, so a recording of the render (render-memo.ts) is
 * the same as without the memo.
 */
import { isWithin } from '../path.ts';
import type { FileSystem } from '../ports.ts';
import { beneathRecorders, RecordingFileSystem, type FsQuestions } from '../recording-fs.ts';
import { Accumulator } from './accumulator.ts';
import type { Resource } from './resource.ts';
import type { TransformerConfig } from './transformer-config.ts';
import type { BoundVar } from './vars.ts';
import type { BuildWarning } from './build.ts';

/** What one base build made and did: its accumulator and its effects on the build that listed it. */
export interface BaseBuild {
  resources: Resource[];
  vars: BoundVar[];
  config: TransformerConfig;
  warnings: BuildWarning[];
  files: string[];
  /** Real directories of every kustomization it loaded, itself included: what a cycle check looks at. */
  loaded: string[];
  /** What the build asked, when it was recorded (a recording render built it). */
  questions?: FsQuestions;
}

export class BaseBuildMemo {
  /** By the FileSystem the builds read (beneath recorders), then by directory and build settings. */
  private readonly builds = new WeakMap<FileSystem, Map<string, BaseBuild>>();

  /**
   * A copy of the base built under `key` from this FileSystem, or undefined. A copy is refused when one of
   * its kustomizations would close a cycle with the chain of kustomizations that lists it now (`chain`):
   * the build must then run, and fail, as it would without the memo.
   */
  copy(fs: FileSystem, key: string, chain: readonly string[]): { accumulator: Accumulator; build: BaseBuild } | undefined {
    const build = this.builds.get(beneathRecorders(fs))?.get(key);
    if (!build) return undefined;
    if (build.loaded.some((dir) => chain.some((outer) => isWithin(dir, outer)))) return undefined;
    if (fs instanceof RecordingFileSystem) {
      // A recording that would miss what the base read is worse than building it again.
      if (!build.questions) return undefined;
      fs.absorb(build.questions);
    }
    return { accumulator: accumulatorOf(build.resources, build.vars, build.config), build };
  }

  /** Keeps a copy of a finished base build (its accumulator goes on to be changed by its parent). */
  keep(fs: FileSystem, key: string, accumulator: Accumulator, effects: Omit<BaseBuild, 'resources' | 'vars' | 'config'>): void {
    const under = beneathRecorders(fs);
    let builds = this.builds.get(under);
    if (!builds) this.builds.set(under, (builds = new Map()));
    const kept = accumulatorOf(accumulator.resources, accumulator.vars, accumulator.config);
    builds.set(key, { resources: kept.resources, vars: kept.vars, config: kept.config, ...effects });
  }
}

/** A new accumulator holding copies of `resources`, with each var bound to the copy of its resource. */
function accumulatorOf(resources: Resource[], vars: BoundVar[], config: TransformerConfig): Accumulator {
  const out = new Accumulator(config);
  const copies = new Map<Resource, Resource>();
  for (const r of resources) {
    const copy = r.clone();
    copies.set(r, copy);
    out.resources.push(copy);
  }
  out.vars = vars.map((v) => (v.resource ? { ...v, resource: copies.get(v.resource) ?? v.resource } : { ...v }));
  return out;
}
