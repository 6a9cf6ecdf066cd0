// A seeded generator of random kustomization trees, for the differential test against the real tool
// (random-trees.test.ts). Each tree is a base, one or two overlays stacked on it and sometimes a
// Component, every kustomization drawing a random mix of kustomize's features over a fixed cast of
// resources whose names and fields the generator knows, so that patches, replicas, replacements and
// vars always point at something that exists: the aim is equal output, not errors.
//
// The tree is returned as file contents keyed by `/`-separated paths; writeTree puts it on disk.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';

export interface GeneratedTree {
  seed: number;
  /** The directory to build, relative to the tree's root. */
  entry: string;
  /** Path (relative, `/`-separated) → file contents. */
  files: Record<string, string>;
  /** Which features each kustomization drew, for the failure message. */
  features: string[];
}

/** Writes every file of `tree` below `root`. */
export function writeTree(root: string, tree: GeneratedTree): void {
  for (const [rel, text] of Object.entries(tree.files)) {
    const path = join(root, ...rel.split('/'));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
}

/** mulberry32: small, fast and deterministic; quality is irrelevant here, reproducibility is not. */
class Random {
  private state: number;

  constructor(seed: number) {
    this.state = (seed * 0x9e3779b1) >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** A random subset (at least `min` items) in random order. */
  some<T>(items: readonly T[], min = 1): T[] {
    const shuffled = this.shuffle(items);
    return shuffled.slice(0, this.int(Math.min(min, items.length), items.length));
  }

  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

type Obj = Record<string, unknown>;

/** The base's cast: a key per resource the generator may include. */
type CastKey =
  | 'deployment'
  | 'statefulset'
  | 'service'
  | 'ingress'
  | 'configmap'
  | 'secret'
  | 'serviceaccount'
  | 'rbac'
  | 'pvc'
  | 'cronjob'
  | 'crd';

const OPTIONAL_CAST: CastKey[] = [
  'statefulset',
  'service',
  'ingress',
  'configmap',
  'secret',
  'serviceaccount',
  'rbac',
  'pvc',
  'cronjob',
  'crd',
];

/** What the tree holds so far, so that later levels only refer to what exists. */
interface TreeState {
  cast: Set<CastKey>;
  /** Generated ConfigMap/Secret names (original names) with their behavior-merge-able status. */
  generatedConfigMaps: string[];
  generatedSecrets: string[];
  /** Env var names on the Deployment's `app` container, for `$patch: delete` and JSON remove. */
  appEnv: string[];
  /** Whether the Deployment still has its `sidecar` container. */
  sidecar: boolean;
  /** Whether a component's patch adds a container: SMP puts new items first, so index 0 is not `app`. */
  containerZeroMoves: boolean;
  /** Current names of the workloads, as replicas may name them. */
  names: Map<string, string>;
  /** Whether the Deployment's `removable` label is still there (a JSON move takes it). */
  removableLabel: boolean;
  /** Var names already declared (kustomize rejects duplicates). */
  vars: Set<string>;
  /** Extra resources added by overlays: kind/name pairs. */
  extras: { kind: string; name: string }[];
  features: string[];
}

const IMAGES = ['nginx', 'busybox', 'postgres', 'registry.example.com/team/api', 'ghcr.io/acme/worker'];
const LABEL_VALUES = ['shop', 'blue', 'v2', 'true', '1.0', 'yes', 'on', '007', 'null', 'x y'];
const ANNOTATION_VALUES = ['hello', 'true', 'no', '3', '0x1F', 'a: b', '2024-01-01', '', 'multi\nline', '*star'];
/** The yaml package leaves `0o17` plain under YAML 1.1, but sigs.k8s.io/yaml reads it as a number. */
const KUSTOMIZATION_SAFE_TRICKY = (): string[] => TRICKY_STRINGS.filter((v) => v !== '0o17');
/** Strings whose printing is easy to get wrong: quoting, folding of long lines, block scalars. */
const TRICKY_STRINGS = [
  'a long value with spaces that goes on and on well past the eighty column limit of the printer, surely',
  'line one\nline two\n',
  'trailing newlines\n\n',
  '  leading spaces',
  'trailing space ',
  'tab\there',
  '1e3',
  '+12',
  '0o17',
  '~',
  'Null',
  '- dash',
  '#hash',
  'key: value',
  '@at',
  '`tick',
  "it's",
  'say "hi"',
  'ünïcødé ✓',
  '12:30:45',
  '.5',
  'yes please',
  'N',
  'off',
];

/** Builds the tree for `seed`: the same seed always gives the same files. */
export function generateTree(seed: number): GeneratedTree {
  const rnd = new Random(seed);
  const files: Record<string, string> = {};
  const state: TreeState = {
    cast: new Set<CastKey>(['deployment', ...rnd.some(OPTIONAL_CAST, 0)]),
    generatedConfigMaps: [],
    generatedSecrets: [],
    appEnv: ['LEVEL', 'DEBUG', 'MODE'],
    sidecar: true,
    containerZeroMoves: false,
    names: new Map([
      ['web', 'web'],
      ['db', 'db'],
    ]),
    removableLabel: true,
    vars: new Set(),
    extras: [],
    features: [],
  };
  const useCm = rnd.chance(0.7);
  const useSecret = rnd.chance(0.6);
  const depth = rnd.int(1, 3);
  const dirs = ['base', 'overlay1', 'overlay2'].slice(0, depth);
  const componentAt = rnd.chance(0.4) ? rnd.int(0, depth - 1) : -1;
  const componentAddsContainer = componentAt >= 0 && rnd.chance(0.6);
  state.containerZeroMoves = componentAddsContainer;

  writeBase(rnd, files, state, useCm, useSecret);
  for (let level = 1; level < depth; level++) {
    writeOverlay(rnd, files, state, level, dirs[level - 1] as string, dirs[level] as string, componentAt === level);
  }
  if (componentAt === 0) {
    // The component is attached to the base itself.
    const k = files['base/kustomization.yaml'] as string;
    files['base/kustomization.yaml'] = `${k}components:\n- ../component\n`;
  }
  if (componentAt >= 0) writeComponent(rnd, files, state, componentAddsContainer);
  const entry = dirs[depth - 1] as string;
  if (rnd.chance(0.4)) {
    const sortOptions = sortOptionsFor(rnd);
    files[`${entry}/kustomization.yaml`] += toKustomizationYaml({ sortOptions });
    state.features.push(`${entry}: sortOptions ${JSON.stringify(sortOptions)}`);
  }
  return { seed, entry, files, features: state.features };
}

function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}

/**
 * Kustomization files are read the YAML 1.1 way (sigs.k8s.io/yaml): `yes` is a boolean there and a plain
 * `2024-01-01` keeps its text, where the engine differs (see the report); quote whatever 1.1 would type.
 */
function toKustomizationYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, version: '1.1' });
}

