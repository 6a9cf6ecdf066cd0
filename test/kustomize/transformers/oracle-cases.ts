/**
 * Field-transformer scenarios with the output (or error) of `kubectl kustomize --reorder none` (Kustomize
 * v5.5.0) recorded for each: the kustomization fields `k`, its configuration files `configs`, its builtin
 * `transformers:` plugin configs `plugins`, and the resources `res`. No row relies on name references,
 * which these transformers do not fix up.
 */
export interface OracleCase {
  name: string;
  k: string;
  configs: string[];
  plugins: string[];
  res: string;
  /** kubectl's output. */
  expect?: string;
  /** A pattern kubectl's error matched; ours must match it too. */
  error?: string;
}

export const ORACLE_CASES: OracleCase[] = [
  {
    name: "commonLabels reach selectors, templates and claim templates of built-in kinds",
    k: `commonLabels:
  app: x
  num: "1"
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
  labels: ~
spec:
  template:
    spec:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchLabels:
                a: b
          - labelSelector: {}
      topologySpreadConstraints:
      - labelSelector:
          matchLabels: ~
---
apiVersion: v1
kind: Service
metadata:
  name: s
---
apiVersion: batch/v1
kind: Job
metadata:
  name: j
spec:
  template: {}
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec: {}
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: pdb
spec:
  selector:
    matchLabels: {}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: np
spec:
  podSelector: {}
  ingress:
  - from:
    - podSelector:
        matchLabels: {z: y}
    - namespaceSelector: {}
  egress:
  - to:
    - podSelector:
        matchLabels: {}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ss
spec:
  volumeClaimTemplates:
  - metadata:
      name: v
  - spec: {}
---
apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  name: d2
---
apiVersion: v1
kind: ReplicationController
metadata:
  name: rc
---
apiVersion: foo/v1
kind: ReplicationController
metadata:
  name: rc2
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: ds
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  name: rs
---
apiVersion: example.com/v1
kind: StatefulSet
metadata:
  name: ss-other-group
---
apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers: []
`,
    expect: `apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app: x
    num: "1"
  name: d
spec:
  selector:
    matchLabels:
      app: x
      num: "1"
  template:
    metadata:
      labels:
        app: x
        num: "1"
    spec:
      affinity:
        podAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - labelSelector:
              matchLabels:
                a: b
                app: x
                num: "1"
          - labelSelector: {}
      topologySpreadConstraints:
      - labelSelector:
          matchLabels: null
---
apiVersion: v1
kind: Service
metadata:
  labels:
    app: x
    num: "1"
  name: s
spec:
  selector:
    app: x
    num: "1"
---
apiVersion: batch/v1
kind: Job
metadata:
  labels:
    app: x
    num: "1"
  name: j
spec:
  template:
    metadata:
      labels:
        app: x
        num: "1"
---
apiVersion: batch/v1
kind: CronJob
metadata:
  labels:
    app: x
    num: "1"
  name: cj
spec:
  jobTemplate:
    metadata:
      labels:
        app: x
        num: "1"
    spec:
      template:
        metadata:
          labels:
            app: x
            num: "1"
---
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  labels:
    app: x
    num: "1"
  name: pdb
spec:
  selector:
    matchLabels:
      app: x
      num: "1"
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  labels:
    app: x
    num: "1"
  name: np
spec:
  egress:
  - to:
    - podSelector:
        matchLabels:
          app: x
          num: "1"
  ingress:
  - from:
    - podSelector:
        matchLabels:
          app: x
          num: "1"
          z: "y"
    - namespaceSelector: {}
  podSelector: {}
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  labels:
    app: x
    num: "1"
  name: ss
spec:
  selector:
    matchLabels:
      app: x
      num: "1"
  template:
    metadata:
      labels:
        app: x
        num: "1"
  volumeClaimTemplates:
  - metadata:
      labels:
        app: x
        num: "1"
      name: v
  - metadata:
      labels:
        app: x
        num: "1"
    spec: {}
---
apiVersion: extensions/v1beta1
kind: Deployment
metadata:
  labels:
    app: x
    num: "1"
  name: d2
spec:
  selector:
    matchLabels:
      app: x
      num: "1"
  template:
    metadata:
      labels:
        app: x
        num: "1"
---
apiVersion: v1
kind: ReplicationController
metadata:
  labels:
    app: x
    num: "1"
  name: rc
spec:
  selector:
    app: x
    num: "1"
  template:
    metadata:
      labels:
        app: x
        num: "1"
---
apiVersion: foo/v1
kind: ReplicationController
metadata:
  labels:
    app: x
    num: "1"
  name: rc2
spec:
  selector:
    app: x
    num: "1"
  template:
    metadata:
      labels:
        app: x
        num: "1"
---
apiVersion: apps/v1
kind: DaemonSet
metadata:
  labels:
    app: x
    num: "1"
  name: ds
spec:
  selector:
    matchLabels:
      app: x
      num: "1"
  template:
    metadata:
      labels:
        app: x
        num: "1"
---
apiVersion: apps/v1
kind: ReplicaSet
metadata:
  labels:
    app: x
    num: "1"
  name: rs
spec:
  selector:
    matchLabels:
      app: x
      num: "1"
  template:
    metadata:
      labels:
        app: x
        num: "1"
---
apiVersion: example.com/v1
kind: StatefulSet
metadata:
  labels:
    app: x
    num: "1"
  name: ss-other-group
---
apiVersion: v1
kind: Pod
metadata:
  labels:
    app: x
    num: "1"
  name: p
spec:
  containers: []
`,
  },
  {
    name: "commonLabels turn null fields into maps or lists and walk lists",
    k: `commonLabels:
  app: x
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ss
spec:
  volumeClaimTemplates: ~
  template: ~
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec: ~
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: d2
spec:
  template:
  - metadata: {}
  - metadata:
      labels: {a: b}
`,
    expect: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  labels:
    app: x
  name: ss
spec:
  selector:
    matchLabels:
      app: x
  template:
    metadata:
      labels:
        app: x
  volumeClaimTemplates: []
---
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app: x
  name: d
spec:
  selector:
    matchLabels:
      app: x
  template:
    metadata:
      labels:
        app: x
---
apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    app: x
  name: d2
spec:
  selector:
    matchLabels:
      app: x
  template:
  - metadata:
      labels:
        app: x
  - metadata:
      labels:
        a: b
        app: x
`,
  },
  {
    name: "commonLabels on a scalar labels field fails",
    k: `commonLabels:
  app: x
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ss
  labels: foo
`,
    error: "considering field 'metadata/labels' of object Deployment.v1.apps/ss.\\[noNs\\]: wrong node kind: expected MappingNode but got ScalarNode",
  },
  {
    name: "commonLabels through a scalar in the middle of a path fails",
    k: `commonLabels:
  app: x
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: ss
spec:
  template: foo
`,
    error: "considering field 'spec/template/spec/affinity/podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm/labelSelector/matchLabels' of object Deployment.v1.apps/ss.\\[noNs\\]: expected sequence or mapping node",
  },
  {
    name: "labels without flags touch metadata only",
    k: `labels:
- pairs:
    a: b
    empty: ~
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
spec:
  selector:
    matchLabels: {x: y}
  template:
    metadata:
      labels: {x: y}
---
apiVersion: v1
kind: Service
metadata:
  name: s
spec:
  selector: {x: y}
`,
    expect: `apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    a: b
    empty: ""
  name: d
spec:
  selector:
    matchLabels:
      x: "y"
  template:
    metadata:
      labels:
        x: "y"
---
apiVersion: v1
kind: Service
metadata:
  labels:
    a: b
    empty: ""
  name: s
spec:
  selector:
    x: "y"
`,
  },
  {
    name: "labels includeSelectors use all commonLabels field specs",
    k: `labels:
- pairs:
    a: b
  includeSelectors: true
  includeTemplates: false
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
---
apiVersion: v1
kind: Service
metadata:
  name: s
`,
    expect: `apiVersion: apps/v1
kind: Deployment
metadata:
  labels:
    a: b
  name: d
spec:
  selector:
    matchLabels:
      a: b
  template:
    metadata:
      labels:
        a: b
---
apiVersion: v1
kind: Service
metadata:
  labels:
    a: b
  name: s
spec:
  selector:
    a: b
`,
  },
  {
    name: "labels includeTemplates reach pod and claim templates but not selectors",
    k: `labels:
- pairs:
    a: b
  includeTemplates: true
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ss
spec:
  selector:
    matchLabels: {x: y}
  volumeClaimTemplates:
  - metadata:
      name: data
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
---
apiVersion: v1
kind: Service
metadata:
  name: s
`,
    expect: `apiVersion: apps/v1
kind: StatefulSet
metadata:
  labels:
    a: b
  name: ss
spec:
  selector:
    matchLabels:
      x: "y"
  template:
    metadata:
      labels:
        a: b
  volumeClaimTemplates:
  - metadata:
      labels:
        a: b
      name: data
---
apiVersion: batch/v1
kind: CronJob
metadata:
  labels:
    a: b
  name: cj
spec:
  jobTemplate:
    metadata:
      labels:
        a: b
    spec:
      template:
        metadata:
          labels:
            a: b
---
apiVersion: v1
kind: Service
metadata:
  labels:
    a: b
  name: s
`,
  },
  {
    name: "labels fields add custom field specs",
    k: `labels:
- pairs:
    a: b
  fields:
  - path: spec/x/labels
    kind: Pod
    create: true
  - path: spec/y
    kind: Pod
`,
    configs: [],
    plugins: [],
    res: `apiVersion: v1
kind: Pod
metadata:
  name: p
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
`,
    expect: `apiVersion: v1
kind: Pod
metadata:
  labels:
    a: b
  name: p
spec:
  x:
    labels:
      a: b
---
apiVersion: v1
kind: ConfigMap
metadata:
  labels:
    a: b
  name: c
`,
  },
  {
    name: "labels fields conflicting with metadata/labels fail",
    k: `labels:
- pairs: {a: b}
  fields:
  - path: metadata/labels
    kind: Pod
`,
    configs: [],
    plugins: [],
    res: `apiVersion: v1
kind: Pod
metadata:
  name: p
`,
    error: "failed to merge labels: conflicting fieldspecs",
  },
  {
    name: "configurations labels apply to every labels entry",
    k: `labels:
- pairs:
    location: earth
`,
    configs: [`labels:
- path: spec/selectors/labels
  create: true
  kind: SampleResource
`],
    plugins: [],
    res: `apiVersion: custom.example.org/v1
kind: SampleResource
metadata:
  name: sample
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
`,
    expect: `apiVersion: custom.example.org/v1
kind: SampleResource
metadata:
  labels:
    location: earth
  name: sample
spec:
  selectors:
    labels:
      location: earth
---
apiVersion: v1
kind: ConfigMap
metadata:
  labels:
    location: earth
  name: c
`,
  },
  {
    name: "configurations extend commonLabels and commonAnnotations",
    k: `commonLabels:
  app: x
commonAnnotations:
  note: hi
`,
    configs: [`commonLabels:
- path: spec/selector/labels
  create: true
  kind: Widget
- path: spec/template/metadata/labels
  create: false
  group: example.com
commonAnnotations:
- path: spec/template/metadata/annotations
  create: true
  kind: Widget
`],
    plugins: [],
    res: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
---
apiVersion: example.com/v1
kind: Gadget
metadata:
  name: g
spec:
  template:
    metadata:
      labels: {}
`,
    expect: `apiVersion: example.com/v1
kind: Widget
metadata:
  annotations:
    note: hi
  labels:
    app: x
  name: w
spec:
  selector:
    labels:
      app: x
  template:
    metadata:
      annotations:
        note: hi
---
apiVersion: example.com/v1
kind: Gadget
metadata:
  annotations:
    note: hi
  labels:
    app: x
  name: g
spec:
  template:
    metadata:
      labels:
        app: x
`,
  },
  {
    name: "commonAnnotations reach pod templates of workloads of any group",
    k: `commonAnnotations:
  note: "true"
  other: x
`,
    configs: [],
    plugins: [],
    res: `apiVersion: example.com/v1
kind: StatefulSet
metadata:
  name: ss
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
  annotations:
    keep: me
---
apiVersion: v1
kind: Pod
metadata:
  name: p
---
apiVersion: example.com/v1
kind: Job
metadata:
  name: j
`,
    expect: `apiVersion: example.com/v1
kind: StatefulSet
metadata:
  annotations:
    note: "true"
    other: x
  name: ss
spec:
  template:
    metadata:
      annotations:
        note: "true"
        other: x
---
apiVersion: batch/v1
kind: CronJob
metadata:
  annotations:
    keep: me
    note: "true"
    other: x
  name: cj
spec:
  jobTemplate:
    metadata:
      annotations:
        note: "true"
        other: x
    spec:
      template:
        metadata:
          annotations:
            note: "true"
            other: x
---
apiVersion: v1
kind: Pod
metadata:
  annotations:
    note: "true"
    other: x
  name: p
---
apiVersion: example.com/v1
kind: Job
metadata:
  annotations:
    note: "true"
    other: x
  name: j
`,
  },
  {
    name: "namespace skips cluster-scoped kinds and renames v1 Namespaces",
    k: `namespace: myns
`,
    configs: [],
    plugins: [],
    res: `apiVersion: rbac.authorization.k8s.io/v1alpha1
kind: ClusterRole
metadata:
  name: cr-alpha
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: cr
---
apiVersion: v1
kind: Namespace
metadata:
  name: foo
---
apiVersion: example.com/v1
kind: Namespace
metadata:
  name: bar
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
  namespace: other
subjects:
- kind: ServiceAccount
  name: default
  namespace: elsewhere
- kind: ServiceAccount
  name: sa1
  namespace: elsewhere
- kind: User
  name: default
- kind: ServiceAccount
  name: sa2
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
subjects:
- kind: ServiceAccount
  name: default
  namespace: ~
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  conversion:
    webhook:
      clientConfig:
        service:
          name: svc
          namespace: old
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd2
spec:
  conversion:
    strategy: None
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: api
spec:
  service:
    name: x
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: api2
spec: {}
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: vwc
webhooks:
- name: a
  clientConfig:
    service:
      name: s
      namespace: old
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: vap
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  namespace: ~
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: sc
`,
    expect: `apiVersion: rbac.authorization.k8s.io/v1alpha1
kind: ClusterRole
metadata:
  name: cr-alpha
  namespace: myns
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: cr
---
apiVersion: v1
kind: Namespace
metadata:
  name: myns
---
apiVersion: example.com/v1
kind: Namespace
metadata:
  name: bar
  namespace: myns
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
  namespace: myns
subjects:
- kind: ServiceAccount
  name: default
  namespace: myns
- kind: ServiceAccount
  name: sa1
  namespace: elsewhere
- kind: User
  name: default
  namespace: myns
- kind: ServiceAccount
  name: sa2
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
subjects:
- kind: ServiceAccount
  name: default
  namespace: myns
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  conversion:
    webhook:
      clientConfig:
        service:
          name: svc
          namespace: myns
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd2
spec:
  conversion:
    strategy: None
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: api
spec:
  service:
    name: x
    namespace: myns
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: api2
spec:
  service:
    namespace: myns
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingWebhookConfiguration
metadata:
  name: vwc
webhooks:
- clientConfig:
    service:
      name: s
      namespace: old
  name: a
---
apiVersion: admissionregistration.k8s.io/v1
kind: ValidatingAdmissionPolicy
metadata:
  name: vap
  namespace: myns
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: cm
  namespace: myns
---
apiVersion: v1
kind: PersistentVolume
metadata:
  name: pv
---
apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: sc
`,
  },
  {
    name: "namespace producing two resources with one id fails",
    k: `namespace: x
`,
    configs: [],
    plugins: [],
    res: `apiVersion: v1
kind: ConfigMap
metadata:
  name: a
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: a
  namespace: y
`,
    error: "namespace transformation produces ID conflict",
  },
  {
    name: "namespace config specs reach custom fields",
    k: `namespace: ns
`,
    configs: [`namespace:
- path: spec/targetNamespace
  kind: Widget
  create: true
- path: spec/other/namespace
  kind: Widget
`],
    plugins: [],
    res: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
  namespace: old
spec:
  other:
    namespace: ~
`,
    expect: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
  namespace: ns
spec:
  other:
    namespace: ns
  targetNamespace: ns
`,
  },
  {
    name: "namespace on a map fails",
    k: `namespace: ns
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: api
spec:
  service:
    namespace: {a: b}
`,
    error: "namespace field specs must target scalar nodes",
  },
  {
    name: "prefix and suffix skip CRDs, APIServices and Namespaces by kind",
    k: `namePrefix: p-
nameSuffix: -s
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
---
apiVersion: v1
kind: Namespace
metadata:
  name: ns
---
apiVersion: example.com/v1
kind: Namespace
metadata:
  name: ns2
---
apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata:
  name: crd
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: api
---
apiVersion: example.com/v1
kind: APIService
metadata:
  name: api2
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: cr
---
apiVersion: v1
kind: Secret
metadata:
  name: 123
`,
    expect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: p-web-s
---
apiVersion: v1
kind: Namespace
metadata:
  name: ns
---
apiVersion: example.com/v1
kind: Namespace
metadata:
  name: ns2
---
apiVersion: apiextensions.k8s.io/v1beta1
kind: CustomResourceDefinition
metadata:
  name: crd
---
apiVersion: apiregistration.k8s.io/v1
kind: APIService
metadata:
  name: api
---
apiVersion: example.com/v1
kind: APIService
metadata:
  name: p-api2-s
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: p-cr-s
---
apiVersion: v1
kind: Secret
metadata:
  name: p-123-s
`,
  },
  {
    name: "configurations add prefix and suffix field specs",
    k: `namePrefix: p-
nameSuffix: -s
`,
    configs: [`namePrefix:
- path: spec/ref
  kind: Widget
  create: true
- path: metadata/name
  kind: Widget
nameSuffix:
- path: spec/other
  kind: Widget
`],
    plugins: [],
    res: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  other: o
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
`,
    expect: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: p-w-s
spec:
  other: o-s
  ref: p-
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c-s
`,
  },
  {
    name: "images match by name as a pattern, keep ports, and apply per entry in order",
    k: `images:
- name: nginx
  tagSuffix: -alpine
- name: my.app
  newName: reg/my
- name: localhost:5000/x
  newTag: v9
- name: busybox
  newName: reg/bb
  newTag: "2"
  digest: sha256:def
- name: reg/bb
  newName: reg/bb2
- name: redis:6
  newTag: "7"
- name: alpine
  digest: sha256:111
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - name: a
        image: nginx:1.0
      - name: b
        image: my.app:1
      - name: c
        image: myXapp:2
      - name: d
        image: localhost:5000/x:3
      - name: e
        image: localhost:5000/x
      - name: f
        image: nginx@sha256:abc
      - name: g
        image: nginx:1.2@sha256:abc
      - name: h
        image: nginx-foo
      - name: i
        image: docker.io/library/nginx:1
      - name: j
      - name: k
        image: busybox:1
      - name: l
        image: redis:6
      - name: m
        image: alpine:3@sha256:000
      initContainers:
      - name: k
        image: nginx
---
apiVersion: example.com/v1
kind: Foo
metadata:
  name: foo
spec:
  deep:
    containers:
    - image: nginx
  containers:
    image: nginx
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  x:
    containers:
    - image: nginx
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - image: busybox
---
apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers: ~
  initContainers:
  - image: my.app
`,
    expect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  template:
    spec:
      containers:
      - image: nginx:1.0-alpine-alpine
        name: a
      - image: reg/my:1
        name: b
      - image: reg/my:2
        name: c
      - image: localhost:5000/x:v9
        name: d
      - image: localhost:5000/x:v9
        name: e
      - image: nginx:-alpine-alpine
        name: f
      - image: nginx:1.2-alpine-alpine
        name: g
      - image: nginx-foo
        name: h
      - image: docker.io/library/nginx:1
        name: i
      - name: j
      - image: reg/bb2:2@sha256:def
        name: k
      - image: redis:7
        name: l
      - image: alpine@sha256:111
        name: m
      initContainers:
      - image: nginx:-alpine-alpine
        name: k
---
apiVersion: example.com/v1
kind: Foo
metadata:
  name: foo
spec:
  containers:
    image: nginx:-alpine
  deep:
    containers:
    - image: nginx:-alpine
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: crd
spec:
  x:
    containers:
    - image: nginx
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cj
spec:
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - image: reg/bb2:2@sha256:def
---
apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers: []
  initContainers:
  - image: reg/my
`,
  },
  {
    name: "images through configurations reach custom fields but never create",
    k: `images:
- name: nginx
  newTag: "2"
`,
    configs: [`images:
- path: spec/runLatest/container/image
  kind: Service
- path: spec/build/image
  create: true
`],
    plugins: [],
    res: `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: s
spec:
  runLatest:
    container:
      image: nginx:1
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
spec:
  build: {}
`,
    expect: `apiVersion: serving.knative.dev/v1
kind: Service
metadata:
  name: s
spec:
  runLatest:
    container:
      image: nginx:2
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
spec:
  build: {}
`,
  },
  {
    name: "images on a map image fail",
    k: `images:
- name: nginx
  newTag: "2"
`,
    configs: [],
    plugins: [],
    res: `apiVersion: v1
kind: Pod
metadata:
  name: p
spec:
  containers:
  - image: {a: b}
`,
    error: "wrong node kind: expected ScalarNode but got MappingNode",
  },
  {
    name: "replicas match original, intermediate and current names and create the field",
    k: `namePrefix: p-
replicas:
- name: web
  count: 3
- name: p-sts
  count: 2
- name: rs
  count: 0
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: sts
spec:
  replicas: 1
---
apiVersion: extensions/v1beta1
kind: ReplicaSet
metadata:
  name: rs
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: web
`,
    expect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: p-web
spec:
  replicas: 3
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: p-sts
spec:
  replicas: 2
---
apiVersion: extensions/v1beta1
kind: ReplicaSet
metadata:
  name: p-rs
spec:
  replicas: 0
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: p-web
`,
  },
  {
    name: "replicas matching nothing fail",
    k: `replicas:
- name: nope
  count: 3
`,
    configs: [],
    plugins: [],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
`,
    error: "resource with name nope does not match a config with the following GVK \\[Deployment.\\[noVer\\].\\[noGrp\\] StatefulSet.\\[noVer\\].\\[noGrp\\] ReplicaSet.\\[noVer\\].\\[noGrp\\] ReplicationController.\\[noVer\\].\\[noGrp\\]\\]",
  },
  {
    name: "replicas through configurations reach custom kinds",
    k: `replicas:
- name: w
  count: 5
`,
    configs: [`replicas:
- path: spec/size
  kind: Widget
  create: true
`],
    plugins: [],
    res: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
`,
    expect: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  size: 5
`,
  },
  {
    name: "a configuration spec for one kind replaces the wildcard default it overlaps",
    k: `namePrefix: p-
`,
    configs: [`namePrefix:
- path: metadata/name
  kind: Widget
- path: metadata/name
`],
    plugins: [],
    res: `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
`,
    expect: `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
---
apiVersion: example.com/v1
kind: Widget
metadata:
  name: p-w
`,
  },
  {
    name: "a configuration spec conflicting with a default on create fails",
    k: `commonLabels: {a: b}
`,
    configs: [`commonLabels:
- path: metadata/labels
  create: false
`],
    plugins: [],
    res: `apiVersion: v1
kind: ConfigMap
metadata:
  name: c
`,
    error: "conflicting fieldspecs",
  },
  {
    name: "NamespaceTransformer plugin with allServiceAccounts and unsetOnly",
    k: ``,
    configs: [],
    plugins: [`apiVersion: builtin
kind: NamespaceTransformer
metadata:
  name: ns
  namespace: team
unsetOnly: true
setRoleBindingSubjects: allServiceAccounts
fieldSpecs:
- path: metadata/name
  kind: Namespace
  create: true
`],
    res: `apiVersion: v1
kind: ConfigMap
metadata:
  name: keep
  namespace: mine
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: fill
---
apiVersion: v1
kind: Namespace
metadata:
  name: named
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
subjects:
- kind: ServiceAccount
  name: a
- kind: ServiceAccount
  name: b
  namespace: there
- kind: User
  name: default
`,
    expect: `apiVersion: v1
kind: ConfigMap
metadata:
  name: keep
  namespace: mine
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: fill
  namespace: team
---
apiVersion: v1
kind: Namespace
metadata:
  name: named
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: rb
  namespace: team
subjects:
- kind: ServiceAccount
  name: a
  namespace: team
- kind: ServiceAccount
  name: b
  namespace: there
- kind: User
  name: default
`,
  },
  {
    name: "NamespaceTransformer plugin with no subjects",
    k: ``,
    configs: [],
    plugins: [`apiVersion: builtin
kind: NamespaceTransformer
metadata:
  name: ns
  namespace: team
setRoleBindingSubjects: none
`],
    res: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
subjects:
- kind: ServiceAccount
  name: default
`,
    expect: `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: crb
subjects:
- kind: ServiceAccount
  name: default
`,
  },
  {
    name: "PrefixSuffixTransformer and LabelTransformer plugins use only their own field specs",
    k: ``,
    configs: [],
    plugins: [`apiVersion: builtin
kind: PrefixSuffixTransformer
metadata:
  name: x
prefix: pre-
suffix: -suf
fieldSpecs:
- path: metadata/name
  kind: Deployment
  name: ignored
`, `apiVersion: builtin
kind: LabelTransformer
metadata:
  name: l
labels:
  team: a
fieldSpecs:
- path: spec/template/metadata/labels
  kind: Deployment
  create: true
`, `apiVersion: builtin
kind: AnnotationsTransformer
metadata:
  name: a
annotations:
  note: x
fieldSpecs:
- path: metadata/annotations
  kind: Service
  create: true
`],
    res: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: d
---
apiVersion: v1
kind: Service
metadata:
  name: s
`,
    expect: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: pre-d-suf
spec:
  template:
    metadata:
      labels:
        team: a
---
apiVersion: v1
kind: Service
metadata:
  annotations:
    note: x
  name: s
`,
  },
  {
    name: "ImageTagTransformer and ReplicaCountTransformer plugins",
    k: ``,
    configs: [],
    plugins: [`apiVersion: builtin
kind: ImageTagTransformer
metadata:
  name: i
imageTag:
  name: nginx
  newTag: "9"
fieldSpecs:
- path: spec/image
  kind: Widget
`, `apiVersion: builtin
kind: ReplicaCountTransformer
metadata:
  name: r
replica:
  name: w
  count: 4
fieldSpecs:
- path: spec/count
  kind: Widget
  create: true
`],
    res: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  image: nginx:1
  containers:
  - image: nginx
`,
    expect: `apiVersion: example.com/v1
kind: Widget
metadata:
  name: w
spec:
  containers:
  - image: nginx:9
  count: 4
  image: nginx:9
`,
  },
];
