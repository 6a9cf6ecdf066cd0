import type { Resource } from '../kustomize/resource.ts';
import { splitApiVersion } from '../kustomize/resource.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../model/json.ts';
import type { EdgeReason } from './model.ts';

/** A reference written in a resource, to an object that must exist first. Resolved by the graph builder. */
export interface Reference {
  reason: EdgeReason;
  /** Candidate groups of the target (Traefik serves two); '' is core. */
  groups: string[];
  kind: string;
  /** '' for cluster-scoped targets. */
  namespace: string;
  name: string;
  /** JSON pointer in the referring resource. */
  path: string;
}

const TRAEFIK_GROUPS = ['traefik.io', 'traefik.containo.us'];
const POD_TEMPLATE_KINDS: Record<string, string[]> = {
  Deployment: ['spec', 'template', 'spec'],
  StatefulSet: ['spec', 'template', 'spec'],
  DaemonSet: ['spec', 'template', 'spec'],
  ReplicaSet: ['spec', 'template', 'spec'],
  Job: ['spec', 'template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
  Pod: ['spec'],
};

/** Every reference this resource makes that the graph knows how to follow. */
export function referencesOf(r: Resource): Reference[] {
  const { group } = splitApiVersion(r.apiVersion);
  const out: Reference[] = [];
  const ns = r.namespace;
  if (group === 'cert-manager.io' && r.kind === 'Certificate') out.push(...issuerRef(r.obj, ns));
  if (TRAEFIK_GROUPS.includes(group) && r.kind === 'IngressRoute') out.push(...traefikRefs(r.obj, ns));
  if (group === 'networking.k8s.io' && r.kind === 'Ingress') out.push(...ingressRefs(r));
  if (group === 'metallb.io' && (r.kind === 'L2Advertisement' || r.kind === 'BGPAdvertisement')) {
    const pools = at(r.obj, ['spec', 'ipAddressPools']);
    if (Array.isArray(pools)) {
      pools.forEach((p, i) => {
        if (typeof p === 'string' && p) {
          out.push({ reason: 'address-pool', groups: ['metallb.io'], kind: 'IPAddressPool', namespace: ns, name: p, path: `/spec/ipAddressPools/${i}` });
        }
      });
    }
  }
  const podPath = (group === 'apps' || group === 'batch' || group === '') && POD_TEMPLATE_KINDS[r.kind];
  if (podPath) out.push(...podSpecRefs(at(r.obj, podPath), ns, `/${podPath.join('/')}`));
  return out;
}

function issuerRef(obj: JsonObject, ns: string): Reference[] {
  const ref = at(obj, ['spec', 'issuerRef']);
  if (!isJsonObject(ref) || typeof ref.name !== 'string' || !ref.name) return [];
  const group = typeof ref.group === 'string' && ref.group ? ref.group : 'cert-manager.io';
  if (group !== 'cert-manager.io') return [];
  const kind = ref.kind === 'ClusterIssuer' ? 'ClusterIssuer' : 'Issuer';
  return [
    {
      reason: 'issuer',
      groups: ['cert-manager.io'],
      kind,
      namespace: kind === 'ClusterIssuer' ? '' : ns,
      name: ref.name,
      path: '/spec/issuerRef/name',
    },
  ];
}

function traefikRefs(obj: JsonObject, ns: string): Reference[] {
  const out: Reference[] = [];
  const routes = at(obj, ['spec', 'routes']);
  if (Array.isArray(routes)) {
    routes.forEach((route, i) => {
      const mws = isJsonObject(route) ? route.middlewares : undefined;
      if (!Array.isArray(mws)) return;
      mws.forEach((mw, j) => {
        const target = traefikTarget(mw, ns);
        if (target) {
          out.push({ reason: 'middleware', groups: TRAEFIK_GROUPS, kind: 'Middleware', ...target, path: `/spec/routes/${i}/middlewares/${j}/name` });
        }
      });
    });
  }
  const target = traefikTarget(at(obj, ['spec', 'tls', 'options']), ns);
  if (target) out.push({ reason: 'tls-option', groups: TRAEFIK_GROUPS, kind: 'TLSOption', ...target, path: '/spec/tls/options/name' });
  return out;
}

/** `{name, namespace}` of a Traefik CRD reference; names with another provider (`x@file`) are not objects. */
function traefikTarget(value: JsonValue | undefined, ns: string): { namespace: string; name: string } | undefined {
  if (!isJsonObject(value) || typeof value.name !== 'string' || !value.name) return undefined;
  let name = value.name;
  if (name.includes('@')) {
    if (!name.endsWith('@kubernetescrd')) return undefined;
    name = name.slice(0, -'@kubernetescrd'.length);
  }
  const namespace = typeof value.namespace === 'string' && value.namespace ? value.namespace : ns;
  return { namespace, name };
}

// An Ingress's cert-manager annotations are left out on purpose: the Ingress is healthy without its
// certificate, so a later issuer never blocks its wave.
function ingressRefs(r: Resource): Reference[] {
  const out: Reference[] = [];
  const cls = at(r.obj, ['spec', 'ingressClassName']);
  if (typeof cls === 'string' && cls) {
    out.push({ reason: 'ingress-class', groups: ['networking.k8s.io'], kind: 'IngressClass', namespace: '', name: cls, path: '/spec/ingressClassName' });
  }
  return out;
}

/** ServiceAccount, ConfigMaps, Secrets and claims a pod needs to start; optional references are left out. */
function podSpecRefs(spec: JsonValue | undefined, ns: string, base: string): Reference[] {
  if (!isJsonObject(spec)) return [];
  const out: Reference[] = [];
  const push = (reason: EdgeReason, kind: string, name: JsonValue | undefined, path: string) => {
    if (typeof name === 'string' && name) out.push({ reason, groups: [''], kind, namespace: ns, name, path });
  };
  for (const key of ['serviceAccountName', 'serviceAccount'] as const) {
    if (spec[key] !== 'default') push('service-account', 'ServiceAccount', spec[key], `${base}/${key}`);
    if (typeof spec[key] === 'string') break;
  }
  const volumes = spec.volumes;
  if (Array.isArray(volumes)) {
    volumes.forEach((v, i) => {
      if (!isJsonObject(v)) return;
      const p = `${base}/volumes/${i}`;
      if (isJsonObject(v.configMap) && v.configMap.optional !== true) push('config-map', 'ConfigMap', v.configMap.name, `${p}/configMap/name`);
      if (isJsonObject(v.secret) && v.secret.optional !== true) push('secret', 'Secret', v.secret.secretName, `${p}/secret/secretName`);
      if (isJsonObject(v.persistentVolumeClaim)) push('volume-claim', 'PersistentVolumeClaim', v.persistentVolumeClaim.claimName, `${p}/persistentVolumeClaim/claimName`);
      const sources = isJsonObject(v.projected) ? v.projected.sources : undefined;
      if (Array.isArray(sources)) {
        sources.forEach((s, j) => {
          if (!isJsonObject(s)) return;
          if (isJsonObject(s.configMap) && s.configMap.optional !== true) push('config-map', 'ConfigMap', s.configMap.name, `${p}/projected/sources/${j}/configMap/name`);
          if (isJsonObject(s.secret) && s.secret.optional !== true) push('secret', 'Secret', s.secret.name, `${p}/projected/sources/${j}/secret/name`);
        });
      }
    });
  }
  for (const list of ['initContainers', 'containers'] as const) {
    const containers = spec[list];
    if (!Array.isArray(containers)) continue;
    containers.forEach((c, i) => {
      if (!isJsonObject(c)) return;
      const p = `${base}/${list}/${i}`;
      if (Array.isArray(c.envFrom)) {
        c.envFrom.forEach((e, j) => {
          if (!isJsonObject(e)) return;
          if (isJsonObject(e.configMapRef) && e.configMapRef.optional !== true) push('config-map', 'ConfigMap', e.configMapRef.name, `${p}/envFrom/${j}/configMapRef/name`);
          if (isJsonObject(e.secretRef) && e.secretRef.optional !== true) push('secret', 'Secret', e.secretRef.name, `${p}/envFrom/${j}/secretRef/name`);
        });
      }
      if (Array.isArray(c.env)) {
        c.env.forEach((e, j) => {
          const from = isJsonObject(e) ? e.valueFrom : undefined;
          if (!isJsonObject(from)) return;
          const cm = from.configMapKeyRef;
          const sec = from.secretKeyRef;
          if (isJsonObject(cm) && cm.optional !== true) push('config-map', 'ConfigMap', cm.name, `${p}/env/${j}/valueFrom/configMapKeyRef/name`);
          if (isJsonObject(sec) && sec.optional !== true) push('secret', 'Secret', sec.name, `${p}/env/${j}/valueFrom/secretKeyRef/name`);
        });
      }
    });
  }
  return out;
}

export function at(obj: JsonValue | undefined, path: readonly string[]): JsonValue | undefined {
  let cur = obj;
  for (const p of path) {
    if (!isJsonObject(cur)) return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, p) ? cur[p] : undefined;
  }
  return cur;
}

export function atString(obj: JsonValue | undefined, path: readonly string[]): string {
  const v = at(obj, path);
  return typeof v === 'string' ? v : '';
}