function toDocs(objs: Obj[], rnd?: Random): string {
  const body = objs.map((o) => toYaml(o)).join(rnd?.chance(0.3) ? '\n---\n# next\n' : '---\n');
  // Leading separators and comments are legal and must not change anything.
  return rnd?.chance(0.3) ? `# resources\n---\n${body}` : body;
}

// ---------------------------------------------------------------------------------------------
// The base

function writeBase(rnd: Random, files: Record<string, string>, state: TreeState, useCm: boolean, useSecret: boolean): void {
  const k: Obj = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' };
  const cmName = 'app-config';
  const secretName = 'app-secret';
  const resources = castResources(rnd, state, useCm ? cmName : undefined, useSecret ? secretName : undefined);

  // Split the resources over a few files in different formats.
  const shuffled = rnd.shuffle(resources);
  const fileCount = rnd.int(1, Math.min(3, shuffled.length));
  const paths: string[] = [];
  for (let i = 0; i < fileCount; i++) {
    const chunk = shuffled.filter((_, j) => j % fileCount === i);
    const format = chunk.length === 1 ? rnd.pick(['yaml', 'json', 'list']) : rnd.pick(['yaml', 'yaml', 'list']);
    const ext = format === 'json' ? 'json' : 'yaml';
    const path = `res-${i}.${ext}`;
    if (format === 'json') files[`base/${path}`] = JSON.stringify(chunk[0], null, rnd.chance(0.5) ? 2 : 0) + '\n';
    else if (format === 'list') files[`base/${path}`] = toYaml({ apiVersion: 'v1', kind: 'List', items: chunk });
    else files[`base/${path}`] = toDocs(chunk, rnd);
    paths.push(path);
    state.features.push(`base: ${path} as ${format} (${chunk.map((o) => o.kind).join(',')})`);
  }
  k.resources = paths;

  if (useCm) {
    state.generatedConfigMaps.push(cmName);
    k.configMapGenerator = [configMapGeneratorFor(rnd, files, 'base', cmName, 'create')];
  }
  if (useSecret) {
    state.generatedSecrets.push(secretName);
    k.secretGenerator = [secretGeneratorFor(rnd, files, 'base', secretName, 'create')];
  }
  if ((useCm || useSecret) && rnd.chance(0.3)) k.generatorOptions = generatorOptionsFor(rnd);
  addTransformers(rnd, files, state, 'base', k, 0);
  files['base/kustomization.yaml'] = toKustomizationYaml(k);
}

