import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import { defaultNameReferences } from '../../src/core/kustomize/name-reference-config.ts';
import { fixNameReferences } from '../../src/core/kustomize/name-reference.ts';
import type { Resource } from '../../src/core/kustomize/resource.ts';
import { getPath } from '../../src/core/kustomize/resource.ts';
import { find, load, Renamer } from './name-reference-harness.ts';

/** Renames `kind/name` (optionally only the one in `namespace`) to `to`, recording the previous id. */
interface Rename {
  kind: string;
  name: string;
  to: string;
  namespace?: string;
}

interface Row {
  name: string;
  yaml: string;
  renames: Rename[];
  /** Expected values: `Kind/name` of the referrer (after renames) → path → value. */
  expect?: Record<string, Record<string, unknown>>;
  /** Expected error message (substring). */
  error?: string;
}

function applyRenames(rs: Resource[], renames: Rename[]): void {
  for (const rn of renames) {
    const r = rs.find((x) => x.kind === rn.kind && x.name === rn.name && (rn.namespace === undefined || x.namespace === rn.namespace));
    assert.ok(r, `no ${rn.kind} ${rn.name}`);
    r.storePreviousId();
    r.setName(rn.to);
  }
}

const ROWS: Row[] = [
  {
    name: 'a string field follows a renamed target',
    yaml: `
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg}
---
kind: Pod
apiVersion: v1
metadata: {name: pod}
spec:
  volumes: [{name: v, configMap: {name: cfg}}]
`,
    renames: [{ kind: 'ConfigMap', name: 'cfg', to: 'cfg-h4sh' }],
    expect: { 'Pod/pod': { 'spec.volumes.0.configMap.name': 'cfg-h4sh' } },
  },
  {
    name: 'a Secret renamed does not rewrite a ConfigMap reference of the same name',
    yaml: `
kind: Secret
apiVersion: v1
metadata: {name: same}
---
kind: ConfigMap
apiVersion: v1
metadata: {name: same}
---
kind: Pod
apiVersion: v1
metadata: {name: pod}
spec:
  volumes: [{name: v, configMap: {name: same}}, {name: w, secret: {secretName: same}}]
`,
    renames: [{ kind: 'Secret', name: 'same', to: 'same-s' }],
    expect: { 'Pod/pod': { 'spec.volumes.0.configMap.name': 'same', 'spec.volumes.1.secret.secretName': 'same-s' } },
  },
  {
    name: 'nothing renamed, nothing changes (a target without previous ids is never a candidate)',
    yaml: `
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg}
---
kind: Deployment
apiVersion: apps/v1
metadata: {name: d}
spec: {template: {spec: {containers: [{name: c, envFrom: [{configMapRef: {name: cfg}}]}]}}}
`,
    renames: [],
    expect: { 'Deployment/d': { 'spec.template.spec.containers.0.envFrom.0.configMapRef.name': 'cfg' } },
  },
  {
    name: 'an intermediate name (after a base prefix) is followed too',
    yaml: `
kind: Service
apiVersion: v1
metadata: {name: svc}
---
kind: StatefulSet
apiVersion: apps/v1
metadata: {name: s}
spec: {serviceName: b-svc}
`,
    renames: [
      { kind: 'Service', name: 'svc', to: 'b-svc' },
      { kind: 'Service', name: 'b-svc', to: 'o-b-svc' },
    ],
    expect: { 'StatefulSet/s': { 'spec.serviceName': 'o-b-svc' } },
  },
  {
    name: 'a StatefulSet outside group apps is not a referrer of spec/serviceName',
    yaml: `
kind: Service
apiVersion: v1
metadata: {name: svc}
---
kind: StatefulSet
apiVersion: example.com/v1
metadata: {name: s}
spec: {serviceName: svc}
`,
    renames: [{ kind: 'Service', name: 'svc', to: 'p-svc' }],
    expect: { 'StatefulSet/s': { 'spec.serviceName': 'svc' } },
  },
  {
    name: 'roleRef picks Role or ClusterRole by the roleRef kind',
    yaml: `
kind: Role
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: reader}
---
kind: ClusterRole
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: reader}
---
kind: RoleBinding
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: to-role}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: reader}
---
kind: RoleBinding
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: to-cluster-role}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: reader}
`,
    renames: [
      { kind: 'Role', name: 'reader', to: 'role-reader' },
      { kind: 'ClusterRole', name: 'reader', to: 'cluster-reader' },
    ],
    expect: {
      'RoleBinding/to-role': { 'roleRef.name': 'role-reader' },
      'RoleBinding/to-cluster-role': { 'roleRef.name': 'cluster-reader' },
    },
  },
  {
    name: 'a namespaced referrer does not see a ConfigMap of another namespace',
    yaml: `
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg, namespace: other}
---
kind: Pod
apiVersion: v1
metadata: {name: pod, namespace: mine}
spec: {volumes: [{name: v, configMap: {name: cfg}}]}
`,
    renames: [{ kind: 'ConfigMap', name: 'cfg', to: 'cfg-x' }],
    expect: { 'Pod/pod': { 'spec.volumes.0.configMap.name': 'cfg' } },
  },
  {
    name: 'no namespace and "default" are the same namespace',
    yaml: `
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg, namespace: default}
---
kind: Pod
apiVersion: v1
metadata: {name: pod}
spec: {volumes: [{name: v, configMap: {name: cfg}}]}
`,
    renames: [{ kind: 'ConfigMap', name: 'cfg', to: 'cfg-x' }],
    expect: { 'Pod/pod': { 'spec.volumes.0.configMap.name': 'cfg-x' } },
  },
  {
    name: 'a RoleBinding reaches ServiceAccounts in the namespaces its subjects name, Roles only in its own',
    yaml: `
kind: RoleBinding
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: rb, namespace: x}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: Role, name: r}
subjects: [{kind: ServiceAccount, name: sa, namespace: "y"}]
---
kind: ServiceAccount
apiVersion: v1
metadata: {name: sa, namespace: "y"}
---
kind: ServiceAccount
apiVersion: v1
metadata: {name: sa, namespace: z}
---
kind: Role
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: r, namespace: "y"}
---
kind: Role
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: r, namespace: x}
`,
    renames: [
      { kind: 'ServiceAccount', name: 'sa', namespace: 'y', to: 'p-sa' },
      { kind: 'ServiceAccount', name: 'sa', namespace: 'z', to: 'p-sa' },
      { kind: 'Role', name: 'r', namespace: 'y', to: 'y-r' },
      { kind: 'Role', name: 'r', namespace: 'x', to: 'x-r' },
    ],
    expect: {
      'RoleBinding/rb': { 'roleRef.name': 'x-r', 'subjects.0.name': 'p-sa', 'subjects.0.namespace': 'y' },
    },
  },
  {
    name: 'a subject without namespace takes the referral namespace; other subject kinds are rewritten too',
    yaml: `
kind: ServiceAccount
apiVersion: v1
metadata: {name: sa, namespace: ns1}
---
kind: ClusterRoleBinding
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: crb}
roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cr}
subjects:
- {kind: ServiceAccount, name: sa}
- {kind: ServiceAccount, name: sa, namespace: other}
- {kind: User, name: sa}
`,
    renames: [{ kind: 'ServiceAccount', name: 'sa', to: 'p-sa' }],
    expect: {
      'ClusterRoleBinding/crb': {
        'subjects.0': { kind: 'ServiceAccount', name: 'p-sa', namespace: 'ns1' },
        'subjects.1': { kind: 'ServiceAccount', name: 'sa', namespace: 'other' },
        'subjects.2': { kind: 'User', name: 'p-sa', namespace: 'ns1' },
      },
    },
  },
  {
    name: 'a {name, namespace} map matches the original namespace before the current one',
    yaml: `
kind: Service
apiVersion: v1
metadata: {name: svc}
---
kind: ValidatingWebhookConfiguration
apiVersion: admissionregistration.k8s.io/v1
metadata: {name: v}
webhooks:
- {name: a, clientConfig: {service: {name: svc, namespace: default}}}
- {name: b, clientConfig: {service: {name: svc, namespace: moved}}}
- {name: c, clientConfig: {service: {name: svc, namespace: elsewhere}}}
- {name: d, clientConfig: {service: {name: svc}}}
`,
    renames: [{ kind: 'Service', name: 'svc', to: 'p-svc' }],
    expect: {
      'ValidatingWebhookConfiguration/v': {
        'webhooks.0.clientConfig.service': { name: 'p-svc', namespace: 'default' },
        'webhooks.1.clientConfig.service': { name: 'svc', namespace: 'moved' },
        'webhooks.2.clientConfig.service': { name: 'svc', namespace: 'elsewhere' },
        'webhooks.3.clientConfig.service': { name: 'p-svc' },
      },
    },
  },
  {
    name: 'lists of names (rules/resourceNames) with non-string and null entries',
    yaml: `
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg}
---
kind: ClusterRole
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: cr}
rules: [{resources: [configmaps], resourceNames: [cfg, 42, null, other]}]
`,
    renames: [{ kind: 'ConfigMap', name: 'cfg', to: 'cfg-bbd6m56k95' }],
    expect: { 'ClusterRole/cr': { 'rules.0.resourceNames': ['cfg-bbd6m56k95', 42, null, 'other'] } },
  },
  {
    name: 'two candidates that ended with the same name are one referral',
    yaml: `
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg, namespace: a}
---
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg, namespace: b}
---
kind: ClusterRole
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: cr}
rules: [{resourceNames: [cfg]}]
`,
    renames: [
      { kind: 'ConfigMap', name: 'cfg', namespace: 'a', to: 'cfg-bbd6m56k95' },
      { kind: 'ConfigMap', name: 'cfg', namespace: 'b', to: 'cfg-bbd6m56k95' },
    ],
    expect: { 'ClusterRole/cr': { 'rules.0.resourceNames': ['cfg-bbd6m56k95'] } },
  },
  {
    name: 'two candidates with different names are an error',
    yaml: `
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg, namespace: a}
---
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg, namespace: b}
---
kind: ClusterRole
apiVersion: rbac.authorization.k8s.io/v1
metadata: {name: cr}
rules: [{resourceNames: [cfg]}]
`,
    renames: [
      { kind: 'ConfigMap', name: 'cfg', namespace: 'a', to: 'cfg-bbd6m56k95' },
      { kind: 'ConfigMap', name: 'cfg', namespace: 'b', to: 'cfg-f7cbh6d2dk' },
    ],
    error:
      "updating name reference in 'rules/resourceNames' field of 'ClusterRole.v1.rbac.authorization.k8s.io/cr.[noNs]': " +
      "considering field 'rules/resourceNames' of object ClusterRole.v1.rbac.authorization.k8s.io/cr.[noNs]: " +
      'visit traversal on path: [resourceNames]: found multiple possible referrals: ' +
      'ConfigMap.v1.[noGrp]/cfg-bbd6m56k95.a, ConfigMap.v1.[noGrp]/cfg-f7cbh6d2dk.b',
  },
  {
    name: 'a map without a name where a {name, namespace} map is expected is an error',
    yaml: `
kind: MutatingWebhookConfiguration
apiVersion: admissionregistration.k8s.io/v1
metadata: {name: m}
webhooks: [{clientConfig: {service: {namespace: x}}}]
`,
    renames: [],
    error:
      "updating name reference in 'webhooks/clientConfig/service' field of 'MutatingWebhookConfiguration.v1.admissionregistration.k8s.io/m.[noNs]': " +
      "considering field 'webhooks/clientConfig/service' of object MutatingWebhookConfiguration.v1.admissionregistration.k8s.io/m.[noNs]: " +
      "visit traversal on path: [clientConfig service]: path config error; no 'name' field in node",
  },
  {
    name: 'a scalar where the path expects a list or map is an error, even with nothing renamed',
    yaml: `
kind: Deployment
apiVersion: apps/v1
metadata: {name: d}
spec: {template: {spec: {volumes: [{configMap: x}]}}}
`,
    renames: [],
    error:
      "updating name reference in 'spec/template/spec/volumes/configMap/name' field of 'Deployment.v1.apps/d.[noNs]': " +
      "considering field 'spec/template/spec/volumes/configMap/name' of object Deployment.v1.apps/d.[noNs]: " +
      'visit traversal on path: [configMap name]: expected sequence or mapping node',
  },
  {
    name: 'Ingress spec.ingressClassName is never updated (kustomize table quirk)',
    yaml: `
kind: IngressClass
apiVersion: networking.k8s.io/v1
metadata: {name: ic}
---
kind: Ingress
apiVersion: networking.k8s.io/v1
metadata: {name: ing}
spec: {ingressClassName: ic}
`,
    renames: [{ kind: 'IngressClass', name: 'ic', to: 'p-ic' }],
    expect: { 'Ingress/ing': { 'spec.ingressClassName': 'ic' } },
  },
  {
    name: 'a CRD conversion webhook service is not a name reference in kustomize 5.5',
    yaml: `
kind: Service
apiVersion: v1
metadata: {name: svc}
---
kind: CustomResourceDefinition
apiVersion: apiextensions.k8s.io/v1
metadata: {name: foos.example.com}
spec: {conversion: {webhook: {clientConfig: {service: {name: svc, namespace: default}}}}}
`,
    renames: [{ kind: 'Service', name: 'svc', to: 'p-svc' }],
    expect: { 'CustomResourceDefinition/foos.example.com': { 'spec.conversion.webhook.clientConfig.service.name': 'svc' } },
  },
  {
    name: 'HPA scaleTargetRef, PVC volumeName/storageClassName, ValidatingAdmissionPolicyBinding policyName',
    yaml: `
kind: Deployment
apiVersion: apps/v1
metadata: {name: web}
---
kind: HorizontalPodAutoscaler
apiVersion: autoscaling/v2
metadata: {name: hpa}
spec: {scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: web}}
---
kind: PersistentVolume
apiVersion: v1
metadata: {name: pv}
---
kind: StorageClass
apiVersion: storage.k8s.io/v1
metadata: {name: fast}
---
kind: PersistentVolumeClaim
apiVersion: v1
metadata: {name: pvc}
spec: {volumeName: pv, storageClassName: fast}
---
kind: ValidatingAdmissionPolicy
apiVersion: admissionregistration.k8s.io/v1
metadata: {name: pol}
---
kind: ValidatingAdmissionPolicyBinding
apiVersion: admissionregistration.k8s.io/v1
metadata: {name: bind}
spec: {policyName: pol}
`,
    renames: [
      { kind: 'Deployment', name: 'web', to: 'p-web' },
      { kind: 'PersistentVolume', name: 'pv', to: 'p-pv' },
      { kind: 'StorageClass', name: 'fast', to: 'p-fast' },
      { kind: 'ValidatingAdmissionPolicy', name: 'pol', to: 'p-pol' },
    ],
    expect: {
      'HorizontalPodAutoscaler/hpa': { 'spec.scaleTargetRef.name': 'p-web' },
      'PersistentVolumeClaim/pvc': { 'spec.volumeName': 'p-pv', 'spec.storageClassName': 'p-fast' },
      'ValidatingAdmissionPolicyBinding/bind': { 'spec.policyName': 'p-pol' },
    },
  },
  {
    name: 'Ingress annotations and tls, Node configSource, StorageClass parameters',
    yaml: `
kind: Secret
apiVersion: v1
metadata: {name: auth}
---
kind: ConfigMap
apiVersion: v1
metadata: {name: fcgi, namespace: kube-system}
---
kind: Ingress
apiVersion: networking.k8s.io/v1
metadata:
  name: ing
  annotations:
    nginx.ingress.kubernetes.io/auth-tls-secret: auth
    nginx.ingress.kubernetes.io/fastcgi-params-configmap: fcgi
spec: {tls: [{secretName: auth}]}
---
kind: Node
apiVersion: v1
metadata: {name: node}
spec: {configSource: {configMap: {name: fcgi, namespace: kube-system, kubeletConfigKey: k}}}
---
kind: StorageClass
apiVersion: storage.k8s.io/v1
metadata: {name: sc}
parameters: {secretRef: auth, adminSecretName: auth}
`,
    renames: [
      { kind: 'Secret', name: 'auth', to: 'auth-1' },
      { kind: 'ConfigMap', name: 'fcgi', to: 'fcgi-1' },
    ],
    expect: {
      'Ingress/ing': {
        'metadata.annotations.nginx\\.ingress\\.kubernetes\\.io/auth-tls-secret': 'auth-1',
        'metadata.annotations.nginx\\.ingress\\.kubernetes\\.io/fastcgi-params-configmap': 'fcgi',
        'spec.tls.0.secretName': 'auth-1',
      },
      'Node/node': { 'spec.configSource.configMap': { name: 'fcgi-1', namespace: 'kube-system', kubeletConfigKey: 'k' } },
      'StorageClass/sc': { 'parameters.secretRef': 'auth-1', 'parameters.adminSecretName': 'auth-1' },
    },
  },
];

