import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import { normalizePath } from '../path.ts';
import type { Resource } from '../kustomize/resource.ts';
import type { ClusterResource, EnvironmentModel } from '../cluster/model.ts';
import { sameRepo } from '../cluster/repo-url.ts';

/**
 * What the promotion rules read from rendered Argo CD and Flux objects: which revision of this repository
 * they track and which paths they render, each with the JSON pointer of the value to change.
 */

/** A revision as a controller reads it. */
export type TrackedRevision =
  | { kind: 'branch'; name: string }
  | { kind: 'tag'; name: string }
  | { kind: 'semver'; range: string }
  | { kind: 'commit'; sha: string }
  /** Argo CD's HEAD (or no targetRevision): the repository's default branch. */
  | { kind: 'default' }
  /** A name Argo CD resolves as a branch or a tag, whichever exists. */
  | { kind: 'branch-or-tag'; name: string };

export interface TrackedSource {
  cr: ClusterResource;
  revision: TrackedRevision;
  /** The value as written, for messages. */
  written: string;
  /** JSON pointer to the value to change (or to where it would be added). */
  pointer: string;
}

export interface AppSource {
  source: JsonObject;
  /** `/spec/source` or `/spec/sources/<i>`. */
  pointer: string;
}

export function isArgoApplication(r: Resource): boolean {
  return r.kind === 'Application' && r.apiVersion.startsWith('argoproj.io/');
}

export function isArgoApplicationSet(r: Resource): boolean {
  return r.kind === 'ApplicationSet' && r.apiVersion.startsWith('argoproj.io/');
}

export function isFluxGitRepository(r: Resource): boolean {
  return r.kind === 'GitRepository' && r.apiVersion.startsWith('source.toolkit.fluxcd.io/');
}

export function isFluxKustomization(r: Resource): boolean {
  return r.kind === 'Kustomization' && r.apiVersion.startsWith('kustomize.toolkit.fluxcd.io/');
}

export function field(obj: JsonValue | undefined, ...path: string[]): JsonValue | undefined {
  let cur = obj;
  for (const p of path) cur = isJsonObject(cur) && Object.hasOwn(cur, p) ? cur[p] : undefined;
  return cur;
}

/** An Application's git or Helm sources: `spec.source` and every `spec.sources[i]`. */
export function applicationSources(app: Resource): AppSource[] {
  const out: AppSource[] = [];
  const source = field(app.obj, 'spec', 'source');
  if (isJsonObject(source)) out.push({ source, pointer: '/spec/source' });
  const sources = field(app.obj, 'spec', 'sources');
  if (Array.isArray(sources)) {
    sources.forEach((s, i) => {
      if (isJsonObject(s)) out.push({ source: s, pointer: `/spec/sources/${i}` });
    });
  }
  return out;
}

