import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import type { Resource } from '../../src/core/kustomize/resource.ts';
import { assertMatchesOutput, find, load, Renamer } from './name-reference-harness.ts';

// kustomization: namePrefix pre-, nameSuffix -suf, resources [res.yaml], configMapGenerator app-config,
// secretGenerator app-secret. Expected output: `kubectl kustomize` (Kustomize v5.5.0).
const RESOURCES = String.raw`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      serviceAccountName: sa
      priorityClassName: high
      imagePullSecrets:
      - name: app-secret
      - name: external-secret
      initContainers:
      - name: init
        envFrom:
        - configMapRef:
            name: app-config
      containers:
      - name: c
        env:
        - name: A
          valueFrom:
            configMapKeyRef:
              name: app-config
              key: a
        - name: X
          valueFrom:
            secretKeyRef:
              name: app-secret
              key: x
        envFrom:
        - secretRef:
            name: app-secret
        - configMapRef:
            name: not-here
      volumes:
      - name: v1
        configMap:
          name: app-config
      - name: v2
        secret:
          secretName: app-secret
      - name: v3
        projected:
          sources:
          - configMap:
              name: app-config
          - secret:
              name: app-secret
      - name: v4
        persistentVolumeClaim:
          claimName: data
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
---
apiVersion: v1
kind: Service
metadata:
  name: web
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: web
  volumeClaimTemplates:
  - metadata:
      name: d
    spec:
      storageClassName: fast
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: ing
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: app-secret
spec:
  tls:
  - secretName: app-secret
  defaultBackend:
    service:
      name: web
  rules:
  - http:
      paths:
      - backend:
          service:
            name: web
---
apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: old-ing
spec:
  backend:
    serviceName: web
  rules:
  - http:
      paths:
      - backend:
          serviceName: web
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1.example.com
spec:
  service:
    name: web
    namespace: default
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa
imagePullSecrets:
- name: app-secret
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  storageClassName: fast
  volumeName: pv
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv
spec:
  storageClassName: fast
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast
parameters:
  secretName: app-secret
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: high
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: reader
rules:
- resources: [configmaps]
  resourceNames: [app-config, other]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: reader
rules:
- resources: [secrets]
  resourceNames: [app-secret]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb-role
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: reader
subjects:
- kind: ServiceAccount
  name: sa
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb-clusterrole
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: reader
subjects:
- kind: ServiceAccount
  name: sa
  namespace: default
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cron
spec:
  jobTemplate:
    spec:
      template:
        spec:
          serviceAccountName: sa
          containers:
          - name: c
            envFrom:
            - configMapRef:
                name: app-config
---
apiVersion: v1
kind: Pod
metadata:
  name: pod
spec:
  volumes:
  - name: v
    configMap:
      name: app-config
---
apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata:
  name: mwc
webhooks:
- name: a.example.com
  clientConfig:
    service:
      name: web
      namespace: default
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  a: b
---
apiVersion: v1
kind: Secret
metadata:
  name: app-secret
type: Opaque
data:
  x: eQ==
`;
const EXPECTED = String.raw`
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: pre-fast-suf
parameters:
  secretName: pre-app-secret-suf-t86b282gdf
---
apiVersion: v1
imagePullSecrets:
- name: pre-app-secret-suf-t86b282gdf
kind: ServiceAccount
metadata:
  name: pre-sa-suf
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: pre-reader-suf
rules:
- resourceNames:
  - pre-app-config-suf-4h2mbtbbt6
  - other
  resources:
  - configmaps
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: pre-reader-suf
rules:
- resourceNames:
  - pre-app-secret-suf-t86b282gdf
  resources:
  - secrets
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: pre-rb-clusterrole-suf
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: pre-reader-suf
subjects:
- kind: ServiceAccount
  name: pre-sa-suf
  namespace: default
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: pre-rb-role-suf
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: pre-reader-suf
subjects:
- kind: ServiceAccount
  name: pre-sa-suf
---
apiVersion: v1
data:
  a: b
kind: ConfigMap
metadata:
  name: pre-app-config-suf-4h2mbtbbt6
---
apiVersion: v1
data:
  x: eQ==
kind: Secret
metadata:
  name: pre-app-secret-suf-t86b282gdf
type: Opaque
---
apiVersion: v1
kind: Service
metadata:
  name: pre-web-suf
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: pre-high-suf
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pre-pv-suf
spec:
  storageClassName: pre-fast-suf
---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: pre-data-suf
spec:
  storageClassName: pre-fast-suf
  volumeName: pre-pv-suf
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: pre-web-suf
spec:
  template:
    spec:
      containers:
      - env:
        - name: A
          valueFrom:
            configMapKeyRef:
              key: a
              name: pre-app-config-suf-4h2mbtbbt6
        - name: X
          valueFrom:
            secretKeyRef:
              key: x
              name: pre-app-secret-suf-t86b282gdf
        envFrom:
        - secretRef:
            name: pre-app-secret-suf-t86b282gdf
        - configMapRef:
            name: not-here
        name: c
      imagePullSecrets:
      - name: pre-app-secret-suf-t86b282gdf
      - name: external-secret
      initContainers:
      - envFrom:
        - configMapRef:
            name: pre-app-config-suf-4h2mbtbbt6
        name: init
      priorityClassName: pre-high-suf
      serviceAccountName: pre-sa-suf
      volumes:
      - configMap:
          name: pre-app-config-suf-4h2mbtbbt6
        name: v1
      - name: v2
        secret:
          secretName: pre-app-secret-suf-t86b282gdf
      - name: v3
        projected:
          sources:
          - configMap:
              name: pre-app-config-suf-4h2mbtbbt6
          - secret:
              name: pre-app-secret-suf-t86b282gdf
      - name: v4
        persistentVolumeClaim:
          claimName: pre-data-suf
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: pre-db-suf
spec:
  serviceName: pre-web-suf
  volumeClaimTemplates:
  - metadata:
      name: d
    spec:
      storageClassName: pre-fast-suf
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: pre-cron-suf
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - envFrom:
            - configMapRef:
                name: pre-app-config-suf-4h2mbtbbt6
            name: c
          serviceAccountName: pre-sa-suf
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1.example.com
spec:
  service:
    name: pre-web-suf
    namespace: default
---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: pre-web-suf
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: pre-web-suf
---
apiVersion: extensions/v1beta1
kind: Ingress
metadata:
  name: pre-old-ing-suf
spec:
  backend:
    serviceName: pre-web-suf
  rules:
  - http:
      paths:
      - backend:
          serviceName: pre-web-suf
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  annotations:
    nginx.ingress.kubernetes.io/auth-secret: pre-app-secret-suf-t86b282gdf
  name: pre-ing-suf
spec:
  defaultBackend:
    service:
      name: pre-web-suf
  rules:
  - http:
      paths:
      - backend:
          service:
            name: pre-web-suf
  tls:
  - secretName: pre-app-secret-suf-t86b282gdf
---
apiVersion: v1
kind: Pod
metadata:
  name: pre-pod-suf
spec:
  volumes:
  - configMap:
      name: pre-app-config-suf-4h2mbtbbt6
    name: v
---
apiVersion: admissionregistration.k8s.io/v1
kind: MutatingWebhookConfiguration
metadata:
  name: pre-mwc-suf
webhooks:
- clientConfig:
    service:
      name: pre-web-suf
      namespace: default
  name: a.example.com
`;

