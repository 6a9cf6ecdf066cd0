// Strategic merge patch: every `expect` below is what `kubectl kustomize` (Kustomize v5.5.0) produced for
// the same resource and patch given as `patches: [{path: patch.yaml}]`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { strategicMerge } from '../../src/core/kustomize/strategic-merge.ts';
import { MergeSchema } from '../../src/core/kustomize/merge-schema.ts';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import { cloneJson, isJsonObject, type JsonObject, type JsonValue } from '../../src/core/model/json.ts';

interface Row {
  name: string;
  /** Where the snippets sit: a Deployment's pod spec, a custom resource's spec, a Service's spec, or whole. */
  in?: 'pod' | 'cr' | 'service';
  original: string;
  patch: string;
  expect: string | null | { error: string };
}

function wrap(where: Row['in'], snippet: JsonValue): JsonObject {
  const obj = snippet as JsonObject;
  switch (where) {
    case 'pod':
      return { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'd' }, spec: { template: { spec: obj } } };
    case 'cr':
      return { apiVersion: 'example.com/v1', kind: 'Foo', metadata: { name: 'd' }, spec: obj };
    case 'service':
      return { apiVersion: 'v1', kind: 'Service', metadata: { name: 'd' }, spec: obj };
    default:
      return obj;
  }
}

function podSpec(resource: JsonObject | null): JsonValue | undefined {
  const spec = resource?.['spec'];
  const template = isJsonObject(spec) ? spec['template'] : undefined;
  return isJsonObject(template) ? template['spec'] : undefined;
}

function merge(original: JsonObject, patch: JsonObject, schema = MergeSchema.builtin()): JsonObject | null {
  return strategicMerge(original, patch, {
    schema,
    apiVersion: String(original['apiVersion']),
    kind: String(original['kind']),
  });
}

