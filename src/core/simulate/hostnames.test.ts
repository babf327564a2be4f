import { describe, expect, it } from 'vitest';
import { hostnameMatches, listenerSpecificity, matchingHostnamePatterns } from './hostnames.ts';

describe('hostnames', () => {
  it.each<readonly [string, string, boolean]>([
    ['', 'anything.example', true],
    ['example.com', 'example.com', true],
    ['example.com', 'www.example.com', false],
    ['*.example.com', 'test.example.com', true],
    ['*.example.com', 'foo.test.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.wildcard.io', 'wildcard.io', false],
  ])('%s matches %s: %s (B2)', (pattern, host, expected) => {
    expect(hostnameMatches(pattern, host)).toBe(expected);
  });

  it('orders listener hostnames: exact, then wildcards with more labels, then none (A1)', () => {
    const hostnames = [
      undefined,
      '*.com',
      'a.foo.example.com',
      '*.foo.example.com',
      '*.example.com',
    ];
    const sorted = [...hostnames].sort((a, b) => listenerSpecificity(b) - listenerSpecificity(a));
    expect(sorted).toEqual([
      'a.foo.example.com',
      '*.foo.example.com',
      '*.example.com',
      '*.com',
      undefined,
    ]);
  });

  it('lists the route hostnames that could match a host, most specific first (A3)', () => {
    expect(matchingHostnamePatterns('a.b.example.com')).toEqual([
      'a.b.example.com',
      '*.b.example.com',
      '*.example.com',
      '*.com',
      '',
    ]);
  });
});
