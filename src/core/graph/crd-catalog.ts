/**
 * Well-known Helm charts → the custom resource types they install, as `group` (every kind of the group) or
 * `group/Kind`. gitops-gate never renders charts, so this table is how it knows that, say, an
 * IPAddressPool needs the `metallb` Application to have synced first. Only what a chart installs with its
 * default values is listed: a wrong entry would invent an ordering fault. The config adds more
 * (`crdProviders`).
 */
export const BUILTIN_CRD_PROVIDERS: Readonly<Record<string, readonly string[]>> = {
  metallb: ['metallb.io'],
  traefik: ['traefik.io', 'traefik.containo.us', 'hub.traefik.io'],
  'traefik-crds': ['traefik.io', 'traefik.containo.us', 'hub.traefik.io', 'gateway.networking.k8s.io'],
  'cert-manager': ['cert-manager.io', 'acme.cert-manager.io'],
  'trust-manager': ['trust.cert-manager.io'],
  'cert-manager-approver-policy': ['policy.cert-manager.io'],
  'argo-cd': ['argoproj.io/Application', 'argoproj.io/ApplicationSet', 'argoproj.io/AppProject'],
  'argo-rollouts': [
    'argoproj.io/Rollout',
    'argoproj.io/AnalysisTemplate',
    'argoproj.io/ClusterAnalysisTemplate',
    'argoproj.io/AnalysisRun',
    'argoproj.io/Experiment',
  ],
  'argo-workflows': [
    'argoproj.io/Workflow',
    'argoproj.io/WorkflowTemplate',
    'argoproj.io/ClusterWorkflowTemplate',
    'argoproj.io/CronWorkflow',
    'argoproj.io/WorkflowEventBinding',
    'argoproj.io/WorkflowTaskSet',
    'argoproj.io/WorkflowArtifactGCTask',
    'argoproj.io/WorkflowTaskResult',
  ],
  'argo-events': ['argoproj.io/EventBus', 'argoproj.io/EventSource', 'argoproj.io/Sensor'],
  'kube-prometheus-stack': ['monitoring.coreos.com'],
  'prometheus-operator-crds': ['monitoring.coreos.com'],
  'kube-prometheus': ['monitoring.coreos.com'],
  'victoria-metrics-operator': ['operator.victoriametrics.com'],
  'victoria-metrics-k8s-stack': ['operator.victoriametrics.com'],
  'sealed-secrets': ['bitnami.com'],
  'external-secrets': ['external-secrets.io', 'generators.external-secrets.io'],
  longhorn: ['longhorn.io'],
  cilium: ['cilium.io'],
  'gateway-api': ['gateway.networking.k8s.io'],
  'gateway-api-crds': ['gateway.networking.k8s.io'],
  'gateway-helm': ['gateway.envoyproxy.io', 'gateway.networking.k8s.io'],
  kyverno: ['kyverno.io', 'wgpolicyk8s.io', 'reports.kyverno.io'],
  'cloudnative-pg': ['postgresql.cnpg.io'],
  'rook-ceph': ['ceph.rook.io', 'objectbucket.io'],
  velero: ['velero.io'],
  keda: ['keda.sh', 'eventing.keda.sh'],
  'istio-base': ['networking.istio.io', 'security.istio.io', 'telemetry.istio.io', 'extensions.istio.io'],
  'snapshot-controller': ['snapshot.storage.k8s.io', 'groupsnapshot.storage.k8s.io'],
  volsync: ['volsync.backube'],
  'grafana-operator': ['grafana.integreatly.org'],
  'opentelemetry-operator': ['opentelemetry.io'],
  'vault-secrets-operator': ['secrets.hashicorp.com'],
  'tigera-operator': ['operator.tigera.io', 'crd.projectcalico.org'],
  crossplane: ['pkg.crossplane.io', 'apiextensions.crossplane.io'],
  'strimzi-kafka-operator': ['kafka.strimzi.io', 'core.strimzi.io'],
  'mariadb-operator': ['k8s.mariadb.com'],
  'mariadb-operator-crds': ['k8s.mariadb.com'],
  'dragonfly-operator': ['dragonflydb.io'],
  'node-feature-discovery': ['nfd.k8s-sigs.io'],
  'gpu-operator': ['nvidia.com'],
  'tailscale-operator': ['tailscale.com'],
  'gha-runner-scale-set-controller': ['actions.github.com'],
  'actions-runner-controller': ['actions.summerwind.dev'],
  'eck-operator': ['elasticsearch.k8s.elastic.co', 'kibana.k8s.elastic.co', 'apm.k8s.elastic.co', 'beat.k8s.elastic.co', 'agent.k8s.elastic.co'],
  'postgres-operator': ['acid.zalan.do'],
  'linkerd-crds': ['linkerd.io', 'policy.linkerd.io'],
  contour: ['projectcontour.io'],
  kong: ['configuration.konghq.com'],
  'minio-operator': ['minio.min.io', 'sts.min.io'],
  k8up: ['k8up.io'],
  'fluent-operator': ['fluentbit.fluent.io', 'fluentd.fluent.io'],
  'emqx-operator': ['apps.emqx.io'],
  flux2: [
    'source.toolkit.fluxcd.io',
    'kustomize.toolkit.fluxcd.io',
    'helm.toolkit.fluxcd.io',
    'notification.toolkit.fluxcd.io',
    'image.toolkit.fluxcd.io',
  ],
  'flux-operator': ['fluxcd.controlplane.io'],
  'system-upgrade-controller': ['upgrade.cattle.io'],
  'external-dns': ['externaldns.k8s.io'],
  'cnpg-barman-cloud': ['barmancloud.cnpg.io'],
  'plugin-barman-cloud': ['barmancloud.cnpg.io'],
  multus: ['k8s.cni.cncf.io'],
  topolvm: ['topolvm.io', 'topolvm.cybozu.com'],
  openebs: ['openebs.io', 'zfs.openebs.io', 'local.openebs.io'],
  kubevirt: ['kubevirt.io'],
};