test('prefix, suffix and hash suffixes reach every field shape of the default table', () => {
  const rs = load(RESOURCES);
  const renamer = new Renamer().prefix(rs, 'pre-').suffix(rs, '-suf');
  renamer.hash(find(rs, 'ConfigMap', 'pre-app-config-suf'), '4h2mbtbbt6');
  renamer.hash(find(rs, 'Secret', 'pre-app-secret-suf'), 't86b282gdf');
  renamer.fix(rs);
  assertMatchesOutput(rs, EXPECTED);
});

// base: namePrefix b-, resources [Service svc, ServiceAccount sa, Deployment app, RoleBinding rb],
// configMapGenerator cfg. overlay: namePrefix o-, namespace ns1, resources [../base, Job, webhook config,
// APIService, ClusterRoleBinding]. Expected output: `kubectl kustomize overlay`.
const BASE = String.raw`
apiVersion: v1
kind: Service
metadata:
  name: svc
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      serviceAccountName: sa
      volumes:
      - name: c
        configMap:
          name: cfg
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
- kind: ServiceAccount
  name: sa
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cfg
data:
  k: v
`;
const OVERLAY = String.raw`
apiVersion: batch/v1
kind: Job
metadata:
  name: job
spec:
  template:
    spec:
      serviceAccountName: b-sa
      containers:
      - name: c
        envFrom:
        - configMapRef:
            name: cfg
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: vwc
webhooks:
- name: a.example.com
  clientConfig:
    service:
      name: svc
      namespace: default
- name: b.example.com
  clientConfig:
    service:
      name: svc
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1.example.com
spec:
  service:
    name: svc
    namespace: default
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
- kind: ServiceAccount
  name: sa
`;
const OVERLAY_EXPECTED = String.raw`
apiVersion: v1
kind: ServiceAccount
metadata:
  name: o-b-sa
  namespace: ns1
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: o-b-rb
  namespace: ns1
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
- kind: ServiceAccount
  name: o-b-sa
  namespace: ns1
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: o-crb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
- kind: ServiceAccount
  name: o-b-sa
  namespace: ns1
---
apiVersion: v1
data:
  k: v
kind: ConfigMap
metadata:
  name: o-b-cfg-bdg947hgcc
  namespace: ns1
---
apiVersion: v1
kind: Service
metadata:
  name: o-b-svc
  namespace: ns1
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: o-b-app
  namespace: ns1
spec:
  template:
    spec:
      serviceAccountName: o-b-sa
      volumes:
      - configMap:
          name: o-b-cfg-bdg947hgcc
        name: c
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: v1.example.com
spec:
  service:
    name: o-b-svc
    namespace: ns1
---
apiVersion: batch/v1
kind: Job
metadata:
  name: o-job
  namespace: ns1
spec:
  template:
    spec:
      containers:
      - envFrom:
        - configMapRef:
            name: o-b-cfg-bdg947hgcc
        name: c
      serviceAccountName: o-b-sa
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: o-vwc
webhooks:
- clientConfig:
    service:
      name: o-b-svc
      namespace: ns1
  name: a.example.com
- clientConfig:
    service:
      name: o-b-svc
      namespace: ns1
  name: b.example.com
`;