const rows: Row[] = [
  {
    name: 'containers merge order',
    in: 'pod',
    original: '{ containers: [ { name: a, image: a }, { name: b, image: b } ] }',
    patch: '{ containers: [ { name: c, image: c }, { name: b, image: b2 } ] }',
    expect: '{ containers: [ { image: c, name: c }, { image: b2, name: b }, { image: a, name: a } ] }',
  },
  {
    name: 'unnamed patch element',
    in: 'pod',
    original: '{ containers: [ { name: a }, { name: b } ] }',
    patch: '{ containers: [ { image: foo } ] }',
    expect: '{ containers: [] }',
  },
  {
    name: 'unnamed original element',
    in: 'pod',
    original: '{ containers: [ { name: a }, { image: x }, { name: b } ] }',
    patch: '{ containers: [ { name: a, image: y } ] }',
    expect: '{ containers: [ { image: x } ] }',
  },
  {
    name: 'replace element in empty',
    in: 'pod',
    original: '{ hostname: x }',
    patch: '{ volumes: [ { $patch: replace }, { name: v3 } ] }',
    expect: '{ hostname: x, volumes: [ { $patch: replace } ] }',
  },
  {
    name: 'empty map element dropped',
    in: 'pod',
    original: '{ volumes: [ { name: v1 }, {}, { name: v2 } ] }',
    patch: '{ volumes: [ { name: v1, emptyDir: {} } ] }',
    expect: '{ volumes: [ { emptyDir: {}, name: v1 } ] }',
  },
  {
    name: 'unknown list directive',
    in: 'pod',
    original: '{ volumes: [ { name: v1 } ] }',
    patch: '{ volumes: [ { $patch: foo } ] }',
    expect: { error: "unknown patch strategy 'foo'" },
  },
  {
    name: 'map for list',
    in: 'pod',
    original: '{ volumes: [ { name: v1 } ] }',
    patch: '{ volumes: { $patch: delete } }',
    expect: { error: 'wrong node kind: expected SequenceNode but got MappingNode' },
  },
  {
    name: 'unknown map directive',
    in: 'pod',
    original: '{ volumes: [ { name: v1 } ] }',
    patch: '{ $patch: foo }',
    expect: { error: "unknown patch strategy 'foo'" },
  },
  {
    name: 'element replace w/ keys',
    in: 'pod',
    original: '{ volumes: [ { name: v1 }, { name: v2 } ] }',
    patch: '{ volumes: [ { name: v1, $patch: replace, x: 1 }, { name: v2, $patch: merge } ] }',
    expect: '{ volumes: [ { name: v1 }, { name: v2 } ] }',
  },
  {
    name: 'list replace',
    in: 'pod',
    original: '{ volumes: [ { name: v1 }, { name: v2 } ] }',
    patch: '{ volumes: [ { $patch: replace }, { name: v3, emptyDir: {} } ] }',
    expect: '{ volumes: [ { emptyDir: {}, name: v3 } ] }',
  },
  {
    name: 'list delete',
    in: 'pod',
    original: '{ volumes: [ { name: v1 }, { name: v2 } ], hostname: h }',
    patch: '{ volumes: [ { $patch: delete } ] }',
    expect: '{ hostname: h }',
  },
  {
    name: 'element delete',
    in: 'pod',
    original: '{ containers: [ { name: a }, { name: b }, { name: c } ] }',
    patch: '{ containers: [ { name: b, $patch: delete } ] }',
    expect: '{ containers: [ { name: a }, { name: c } ] }',
  },
  {
    name: 'element delete missing',
    in: 'pod',
    original: '{ containers: [ { name: a } ] }',
    patch: '{ containers: [ { name: z, $patch: delete } ] }',
    expect: '{ containers: [ { name: a } ] }',
  },
  {
    name: 'ports multikey',
    in: 'pod',
    original: '{ containers: [ { name: a, ports: [ { containerPort: 80 }, { containerPort: 81, protocol: UDP } ] } ] }',
    patch: '{ containers: [ { name: a, ports: [ { containerPort: 80, name: http }, { containerPort: 81, protocol: TCP } ] } ] }',
    expect: '{ containers: [ { name: a, ports: [ { containerPort: 81, protocol: TCP }, { containerPort: 80, name: http }, { containerPort: 81, protocol: UDP } ] } ] }',
  },
  {
    name: 'ports protocol fill',
    in: 'pod',
    original: '{ containers: [ { name: a, ports: [ { containerPort: 80, protocol: TCP }, { containerPort: 90 } ] } ] }',
    patch: '{ containers: [ { name: a, ports: [ { containerPort: 80, name: http }, { containerPort: 90, protocol: UDP } ] } ] }',
    expect: '{ containers: [ { name: a, ports: [ { containerPort: 80, protocol: TCP }, { containerPort: 90 } ] } ] }',
  },
  {
    name: 'ports same',
    in: 'pod',
    original: '{ containers: [ { name: a, ports: [ { containerPort: 80, protocol: TCP, name: x } ] } ] }',
    patch: '{ containers: [ { name: a, ports: [ { containerPort: 80, protocol: TCP, name: y } ] } ] }',
    expect: '{ containers: [ { name: a, ports: [ { containerPort: 80, name: y, protocol: TCP } ] } ] }',
  },
  {
    name: 'env merge + null',
    in: 'pod',
    original: '{ containers: [ { name: a, env: [ { name: A, value: "1" }, { name: B, valueFrom: { fieldRef: { fieldPath: x } } } ] } ] }',
    patch: '{ containers: [ { name: a, env: [ { name: B, value: "2", valueFrom: null }, { name: C, value: "3" } ] } ] }',
    expect: '{ containers: [ { env: [ { name: B, value: "2" }, { name: C, value: "3" }, { name: A, value: "1" } ], name: a } ] }',
  },
  {
    name: 'envFrom replace',
    in: 'pod',
    original: '{ containers: [ { name: a, envFrom: [ { configMapRef: { name: x } } ] } ] }',
    patch: '{ containers: [ { name: a, envFrom: [ { secretRef: { name: y } } ] } ] }',
    expect: '{ containers: [ { envFrom: [ { secretRef: { name: y } } ], name: a } ] }',
  },
  {
    name: 'volumeMounts',
    in: 'pod',
    original: '{ containers: [ { name: a, volumeMounts: [ { name: v, mountPath: /a }, { name: w, mountPath: /b } ] } ] }',
    patch: '{ containers: [ { name: a, volumeMounts: [ { name: v2, mountPath: /a }, { mountPath: /b, $patch: delete } ] } ] }',
    expect: '{ containers: [ { name: a, volumeMounts: [ { mountPath: /a, name: v2 } ] } ] }',
  },
  {
    name: 'args replace',
    in: 'pod',
    original: '{ containers: [ { name: a, args: [ x, y ] } ] }',
    patch: '{ containers: [ { name: a, args: [ z ] } ] }',
    expect: '{ containers: [ { args: [ z ], name: a } ] }',
  },
  {
    name: 'emptyDir to pvc null',
    in: 'pod',
    original: '{ volumes: [ { name: v, emptyDir: {} } ] }',
    patch: '{ volumes: [ { name: v, emptyDir: null, persistentVolumeClaim: { claimName: c } } ] }',
    expect: '{ volumes: [ { name: v, persistentVolumeClaim: { claimName: c } } ] }',
  },
  {
    name: 'tolerations replace',
    in: 'pod',
    original: '{ tolerations: [ { key: a, operator: Exists } ] }',
    patch: '{ tolerations: [ { key: b, operator: Exists } ] }',
    expect: '{ tolerations: [ { key: b, operator: Exists } ] }',
  },
  {
    name: 'topology spread',
    in: 'pod',
    original: '{ topologySpreadConstraints: [ { topologyKey: zone, whenUnsatisfiable: DoNotSchedule, maxSkew: 1 }, { topologyKey: host, whenUnsatisfiable: ScheduleAnyway, maxSkew: 1 } ] }',
    patch: '{ topologySpreadConstraints: [ { topologyKey: zone, whenUnsatisfiable: DoNotSchedule, maxSkew: 2 }, { topologyKey: zone, whenUnsatisfiable: ScheduleAnyway, maxSkew: 3 } ] }',
    expect: '{ topologySpreadConstraints: [ { maxSkew: 3, topologyKey: zone, whenUnsatisfiable: ScheduleAnyway }, { maxSkew: 2, topologyKey: zone, whenUnsatisfiable: DoNotSchedule }, { maxSkew: 1, topologyKey: host, whenUnsatisfiable: ScheduleAnyway } ] }',
  },
  {
    name: 'imagePullSecrets',
    in: 'pod',
    original: '{ imagePullSecrets: [ { name: a } ] }',
    patch: '{ imagePullSecrets: [ { name: b } ] }',
    expect: '{ imagePullSecrets: [ { name: b }, { name: a } ] }',
  },
  {
    name: 'hostAliases',
    in: 'pod',
    original: '{ hostAliases: [ { ip: 1.1.1.1, hostnames: [ a ] } ] }',
    patch: '{ hostAliases: [ { ip: 1.1.1.1, hostnames: [ b ] }, { ip: 2.2.2.2, hostnames: [ c ] } ] }',
    expect: '{ hostAliases: [ { hostnames: [ b ], ip: 1.1.1.1 }, { hostnames: [ c ], ip: 2.2.2.2 } ] }',
  },
  {
    name: 'schedulingGates replace',
    in: 'pod',
    original: '{ schedulingGates: [ { name: a } ] }',
    patch: '{ schedulingGates: [ { name: b } ] }',
    expect: '{ schedulingGates: [ { name: b } ] }',
  },
  {
    name: 'initContainers',
    in: 'pod',
    original: '{ initContainers: [ { name: i, image: x } ], containers: [ { name: a } ] }',
    patch: '{ initContainers: [ { name: i, image: y }, { name: j, image: z } ] }',
    expect: '{ containers: [ { name: a } ], initContainers: [ { image: y, name: i }, { image: z, name: j } ] }',
  },
  {
    name: 'map null delete',
    in: 'pod',
    original: '{ nodeSelector: { a: "1", b: "2" } }',
    patch: '{ nodeSelector: { a: null, c: "3" } }',
    expect: '{ nodeSelector: { b: "2", c: "3" } }',
  },
  {
    name: 'map replace',
    in: 'pod',
    original: '{ nodeSelector: { a: "1", b: "2" } }',
    patch: '{ nodeSelector: { $patch: replace, c: "3" } }',
    expect: '{ nodeSelector: { c: "3" } }',
  },
  {
    name: 'map delete',
    in: 'pod',
    original: '{ nodeSelector: { a: "1", b: "2" }, hostname: x }',
    patch: '{ nodeSelector: { $patch: delete } }',
    expect: '{ hostname: x }',
  },
  {
    name: 'new map with directives',
    in: 'pod',
    original: '{ hostname: x }',
    patch: '{ nodeSelector: { $patch: replace, c: "3", d: null }, affinity: { $patch: delete, x: 1 } }',
    expect: '{ hostname: x, nodeSelector: { c: "3" } }',
  },
  {
    name: 'scalar vs map',
    in: 'pod',
    original: '{ hostname: x }',
    patch: '{ hostname: { a: 1 } }',
    expect: { error: 'wrong node kind: expected ScalarNode but got MappingNode' },
  },
  {
    name: 'map vs scalar',
    in: 'pod',
    original: '{ nodeSelector: { a: "1" } }',
    patch: '{ nodeSelector: x }',
    expect: { error: 'wrong node kind: expected MappingNode but got ScalarNode' },
  },
  {
    name: 'list vs scalar',
    in: 'pod',
    original: '{ containers: [ { name: a } ] }',
    patch: '{ containers: x }',
    expect: { error: 'wrong node kind: expected SequenceNode but got ScalarNode' },
  },
  {
    name: 'null list',
    in: 'pod',
    original: '{ containers: [ { name: a } ], hostname: x }',
    patch: '{ containers: null }',
    expect: '{ hostname: x }',
  },
  {
    name: 'primitive elements in keyed list',
    in: 'pod',
    original: '{ containers: [ { name: a } ] }',
    patch: '{ containers: [ a, b ] }',
    expect: '{ containers: [] }',
  },
  {
    name: 'setElementOrder leaks',
    in: 'pod',
    original: '{ containers: [ { name: a }, { name: b } ] }',
    patch: '{ $setElementOrder/containers: [ { name: b }, { name: a } ], containers: [ { name: a, image: x } ] }',
    expect: '{ $setElementOrder/containers: [ { name: b }, { name: a } ], containers: [ { image: x, name: a }, { name: b } ] }',
  },
  {
    name: 'cr list replace',
    in: 'cr',
    original: '{ items: [ { name: a, v: 1 }, { name: b } ] }',
    patch: '{ items: [ { name: b, v: 2, z: null, $patch: delete } ] }',
    expect: '{ items: [ { $patch: delete, name: b, v: 2, z: null } ] }',
  },
  {
    name: 'cr map merge',
    in: 'cr',
    original: '{ m: { a: 1, b: { c: 2 } } }',
    patch: '{ m: { b: { c: null, d: 3 }, e: [ 1 ] } }',
    expect: '{ m: { a: 1, b: { d: 3 }, e: [ 1 ] } }',
  },
  {
    name: 'cr nested deployment',
    in: 'cr',
    original: '{ x: { apiVersion: apps/v1, kind: Deployment, spec: { template: { spec: { containers: [ { name: a }, { name: b } ] } } } } }',
    patch: '{ x: { spec: { template: { spec: { containers: [ { name: b, image: q } ] } } } } }',
    expect: '{ x: { apiVersion: apps/v1, kind: Deployment, spec: { template: { spec: { containers: [ { image: q, name: b }, { name: a } ] } } } } }',
  },
  {
    name: 'service ports',
    in: 'service',
    original: '{ ports: [ { port: 80, targetPort: 8080, name: http }, { port: 443, protocol: TCP, name: https } ] }',
    patch: '{ ports: [ { port: 80, targetPort: 9090 }, { port: 443, protocol: UDP, name: quic } ] }',
    expect: '{ ports: [ { name: quic, port: 443, protocol: UDP }, { name: http, port: 80, targetPort: 9090 }, { name: https, port: 443, protocol: TCP } ] }',
  },
  {
    name: 'service ports no protocol',
    in: 'service',
    original: '{ ports: [ { port: 80, protocol: TCP, name: a }, { port: 80, protocol: UDP, name: b } ] }',
    patch: '{ ports: [ { port: 80, name: c } ] }',
    expect: '{ ports: [ { name: a, port: 80, protocol: TCP }, { name: b, port: 80, protocol: UDP } ] }',
  },
  {
    name: 'finalizers primitive',
    original: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d, finalizers: [ a, b, c ] } }',
    patch: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d, finalizers: [ c, x, a ] } }',
    expect: '{ apiVersion: apps/v1, kind: Deployment, metadata: { finalizers: [ c, x, a, b ], name: d } }',
  },
  {
    name: 'ownerReferences',
    original: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d, ownerReferences: [ { uid: "1", name: a }, { uid: "2", name: b } ] } }',
    patch: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d, ownerReferences: [ { uid: "2", name: c }, { uid: "3", name: x } ] } }',
    expect: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d, ownerReferences: [ { name: c, uid: "2" }, { name: x, uid: "3" }, { name: a, uid: "1" } ] } }',
  },
  {
    name: 'root delete',
    original: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d } }',
    patch: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d }, $patch: delete }',
    expect: null,
  },
  {
    name: 'root replace',
    original: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d, labels: { a: b } }, spec: { replicas: 1 } }',
    patch: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d }, $patch: replace, spec: { paused: true } }',
    expect: '{ apiVersion: apps/v1, kind: Deployment, metadata: { labels: { a: b }, name: d }, spec: { replicas: 1 } }',
  },
  {
    name: 'null kept',
    original: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d, creationTimestamp: null }, spec: { replicas: 1, x: null } }',
    patch: '{ apiVersion: apps/v1, kind: Deployment, metadata: { name: d }, spec: { replicas: 2 } }',
    expect: '{ apiVersion: apps/v1, kind: Deployment, metadata: { creationTimestamp: null, name: d }, spec: { replicas: 2, x: null } }',
  },
  {
    name: 'webhooks',
    original: '{ apiVersion: admissionregistration.k8s.io/v1, kind: ValidatingWebhookConfiguration, metadata: { name: w }, webhooks: [ { name: a, sideEffects: None }, { name: b } ] }',
    patch: '{ apiVersion: admissionregistration.k8s.io/v1, kind: ValidatingWebhookConfiguration, metadata: { name: w }, webhooks: [ { name: a, failurePolicy: Ignore } ] }',
    expect: '{ apiVersion: admissionregistration.k8s.io/v1, kind: ValidatingWebhookConfiguration, metadata: { name: w }, webhooks: [ { failurePolicy: Ignore, name: a, sideEffects: None }, { name: b } ] }',
  },
  {
    name: 'hpa v2 replace',
    original: '{ apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler, metadata: { name: h, finalizers: [ a ] }, spec: { metrics: [ { type: Resource } ] } }',
    patch: '{ apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler, metadata: { name: h, finalizers: [ b ] }, spec: { metrics: [ { type: Pods } ] } }',
    expect: '{ apiVersion: autoscaling/v2, kind: HorizontalPodAutoscaler, metadata: { finalizers: [ b ], name: h }, spec: { metrics: [ { type: Pods } ] } }',
  },
  {
    name: 'cronjob',
    original: '{ apiVersion: batch/v1, kind: CronJob, metadata: { name: c }, spec: { jobTemplate: { spec: { template: { spec: { containers: [ { name: a, image: a }, { name: b } ] } } } } } }',
    patch: '{ apiVersion: batch/v1, kind: CronJob, metadata: { name: c }, spec: { jobTemplate: { spec: { template: { spec: { containers: [ { name: a, image: z } ] } } } } } }',
    expect: '{ apiVersion: batch/v1, kind: CronJob, metadata: { name: c }, spec: { jobTemplate: { spec: { template: { spec: { containers: [ { image: z, name: a }, { name: b } ] } } } } } }',
  },
  {
    name: 'statefulset vct',
    original: '{ apiVersion: apps/v1, kind: StatefulSet, metadata: { name: s }, spec: { volumeClaimTemplates: [ { metadata: { name: a }, spec: { x: 1 } }, { metadata: { name: b } } ], template: { spec: { containers: [ { name: a } ] } } } }',
    patch: '{ apiVersion: apps/v1, kind: StatefulSet, metadata: { name: s }, spec: { volumeClaimTemplates: [ { metadata: { name: a }, spec: { y: 1 } } ] } }',
    expect: '{ apiVersion: apps/v1, kind: StatefulSet, metadata: { name: s }, spec: { template: { spec: { containers: [ { name: a } ] } }, volumeClaimTemplates: [ { metadata: { name: a }, spec: { y: 1 } } ] } }',
  },
  {
    name: 'new map invalid directive',
    in: 'pod',
    original: '{ hostname: x }',
    patch: '{ nodeSelector: { $patch: foo, a: b } }',
    expect: '{ hostname: x, nodeSelector: { $patch: foo, a: b } }',
  },
  {
    name: 'new list with delete element',
    in: 'pod',
    original: '{ hostname: x }',
    patch: '{ containers: [ { name: a, $patch: delete }, { name: b } ] }',
    expect: '{ containers: [ { name: b } ], hostname: x }',
  },
  {
    name: 'new list nested nulls',
    in: 'pod',
    original: '{ hostname: x }',
    patch: '{ containers: [ { name: a, image: null, env: [ { name: x, value: null } ] } ] }',
    expect: '{ containers: [ { env: [ { name: x } ], name: a } ], hostname: x }',
  },
  {
    name: 'duplicate names in original',
    in: 'pod',
    original: '{ containers: [ { name: a, image: 1 }, { name: a, image: 2 } ] }',
    patch: '{ containers: [ { name: a, image: 3 } ] }',
    expect: '{ containers: [ { image: 2, name: a } ] }',
  },
  {
    name: 'numeric key strings',
    in: 'service',
    original: '{ ports: [ { port: 80, name: a } ] }',
    patch: '{ ports: [ { port: "80", name: b } ] }',
    expect: '{ ports: [ { name: b, port: "80" } ] }',
  },
  {
    name: 'env null value',
    in: 'pod',
    original: '{ containers: [ { name: a, env: [ { name: X, value: "1" } ] } ] }',
    patch: '{ containers: [ { name: a, env: null } ] }',
    expect: '{ containers: [ { name: a } ] }',
  },
  {
    name: 'patch empty list',
    in: 'pod',
    original: '{ containers: [ { name: a } ] }',
    patch: '{ containers: [] }',
    expect: '{ containers: [ { name: a } ] }',
  },
  {
    name: 'orig empty list',
    in: 'pod',
    original: '{ containers: [] }',
    patch: '{ containers: [ { name: a } ] }',
    expect: '{ containers: [ { name: a } ] }',
  },
  {
    name: 'volumes retainKeys directive',
    in: 'pod',
    original: '{ volumes: [ { name: v, emptyDir: {} } ] }',
    patch: '{ volumes: [ { name: v, $retainKeys: [ name, configMap ], configMap: { name: c } } ] }',
    expect: '{ volumes: [ { $retainKeys: [ name, configMap ], configMap: { name: c }, emptyDir: {}, name: v } ] }',
  },
];