/** Splits `a.b.0.c` on dots, keeping `\.` as a literal dot. */
function pathOf(dotted: string): string[] {
  return dotted.split(/(?<!\\)\./).map((s) => s.replace(/\\\./g, '.'));
}

function valueAt(r: Resource, dotted: string): unknown {
  let cur: unknown = r.obj;
  for (const seg of pathOf(dotted)) {
    if (Array.isArray(cur)) cur = cur[Number(seg)];
    else cur = getPath(cur as never, [seg]);
  }
  return cur;
}

for (const row of ROWS) {
  test(`name references: ${row.name}`, () => {
    const rs = load(row.yaml);
    applyRenames(rs, row.renames);
    if (row.error !== undefined) {
      assert.throws(
        () => fixNameReferences(rs, defaultNameReferences()),
        (e: unknown) => e instanceof KustomizeError && e.message.includes(row.error!) && e.file === 'resources.yaml',
      );
      return;
    }
    fixNameReferences(rs, defaultNameReferences());
    for (const [ref, fields] of Object.entries(row.expect ?? {})) {
      const [kind, name] = ref.split('/') as [string, string];
      const r = find(rs, kind, name);
      for (const [path, want] of Object.entries(fields)) assert.deepEqual(valueAt(r, path), want, `${ref} ${path}`);
    }
  });
}