test('overlay prefix and namespace over a base prefix; overlay resources refer to base resources', () => {
  const base = load(BASE, 'base/res.yaml');
  const overlay = load(OVERLAY, 'overlay/res.yaml');
  const all = [...base, ...overlay];
  const renamer = new Renamer().prefix(base, 'b-');
  renamer.namespace(all, 'ns1').prefix(all, 'o-');
  renamer.hash(find(all, 'ConfigMap', 'o-b-cfg'), 'bdg947hgcc');
  renamer.fix(all);
  assertMatchesOutput(all, OVERLAY_EXPECTED);
});

// Two bases with the same resources (ServiceAccount sa, Service svc, StatefulSet app, RoleBinding rb, Role r,
// generated ConfigMap cfg). Run 1: bases prefixed one- / two-, top adds nameSuffix -x. Run 2: bases put in
// namespaces a / b, top adds namePrefix p- and a ClusterRoleBinding. Expected: `kubectl kustomize top`.
const TWIN = String.raw`
apiVersion: v1
kind: ServiceAccount
metadata:
  name: sa
---
apiVersion: v1
kind: Service
metadata:
  name: svc
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: app
spec:
  serviceName: svc
  template:
    spec:
      serviceAccountName: sa
      containers:
      - name: c
        envFrom:
        - configMapRef:
            name: cfg
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: r
subjects:
- kind: ServiceAccount
  name: sa
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: r
`;
const TWIN_PREFIXED_EXPECTED = String.raw`
apiVersion: v1
kind: ServiceAccount
metadata:
  name: one-sa-x
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: two-sa-x
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: one-r-x
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: two-r-x
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: one-rb-x
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: one-r-x
subjects:
- kind: ServiceAccount
  name: one-sa-x
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: two-rb-x
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: two-r-x
subjects:
- kind: ServiceAccount
  name: two-sa-x
---
apiVersion: v1
data:
  k: "1"
kind: ConfigMap
metadata:
  name: one-cfg-x-bbd6m56k95
---
apiVersion: v1
data:
  k: "2"
kind: ConfigMap
metadata:
  name: two-cfg-x-f7cbh6d2dk
---
apiVersion: v1
kind: Service
metadata:
  name: one-svc-x
---
apiVersion: v1
kind: Service
metadata:
  name: two-svc-x
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: one-app-x
spec:
  serviceName: one-svc-x
  template:
    spec:
      containers:
      - envFrom:
        - configMapRef:
            name: one-cfg-x-bbd6m56k95
        name: c
      serviceAccountName: one-sa-x
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: two-app-x
spec:
  serviceName: two-svc-x
  template:
    spec:
      containers:
      - envFrom:
        - configMapRef:
            name: two-cfg-x-f7cbh6d2dk
        name: c
      serviceAccountName: two-sa-x
`;
const TWIN_NAMESPACED_EXPECTED = String.raw`
apiVersion: v1
kind: ServiceAccount
metadata:
  name: p-sa
  namespace: a
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: p-sa
  namespace: b
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: p-r
  namespace: a
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: p-r
  namespace: b
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: p-rb
  namespace: a
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: p-r
subjects:
- kind: ServiceAccount
  name: p-sa
  namespace: a
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: p-rb
  namespace: b
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: p-r
subjects:
- kind: ServiceAccount
  name: p-sa
  namespace: b
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: p-crb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
- kind: ServiceAccount
  name: p-sa
  namespace: a
---
apiVersion: v1
data:
  k: "1"
kind: ConfigMap
metadata:
  name: p-cfg-bbd6m56k95
  namespace: a
---
apiVersion: v1
data:
  k: "2"
kind: ConfigMap
metadata:
  name: p-cfg-f7cbh6d2dk
  namespace: b
---
apiVersion: v1
kind: Service
metadata:
  name: p-svc
  namespace: a
---
apiVersion: v1
kind: Service
metadata:
  name: p-svc
  namespace: b
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: p-app
  namespace: a
spec:
  serviceName: p-svc
  template:
    spec:
      containers:
      - envFrom:
        - configMapRef:
            name: p-cfg-bbd6m56k95
        name: c
      serviceAccountName: p-sa
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: p-app
  namespace: b
spec:
  serviceName: p-svc
  template:
    spec:
      containers:
      - envFrom:
        - configMapRef:
            name: p-cfg-f7cbh6d2dk
        name: c
      serviceAccountName: p-sa
`;