for (const row of rows) {
  test(`strategic merge: ${row.name}`, () => {
    const original = wrap(row.in, parse(row.original));
    const patch = wrap(row.in, parse(row.patch));
    if (row.expect !== null && typeof row.expect === 'object') {
      const phrase = row.expect.error;
      assert.throws(() => merge(original, patch), (e: unknown) => e instanceof KustomizeError && e.message.includes(phrase));
      return;
    }
    const expected = row.expect === null ? null : wrap(row.in, parse(row.expect));
    assert.deepStrictEqual(merge(original, patch), expected);
  });
}

test('strategic merge leaves its inputs untouched', () => {
  const original = wrap('pod', parse('{ containers: [ { name: a, image: a } ], volumes: [ { name: v } ] }'));
  const patch = wrap('pod', parse('{ containers: [ { name: a, image: b } ], volumes: [ { $patch: replace }, { name: w } ] }'));
  const [o, p] = [cloneJson(original), cloneJson(patch)];
  merge(original, patch);
  assert.deepStrictEqual(original, o);
  assert.deepStrictEqual(patch, p);
});

test('strategic merge: the same patch gives the same result on every target', () => {
  const patch = wrap('pod', parse('{ containers: [ { name: a, $patch: delete } ], nodeSelector: { $patch: replace, x: y } }'));
  const a = merge(wrap('pod', parse('{ containers: [ { name: a }, { name: b } ], nodeSelector: { q: r } }')), patch);
  const b = merge(wrap('pod', parse('{ containers: [ { name: a }, { name: c } ], nodeSelector: { q: r } }')), patch);
  assert.deepStrictEqual(podSpec(a), { containers: [{ name: 'b' }], nodeSelector: { x: 'y' } });
  assert.deepStrictEqual(podSpec(b), { containers: [{ name: 'c' }], nodeSelector: { x: 'y' } });
});

