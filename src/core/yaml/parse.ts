import type { JsonValue } from '../model/json.ts';

/** One document of a YAML stream, as JSON, with where it starts (1-based). */
export interface YamlDocument {
  value: JsonValue;
  /** Index of the document in the stream, counting every `---`-separated document (empty ones too). */
  index: number;
  line: number;
  column: number;
}

export class YamlError extends Error {
  constructor(
    message: string,
    readonly file: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${file}:${line}:${column}: ${message}`);
    this.name = 'YamlError';
  }
}

/** Parses a YAML (or JSON) stream as kustomize reads it. Empty documents are skipped. Throws YamlError. */
export function parseYamlDocuments(_text: string, _file: string): YamlDocument[] {
  throw new Error('not implemented');
}