function twin(generatedValue: string, file: string): Resource[] {
  return load(`${TWIN}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cfg\ndata:\n  k: "${generatedValue}"\n`, file);
}

const CLUSTER_ROLE_BINDING = String.raw`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: view
subjects:
- kind: ServiceAccount
  name: sa
  namespace: a
`;

test('same names in two bases: each referrer gets the resource that shares its prefixes', () => {
  const one = twin('1', 'b1/res.yaml');
  const two = twin('2', 'b2/res.yaml');
  const all = [...one, ...two];
  const renamer = new Renamer().prefix(one, 'one-').prefix(two, 'two-').suffix(all, '-x');
  renamer.hash(find(all, 'ConfigMap', 'one-cfg-x'), 'bbd6m56k95');
  renamer.hash(find(all, 'ConfigMap', 'two-cfg-x'), 'f7cbh6d2dk');
  renamer.fix(all);
  assertMatchesOutput(all, TWIN_PREFIXED_EXPECTED);
});

function twinNamespaced(crb: string): { all: Resource[]; renamer: Renamer } {
  const a = twin('1', 'n1/res.yaml');
  const b = twin('2', 'n2/res.yaml');
  const all = [...a, ...b, ...load(crb, 'ntop/crb.yaml')];
  const renamer = new Renamer().namespace(a, 'a').namespace(b, 'b').prefix(all, 'p-');
  renamer.hash(all.find((r) => r.name === 'p-cfg' && r.namespace === 'a')!, 'bbd6m56k95');
  renamer.hash(all.find((r) => r.name === 'p-cfg' && r.namespace === 'b')!, 'f7cbh6d2dk');
  return { all, renamer };
}

