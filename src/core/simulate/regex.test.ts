import { describe, expect, it } from 'vitest';
import { compileRegex, literalPrefix } from './regex.ts';

describe('regular expressions (RE2)', () => {
  it.each<readonly [string, string, boolean]>([
    ['/items/[0-9]+', '/items/42', true],
    ['/items/[0-9]+', '/items/42/x', false],
    ['/items/[0-9]+', '/prefix/items/42', false],
    ['(?i)/ITEMS', '/items', true],
    ['/a|/b', '/b', true],
    ['/ab*c', '/ac', true],
  ])('%s matches the whole of %s: %s', (pattern, value, expected) => {
    const compiled = compileRegex(pattern);
    expect(compiled.ok && compiled.test(value)).toBe(expected);
  });

  it.each(['/(?=admin)', '(a)\\1', '/items/[0-9'])(
    'reports %s as rejected, never throws',
    (pattern) => {
      const compiled = compileRegex(pattern);
      expect(compiled.ok).toBe(false);
      expect(!compiled.ok && compiled.error.length).toBeGreaterThan(0);
    },
  );

  it('returns the cached compilation for a pattern it has seen', () => {
    expect(compileRegex('/cached/.*')).toBe(compileRegex('/cached/.*'));
  });

  it.each<readonly [string, string]>([
    ['/items/[0-9]+', '/items/'],
    ['^/api/v1', '/api/v1'],
    ['/ab*c', '/a'],
    ['/a?', '/'],
    ['/a|/b', ''],
    ['(?i)/x', ''],
    ['/é+', '/'],
  ])('the literal prefix of %s is "%s"', (pattern, prefix) => {
    expect(literalPrefix(pattern)).toBe(prefix);
  });
});
