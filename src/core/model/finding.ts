/** The one findings model: every check returns these, every report renders them. */
export type Severity = 'error' | 'warning' | 'notice';

export interface ResourceRef {
  apiVersion: string;
  kind: string;
  namespace?: string;
  name: string;
}

export interface Finding {
  /** Stable rule id from DESIGN.md's catalogue, e.g. `schema/unknown-field`. */
  ruleId: string;
  severity: Severity;
  /** One sentence: what is wrong, quoting the bad value, and what was expected. */
  message: string;
  /** Repo-relative path with `/`, when the finding has a place. */
  file?: string;
  /** 1-based, into `file`. */
  line?: number;
  column?: number;
  environment?: string;
  entrypoint?: string;
  resource?: ResourceRef;
  /** JSON pointer into the rendered resource, e.g. `/spec/syncPolicy/syncWave`. */
  path?: string;
  /**
   * Against a baseline (the pull request's merge base): `new` when the change brings it, `existing` when
   * the base has it already. Absent when there is no baseline.
   */
  baseline?: 'new' | 'existing';
}