test('same names in two namespaces: namespaced referrers stay in their namespace, subjects follow theirs', () => {
  const { all, renamer } = twinNamespaced(CLUSTER_ROLE_BINDING);
  renamer.fix(all);
  assertMatchesOutput(all, TWIN_NAMESPACED_EXPECTED);
});

test('a cluster-scoped subject without namespace matching two ServiceAccounts is an error, as in kustomize', () => {
  const { all, renamer } = twinNamespaced(CLUSTER_ROLE_BINDING.replace('  namespace: a\n', ''));
  assert.throws(
    () => renamer.fix(all),
    (e: unknown) =>
      e instanceof KustomizeError &&
      e.file === 'ntop/crb.yaml' &&
      e.message ===
        "updating name reference in 'subjects' field of 'ClusterRoleBinding.v1.rbac.authorization.k8s.io/p-crb.[noNs]': " +
          "considering field 'subjects' of object ClusterRoleBinding.v1.rbac.authorization.k8s.io/p-crb.[noNs]: " +
          'found multiple possible referrals: ServiceAccount.v1.[noGrp]/p-sa.a, ServiceAccount.v1.[noGrp]/p-sa.b',
  );
});

// conformance intermediateresourceid__TestIntermediateNameSecretKeyRefDiamond: one base Secret generator used
// by two overlays (namePrefix xql-zero- / xql-one-), under a top namePrefix project-; the Deployment names the
// Secrets by their intermediate names. (Vars, resolved later, leave `$(...)` values to another transformer.)
test('references by intermediate names pick the right branch of a diamond', () => {
  const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: xql-secret\ntype: Opaque\n';
  const zero = load(secret, 'bases/xql');
  const one = load(secret, 'bases/xql');
  const app = load(
    String.raw`
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app
spec:
  template:
    spec:
      containers:
      - name: app
        env:
        - {name: XQL_ZERO_ARG, valueFrom: {secretKeyRef: {name: $(PROJECT_XQL_ZERO_SECRET_NAME), key: arg}}}
        - {name: XQL_ZERO_PASSWORD, valueFrom: {secretKeyRef: {name: xql-zero-xql-secret, key: password}}}
        - {name: XQL_ONE_PASSWORD, valueFrom: {secretKeyRef: {name: xql-one-xql-secret, key: password}}}
`,
    'app/resources/deployment.yaml',
  );
  const all = [...app, ...zero, ...one];
  const renamer = new Renamer().prefix(zero, 'xql-zero-').prefix(one, 'xql-one-').prefix(all, 'project-');
  renamer.hash(zero[0]!, '6khmtc56hm').hash(one[0]!, '79mhmf5dgt');
  renamer.fix(all);
  const env = (app[0]!.obj as { spec: { template: { spec: { containers: { env: { valueFrom: { secretKeyRef: { name: string } } }[] }[] } } } })
    .spec.template.spec.containers[0]!.env.map((e) => e.valueFrom.secretKeyRef.name);
  assert.deepEqual(env, [
    '$(PROJECT_XQL_ZERO_SECRET_NAME)',
    'project-xql-zero-xql-secret-6khmtc56hm',
    'project-xql-one-xql-secret-79mhmf5dgt',
  ]);
});