function castResources(rnd: Random, state: TreeState, cmName: string | undefined, secretName: string | undefined): Obj[] {
  const has = (key: CastKey): boolean => state.cast.has(key);
  const out: Obj[] = [];
  const appLabels = { app: 'web', tier: rnd.pick(['frontend', 'backend']) };

  const volumes: Obj[] = [];
  const mounts: Obj[] = [];
  if (cmName) {
    volumes.push({ name: 'config', configMap: { name: cmName } });
    mounts.push({ name: 'config', mountPath: '/etc/config' });
  }
  if (secretName) {
    volumes.push({ name: 'secret', secret: { secretName } });
    mounts.push({ name: 'secret', mountPath: '/etc/secret' });
  }
  if (has('pvc')) {
    volumes.push({ name: 'data', persistentVolumeClaim: { claimName: 'data' } });
    mounts.push({ name: 'data', mountPath: '/data' });
  }
  const envFrom: Obj[] = [];
  if (cmName && rnd.chance(0.5)) envFrom.push({ configMapRef: { name: cmName } });
  if (secretName && rnd.chance(0.5)) envFrom.push({ secretRef: { name: secretName } });
  const env: Obj[] = [
    { name: 'LEVEL', value: 'base' },
    { name: 'DEBUG', value: rnd.pick(['false', '0', 'no']) },
    { name: 'MODE', value: 'plain' },
  ];
  if (has('service') && rnd.chance(0.5)) env.push({ name: 'UPSTREAM', value: '$(WEB_SERVICE)' });
  if (cmName && rnd.chance(0.5)) env.push({ name: 'CONFIG_NAME', value: 'name=$(APP_CONFIG_NAME)' });
  if (has('configmap') && rnd.chance(0.5)) {
    env.push({ name: 'COLOR', valueFrom: { configMapKeyRef: { name: 'static-cm', key: 'color' } } });
  }
  const app: Obj = {
    name: 'app',
    image: `${rnd.pick(IMAGES)}:${rnd.pick(['1.0', '1.21', 'latest', 'v2.3.4'])}`,
    ports: [{ containerPort: 8080, name: 'http' }],
    env,
  };
  if (envFrom.length > 0) app.envFrom = envFrom;
  if (mounts.length > 0) app.volumeMounts = mounts;
  if (rnd.chance(0.4)) app.args = ['--listen=:8080', '--name=$(POD_NAME_VAR)'];
  const podSpec: Obj = {
    containers: [app, { name: 'sidecar', image: `${rnd.pick(IMAGES)}:sidecar` }],
  };
  if (rnd.chance(0.4)) podSpec.initContainers = [{ name: 'init', image: `${rnd.pick(IMAGES)}` }];
  if (has('serviceaccount')) podSpec.serviceAccountName = 'sa';
  if (volumes.length > 0) podSpec.volumes = volumes;
  out.push({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'web', labels: { ...appLabels, removable: 'yes' } },
    spec: {
      replicas: rnd.int(1, 3),
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { ...appLabels } }, spec: podSpec },
    },
  });
  if (has('statefulset')) {
    out.push({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      metadata: { name: 'db', labels: { app: 'db', tier: 'backend' } },
      spec: {
        serviceName: has('service') ? 'web' : 'db',
        replicas: 1,
        selector: { matchLabels: { app: 'db' } },
        template: {
          metadata: { labels: { app: 'db' } },
          spec: {
            containers: [
              {
                name: 'db',
                image: 'postgres:15',
                volumeMounts: [{ name: 'pgdata', mountPath: '/var/lib/postgresql' }],
                ...(secretName ? { envFrom: [{ secretRef: { name: secretName } }] } : {}),
              },
            ],
          },
        },
        volumeClaimTemplates: [
          { metadata: { name: 'pgdata' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } },
        ],
      },
    });
  }
  if (has('service')) {
    out.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'web', labels: { app: 'web' } },
      spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
    });
  }
  if (has('ingress')) {
    const backend = has('service') ? 'web' : 'missing-svc';
    out.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web', annotations: { 'kubernetes.io/ingress.class': 'nginx' } },
      spec: {
        ...(has('secret') ? { tls: [{ hosts: ['web.example.com'], secretName: 'tls-cert' }] } : {}),
        rules: [
          {
            host: 'web.example.com',
            http: {
              paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: backend, port: { number: 80 } } } }],
            },
          },
        ],
      },
    });
  }
  if (has('configmap')) {
    const data: Obj = { color: 'blue', size: '10', enabled: 'true' };
    for (const [i, value] of rnd.some(TRICKY_STRINGS, 0).slice(0, 6).entries()) data[`tricky-${i}`] = value;
    out.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'static-cm', annotations: { long: rnd.pick(TRICKY_STRINGS) } }, data });
  }
  if (has('secret')) {
    out.push({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'tls-cert' },
      type: 'kubernetes.io/tls',
      data: { 'tls.crt': 'Y2VydA==', 'tls.key': 'a2V5' },
      ...(rnd.chance(0.5) ? { stringData: { note: rnd.pick(TRICKY_STRINGS) } } : {}),
    });
  }
  if (has('serviceaccount')) out.push({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'sa' } });
  if (has('rbac')) {
    out.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: { name: 'reader' },
      rules: [{ apiGroups: [''], resources: ['configmaps'], verbs: ['get', 'list'] }],
    });
    out.push({
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: { name: 'reader-binding' },
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'reader' },
      subjects: [
        { kind: 'ServiceAccount', name: has('serviceaccount') ? 'sa' : 'default', ...(rnd.chance(0.5) ? { namespace: 'default' } : {}) },
      ],
    });
  }
  if (has('pvc')) {
    out.push({
      apiVersion: 'v1',
      kind: 'PersistentVolumeClaim',
      metadata: { name: 'data' },
      spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } },
    });
  }
  if (has('cronjob')) {
    out.push({
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'backup', labels: { app: 'backup' } },
      spec: {
        schedule: '0 3 * * *',
        jobTemplate: {
          spec: {
            template: {
              spec: {
                restartPolicy: 'OnFailure',
                ...(has('serviceaccount') ? { serviceAccountName: 'sa' } : {}),
                containers: [
                  {
                    name: 'backup',
                    image: 'busybox:1.36',
                    args: ['sh', '-c', 'echo backup'],
                    ...(cmName ? { envFrom: [{ configMapRef: { name: cmName } }] } : {}),
                  },
                ],
              },
            },
          },
        },
      },
    });
  }
  if (has('crd')) {
    out.push({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'widgets.example.com' },
      spec: {
        group: 'example.com',
        names: { kind: 'Widget', plural: 'widgets', singular: 'widget' },
        scope: 'Namespaced',
        versions: [
          {
            name: 'v1',
            served: true,
            storage: true,
            schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } } },
          },
        ],
      },
    });
    out.push({
      apiVersion: 'example.com/v1',
      kind: 'Widget',
      metadata: { name: 'my-widget', labels: { app: 'widget' } },
      spec: { size: 3, color: 'red', selector: { matchLabels: { app: 'widget' } } },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generators

function configMapGeneratorFor(rnd: Random, files: Record<string, string>, dir: string, name: string, behavior: string): Obj {
  const g: Obj = { name };
  if (behavior !== 'create' || rnd.chance(0.3)) g.behavior = behavior;
  const kinds = rnd.some(['literals', 'files', 'envs'] as const);
  for (const kind of kinds) {
    if (kind === 'literals') g.literals = literalsFor(rnd, dir);
    if (kind === 'files') {
      const file = `${dir}-app.properties`;
      files[`${dir}/${file}`] = `color=${rnd.pick(['red', 'green'])}\nsize=${rnd.int(1, 9)}\n`;
      g.files = rnd.chance(0.5) ? [file] : [`settings=${file}`];
    }
    if (kind === 'envs') {
      const file = `${dir}.env`;
      files[`${dir}/${file}`] = `# settings\nENV_A=${rnd.pick(['1', 'true', 'hello world', '"quoted"'])}\nENV_${dir.toUpperCase()}=${dir}\n`;
      g.envs = [file];
    }
  }
  if (rnd.chance(0.25)) g.options = { labels: { generated: dir }, ...(rnd.chance(0.5) ? { disableNameSuffixHash: true } : {}) };
  return g;
}

function secretGeneratorFor(rnd: Random, files: Record<string, string>, dir: string, name: string, behavior: string): Obj {
  const g: Obj = { name };
  if (behavior !== 'create' || rnd.chance(0.3)) g.behavior = behavior;
  const kinds = rnd.some(['literals', 'files'] as const);
  for (const kind of kinds) {
    if (kind === 'literals') g.literals = [`password=${rnd.pick(['s3cret', 'hunter2', 'p@ss word'])}`, `user-${dir}=admin`];
    if (kind === 'files') {
      const file = `${dir}-token.txt`;
      files[`${dir}/${file}`] = `token-${dir}-${rnd.int(100, 999)}\n`;
      g.files = [`token=${file}`];
    }
  }
  if (rnd.chance(0.2)) g.type = 'Opaque';
  return g;
}

function literalsFor(rnd: Random, dir: string): string[] {
  const out = [`LEVEL=${dir}`];
  if (rnd.chance(0.5)) out.push(`NUMBER=${rnd.pick(['1', '0.5', '010', 'true', 'null'])}`);
  if (rnd.chance(0.3)) out.push(`SPACED=a b c`);
  return out;
}

function generatorOptionsFor(rnd: Random): Obj {
  const o: Obj = {};
  if (rnd.chance(0.5)) o.disableNameSuffixHash = true;
  if (rnd.chance(0.5)) o.labels = { 'generated-by': 'kustomize' };
  if (rnd.chance(0.4)) o.annotations = { note: rnd.pick(ANNOTATION_VALUES) };
  return o;
}

// ---------------------------------------------------------------------------------------------
// Overlays and the component

function writeOverlay(
  rnd: Random,
  files: Record<string, string>,
  state: TreeState,
  level: number,
  below: string,
  dir: string,
  withComponent: boolean,
): void {
  const k: Obj = { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization' };
  const resources: string[] = [`../${below}`];
  if (rnd.chance(0.4)) {
    const extra = extraResource(rnd, level);
    const path = `extra.${rnd.chance(0.3) ? 'json' : 'yaml'}`;
    files[`${dir}/${path}`] = path.endsWith('json') ? JSON.stringify(extra) : toYaml(extra);
    resources.push(path);
    state.extras.push({ kind: extra.kind as string, name: (extra.metadata as Obj).name as string });
    state.features.push(`${dir}: extra ${extra.kind as string}`);
  }
  k.resources = resources;
  if (withComponent) k.components = ['../component'];

  const cms: Obj[] = [];
  if (state.generatedConfigMaps.length > 0 && rnd.chance(0.5)) {
    cms.push(configMapGeneratorFor(rnd, files, dir, rnd.pick(state.generatedConfigMaps), rnd.pick(['merge', 'merge', 'replace'])));
    state.features.push(`${dir}: configMapGenerator behavior ${cms[0]?.behavior as string}`);
  }
  if (rnd.chance(0.25)) {
    const name = `${dir}-settings`;
    cms.push(configMapGeneratorFor(rnd, files, dir, name, 'create'));
  }
  if (cms.length > 0) k.configMapGenerator = cms;
  if (state.generatedSecrets.length > 0 && rnd.chance(0.4)) {
    k.secretGenerator = [secretGeneratorFor(rnd, files, dir, rnd.pick(state.generatedSecrets), 'merge')];
    state.features.push(`${dir}: secretGenerator behavior merge`);
  }
  addTransformers(rnd, files, state, dir, k, level);
  files[`${dir}/kustomization.yaml`] = toKustomizationYaml(k);
}

function extraResource(rnd: Random, level: number): Obj {
  return rnd.pick([
    { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `extra-${level}` }, data: { level: String(level) } },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `extra-svc-${level}` },
      spec: { selector: { app: 'web' }, ports: [{ port: 9000 + level }] },
    },
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: `ns-extra-${level}` } },
  ]);
}

