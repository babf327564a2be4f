import { Environment } from '@marcbachmann/cel-js';
import { describe, expect, it } from 'vitest';
import { compileCel } from './celEngine.ts';
import { adaptRule } from './celRewrite.ts';

const parser = new Environment({ unlistedVariablesAreDyn: true });
const adapt = (rule: string): string => adaptRule(rule, parser.parse(rule).ast);

describe('adapting rules to the CEL engine', () => {
  it.each([
    ['has(self.a)', 'has(self.a)'],
    ['self.all(f, has(f.requestRedirect))', 'self.all(f, has(f.requestRedirect))'],
    ['has(self[0].matches)', '("matches" in self[0])'],
    ['has(self.matches[0].path) && x', '("path" in self.matches[0]) && x'],
    ["self.value.matches('^a')", "re2Matches(self.value, '^a')"],
    ["matches(self, 'b')", "re2Matches(self, 'b')"],
    [
      "h.substring(2).matches('^x') ? 'matches(' : ''",
      "re2Matches(h.substring(2), '^x') ? 'matches(' : ''",
    ],
  ])('%s → %s', (rule, adapted) => {
    expect(adapt(rule)).toBe(adapted);
  });

  it.each([
    ['has(self[0].matches)', [{ matches: [] }], true],
    ['has(self[0].matches)', [{}], false],
    ["self.matches('^(?i)abc$')", 'ABC', true],
    ["self.matches('^[a-z]+$')", 'abc1', false],
    ["self.matches('b')", 'abc', true],
  ] as const)('%s on %j is %s', (rule, self, expected) => {
    const program = compileCel(rule);
    expect(program.ok && program.run(self)).toBe(expected);
  });

  it('evaluates patterns in linear time (no backtracking on user data)', () => {
    const program = compileCel("self.matches('^(a+)+$')");
    expect(program.ok && program.run(`${'a'.repeat(5000)}!`)).toBe(false);
  });

  it('reports an invalid pattern as an evaluation error', () => {
    const program = compileCel("self.matches('(')");
    expect(program.ok).toBe(true);
    expect(() => (program.ok ? program.run('x') : undefined)).toThrow(/invalid regular expression/);
  });

  it.each([
    ['isIP(self)', '10.0.0.1', true],
    ['isIP(self)', '2001:db8::1', true],
    ['isIP(self)', '010.0.0.1', false],
    ['isIP(self)', '::ffff:10.0.0.1', false],
    ['isIP(self)', 'fe80::1%eth0', false],
    ['isIP(self)', 'example.com', false],
    ['!format.dns1123Label().validate(self).hasValue()', 'my-name', true],
    ['!format.dns1123Label().validate(self).hasValue()', 'My_Name', false],
    ["duration(self) > duration('1m')", '1h30m', true],
    ["duration(self) > duration('1m')", '500ms', false],
  ] as const)('the Kubernetes library: %s on %s is %s', (rule, self, expected) => {
    const program = compileCel(rule);
    expect(program.ok && program.run(self)).toBe(expected);
  });
});