test('strategic merge: a __proto__ key is merged as data', () => {
  const original = JSON.parse('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"a":"1"}}') as JsonObject;
  const patch = JSON.parse('{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"c"},"data":{"__proto__":"x"}}') as JsonObject;
  const out = merge(original, patch)!;
  const data = out['data'] as JsonObject;
  assert.ok(isJsonObject(data));
  assert.deepStrictEqual(Object.keys(data), ['a', '__proto__']);
  assert.equal(Object.getPrototypeOf(data), Object.prototype);
});

test('strategic merge: errors name the field', () => {
  const original = wrap('pod', parse('{ containers: [ { name: a } ] }'));
  const patch = wrap('pod', parse('{ containers: { name: a } }'));
  assert.throws(() => merge(original, patch), /spec\.template\.spec\.containers/);
});

// ---------------------------------------------------------------------------------------------------------
// The built-in table and `openapi:` documents

test('built-in merge keys follow Kubernetes 1.21, as kustomize v5.5 embeds it', () => {
  const s = MergeSchema.builtin();
  const pod = ['spec', 'template', 'spec'];
  assert.deepStrictEqual(s.listInfo('apps/v1', 'Deployment', [...pod, 'containers'])?.keys, ['name']);
  assert.deepStrictEqual(s.listInfo('apps/v1', 'StatefulSet', [...pod, 'containers', '[]', 'ports'])?.keys, [
    'containerPort',
    'protocol',
  ]);
  assert.deepStrictEqual(s.listInfo('batch/v1', 'CronJob', ['spec', 'jobTemplate', ...pod, 'volumes']), {
    strategy: 'merge',
    mergeKey: 'name',
    keys: ['name'],
  });
  assert.deepStrictEqual(s.listInfo('v1', 'Service', ['spec', 'ports'])?.keys, ['port', 'protocol']);
  assert.deepStrictEqual(s.listInfo('v1', 'ConfigMap', ['metadata', 'finalizers']), { strategy: 'merge', keys: [] });
  assert.deepStrictEqual(s.listInfo('v1', 'Pod', ['spec', 'containers', '[]', 'volumeMounts'])?.keys, ['mountPath']);
  // Not merge lists in 1.21 (or at all): replaced.
  assert.equal(s.listInfo('apps/v1', 'Deployment', [...pod, 'tolerations']), undefined);
  assert.equal(s.listInfo('apps/v1', 'Deployment', [...pod, 'schedulingGates']), undefined);
  assert.equal(s.listInfo('apps/v1', 'Deployment', [...pod, 'containers', '[]', 'envFrom']), undefined);
  assert.equal(s.listInfo('v1', 'Pod', ['spec', 'ephemeralContainers', '[]', 'ports']), undefined);
  assert.equal(s.forKind('autoscaling/v2', 'HorizontalPodAutoscaler'), undefined);
  assert.ok(s.forKind('networking.k8s.io/v1', 'NetworkPolicy'));
  assert.equal(MergeSchema.builtin(), s, 'cached');
});

