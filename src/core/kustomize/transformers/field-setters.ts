import { isJsonObject, setOwn, type JsonObject, type JsonValue } from '../../model/json.ts';
import { FieldPathError } from '../field-spec.ts';

/** The YAML node kind kustomize names in "wrong node kind" errors. */
export function nodeKind(v: JsonValue | undefined): 'MappingNode' | 'SequenceNode' | 'ScalarNode' {
  if (isJsonObject(v)) return 'MappingNode';
  if (Array.isArray(v)) return 'SequenceNode';
  return 'ScalarNode';
}

/**
 * A field-spec visitor that sets `key: value` in the map a path reaches (labels, annotations). A null
 * there (a selector field spec without `create`) is left alone, as kustomize does; a list or scalar is an
 * error.
 */
export function setMapEntry(key: string, value: string): (holder: JsonObject, field: string) => void {
  return (holder, field) => {
    const target = holder[field];
    if (target === null) return;
    if (!isJsonObject(target)) {
      throw new FieldPathError(`wrong node kind: expected MappingNode but got ${nodeKind(target)}`);
    }
    setOwn(target, key, value);
  };
}

/** A scalar's text as YAML would show it; null reads as empty, like an empty YAML value. */
export function scalarText(v: JsonValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

/**
 * A field-spec visitor that replaces the scalar a path reaches by `compute(current)` (names, namespaces,
 * replica counts, images); `undefined` leaves it unchanged. Maps and lists there are errors, as in kustomize.
 */
export function setScalar(compute: (current: JsonValue) => JsonValue | undefined): (holder: JsonObject, field: string) => void {
  return (holder, field) => {
    const current = holder[field]!;
    if (isJsonObject(current) || Array.isArray(current)) {
      throw new FieldPathError(`wrong node kind: expected ScalarNode but got ${nodeKind(current)}`);
    }
    const next = compute(current);
    if (next !== undefined) setOwn(holder, field, next);
  };
}