function writeComponent(rnd: Random, files: Record<string, string>, state: TreeState, addContainer: boolean): void {
  const k: Obj = { apiVersion: 'kustomize.config.k8s.io/v1alpha1', kind: 'Component' };
  if (rnd.chance(0.5)) {
    files['component/monitor.yaml'] = toYaml({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'monitoring' },
      data: { scrape: 'true' },
    });
    k.resources = ['monitor.yaml'];
  }
  if (state.generatedConfigMaps.length > 0 && rnd.chance(0.5)) {
    k.configMapGenerator = [{ name: state.generatedConfigMaps[0], behavior: 'merge', literals: ['FROM_COMPONENT=yes'] }];
  }
  if (addContainer) {
    files['component/add-sidecar.yaml'] = toYaml({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web' },
      spec: { template: { spec: { containers: [{ name: 'metrics', image: 'prom/exporter:v1' }] } } },
    });
    k.patches = [{ path: 'add-sidecar.yaml' }];
  }
  if (rnd.chance(0.5)) k.labels = [{ pairs: { component: 'monitoring' }, includeTemplates: rnd.chance(0.5) }];
  if (rnd.chance(0.3) || Object.keys(k).length === 2) k.commonAnnotations = { 'component.example.com/on': 'true' };
  state.features.push(`component: ${Object.keys(k).filter((key) => key !== 'apiVersion' && key !== 'kind').join(',')}`);
  files['component/kustomization.yaml'] = toKustomizationYaml(k);
}

