import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, parseConfig } from '../../src/config/config.ts';

test('a full config parses with defaults filled in', () => {
  const cfg = parseConfig(
    `repoURL: https://git.example.test/homelab.git
kubernetesVersion: "1.30"
environments:
  - name: dev
    entrypoints: ["argocd/overlays/dev"]
    sync: auto
  - name: prod
    promotesFrom: dev
    sync: manual
    allowedSources: ["hotfix/*"]
rules:
  secret/plaintext: off
`,
    '.gitops-gate.yaml',
  );
  assert.equal(cfg.kubernetesVersion, '1.30');
  assert.equal(cfg.environments[0]!.branch, 'dev');
  assert.equal(cfg.environments[1]!.branch, 'main');
  assert.deepEqual(cfg.environments[1]!.allowedSources, ['hotfix/*']);
  assert.equal(cfg.rules['secret/plaintext'], 'off');
});

const bad: { name: string; yaml: string; line: number; message: RegExp }[] = [
  { name: 'unknown top-level field', yaml: 'kubernetesVersion: "1.31"\nenvironmnts: []\n', line: 2, message: /unknown field 'environmnts'/ },
  { name: 'bad sync value', yaml: 'environments:\n  - name: dev\n    sync: sometimes\n', line: 3, message: /auto.*manual/ },
  { name: 'rule severity', yaml: 'rules:\n  schema/missing: loud\n', line: 2, message: /one of/ },
  { name: 'unknown promotesFrom', yaml: 'environments:\n  - name: dev\n  - name: prod\n    promotesFrom: staging\n', line: 4, message: /not an environment/ },
  { name: 'duplicate env', yaml: 'environments:\n  - name: dev\n  - name: dev\n', line: 3, message: /defined twice/ },
  { name: 'broken yaml', yaml: 'environments: [\n', line: 2, message: /not valid YAML/ },
];
for (const c of bad) {
  test(`config error: ${c.name}`, () => {
    assert.throws(
      () => parseConfig(c.yaml, '.gitops-gate.yaml'),
      (e: unknown) => e instanceof ConfigError && e.line === c.line && c.message.test(e.message),
    );
  });
}

test('exclude, ignore and sources parse, with globs made repo-relative and the entry lines kept', () => {
  const cfg = parseConfig(
    `exclude: ["./legacy/**", "apps/scratch/"]
ignore:
  - rule: schema/missing
    path: ./apps/legacy/**
  - rule: "schema/*"
    resource: Secret/*/legacy-*
    environment: prod
    reason: migrated next quarter
sources:
  - kind: OCIRepository
    name: flux-system
    path: ./kubernetes
`,
    '.gitops-gate.yaml',
  );
  assert.deepEqual(cfg.exclude, ['legacy/**', 'apps/scratch']);
  assert.deepEqual(cfg.ignore, [
    { rule: 'schema/missing', path: 'apps/legacy/**', line: 3 },
    { rule: 'schema/*', resource: 'Secret/*/legacy-*', environment: 'prod', line: 5 },
  ]);
  assert.deepEqual(cfg.sources, [{ kind: 'OCIRepository', name: 'flux-system', namespace: 'flux-system', path: 'kubernetes' }]);
});

const badSuppressions: { name: string; yaml: string; line: number; message: RegExp }[] = [
  { name: 'ignore entry without a place', yaml: 'ignore:\n  - rule: schema/missing\n', line: 2, message: /needs 'path' or 'resource'/ },
  { name: 'ignore entry with a bad resource', yaml: 'ignore:\n  - rule: schema/missing\n    resource: Secret\n', line: 3, message: /expected form/ },
  { name: 'ignore entry with an unknown field', yaml: 'ignore:\n  - rule: schema/missing\n    paths: [a]\n', line: 3, message: /unknown field 'paths'/ },
  { name: 'source of an unknown kind', yaml: 'sources:\n  - kind: HelmRepository\n    name: x\n', line: 2, message: /one of/ },
];
for (const c of badSuppressions) {
  test(`config error: ${c.name}`, () => {
    assert.throws(
      () => parseConfig(c.yaml, '.gitops-gate.yaml'),
      (e: unknown) => e instanceof ConfigError && e.line === c.line && c.message.test(e.message),
    );
  });
}
