import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../../model/json.ts';
import { KustomizeError } from '../errors.ts';
import { applyFieldSpec, describe, FieldPathError, type FieldSpec } from '../field-spec.ts';
import type { Resource } from '../resource.ts';
import { nodeKind, scalarText, setScalar } from './field-setters.ts';

/** One `images:` entry (kustomize's types.Image). */
export interface ImageSpec {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
  tagSuffix?: string;
}

/**
 * Kustomize's ImageTagTransformer, once per image in order (so a later entry sees what earlier ones
 * renamed). Each pass first updates `image` in every list under a `containers` or `initContainers` key
 * anywhere in a resource, then every place the field specs reach (never creating anything). Both passes
 * run, so a `tagSuffix` is appended twice where both reach a container, as in kustomize. CRDs are left alone.
 */
export function applyImages(resources: Resource[], images: ImageSpec[], fieldSpecs: FieldSpec[]): void {
  images.forEach((raw, i) => {
    const image = checkImageSpec(raw, i);
    const update = imageUpdater(image);
    for (const res of resources) {
      if (res.kind === 'CustomResourceDefinition') continue;
      try {
        updateContainerImages(res.obj, update);
      } catch (e) {
        if (e instanceof FieldPathError) throw new KustomizeError(`images: ${e.message}`, res.source?.file, 'images');
        throw e;
      }
    }
    const set = setScalar((current) => update(scalarText(current)));
    for (const res of resources) {
      if (res.kind === 'CustomResourceDefinition') continue;
      for (const spec of fieldSpecs) applyFieldSpec(res, spec, 'none', set);
    }
  });
}

/** The new image reference for `current`, or undefined when the entry's name does not match it. */
function imageUpdater(image: ImageSpec): (current: string) => string | undefined {
  const matches = imageMatcher(image.name);
  return (current) => {
    if (!matches(current)) return undefined;
    let { name, tag, digest } = splitImage(current);
    if (image.newName) name = image.newName;
    if (image.newTag && image.digest) {
      tag = image.newTag;
      digest = image.digest;
    } else if (image.newTag) {
      tag = image.newTag;
      digest = '';
    } else if (image.digest) {
      tag = '';
      digest = image.digest;
    } else if (image.tagSuffix) {
      tag += image.tagSuffix;
      digest = '';
    }
    return name + (tag ? `:${tag}` : '') + (digest ? `@${digest}` : '');
  };
}

/**
 * Kustomize matches an image reference against the entry's name used as a regular expression (so `.` in a
 * name matches any character), followed by an optional tag and an optional sha256 digest.
 */
export function imageMatcher(name: string): (ref: string) => boolean {
  let re = compiledImagePatterns.get(name);
  if (!re) {
    try {
      re = new RegExp(`^${name}(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?$`);
    } catch {
      throw new KustomizeError(`images: name '${name}' is not a valid image name (kustomize reads it as a regular expression)`, undefined, 'images');
    }
    if (compiledImagePatterns.size >= MAX_COMPILED_PATTERNS) compiledImagePatterns.clear();
    compiledImagePatterns.set(name, re);
  }
  const pattern = re;
  return (ref) => pattern.test(ref);
}

/**
 * Every overlay of a monorepo names the same few images: each pattern is compiled once, not once per
 * build (compiling dominated the transformer). Patterns have no flags, so sharing one is stateless.
 */
const compiledImagePatterns = new Map<string, RegExp>();
const MAX_COMPILED_PATTERNS = 4096;

/**
 * Kustomize's image.Split: name, tag and digest of `[host[:port]/]path[:tag][@digest]`. A `:` before the
 * first `/` is a registry port, not a tag.
 */
export function splitImage(ref: string): { name: string; tag: string; digest: string } {
  let slash = ref.indexOf('/');
  let search = ref;
  if (slash > 0) search = ref.slice(slash);
  else slash = 0;
  const at = search.indexOf('@');
  const colon = search.indexOf(':');
  if (colon < 0 && at < 0) return { name: ref, tag: '', digest: '' };
  if (at >= 0 && (at < colon || colon < 0)) {
    return { name: ref.slice(0, at + slash), tag: '', digest: ref.slice(at + slash + 1) };
  }
  if (at >= 0 && colon >= 0) {
    return { name: ref.slice(0, colon + slash), tag: ref.slice(colon + slash + 1, at + slash), digest: ref.slice(at + slash + 1) };
  }
  return { name: ref.slice(0, colon + slash), tag: ref.slice(colon + slash + 1), digest: '' };
}

/**
 * Kustomize's legacy image walk: every map key `containers`/`initContainers` anywhere (inner ones first)
 * whose value is a list; each element's `image`, when present, is updated.
 */
function updateContainerImages(node: JsonValue, update: (current: string) => string | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) updateContainerImages(item, update);
    return;
  }
  if (!isJsonObject(node)) return;
  // for…in: own keys only here (nothing is inherited), without an array of them per object walked.
  for (const key in node) {
    const value = node[key]!;
    // Every resource is walked whole: scalars, most of it, hold no containers.
    if (value === null || typeof value !== 'object') continue;
    updateContainerImages(value, update);
    if ((key === 'containers' || key === 'initContainers') && Array.isArray(value)) {
      for (const container of value) updateImageOf(container, update);
    }
  }
}

function updateImageOf(container: JsonValue, update: (current: string) => string | undefined): void {
  if (container === null) return;
  if (!isJsonObject(container)) throw new FieldPathError(`wrong node kind: expected MappingNode but got ${nodeKind(container)}`);
  if (!Object.prototype.hasOwnProperty.call(container, 'image')) return;
  const image = container.image!;
  if (isJsonObject(image) || Array.isArray(image)) {
    throw new FieldPathError(`wrong node kind: expected ScalarNode but got ${nodeKind(image)}`);
  }
  const next = update(scalarText(image));
  if (next !== undefined) setOwn(container as JsonObject, 'image', next);
}

const IMAGE_KEYS = ['name', 'newName', 'newTag', 'digest', 'tagSuffix'] as const;

/**
 * Checks an entry that came from YAML (callers may pass kustomization objects as they are): every field a
 * string (null meaning absent), no unknown fields.
 */
function checkImageSpec(raw: ImageSpec | JsonValue, index: number): ImageSpec {
  return parseImageSpec(raw as JsonValue, undefined, index);
}

/** Reads an `images:` entry strictly, as kustomize does: string fields only, unknown keys are errors. */
export function parseImageSpec(value: JsonValue, file: string | undefined, index = 0): ImageSpec {
  const where = `images[${index}]`;
  if (!isJsonObject(value)) throw new KustomizeError(`${where}: expected a map, got ${describe(value)}`, file, 'images');
  const out: ImageSpec = { name: '' };
  for (const [rawKey, v] of Object.entries(value)) {
    const key = IMAGE_KEYS.find((k) => k.toLowerCase() === rawKey.toLowerCase());
    if (!key) {
      throw new KustomizeError(`${where}: unknown field "${rawKey}" (expected name, newName, newTag, digest, tagSuffix)`, file, 'images');
    }
    if (v === null || v === undefined) continue;
    if (typeof v !== 'string') {
      throw new KustomizeError(`${where}.${key}: expected a string, got ${describe(v)} (quote it, e.g. newTag: "1.0")`, file, 'images');
    }
    out[key] = v;
  }
  return out;
}