test('name references: the referrer is chosen by its original kind (a patch changed the kind)', () => {
  const rs = load(`
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg}
---
kind: Deployment
apiVersion: apps/v1
metadata: {name: d}
spec: {template: {spec: {volumes: [{name: v, configMap: {name: cfg}}]}}}
---
kind: Deployment
apiVersion: apps/v1
metadata: {name: e}
spec: {template: {spec: {volumes: [{name: v, configMap: {name: cfg}}]}}}
`);
  applyRenames(rs, [{ kind: 'ConfigMap', name: 'cfg', to: 'cfg-1' }]);
  // d became a StatefulSet: still a referrer through its Deployment field specs. e started as a Foo.
  const d = find(rs, 'Deployment', 'd');
  d.storePreviousId();
  d.obj.kind = 'StatefulSet';
  const e = find(rs, 'Deployment', 'e');
  e.obj.kind = 'Foo';
  e.storePreviousId();
  e.obj.kind = 'Deployment';
  fixNameReferences(rs, defaultNameReferences());
  assert.equal(valueAt(d, 'spec.template.spec.volumes.0.configMap.name'), 'cfg-1');
  assert.equal(valueAt(e, 'spec.template.spec.volumes.0.configMap.name'), 'cfg');
});

test('name references: a custom back reference (configurations:) with group/version on the target', () => {
  const rs = load(`
kind: Bee
apiVersion: example.com/v1beta1
metadata: {name: bee}
---
kind: Bee
apiVersion: example.com/v1
metadata: {name: bee}
---
kind: MyKind
apiVersion: example.com/v1
metadata: {name: mine}
spec: {beeRef: {name: bee}, secretRef: {name: bee}}
`);
  const [b1, b2] = rs;
  b1!.storePreviousId();
  b1!.setName('old-bee');
  b2!.storePreviousId();
  b2!.setName('new-bee');
  fixNameReferences(rs, [
    { kind: 'Bee', version: 'v1beta1', fieldSpecs: [{ kind: 'MyKind', path: 'spec/beeRef/name' }] },
    { kind: 'Secret', version: 'v1', fieldSpecs: [{ kind: 'MyKind', path: 'spec/secretRef/name' }] },
  ]);
  assert.deepEqual(rs[2]!.obj.spec, { beeRef: { name: 'old-bee' }, secretRef: { name: 'bee' } });
});