// ---------------------------------------------------------------------------------------------
// Transformers, drawn per kustomization

function addTransformers(rnd: Random, files: Record<string, string>, state: TreeState, dir: string, k: Obj, level: number): void {
  const drawn: string[] = [];
  if (rnd.chance(0.4)) {
    k.namespace = rnd.pick(['apps', `ns-${dir}`, 'team-a']);
    drawn.push('namespace');
  }
  if (rnd.chance(0.4)) {
    k.namePrefix = `${dir.slice(0, 3)}-`;
    drawn.push('namePrefix');
  }
  if (rnd.chance(0.3)) {
    k.nameSuffix = `-${rnd.pick(['v1', 'x', dir])}`;
    drawn.push('nameSuffix');
  }
  const namesBefore = new Map(state.names);
  for (const [org, cur] of state.names) state.names.set(org, `${(k.namePrefix as string) ?? ''}${cur}${(k.nameSuffix as string) ?? ''}`);
  if (rnd.chance(0.35)) {
    k.commonLabels = { [`${rnd.pick(['env', 'app.kubernetes.io/part-of', 'owner'])}`]: rnd.pick(LABEL_VALUES) };
    drawn.push('commonLabels');
  }
  if (rnd.chance(0.4)) {
    const entry: Obj = { pairs: { [`team-${level}`]: rnd.pick(LABEL_VALUES) } };
    const mode = rnd.int(0, 2);
    if (mode === 1) entry.includeSelectors = true;
    if (mode === 2) entry.includeTemplates = true;
    k.labels = [entry];
    drawn.push(`labels(${mode === 1 ? 'selectors' : mode === 2 ? 'templates' : 'plain'})`);
  }
  if (rnd.chance(0.35)) {
    k.commonAnnotations = { [`note-${level}`]: rnd.pick(rnd.chance(0.5) ? ANNOTATION_VALUES : KUSTOMIZATION_SAFE_TRICKY()) };
    drawn.push('commonAnnotations');
  }
  if (rnd.chance(0.45)) {
    k.images = rnd.some(IMAGES).slice(0, 2).map((name) => imageEntry(rnd, name));
    drawn.push('images');
  }
  if (rnd.chance(0.3)) {
    // By original name, by the name below this level or by the name this level gives.
    const org = rnd.pick(['web', ...(state.cast.has('statefulset') ? ['db'] : [])]);
    const name = rnd.pick([org, namesBefore.get(org) as string, state.names.get(org) as string]);
    k.replicas = [{ name, count: rnd.int(0, 5) }];
    drawn.push('replicas');
  }
  const patches = patchesFor(rnd, files, state, dir, level);
  if (patches.patches.length > 0) {
    k.patches = patches.patches;
    drawn.push(...patches.drawn);
  }
  if (patches.strategic.length > 0) {
    k.patchesStrategicMerge = patches.strategic;
    drawn.push('patchesStrategicMerge');
  }
  const replacements = replacementsFor(rnd, state, level);
  if (replacements.length > 0) {
    k.replacements = replacements;
    drawn.push('replacements');
  }
  const vars = varsFor(rnd, state);
  if (vars.length > 0) {
    k.vars = vars;
    drawn.push(`vars(${vars.map((v) => v.name as string).join(',')})`);
  }
  state.features.push(`${dir}: ${drawn.join(', ') || '(no transformers)'}`);
}

