import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { parseCrdsConfig } from '../../src/core/kustomize/crds-config.ts';
import { KustomizeError } from '../../src/core/kustomize/errors.ts';
import { defaultNameReferences, mergeNameReferences } from '../../src/core/kustomize/name-reference-config.ts';
import type { JsonValue } from '../../src/core/model/json.ts';
import { assertMatchesOutput, load, Renamer } from './name-reference-harness.ts';

const PKG = 'github.com/example/pkg/apis/zoo/v1';
const K8S_TYPE = {
  apiVersion: { type: 'string' },
  kind: { type: 'string' },
  metadata: { $ref: 'k8s.io/apimachinery/pkg/apis/meta/v1.ObjectMeta' },
};

/** A gen-openapi style definitions file: Keeper refers to a Bee, a Secret and (by `id`) a Hive. */
const DEFINITIONS: JsonValue = {
  [`${PKG}.Bee`]: { Schema: { properties: { ...K8S_TYPE, spec: { $ref: `${PKG}.BeeSpec` } } } },
  [`${PKG}.BeeSpec`]: { Schema: { properties: { wings: { type: 'integer' } } } },
  [`${PKG}.Keeper`]: {
    Schema: { properties: { ...K8S_TYPE, spec: { $ref: `${PKG}.KeeperSpec` } } },
    Dependencies: [`${PKG}.KeeperSpec`],
  },
  [`${PKG}.KeeperSpec`]: {
    Schema: {
      properties: {
        beeRef: {
          'x-kubernetes-object-ref-api-version': 'v1',
          'x-kubernetes-object-ref-kind': 'Bee',
          $ref: `${PKG}.Bee`,
        },
        secretRef: {
          'x-kubernetes-object-ref-api-version': 'v1',
          'x-kubernetes-object-ref-kind': 'Secret',
          $ref: 'k8s.io/api/core/v1.LocalObjectReference',
        },
        hive: {
          'X-Kubernetes-Object-Ref-Api-Version': 'v1',
          'x-kubernetes-object-ref-kind': 'Hive',
          'x-kubernetes-object-ref-name-key': 'id',
        },
        selector: { 'x-kubernetes-label-selector': '' },
        notes: { 'x-kubernetes-annotation': '' },
        handle: { 'x-kubernetes-identity': '' },
        // Not a string: ignored, as kustomize's extension lookup ignores it.
        other: { 'x-kubernetes-object-ref-api-version': 1, 'x-kubernetes-object-ref-kind': 'Other' },
        self: { $ref: `${PKG}.KeeperSpec` },
      },
    },
  },
  // Not a Kubernetes type (no kind/apiVersion/metadata): only reachable through refs.
  [`${PKG}.KeeperList`]: { Schema: { properties: { items: { type: 'array' } } } },
};

test('crds: object-ref extensions become nameReference entries; others become field specs', () => {
  const config = parseCrdsConfig(DEFINITIONS, '/k/crds.json');
  assert.deepEqual(config.nameReference, [
    { kind: 'Secret', version: 'v1', fieldSpecs: [{ kind: 'Keeper', path: 'spec/secretRef/name' }] },
    { kind: 'Bee', version: 'v1', fieldSpecs: [{ kind: 'Keeper', path: 'spec/beeRef/name' }] },
    { kind: 'Hive', version: 'v1', fieldSpecs: [{ kind: 'Keeper', path: 'spec/hive/id' }] },
  ]);
  assert.deepEqual(config.commonLabels, [{ kind: 'Keeper', path: 'spec/selector' }]);
  assert.deepEqual(config.commonAnnotations, [{ kind: 'Keeper', path: 'spec/notes' }]);
  assert.deepEqual(config.namePrefix, [{ kind: 'Keeper', path: 'spec/handle' }]);
});

test('crds: entries merge into the default table by group/version/kind', () => {
  const merged = mergeNameReferences(defaultNameReferences(), parseCrdsConfig(DEFINITIONS, 'crds.json').nameReference!);
  const secret = merged.filter((r) => r.kind === 'Secret');
  assert.equal(secret.length, 1);
  assert.ok(secret[0]!.fieldSpecs.some((s) => s.kind === 'Keeper' && s.path === 'spec/secretRef/name'));
  assert.ok(merged.some((r) => r.kind === 'Bee'));
  // Merging the same entries again adds nothing.
  const again = mergeNameReferences(merged, parseCrdsConfig(DEFINITIONS, 'crds.json').nameReference!);
  assert.deepEqual(again, merged);
});

test('crds: a YAML definitions file parses the same; lower-case `schema` is accepted as Go does', () => {
  const yaml = `
example.com/v1.Thing:
  schema:
    properties:
      apiVersion: {type: string}
      kind: {type: string}
      metadata: {type: object}
      configRef:
        x-kubernetes-object-ref-api-version: v1
        x-kubernetes-object-ref-kind: ConfigMap
`;
  assert.deepEqual(parseCrdsConfig(parseYaml(yaml) as JsonValue, 'crds.yaml').nameReference, [
    { kind: 'ConfigMap', version: 'v1', fieldSpecs: [{ kind: 'Thing', path: 'configRef/name' }] },
  ]);
});

test('crds: malformed files are errors naming the file', () => {
  for (const bad of [[], 'text', { T: 'not a map' }, { T: { Schema: [] } }, { T: { Schema: { properties: 3 } } }] as JsonValue[]) {
    assert.throws(
      () => parseCrdsConfig(bad, '/k/crds.json'),
      (e: unknown) => e instanceof KustomizeError && e.file === '/k/crds.json' && /crds\.json/.test(e.message),
      JSON.stringify(bad),
    );
  }
  assert.deepEqual(parseCrdsConfig({}, 'empty.json').nameReference, []);
});

// Kustomize's own crd e2e cases, read in place when the conformance corpus is present.
const CASES = '/work/shared/conformance/kustomize/cases';

for (const { name, overlayPrefix } of [
  { name: 'crd__TestCrdBase', overlayPrefix: '' },
  { name: 'crd__TestCrdWithOverlay', overlayPrefix: 'prod-' },
]) {
  const dir = join(CASES, name);
  test(`crds: conformance ${name}`, { skip: !existsSync(dir) && 'conformance corpus not present' }, () => {
    const base = join(dir, 'in/base');
    const text = ['secret.yaml', 'mykind.yaml', 'bee.yaml'].map((f) => readFileSync(join(base, f), 'utf8')).join('\n---\n');
    const rs = load(text, 'base');
    const crds = parseCrdsConfig(JSON.parse(readFileSync(join(base, 'mycrd.json'), 'utf8')) as JsonValue, 'mycrd.json');
    const refs = mergeNameReferences(defaultNameReferences(), crds.nameReference ?? []);
    const renamer = new Renamer().prefix(rs, 'x-').prefix(rs, overlayPrefix);
    if (overlayPrefix) {
      // The overlay's strategic-merge patch changes the Bee's spec, not its name.
      (rs.find((r) => r.kind === 'Bee')!.obj.spec as { action: string }).action = 'makehoney';
    }
    renamer.fix(rs, refs);
    assertMatchesOutput(rs, readFileSync(join(dir, 'expected.yaml'), 'utf8'));
  });
}
