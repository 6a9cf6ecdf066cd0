import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compileGoRegExp } from '../../src/core/schema/go-regexp.ts';
import { KUBERNETES_FORMATS } from '../../src/core/schema/formats.ts';

const cases: { pattern: string; yes: string[]; no: string[] }[] = [
  { pattern: '^(?i)(abort|warn)?$', yes: ['ABORT', 'warn', ''], no: ['stop'] },
  { pattern: '^((?i)sun|mon)day$', yes: ['SUNday', 'monday'], no: ['tuesday'] },
  { pattern: '^[[:alpha:]][[:alnum:]_]*\\z', yes: ['a1_'], no: ['1a'] },
  { pattern: '\\Aab\\z', yes: ['ab'], no: ['xab'] },
  { pattern: '^(?P<name>[a-z]+)$', yes: ['abc'], no: ['ABC'] },
  { pattern: '^\\Q*.x\\E$', yes: ['*.x'], no: ['a.x'] },
  { pattern: '^[-a-z0-9\\-]+$', yes: ['a-b'], no: ['A'] },
  { pattern: '\\p{Greek}+', yes: ['αβ'], no: ['ab'] },
];

for (const c of cases) {
  test(`go regexp ${c.pattern}`, () => {
    const rx = compileGoRegExp(c.pattern);
    for (const s of c.yes) assert.ok(rx.test(s), `${s} should match`);
    for (const s of c.no) assert.ok(!rx.test(s), `${s} should not match`);
  });
}

test('a pattern JS cannot run accepts everything rather than failing manifests', () => {
  assert.ok(compileGoRegExp('[[:^alpha:]]').test('anything'));
  assert.ok(compileGoRegExp('(unclosed').test('anything'));
});

test('formats as the API server reads them', () => {
  const duration = KUBERNETES_FORMATS.duration!;
  for (const ok of ['1h30m', '90s', '1.5h', '0', 'PT1H30M', 'P1D', '3 days', '300ms']) assert.ok(duration.validate(ok), ok);
  for (const bad of ['soon', '1x', 'PT', '']) assert.ok(!duration.validate(bad), bad);
  assert.ok(KUBERNETES_FORMATS['date-time']!.validate('2024-01-02T03:04:05Z'));
  assert.ok(!KUBERNETES_FORMATS['date-time']!.validate('yesterday'));
  assert.ok(KUBERNETES_FORMATS.cidr!.validate('10.0.0.0/8'));
  assert.ok(KUBERNETES_FORMATS.cidr!.validate('fd00::/64'));
  assert.ok(!KUBERNETES_FORMATS.cidr!.validate('10.0.0.0'));
  assert.ok(KUBERNETES_FORMATS.int32!.validate(2147483647));
  assert.ok(!KUBERNETES_FORMATS.int32!.validate(2147483648));
  assert.ok(KUBERNETES_FORMATS.byte!.validate('aGVsbG8=\n'));
});