function imageEntry(rnd: Random, name: string): Obj {
  const e: Obj = { name };
  const mode = rnd.int(0, 3);
  if (mode === 0 || mode === 3) e.newName = rnd.pick(['mirror.local/' + name.split('/').pop(), 'quay.io/x/y']);
  if (mode === 1 || mode === 3) e.newTag = rnd.pick(['2.0', 'stable', '1.25.3']);
  if (mode === 2) e.digest = 'sha256:' + 'ab12'.repeat(16);
  return e;
}

interface DrawnPatches {
  patches: Obj[];
  strategic: string[];
  drawn: string[];
}

function patchesFor(rnd: Random, files: Record<string, string>, state: TreeState, dir: string, level: number): DrawnPatches {
  const out: DrawnPatches = { patches: [], strategic: [], drawn: [] };
  // Strategic merge on the Deployment, by name, from a file.
  if (rnd.chance(0.45)) {
    const container: Obj = { name: 'app', env: [{ name: 'LEVEL', value: dir }] };
    const containers: Obj[] = [container];
    if (rnd.chance(0.5)) container.resources = { limits: { cpu: '500m', memory: '128Mi' } };
    else if (rnd.chance(0.3)) container.resources = { $patch: 'replace', requests: { cpu: '100m' } };
    if (state.sidecar && rnd.chance(0.3)) {
      containers.push({ name: 'sidecar', $patch: 'delete' });
      state.sidecar = false;
    }
    const deletable = state.appEnv.filter((e) => e !== 'LEVEL');
    if (deletable.length > 0 && rnd.chance(0.4)) {
      const gone = rnd.pick(deletable);
      (container.env as Obj[]).push({ name: gone, $patch: 'delete' });
      state.appEnv = state.appEnv.filter((e) => e !== gone);
    }
    const patch = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'web', ...(rnd.chance(0.3) ? { annotations: { patched: dir } } : {}) },
      spec: { template: { spec: { containers } } },
    };
    const path = `patch-web-${level}.yaml`;
    files[`${dir}/${path}`] = toYaml(patch);
    if (rnd.chance(0.35)) out.strategic.push(path);
    else out.patches.push({ path });
    out.drawn.push('smp(web)');
  }
  // Strategic merge, inline, on every workload selected by label.
  if (rnd.chance(0.3)) {
    out.patches.push({
      target: { kind: rnd.pick(['Deployment', 'StatefulSet']), labelSelector: rnd.pick(['tier=backend', 'app in (web,db)', 'tier!=frontend']) },
      patch: toYaml({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'ignored' },
        spec: { template: { metadata: { annotations: { [`checked-${level}`]: 'true' } } } },
      }),
    });
    out.drawn.push('smp(labelSelector)');
  }
  // JSON 6902 on the Deployment (by kind and a name regex).
  if (rnd.chance(0.45)) {
    const ops: Obj[] = [];
    ops.push({ op: 'add', path: `/spec/template/metadata/labels/json-${level}`, value: 'added' });
    if (rnd.chance(0.5)) ops.push({ op: 'replace', path: '/spec/replicas', value: rnd.int(1, 9) });
    if (state.appEnv.includes('MODE') && !state.containerZeroMoves && rnd.chance(0.3)) {
      // MODE is the env var at index 2 only while nothing before it was deleted.
      const index = state.appEnv.indexOf('MODE');
      ops.push({ op: 'remove', path: `/spec/template/spec/containers/0/env/${index}` });
      state.appEnv = state.appEnv.filter((e) => e !== 'MODE');
    }
    if (rnd.chance(0.3)) {
      // `args` might not exist: give it one first (replacing any).
      ops.push({ op: 'add', path: '/spec/template/spec/containers/0/args', value: [] });
      ops.push({ op: 'add', path: '/spec/template/spec/containers/0/args/-', value: `--level=${level}` });
    }
    if (rnd.chance(0.3)) ops.unshift({ op: 'test', path: '/kind', value: 'Deployment' });
    if (rnd.chance(0.3)) ops.push({ op: 'copy', from: '/spec/selector/matchLabels/app', path: `/spec/template/metadata/labels/copied-${level}` });
    if (state.removableLabel && rnd.chance(0.3)) {
      ops.push({ op: 'move', from: '/metadata/labels/removable', path: `/metadata/labels/moved-${level}` });
      state.removableLabel = false;
    }
    const name = rnd.pick(['web', 'w.*', '.*eb', 'web|db']);
    const inline = rnd.chance(0.5);
    const target = { group: 'apps', version: 'v1', kind: 'Deployment', name };
    if (inline) out.patches.push({ target, patch: toYaml(ops) });
    else {
      const path = `json-${level}.${rnd.chance(0.5) ? 'json' : 'yaml'}`;
      files[`${dir}/${path}`] = path.endsWith('json') ? JSON.stringify(ops) : toYaml(ops);
      out.patches.push({ target, path });
    }
    out.drawn.push(`json6902(${name})`);
  }
  // Selection by annotation or namespace.
  if (rnd.chance(0.2)) {
    const byAnnotation = rnd.chance(0.5);
    out.patches.push({
      target: byAnnotation
        ? { annotationSelector: 'kubernetes.io/ingress.class=nginx' }
        : { kind: 'Deployment', namespace: rnd.pick(['apps', 'team-a', 'ns-base', 'default']) },
      patch: toYaml([
        {
          op: 'add',
          path: byAnnotation ? `/metadata/annotations/selected-${level}` : `/spec/template/metadata/labels/selected-${level}`,
          value: 'yes',
        },
      ]),
    });
    out.drawn.push('json6902(annotation/namespace selector)');
  }
  // JSON 6902 on a Service or the CR.
  if (state.cast.has('service') && rnd.chance(0.25)) {
    out.patches.push({
      target: { kind: 'Service', name: 'web' },
      patch: toYaml([{ op: 'add', path: '/spec/ports/-', value: { name: `metrics-${level}`, port: 9100 + level } }]),
    });
    out.drawn.push('json6902(service)');
  }
  if (state.cast.has('crd') && rnd.chance(0.3)) {
    out.patches.push({
      target: { group: 'example.com', kind: 'Widget' },
      patch: toYaml([{ op: 'replace', path: '/spec/size', value: level + 5 }]),
    });
    out.drawn.push('json6902(widget)');
  }
  return out;
}