const CUSTOM_SCHEMA = {
  definitions: {
    'v1alpha1.MyCRD': {
      type: 'object',
      properties: {
        spec: {
          type: 'object',
          properties: {
            items: {
              type: 'array',
              items: { $ref: '#/definitions/my.Item' },
              'x-kubernetes-patch-merge-key': 'id',
              'x-kubernetes-patch-strategy': 'merge',
            },
            tpl: { $ref: '#/definitions/io.k8s.api.core.v1.PodSpec' },
          },
        },
      },
      'x-kubernetes-group-version-kind': [{ group: 'example.com', kind: 'MyCRD', version: 'v1alpha1' }],
    },
    'my.Item': { type: 'object', properties: { id: { type: 'string' } } },
    // Same name as a built-in definition: with a custom schema, kustomize uses this one only.
    'io.k8s.api.core.v1.PodSpec': { type: 'object', properties: { containers: { type: 'array', items: { type: 'object' } } } },
  },
} as const;

test('openapi: a custom schema merges custom resources and replaces the built-in facts', () => {
  // Checked against `kubectl kustomize` with `openapi: {path: schema.json}`.
  const schema = MergeSchema.empty().withOpenApi(cloneJson(CUSTOM_SCHEMA as unknown as JsonObject));
  const cr = parse(`{ apiVersion: example.com/v1alpha1, kind: MyCRD, metadata: { name: m },
    spec: { items: [ { id: a, v: 1 }, { id: b, v: 2 } ], tpl: { containers: [ { name: a, image: a }, { name: b, image: b } ] } } }`);
  const crPatch = parse(`{ apiVersion: example.com/v1alpha1, kind: MyCRD, metadata: { name: m },
    spec: { items: [ { id: b, v: 3 } ], tpl: { containers: [ { name: b, image: b2 } ] } } }`);
  assert.deepStrictEqual(merge(cr, crPatch, schema)!['spec'], {
    items: [
      { id: 'b', v: 3 },
      { id: 'a', v: 1 },
    ],
    tpl: { containers: [{ name: 'b', image: 'b2' }] },
  });
  const deployment = wrap('pod', parse('{ containers: [ { name: a, image: a }, { name: b, image: b } ] }'));
  const deploymentPatch = wrap('pod', parse('{ containers: [ { name: b, image: b2 } ] }'));
  assert.deepStrictEqual(podSpec(merge(deployment, deploymentPatch, schema)), {
    containers: [{ name: 'b', image: 'b2' }],
  });
  // Laid over the built-in table instead, the Deployment keeps its merge keys.
  const layered = MergeSchema.builtin().withOpenApi(cloneJson(CUSTOM_SCHEMA as unknown as JsonObject));
  assert.deepStrictEqual(layered.listInfo('apps/v1', 'Deployment', ['spec', 'template', 'spec', 'containers'])?.keys, [
    'name',
  ]);
  assert.deepStrictEqual(layered.listInfo('example.com/v1alpha1', 'MyCRD', ['spec', 'items'])?.keys, ['id']);
});

test('openapi: list-map keys win over the merge key, and bad documents are refused', () => {
  const schema = MergeSchema.empty().withOpenApi({
    definitions: {
      X: {
        properties: {
          ports: {
            type: 'array',
            'x-kubernetes-patch-strategy': 'merge',
            'x-kubernetes-patch-merge-key': 'port',
            'x-kubernetes-list-map-keys': ['port', 'protocol'],
          },
        },
        'x-kubernetes-group-version-kind': [{ group: '', version: 'v1', kind: 'X' }],
      },
    },
  });
  assert.deepStrictEqual(schema.listInfo('v1', 'X', ['ports']), {
    strategy: 'merge',
    mergeKey: 'port',
    keys: ['port', 'protocol'],
  });
  assert.throws(() => MergeSchema.empty().withOpenApi({ definitions: [] }, '/k/schema.json'), KustomizeError);
});
