import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderText } from '../../src/core/render/text.ts';
import { RULES } from '../../src/core/render/rules.ts';
import { report, reportOf } from './fixture.ts';

test('each finding is one line starting with a clickable file:line:col, then severity, rule, message, resource', () => {
  const out = renderText(report, { color: false });
  assert.match(
    out,
    /^ {2}apps\/metallb\/base\/helm-release\.yaml:23:5 +error +schema\/unknown-field +spec\.syncPolicy\.syncWave is not a field of argoproj\.io\/v1alpha1 Application {2}\(Application argocd\/metallb\)$/m,
  );
  // No column known: file:line only. No file: the entrypoint directory.
  assert.match(out, /^ {2}apps\/podinfo\/overlays\/dev\/kustomization\.yaml:4 +warning +kustomize\/deprecated-field /m);
  assert.match(out, /^ {2}apps\/metallb\/overlays\/dev +warning +schema\/missing /m);
});

test('grouped by environment in report order; findings of no environment last; errors first within one', () => {
  const out = renderText(report, { color: false });
  const dev = out.indexOf('dev (branch dev): 2 entrypoints, 8 resources');
  const prod = out.indexOf('prod (branch main): 2 entrypoints, 3 resources');
  const all = out.indexOf('all environments');
  assert.ok(dev === 0 && prod > dev && all > prod);
  const devBlock = out.slice(dev, prod);
  assert.ok(devBlock.lastIndexOf(' error ') < devBlock.indexOf(' warning '));
});

test('ends with the one summary line', () => {
  const out = renderText(report, { color: false });
  assert.ok(out.endsWith('\n5 errors, 3 warnings, 1 notice in 4 entrypoints (11 resources) across 2 environments\n'));
  const one = renderText(reportOf([], [{ name: 'dev', branch: 'dev', entrypoints: [{ path: 'a', resources: 1 }] }]), { color: false });
  assert.ok(one.endsWith('0 errors, 0 warnings, 0 notices in 1 entrypoint (1 resource) across 1 environment\n'));
  assert.match(one, /^ {2}no findings$/m);
});

test('ANSI colour only when asked', () => {
  assert.doesNotMatch(renderText(report, { color: false }), /\u001b/);
  const colored = renderText(report, { color: true });
  assert.match(colored, /\u001b\[31merror {2}\u001b\[0m/);
  // Colour does not change the text once the escapes are removed.
  assert.equal(colored.replace(/\u001b\[[0-9;]*m/g, ''), renderText(report, { color: false }));
});

test("strangers' control characters cannot drive the terminal; multi-line messages stay indented", () => {
  const out = renderText(
    reportOf([{ ruleId: 'kustomize/build-failed', severity: 'error', message: 'first\nsecond\u001b[2J\rthird\u0007', environment: 'dev', entrypoint: 'e' }]),
    { color: false },
  );
  assert.doesNotMatch(out, /[\u0007\u001b\r]/);
  const indent = ' '.repeat('  e  error    kustomize/build-failed  '.length);
  assert.ok(out.includes(`  e  error    kustomize/build-failed  first\n${indent}second\\x1b[2J\n${indent}third\\x07\n`), out);
});

test('the rule catalogue holds every rule id of DESIGN.md with its default severity', () => {
  const design: Record<string, string> = {
    'yaml/parse-error': 'error', 'kustomize/build-failed': 'error', 'kustomize/deprecated-field': 'warning',
    'resource/duplicate': 'error', 'schema/invalid': 'error', 'schema/unknown-field': 'error', 'schema/missing': 'warning',
    'schema/removed-api': 'error', 'schema/deprecated-api': 'warning', 'wave/invalid': 'error', 'wave/order': 'error',
    'wave/crd-order': 'error', 'wave/child-health': 'warning', 'flux/dependson-missing': 'error',
    'flux/dependson-cycle': 'error', 'flux/crd-order': 'error', 'promotion/source-branch': 'error',
    'promotion/target-revision': 'error', 'promotion/cross-environment': 'error', 'promotion/sync-policy': 'error',
    'promotion/unverified': 'error', 'secret/plaintext': 'warning',
  };
  for (const [id, severity] of Object.entries(design)) {
    assert.equal(RULES[id as keyof typeof RULES]?.defaultSeverity, severity, id);
  }
  for (const [id, info] of Object.entries(RULES)) {
    assert.match(id, /^[a-z]+\/[a-z-]+$/);
    assert.ok(info.shortDescription.length > 0 && !info.shortDescription.endsWith('.'), id);
  }
});