function replacementsFor(rnd: Random, state: TreeState, level: number): Obj[] {
  const out: Obj[] = [];
  if (state.cast.has('configmap') && rnd.chance(0.3)) {
    out.push({
      source: { kind: 'ConfigMap', name: 'static-cm', fieldPath: 'data.color' },
      targets: [
        {
          select: { kind: 'Deployment', name: 'web' },
          fieldPaths: ['spec.template.spec.containers.[name=app].env.[name=LEVEL].value'],
        },
      ],
    });
  }
  if (rnd.chance(0.25)) {
    out.push({
      source: { kind: 'Deployment', name: 'web', fieldPath: 'spec.template.spec.containers.0.image' },
      targets: [
        {
          select: { kind: 'Deployment' },
          fieldPaths: [`metadata.annotations.image-${level}`],
          options: { create: true },
        },
      ],
    });
  }
  if (state.generatedConfigMaps.includes('app-config') && rnd.chance(0.25)) {
    out.push({
      source: { kind: 'ConfigMap', name: 'app-config' },
      targets: [
        {
          select: { kind: 'Deployment', name: 'web' },
          fieldPaths: ['spec.template.spec.containers.[name=app].env.[name=LEVEL].value'],
          options: { delimiter: '.', index: rnd.int(0, 2) },
        },
      ],
    });
  }
  if (state.cast.has('service') && rnd.chance(0.25)) {
    out.push({
      source: { kind: 'Service', name: 'web' },
      targets: [
        {
          select: { kind: 'Deployment', name: 'web' },
          fieldPaths: ['spec.template.metadata.annotations.service-name'],
          options: { create: true },
        },
      ],
    });
  }
  return out;
}

