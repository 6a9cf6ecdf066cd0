import type { JsonObject, JsonValue } from '../model/json.ts';
import { emitGoYamlV2 } from './emitter.ts';

/** One value as kustomize prints it (sorted keys, block style), ending in a newline. */
export function stringifyYaml(value: JsonValue): string {
  return emitGoYamlV2(value);
}

/** A build's output exactly as `kustomize build` prints it: documents joined by `---`. */
export function stringifyResources(objs: JsonObject[]): string {
  return objs.map((o) => emitGoYamlV2(o)).join('---\n');
}
