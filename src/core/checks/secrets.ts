import { isJsonObject } from '../model/json.ts';
import type { Finding } from '../model/finding.ts';
import type { ClusterResource } from '../cluster/model.ts';
import { resourceRef, sourceLocation } from './locations.ts';

/**
 * `secret/plaintext`: a core Secret whose `data` or `stringData` is committed readable. SOPS-encrypted
 * Secrets (a top-level `sops` block or `ENC[...]` values) are not plain text. The message names the keys,
 * never a value.
 */
export function checkPlaintextSecrets(resources: readonly ClusterResource[], environment: string): Finding[] {
  const findings: Finding[] = [];
  for (const cr of resources) {
    const r = cr.resource;
    if (r.kind !== 'Secret' || r.apiVersion !== 'v1') continue;
    if (isJsonObject(r.obj.sops)) continue;
    const keys: string[] = [];
    let field = '';
    for (const f of ['data', 'stringData'] as const) {
      const d = r.obj[f];
      if (!isJsonObject(d)) continue;
      for (const [k, v] of Object.entries(d)) {
        if (typeof v !== 'string' || v === '' || v.startsWith('ENC[')) continue;
        keys.push(k);
        field ||= f;
      }
    }
    if (keys.length === 0) continue;
    const shown = keys.slice(0, 5).join(', ') + (keys.length > 5 ? `, … (${keys.length} keys)` : '');
    findings.push({
      ruleId: 'secret/plaintext',
      severity: 'warning',
      message: `Secret ${r.namespace ? `${r.namespace}/` : ''}${r.name} is committed with readable ${field} (${shown}); encrypt it (Sealed Secrets, SOPS) or reference an external store (External Secrets)`,
      environment,
      entrypoint: cr.entrypoint,
      resource: resourceRef(r),
      path: `/${field}`,
      ...sourceLocation(r),
    });
  }
  return findings;
}