function varsFor(rnd: Random, state: TreeState): Obj[] {
  const out: Obj[] = [];
  if (state.generatedConfigMaps.includes('app-config') && !state.vars.has('APP_CONFIG_NAME') && rnd.chance(0.3)) {
    state.vars.add('APP_CONFIG_NAME');
    out.push({ name: 'APP_CONFIG_NAME', objref: { kind: 'ConfigMap', name: 'app-config', apiVersion: 'v1' } });
  }
  if (state.cast.has('service') && !state.vars.has('WEB_SERVICE') && rnd.chance(0.35)) {
    state.vars.add('WEB_SERVICE');
    out.push({ name: 'WEB_SERVICE', objref: { kind: 'Service', name: 'web', apiVersion: 'v1' } });
  }
  if (!state.vars.has('POD_NAME_VAR') && rnd.chance(0.25)) {
    state.vars.add('POD_NAME_VAR');
    out.push({
      name: 'POD_NAME_VAR',
      objref: { kind: 'Deployment', name: 'web', apiVersion: 'apps/v1' },
      fieldref: { fieldpath: 'metadata.labels.app' },
    });
  }
  return out;
}

function sortOptionsFor(rnd: Random): Obj {
  if (rnd.chance(0.5)) return { order: 'fifo' };
  const legacy: Obj = { order: 'legacy' };
  if (rnd.chance(0.6)) {
    legacy.legacySortOptions = {
      orderFirst: rnd.some(['Namespace', 'ServiceAccount', 'ConfigMap', 'Secret', 'Service']),
      orderLast: rnd.some(['Deployment', 'Ingress', 'CronJob', 'Widget']),
    };
  }
  return legacy;
}
