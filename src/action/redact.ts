/**
 * Keeps Secret values out of everything the Action writes (log, annotations, summary, comment, JSON report).
 * The core's messages may quote a bad value ("data.token is "…"; expected the format byte"), and a Secret's
 * value is no less secret for being invalid. So the Action collects every value of every rendered Secret
 * (as written, base64-decoded, line by line, and as a JSON string would show it) and replaces each
 * occurrence with `***` — in the report before it is rendered (escaping could otherwise change the value's
 * spelling) and again in every finished text.
 */
import type { EnvironmentModel } from '../core/cluster/model.ts';
import type { Report } from '../core/model/report.ts';
import { isJsonObject } from '../core/model/json.ts';

/** Shorter values would turn ordinary words into `***` everywhere; they are too short to be a credential worth hiding. */
const MIN_SECRET_LENGTH = 4;
export const REDACTED = '***';

export class SecretRedactor {
  private readonly values = new Set<string>();
  private pattern: RegExp | undefined;

  /** Adds the values of every Secret in these environments. */
  addModels(models: readonly EnvironmentModel[]): this {
    for (const model of models) {
      for (const cr of model.resources) {
        const r = cr.resource;
        if (r.kind !== 'Secret') continue;
        for (const field of ['data', 'stringData'] as const) {
          const d = r.obj[field];
          if (!isJsonObject(d)) continue;
          for (const v of Object.values(d)) {
            if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') this.add(String(v), field === 'data');
          }
        }
      }
    }
    return this;
  }

  /** Adds one value and its other spellings (decoded base64 when `encoded`, each line, JSON-escaped). */
  add(value: string, encoded = false): this {
    const spellings = [value];
    if (encoded) {
      const decoded = decodeBase64(value);
      if (decoded !== undefined) spellings.push(decoded);
    } else {
      spellings.push(Buffer.from(value, 'utf8').toString('base64'));
    }
    for (const s of [...spellings]) {
      spellings.push(...s.split(/\r?\n/).map((l) => l.trim()));
      spellings.push(JSON.stringify(s).slice(1, -1));
    }
    for (const s of spellings) {
      if (s.length >= MIN_SECRET_LENGTH) this.values.add(s);
    }
    this.pattern = undefined;
    return this;
  }

  get size(): number {
    return this.values.size;
  }

  redact(text: string): string {
    if (this.values.size === 0) return text;
    this.pattern ??= new RegExp(
      [...this.values]
        .sort((a, b) => b.length - a.length) // the longest spelling first, so no tail of it survives
        .map(escapeRegExp)
        .join('|'),
      'g',
    );
    return text.replace(this.pattern, REDACTED);
  }

  /** The report with every message redacted (the only free text a finding carries from the manifests). */
  redactReport(report: Report): Report {
    if (this.values.size === 0) return report;
    return { ...report, findings: report.findings.map((f) => ({ ...f, message: this.redact(f.message) })) };
  }
}

function decodeBase64(value: string): string | undefined {
  const compact = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 !== 0) return undefined;
  const text = Buffer.from(compact, 'base64').toString('utf8');
  // Binary content (keystores…) cannot show up readable in a message; its decoded bytes need no hiding.
  return text.includes('\uFFFD') ? undefined : text;
}

function escapeRegExp(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