/** Charts that create a Service of type LoadBalancer with their default values. */
export const LOAD_BALANCER_CONSUMERS: Readonly<Record<string, readonly string[]>> = {
  // chart → the value paths that set that Service's type
  traefik: ['service.type'],
  'ingress-nginx': ['controller.service.type'],
};

/** Charts that hand out LoadBalancer addresses on bare metal. */
export const LOAD_BALANCER_PROVIDERS: readonly string[] = ['metallb', 'kube-vip', 'kube-vip-cloud-provider', 'purelb'];

/** Kinds whose objects are the address pools a LoadBalancer Service draws from. */
export const ADDRESS_POOL_KINDS: ReadonlyArray<{ group: string; kind: string }> = [
  { group: 'metallb.io', kind: 'IPAddressPool' },
  { group: 'cilium.io', kind: 'CiliumLoadBalancerIPPool' },
];

/** The API groups that come with Kubernetes itself: their kinds never wait for a CRD. */
export const BUILTIN_API_GROUPS: ReadonlySet<string> = new Set([
  '',
  'apps',
  'batch',
  'autoscaling',
  'policy',
  'extensions',
  'networking.k8s.io',
  'rbac.authorization.k8s.io',
  'storage.k8s.io',
  'apiextensions.k8s.io',
  'admissionregistration.k8s.io',
  'scheduling.k8s.io',
  'coordination.k8s.io',
  'node.k8s.io',
  'discovery.k8s.io',
  'certificates.k8s.io',
  'flowcontrol.apiserver.k8s.io',
  'events.k8s.io',
  'apiregistration.k8s.io',
  'authentication.k8s.io',
  'authorization.k8s.io',
  'resource.k8s.io',
  'internal.apiserver.k8s.io',
  'storagemigration.k8s.io',
  'metrics.k8s.io',
]);

/**
 * The catalog merged with the config's additions (which win for a chart they name). Chart names are
 * matched case-insensitively on the chart's last path segment, so `oci://ghcr.io/x/charts/metallb` and
 * `bitnami/metallb` are both `metallb`.
 */
export function mergeCatalog(extra?: Record<string, string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [chart, groups] of Object.entries(BUILTIN_CRD_PROVIDERS)) out.set(chart.toLowerCase(), [...groups]);
  for (const [chart, groups] of Object.entries(extra ?? {})) out.set(chartKey(chart), [...groups]);
  return out;
}

export function chartKey(chart: string): string {
  const trimmed = chart.trim().replace(/\/+$/, '');
  const last = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return last.replace(/:[^:]*$/, '').toLowerCase();
}

/** Whether a catalog entry (`group` or `group/Kind`) covers group/kind. */
export function entryCovers(entry: string, group: string, kind: string): boolean {
  const slash = entry.indexOf('/');
  if (slash < 0) return entry === group;
  return entry.slice(0, slash) === group && entry.slice(slash + 1) === kind;
}

/**
 * Charts whose CRDs depend on a value: provider only when one of the paths is true, or — none set — when
 * `byDefault` (cert-manager installs no CRDs unless asked).
 */
export const CRD_VALUE_TOGGLES: Readonly<Record<string, { paths: readonly string[]; byDefault: boolean }>> = {
  'cert-manager': { paths: ['crds.enabled', 'installCRDs'], byDefault: false },
  'kube-prometheus-stack': { paths: ['crds.enabled'], byDefault: true },
  'external-secrets': { paths: ['installCRDs'], byDefault: true },
  metallb: { paths: ['crds.enabled'], byDefault: true },
  kyverno: { paths: ['crds.install'], byDefault: true },
  'argo-cd': { paths: ['crds.install'], byDefault: true },
  'cloudnative-pg': { paths: ['crds.create'], byDefault: true },
  'rook-ceph': { paths: ['crds.enabled'], byDefault: true },
  keda: { paths: ['crds.install'], byDefault: true },
};

/** Charts that ship their CRDs in Helm's `crds/` directory, which `skipCrds` / `install.crds: Skip` leave out. */
export const CRDS_DIRECTORY_CHARTS: ReadonlySet<string> = new Set([
  'traefik',
  'traefik-crds',
  'grafana-operator',
  'gateway-helm',
  'prometheus-operator-crds',
  'victoria-metrics-operator',
  'opentelemetry-operator',
  'tigera-operator',
  'crossplane',
  'strimzi-kafka-operator',
  'vault-secrets-operator',
]);
