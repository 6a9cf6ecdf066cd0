import type { JsonObject, JsonValue } from '../model/json.ts';

/** One value as kustomize prints it (sorted keys, block style), ending in a newline. */
export function stringifyYaml(_value: JsonValue): string {
  throw new Error('not implemented');
}

/** A build's output exactly as `kustomize build` prints it: documents joined by `---`. */
export function stringifyResources(_objs: JsonObject[]): string {
  throw new Error('not implemented');
}
