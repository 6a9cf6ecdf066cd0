import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSchemas, ValidationMemo } from '../../src/core/checks/schema.ts';
import { SchemaValidator } from '../../src/core/schema/validator.ts';
import { resourcesFromYaml, sharedSchemaSource, SKIP_NO_SCHEMAS } from './helpers.ts';

const source = sharedSchemaSource();
const validator = new SchemaValidator();

async function ruleIds(yaml: string, kubernetesVersion = '1.31'): Promise<string[]> {
  const findings = await checkSchemas(resourcesFromYaml(yaml), { source, kubernetesVersion, validator });
  return findings.map((f) => f.ruleId).sort();
}

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  creationTimestamp: null
spec:
  replicas: REPLICAS
  selector:
    matchLabels: {app: web}
  strategy:
    rollingUpdate: {maxSurge: null, maxUnavailable: 25%}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports: [{containerPort: 8080, name: http}]
          resources:
            requests: {cpu: 100m, memory: 128Mi}
            limits: {cpu: 1, memory: 1.5Gi}
          readinessProbe:
            httpGet: {path: /, port: http}
`;

const CRD = `apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: widgets.example.com
spec:
  group: example.com
  names: {kind: Widget, plural: widgets}
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size, mode]
              properties:
                size: {type: integer, minimum: 1}
                port: {x-kubernetes-int-or-string: true}
                mode: {type: string, enum: [fast, slow], default: fast}
                interval: {type: string, format: duration}
                level: {type: string, pattern: '^(?i)(low|high)$'}
                note: {type: string, nullable: true}
                extra: {type: object, x-kubernetes-preserve-unknown-fields: true}
                template: {type: object, x-kubernetes-embedded-resource: true, x-kubernetes-preserve-unknown-fields: true}
`;

function widget(spec: string): string {
  return `${CRD}---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec:\n${spec.replace(/^/gm, '  ')}\n`;
}

const cases: { name: string; yaml: string; expect: string[] }[] = [
  {
    name: 'seed 002: syncWave under an Application syncPolicy',
    yaml: `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: metallb, namespace: argocd}