/** A repository path as written in an Application or Flux Kustomization, repo-relative (`.` for the root). */
export function repoRelative(path: string): string {
  const n = normalizePath(path.replace(/^\.\//, '').replace(/^\/+/, '') || '.');
  return n === '' ? '.' : n;
}

/** Decides which Applications and GitRepositories of a rendered environment name this repository. */
const renderedIndexes = new WeakMap<EnvironmentModel, Set<string>>();

/** `name` and `name\0dir` of every Application that rendered something in the model, built once per model. */
function renderedByApplications(model: EnvironmentModel): Set<string> {
  let index = renderedIndexes.get(model);
  if (!index) {
    index = new Set();
    for (const r of model.resources) {
      if (r.owner?.kind !== 'Application') continue;
      index.add(r.owner.name);
      index.add(`${r.owner.name}\0${r.renderedFrom}`);
    }
    renderedIndexes.set(model, index);
  }
  return index;
}

export class ThisRepository {
  constructor(private readonly repoURLs: readonly string[]) {}

  /** An Application source of this repository (Helm chart sources never are). */
  isAppSource(model: EnvironmentModel, app: Resource, source: JsonObject): boolean {
    if (typeof source.chart === 'string') return false;
    const url = typeof source.repoURL === 'string' ? source.repoURL : '';
    if (this.repoURLs.length > 0) return this.repoURLs.some((u) => sameRepo(u, url));
    // With no URL known, the render's own judgement: it followed the source into this repository.
    const path = typeof source.path === 'string' ? repoRelative(source.path) : undefined;
    const rendered = renderedByApplications(model);
    return path === undefined ? rendered.has(app.name) : rendered.has(`${app.name}\0${path}`);
  }

  isGitRepository(repo: Resource): boolean {
    const url = field(repo.obj, 'spec', 'url');
    if (this.repoURLs.length > 0) return typeof url === 'string' && this.repoURLs.some((u) => sameRepo(u, url));
    return repo.name === 'flux-system'; // what `flux bootstrap` names the repository it was run from
  }

  /** Namespace/name of the GitRepositories of this repository rendered in the environment. */
  gitRepositoryKeys(model: EnvironmentModel): Set<string> {
    const keys = new Set<string>();
    for (const cr of model.resources) {
      if (isFluxGitRepository(cr.resource) && this.isGitRepository(cr.resource)) {
        keys.add(`${cr.resource.namespace || 'flux-system'}/${cr.resource.name}`);
      }
    }
    return keys;
  }

  /** A Flux Kustomization whose sourceRef is a GitRepository of this repository. */
  isFluxKustomizationSource(ks: Resource, repoKeys: Set<string>): boolean {
    const ref = field(ks.obj, 'spec', 'sourceRef');
    const kind = field(ref, 'kind') ?? 'GitRepository';
    const name = field(ref, 'name');
    const ns = field(ref, 'namespace');
    if (kind !== 'GitRepository' || typeof name !== 'string') return false;
    const key = `${typeof ns === 'string' && ns ? ns : ks.namespace || 'flux-system'}/${name}`;
    return repoKeys.has(key) || (this.repoURLs.length === 0 && name === 'flux-system');
  }

  /** Every place in the environment that tracks a revision of this repository. */
  trackedRevisions(model: EnvironmentModel): TrackedSource[] {
    const out: TrackedSource[] = [];
    for (const cr of model.resources) {
      const r = cr.resource;
      if (isArgoApplication(r)) {
        for (const { source, pointer } of applicationSources(r)) {
          if (!this.isAppSource(model, r, source)) continue;
          const raw = source.targetRevision;
          const written = raw === undefined || raw === null ? '' : typeof raw === 'string' ? raw : JSON.stringify(raw);
          out.push({ cr, revision: argoRevision(written), written: written || 'HEAD', pointer: `${pointer}/targetRevision` });
        }
      } else if (isFluxGitRepository(r) && this.isGitRepository(r)) {
        out.push({ cr, ...fluxRevision(field(r.obj, 'spec', 'ref')) });
      }
    }
    return out;
  }
}

const SHA = /^[0-9a-f]{40}([0-9a-f]{24})?$/i;

/** Argo CD's targetRevision: a branch, tag or commit; HEAD or nothing is the default branch. */
export function argoRevision(value: string): TrackedRevision {
  const v = value.trim();
  if (v === '' || v === 'HEAD') return { kind: 'default' };
  if (v.startsWith('refs/heads/')) return { kind: 'branch', name: v.slice('refs/heads/'.length) };
  if (v.startsWith('refs/tags/')) return { kind: 'tag', name: v.slice('refs/tags/'.length) };
  if (SHA.test(v)) return { kind: 'commit', sha: v.toLowerCase() };
  return { kind: 'branch-or-tag', name: v };
}

/**
 * Flux's `spec.ref`, in Flux's order of precedence (commit, name, semver, tag, branch); with none of them
 * Flux checks out `master`.
 */
export function fluxRevision(ref: JsonValue | undefined): Omit<TrackedSource, 'cr'> {
  const str = (k: string) => {
    const v = field(ref, k);
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const commit = str('commit');
  if (commit) return { revision: { kind: 'commit', sha: commit.toLowerCase() }, written: commit, pointer: '/spec/ref/commit' };
  const name = str('name');
  if (name) {
    const revision: TrackedRevision = name.startsWith('refs/heads/')
      ? { kind: 'branch', name: name.slice('refs/heads/'.length) }
      : name.startsWith('refs/tags/')
        ? { kind: 'tag', name: name.slice('refs/tags/'.length) }
        : { kind: 'branch-or-tag', name };
    return { revision, written: name, pointer: '/spec/ref/name' };
  }
  const semver = str('semver');
  if (semver) return { revision: { kind: 'semver', range: semver }, written: semver, pointer: '/spec/ref/semver' };
  const tag = str('tag');
  if (tag) return { revision: { kind: 'tag', name: tag }, written: tag, pointer: '/spec/ref/tag' };
  const branch = str('branch');
  if (branch) return { revision: { kind: 'branch', name: branch }, written: branch, pointer: '/spec/ref/branch' };
  return {
    revision: { kind: 'branch', name: 'master' },
    written: 'master (no spec.ref)',
    pointer: isJsonObject(ref) ? '/spec/ref' : '/spec',
  };
}
