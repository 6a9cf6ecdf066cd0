// Runs the generator code on kustomize's own e2e cases that use nothing but generators, bases and name or
// namespace changes, through a miniature build (below), and compares the ConfigMaps and Secrets with what
// the real tool produced. The whole engine is tested elsewhere; this pins the generator semantics alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import {
  addGeneratedResource,
  applyHashSuffixes,
  generateConfigMap,
  generateSecret,
  type GeneratorOptions,
  type GeneratorSpec,
} from '../../src/core/kustomize/generators.ts';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import { Resource } from '../../src/core/kustomize/resource.ts';
import { isJsonObject, type JsonObject, type JsonValue } from '../../src/core/model/json.ts';

const base = resolve('../shared/conformance/kustomize');
const SUPPORTED = new Set([
  'apiVersion', 'kind', 'resources', 'configMapGenerator', 'secretGenerator', 'generatorOptions', 'namePrefix', 'nameSuffix', 'namespace',
]);

class Unsupported extends Error {}

/** Fields that cannot change a ConfigMap's or Secret's data, name or namespace: ignored by the corpus check. */
const HARMLESS = new Set(['commonLabels', 'labels', 'commonAnnotations', 'images', 'replicas', 'metadata']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition']);

function miniBuild(dir: string, ignore: ReadonlySet<string> = new Set()): Resource[] {
  const file = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'].map((n) => join(dir, n)).find((p) => existsSync(p));
  if (!file) throw new Unsupported(`no kustomization file in ${dir}`);
  const k = (parse(readFileSync(file, 'utf8'), { uniqueKeys: false }) ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(k)) if (!SUPPORTED.has(key) && !ignore.has(key)) throw new Unsupported(key);
  const resources: Resource[] = [];
  for (const rel of (k.resources as string[] | undefined) ?? []) {
    const p = join(dir, rel);
    if (!existsSync(p)) throw new Unsupported(`resource ${rel}`);
    if (statSync(p).isDirectory()) resources.push(...miniBuild(p, ignore));
    else {
      for (const d of parseAllDocuments(readFileSync(p, 'utf8'), { uniqueKeys: false })) {
        const obj = d.toJS() as JsonObject | null;
        if (obj) resources.push(new Resource(obj));
      }
    }
  }
  const ctx = {
    kustomizationFile: file,
    dir,
    readFile(rel: string): Uint8Array {
      const p = join(dir, rel);
      if (!existsSync(p)) throw new KustomizeError(`file '${rel}' does not exist`, file);
      return readFileSync(p);
    },
  };
  const global = k.generatorOptions as GeneratorOptions | undefined;
  for (const spec of (k.configMapGenerator as GeneratorSpec[] | undefined) ?? []) {
    addGeneratedResource(resources, generateConfigMap(spec, global, ctx), `configMapGenerator in ${file}`);
  }
  for (const spec of (k.secretGenerator as GeneratorSpec[] | undefined) ?? []) {
    addGeneratedResource(resources, generateSecret(spec, global, ctx), `secretGenerator in ${file}`);
  }
  for (const r of resources) {
    if (typeof k.namespace === 'string' && k.namespace && !CLUSTER_SCOPED.has(r.kind)) {
      r.storePreviousId();
      r.setNamespace(k.namespace);
    }
    if (k.namePrefix || k.nameSuffix) {
      r.storePreviousId();
      r.setName(`${(k.namePrefix as string) ?? ''}${r.name}${(k.nameSuffix as string) ?? ''}`);
    }
  }
  return resources;
}

const key = (o: JsonObject) => {
  const md = (o.metadata ?? {}) as JsonObject;
  return `${o.kind}|${md.namespace ?? ''}|${md.name}`;
};
const configObjects = (list: JsonObject[]) =>
  list.filter((o) => o.kind === 'ConfigMap' || o.kind === 'Secret').sort((a, b) => key(a).localeCompare(key(b)));

interface IndexCase {
  name: string;
  root: string;
  outcome: string;
  features: string[];
}

const cases: IndexCase[] = existsSync(join(base, 'index.json'))
  ? (JSON.parse(readFileSync(join(base, 'index.json'), 'utf8')).cases as IndexCase[]).filter((c) =>
      c.features.some((f) => f === 'configMapGenerator' || f === 'secretGenerator'),
    )
  : [];

test('generator-only kustomize e2e cases match the real tool', { skip: cases.length === 0 }, () => {
  let ran = 0;
  const failures: string[] = [];
  for (const c of cases) {
    const caseDir = join(base, 'cases', c.name);
    let got: JsonObject[];
    try {
      const res = miniBuild(join(caseDir, 'in', c.root));
      applyHashSuffixes(res);
      got = res.map((r) => r.obj);
    } catch (err) {
      if (err instanceof Unsupported) continue;
      ran++;
      if (c.outcome !== 'error') failures.push(`${c.name}: unexpected error ${(err as Error).message}`);
      continue;
    }
    ran++;
    if (c.outcome === 'error') {
      failures.push(`${c.name}: expected an error`);
      continue;
    }
    const expected = parseAllDocuments(readFileSync(join(caseDir, 'expected.yaml'), 'utf8')).map((d) => d.toJS() as JsonObject);
    try {
      assert.deepEqual(configObjects(got), configObjects(expected));
    } catch (err) {
      failures.push(`${c.name}: ${(err as Error).message}`);
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(ran >= 10, `only ${ran} cases ran`);
  console.log(`generator e2e cases run: ${ran}`);
});

// Real repositories: every kustomization under ../shared/corpus/real that uses a generator and otherwise only
// fields that cannot change a ConfigMap's or Secret's content or name.
const corpus = resolve('../shared/corpus/real');

function* kustomizationDirs(dir: string): Generator<string> {
  const names = readdirSync(dir);
  if (names.includes('kustomization.yaml') || names.includes('kustomization.yml')) yield dir;
  for (const n of names) {
    const p = join(dir, n);
    if (!n.startsWith('.') && statSync(p).isDirectory()) yield* kustomizationDirs(p);
  }
}

const generated = (o: JsonObject) => {
  const sorted = (m: JsonValue | undefined) =>
    isJsonObject(m) ? Object.fromEntries(Object.keys(m).sort().map((k) => [k, m[k]])) : m;
  const md = (o.metadata ?? {}) as JsonObject;
  return JSON.stringify([o.kind, md.namespace ?? '', md.name, sorted(o.data), sorted(o.binaryData), o.type, o.immutable]);
};

test('generated ConfigMaps and Secrets of real repositories match the real tool', { skip: !existsSync(corpus) }, () => {
  let ran = 0;
  const failures: string[] = [];
  for (const repo of readdirSync(corpus).filter((n) => existsSync(join(corpus, `${n}.expected`)))) {
    for (const dir of kustomizationDirs(join(corpus, repo))) {
      const file = ['kustomization.yaml', 'kustomization.yml'].map((n) => join(dir, n)).find((p) => existsSync(p))!;
      if (!/configMapGenerator|secretGenerator/.test(readFileSync(file, 'utf8'))) continue;
      const expectedFile = join(corpus, `${repo}.expected`, relative(join(corpus, repo), dir), 'expected.yaml');
      if (!existsSync(expectedFile)) continue;
      let got: Resource[];
      try {
        got = miniBuild(dir, HARMLESS);
        applyHashSuffixes(got);
      } catch (err) {
        if (err instanceof Unsupported) continue;
        failures.push(`${dir}: ${(err as Error).message}`);
        continue;
      }
      ran++;
      const expected = parseAllDocuments(readFileSync(expectedFile, 'utf8')).map((d) => d.toJS() as JsonObject);
      const want = configObjects(expected).map(generated).sort();
      const have = configObjects(got.map((r) => r.obj)).map(generated).sort();
      if (JSON.stringify(want) !== JSON.stringify(have)) failures.push(`${dir}:\n  want ${want.join('\n       ')}\n  have ${have.join('\n       ')}`);
    }
  }
  assert.deepEqual(failures, []);
  assert.ok(ran >= 10, `only ${ran} corpus kustomizations ran`);
  console.log(`corpus kustomizations with generators checked: ${ran}`);
});
