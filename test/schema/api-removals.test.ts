import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkApiVersions } from '../../src/core/schema/api-removals.ts';
import { resourcesFromYaml } from './helpers.ts';

const cases: { name: string; yaml: string; version: string; expect: string[] }[] = [
  { name: 'extensions/v1beta1 Ingress on 1.31', yaml: 'apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: i}', version: '1.31', expect: ['schema/removed-api'] },
  { name: 'networking v1beta1 Ingress on 1.21 (deprecated)', yaml: 'apiVersion: networking.k8s.io/v1beta1\nkind: Ingress\nmetadata: {name: i}', version: '1.21', expect: ['schema/deprecated-api'] },
  { name: 'PodSecurityPolicy on 1.25', yaml: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}', version: '1.25', expect: ['schema/removed-api'] },
  { name: 'PodSecurityPolicy on 1.24', yaml: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}', version: '1.24', expect: ['schema/deprecated-api'] },
  { name: 'batch/v1beta1 CronJob on master', yaml: 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata: {name: c}', version: 'master', expect: ['schema/removed-api'] },
  { name: 'flowcontrol v1beta3 on 1.31 (deprecated) ', yaml: 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata: {name: f}', version: '1.31', expect: ['schema/deprecated-api'] },
  { name: 'flowcontrol v1beta3 on 1.32', yaml: 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata: {name: f}', version: '1.32.2', expect: ['schema/removed-api'] },
  { name: 'storage v1beta1 CSIStorageCapacity on 1.27', yaml: 'apiVersion: storage.k8s.io/v1beta1\nkind: CSIStorageCapacity\nmetadata: {name: s}', version: '1.27', expect: ['schema/removed-api'] },
  { name: 'apps/v1 Deployment', yaml: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}', version: '1.31', expect: [] },
  { name: 'admissionregistration v1beta1 ValidatingAdmissionPolicy is not the webhook removal', yaml: 'apiVersion: admissionregistration.k8s.io/v1beta1\nkind: ValidatingAdmissionPolicy\nmetadata: {name: v}', version: '1.31', expect: [] },
  { name: 'HPA autoscaling/v2beta2 on 1.23 (deprecated)', yaml: 'apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata: {name: h}', version: '1.23', expect: ['schema/deprecated-api'] },
];

for (const c of cases) {
  test(`api versions: ${c.name}`, () => {
    assert.deepEqual(checkApiVersions(resourcesFromYaml(c.yaml), c.version).map((f) => f.ruleId), c.expect);
  });
}

test('api versions: the message names the replacement', () => {
  const [f] = checkApiVersions(resourcesFromYaml('apiVersion: extensions/v1beta1\nkind: Ingress\nmetadata: {name: web, namespace: prod}'), '1.31');
  assert.equal(f!.message, 'extensions/v1beta1 Ingress was removed in Kubernetes 1.22 (target 1.31); use networking.k8s.io/v1');
  assert.deepEqual(f!.resource, { apiVersion: 'extensions/v1beta1', kind: 'Ingress', name: 'web', namespace: 'prod' });
  const [psp] = checkApiVersions(resourcesFromYaml('apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}'), '1.31');
  assert.match(psp!.message, /Pod Security Admission/);
});