spec:
  project: vixens
  source: {repoURL: https://github.com/charchess/vixens, targetRevision: dev, path: apps/metallb/overlays/dev}
  destination: {server: https://kubernetes.default.svc, namespace: metallb-system}
  syncPolicy:
    automated: {prune: true, selfHeal: true}
    syncOptions: [CreateNamespace=true]
    syncWave: 0
`,
    expect: ['schema/unknown-field'],
  },
  { name: 'valid Deployment with nulls, quantities and int-or-string', yaml: DEPLOYMENT.replace('REPLICAS', '3'), expect: [] },
  { name: 'replicas as a string', yaml: DEPLOYMENT.replace('REPLICAS', '"3"'), expect: ['schema/invalid'] },
  { name: 'missing required selector', yaml: DEPLOYMENT.replace('REPLICAS', '2').replace(/ {2}selector:\n.*\n/, ''), expect: ['schema/invalid'] },
  { name: 'unknown kind', yaml: 'apiVersion: example.org/v1\nkind: Gizmo\nmetadata: {name: g}\n', expect: ['schema/missing'] },
  { name: 'unknown core field', yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: b}\nspec: {}\n', expect: ['schema/unknown-field'] },
  { name: 'ConfigMap data value is a number', yaml: 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {a: 1}\n', expect: ['schema/invalid'] },
  { name: 'Secret data that is not base64', yaml: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\ndata: {a: "not base64!"}\n', expect: ['schema/invalid'] },
  {
    name: 'SOPS-encrypted Secret is skipped',
    yaml: 'apiVersion: v1\nkind: Secret\nmetadata: {name: s}\nstringData: {a: "ENC[AES256_GCM,data:x]"}\nsops: {version: 3.8.1}\n',
    expect: [],
  },
  {
    name: 'Flux substitution variables are not judged',
    yaml: `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: r}
spec:
  hostnames: ["app.\${CLUSTER_DOMAIN}"]
`,
    expect: [],
  },
  {
    name: 'Flux Kustomization with Go duration interval',
    yaml: `apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata: {name: apps, namespace: flux-system}
spec:
  interval: 1h30m
  path: ./apps
  prune: true
  sourceRef: {kind: GitRepository, name: flux-system}
`,
    expect: [],
  },
  { name: 'repo CRD: valid CR (defaults, int-or-string, duration, (?i), null, preserve, embedded)', yaml: widget('size: 2\nport: http\ninterval: 1h30m\nlevel: HIGH\nnote: null\nextra: {anything: [1, 2]}\ntemplate: {apiVersion: v1, kind: Pod, metadata: {name: p}, spec: {}}'), expect: [] },
  { name: 'repo CRD: ISO duration and integer port', yaml: widget('size: 2\nport: 8080\ninterval: PT1H'), expect: [] },
  { name: 'repo CRD: unknown field', yaml: widget('size: 2\ncolour: red'), expect: ['schema/unknown-field'] },
  { name: 'repo CRD: wrong type and below minimum', yaml: widget('size: 0\nport: 1.5'), expect: ['schema/invalid', 'schema/invalid'] },
  { name: 'repo CRD: required without default', yaml: widget('port: 80'), expect: ['schema/invalid'] },
  { name: 'repo CRD: enum violation', yaml: widget('size: 1\nmode: turbo'), expect: ['schema/invalid'] },
  { name: 'repo CRD: bad duration', yaml: widget('size: 1\ninterval: soon'), expect: ['schema/invalid'] },
];

for (const c of cases) {
  test(`schema check: ${c.name}`, { skip: SKIP_NO_SCHEMAS }, async () => {
    assert.deepEqual(await ruleIds(c.yaml), [...c.expect].sort());
  });
}

test('schema check: messages and paths', { skip: SKIP_NO_SCHEMAS }, async () => {
  const [unknown] = await checkSchemas(resourcesFromYaml(cases[0]!.yaml), { source, kubernetesVersion: '1.31', validator });
  assert.deepEqual(unknown, {
    ruleId: 'schema/unknown-field',
    severity: 'error',
    message: 'spec.syncPolicy.syncWave is not a field of argoproj.io/v1alpha1 Application',
    resource: { apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', namespace: 'argocd', name: 'metallb' },
    path: '/spec/syncPolicy/syncWave',
  });
  const [replicas] = await checkSchemas(resourcesFromYaml(DEPLOYMENT.replace('REPLICAS', '"3"')), { source, kubernetesVersion: '1.31', validator });
  assert.equal(replicas!.path, '/spec/replicas');
  assert.equal(replicas!.message, 'spec.replicas is "3" (a string); expected an integer');
  const [port] = await checkSchemas(resourcesFromYaml(widget('size: 1\nport: 1.5')), { source, kubernetesVersion: '1.31', validator });
  assert.equal(port!.message, 'spec.port is 1.5; expected an integer or a string');
  const [label] = await checkSchemas(resourcesFromYaml(widget('size: 1\nlevel: medium')), { source, kubernetesVersion: '1.31', validator });
  assert.equal(label!.path, '/spec/level');
  assert.match(label!.message, /^spec\.level is "medium"; expected a string matching/);
  const [mode] = await checkSchemas(resourcesFromYaml(widget('size: 1\nmode: turbo')), { source, kubernetesVersion: '1.31', validator });
  assert.equal(mode!.message, 'spec.mode is "turbo"; expected one of "fast", "slow"');
  const [deep] = await checkSchemas(resourcesFromYaml(DEPLOYMENT.replace('REPLICAS', '1').replace('containerPort: 8080', 'containerPort: "8080"')), {
    source,
    kubernetesVersion: '1.31',
    validator,
  });
  assert.equal(deep!.path, '/spec/template/spec/containers/0/ports/0/containerPort');
  const [missing] = await checkSchemas(resourcesFromYaml('apiVersion: example.org/v1\nkind: Gizmo\nmetadata: {name: g}\n'), { source, kubernetesVersion: '1.31', validator });
  assert.equal(missing!.severity, 'warning');
});

test('schema check: the target version picks the schema set', { skip: SKIP_NO_SCHEMAS }, async () => {
  // MutatingAdmissionPolicy (admissionregistration.k8s.io/v1alpha1) appeared in 1.32.
  const yaml = 'apiVersion: admissionregistration.k8s.io/v1alpha1\nkind: MutatingAdmissionPolicy\nmetadata: {name: m}\nspec: {failurePolicy: Fail}\n';
  assert.deepEqual(await ruleIds(yaml, '1.31'), ['schema/missing']);
  assert.deepEqual(await ruleIds(yaml, '1.32'), []);
});

test('results kept across calls: once answering, each object is validated once per schema, and what is kept is what a fresh validation says', async () => {
  // One schema document per Kubernetes version, each asking for a different field: the kept result of one
  // version must never answer for the other.
  const schemaFor = (version: string) => ({
    documentId: `memo-test-${version}`,
    pointer: '',
    origin: `memo test ${version}`,
    document: { type: 'object', required: [`field${version.replace('.', '')}`] },
  });
  const fakeSource = { lookup: async (r: { kubernetesVersion: string }) => ({ schema: schemaFor(r.kubernetesVersion), outages: [] }) };
  let validations = 0;
  const counting = new SchemaValidator();
  const validate = counting.validate.bind(counting);
  counting.validate = (...args: Parameters<SchemaValidator['validate']>) => {
    validations++;
    return validate(...args);
  };
  const resources = resourcesFromYaml('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: a}\nfield130: x\n---\napiVersion: example.com/v1\nkind: Widget\nmetadata: {name: b}\n');
  const results = new ValidationMemo();
  const check = (kubernetesVersion: string, kept?: ValidationMemo) =>
    checkSchemas(resources, { source: fakeSource, kubernetesVersion, validator: counting, ...(kept ? { results: kept } : {}) }).then((f) => f.map((x) => `${x.ruleId} ${x.message}`));
  const fresh130 = await check('1.30');
  const fresh131 = await check('1.31');
  validations = 0;
  assert.deepEqual(await check('1.30', results), fresh130);
  assert.deepEqual(await check('1.30', results), fresh130);
  assert.equal(validations, 4, 'while keeping, nothing is answered');
  results.startAnswering();
  assert.deepEqual(await check('1.31', results), fresh131, 'another schema for the same objects is validated, not answered from the first');
  assert.equal(validations, 6);
  assert.deepEqual(await check('1.30', results), fresh130);
  assert.deepEqual(await check('1.31', results), fresh131);
  assert.equal(validations, 6, 'asked again, each object and schema is answered from what was kept, before answering and after');
  assert.notDeepEqual(fresh130, fresh131);
});
