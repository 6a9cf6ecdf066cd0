// False-positive suite: every rendered resource of real GitOps repositories (the real kustomize's output)
// against the shared schema set. Errors here are either genuine faults in those repositories, listed below
// with why, or bugs in the schema check.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { checkSchemas } from '../../src/core/checks/schema.ts';
import { SchemaValidator } from '../../src/core/schema/validator.ts';
import { resourcesFromYaml, sharedSchemaSource, SKIP_NO_SCHEMAS } from './helpers.ts';

const CORPUS = '/work/shared/corpus/real';

/** Errors that are right: "build | kind/name | path". */
const GENUINE: Record<string, string[]> = {
  // These bases list a partial StatefulSet (replicas + template only) meant to be merged into another base;
  // built on their own they render a StatefulSet the API server rejects.
  'argoproj__argo-cd': [
    'manifests/base/application-controller-deployment | StatefulSet/argocd-application-controller | /spec',
    'manifests/ha/base/controller-deployment | StatefulSet/argocd-application-controller | /spec',
  ],
  // The AlertmanagerConfig uses pushover `monospace`, which the CRDs-catalog schema of
  // monitoring.coreos.com/v1alpha1 does not have (the repo runs a newer prometheus-operator than the data).
  'onedr0p__home-ops': ['kubernetes/apps/o11y/kube-prometheus-stack/app | AlertmanagerConfig/alertmanager | /spec/receivers/2/pushoverConfigs/0/monospace'],
  'fluxcd__flux2-kustomize-helm-example': [],
  'vehagn__homelab': [],
};

function expectedFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...expectedFiles(p));
    else if (name === 'expected.yaml') out.push(p);
  }
  return out;
}

const validator = new SchemaValidator();
const source = sharedSchemaSource();

for (const [repo, genuine] of Object.entries(GENUINE)) {
  const root = join(CORPUS, `${repo}.expected`);
  const skip = SKIP_NO_SCHEMAS || (existsSync(root) ? false : `no corpus at ${root}`);
  test(`corpus ${repo}: no false schema errors`, { skip, timeout: 120_000 }, async (t) => {
    const builds = expectedFiles(root).map((file) => ({
      build: relative(root, file).replace(/\/?expected\.yaml$/, '') || '.',
      resources: resourcesFromYaml(readFileSync(file, 'utf8')),
    }));
    const errors = new Set<string>();
    let count = 0;
    const started = process.cpuUsage();
    for (const { build, resources } of builds) {
      count += resources.length;
      for (const f of await checkSchemas(resources, { source, kubernetesVersion: '1.31', validator })) {
        if (f.severity === 'error') errors.add(`${build} | ${f.resource?.kind}/${f.resource?.name} | ${f.path}`);
      }
    }
    const used = process.cpuUsage(started);
    const ms = (used.user + used.system) / 1000;
    t.diagnostic(`${count} resources in ${builds.length} builds, ${ms.toFixed(0)} ms CPU (${Math.round((count / ms) * 1000)} resources/s, compiles included)`);
    assert.deepEqual([...errors].sort(), [...genuine].sort());
  });
}