test('name references: cluster scope can be overridden (a custom openapi schema)', () => {
  const yaml = `
kind: ConfigMap
apiVersion: v1
metadata: {name: cfg, namespace: a}
---
kind: Widget
apiVersion: example.com/v1
metadata: {name: w}
spec: {configMap: cfg}
`;
  const refs = [{ kind: 'ConfigMap', fieldSpecs: [{ kind: 'Widget', path: 'spec/configMap' }] }];
  const namespaced = load(yaml);
  applyRenames(namespaced, [{ kind: 'ConfigMap', name: 'cfg', to: 'cfg-1' }]);
  fixNameReferences(namespaced, refs);
  assert.equal(valueAt(namespaced[1]!, 'spec.configMap'), 'cfg');
  const clusterScoped = load(yaml);
  applyRenames(clusterScoped, [{ kind: 'ConfigMap', name: 'cfg', to: 'cfg-1' }]);
  fixNameReferences(clusterScoped, refs, { isClusterScoped: (_v, kind) => kind === 'Widget' });
  assert.equal(valueAt(clusterScoped[1]!, 'spec.configMap'), 'cfg-1');
});

test('name references: without recorded affixes, same-named bases are ambiguous; with them, resolved', () => {
  const yaml = `
kind: Service
apiVersion: v1
metadata: {name: svc}
---
kind: StatefulSet
apiVersion: apps/v1
metadata: {name: app}
spec: {serviceName: svc}
`;
  const one = load(yaml);
  const two = load(yaml);
  const all = [...one, ...two];
  const renamer = new Renamer().prefix(one, 'one-').prefix(two, 'two-');
  assert.throws(() => fixNameReferences(all, defaultNameReferences()), /found multiple possible referrals/);
  renamer.fix(all);
  assert.deepEqual(all.map((r) => r.obj.spec ?? null), [null, { serviceName: 'one-svc' }, null, { serviceName: 'two-svc' }]);
});

test('name references: the default table parses into well-formed entries', () => {
  const refs = defaultNameReferences();
  assert.ok(refs.length >= 16);
  for (const ref of refs) {
    assert.ok(ref.kind && ref.fieldSpecs.length > 0, ref.kind);
    for (const spec of ref.fieldSpecs) assert.ok(spec.kind && spec.path && !spec.path.startsWith('/'), spec.path);
  }
  // Kustomize's kind order: ServiceAccount before ConfigMap before Secret before Service; webhook-less kinds after.
  const kinds = refs.map((r) => r.kind);
  assert.ok(kinds.indexOf('ServiceAccount') < kinds.indexOf('ConfigMap'));
  assert.ok(kinds.indexOf('ConfigMap') < kinds.indexOf('Secret'));
  assert.ok(kinds.indexOf('Secret') < kinds.indexOf('Service'));
});
