import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { effectiveHostnames, hostnameMatches, intersectHostname } from './hostnames.ts';

describe('hostnameMatches (semantics.md B2)', () => {
  it.each([
    ['example.com', 'example.com', true],
    ['example.com', 'EXAMPLE.com', true],
    ['example.com', 'www.example.com', false],
    ['*.example.com', 'test.example.com', true],
    ['*.example.com', 'foo.test.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.example.com', 'badexample.com', false],
    ['*.wildcard.io', 'wildcard.io', false],
  ])('%s matches %s: %s', (pattern, hostname, expected) => {
    expect(hostnameMatches(pattern, hostname)).toBe(expected);
  });
});

describe('intersectHostname (the table in semantics.md B3)', () => {
  it.each([
    // listener, route, effective hostname
    [undefined, 'first.com', 'first.com'],
    ['', '*.example.com', '*.example.com'],
    ['very.specific.com', 'very.specific.com', 'very.specific.com'],
    ['very.specific.com', 'non.matching.com', undefined],
    ['very.specific.com', '*.specific.com', 'very.specific.com'],
    ['abc.foo.example.com', '*.example.com', 'abc.foo.example.com'],
    ['*.wildcard.io', 'foo.wildcard.io', 'foo.wildcard.io'],
    ['*.wildcard.io', 'foo.bar.wildcard.io', 'foo.bar.wildcard.io'],
    ['*.wildcard.io', 'wildcard.io', undefined],
    ['*.example.com', 'test.example.net', undefined],
    ['*.foo.example.com', '*.example.com', '*.foo.example.com'],
    ['*.example.com', '*.foo.example.com', '*.foo.example.com'],
    ['*.anotherwildcard.io', '*.anotherwildcard.io', '*.anotherwildcard.io'],
    ['*.anotherwildcard.io', '*.nonmatchingwildcard.io', undefined],
  ])('listener %s and route %s intersect as %s', (listener, route, expected) => {
    expect(intersectHostname(listener, route)).toBe(expected);
  });

  const label = fc.constantFrom('a', 'b', 'foo', 'example', 'com');
  const hostname = fc
    .tuple(fc.boolean(), fc.array(label, { minLength: 1, maxLength: 4 }))
    .map(([wild, labels]) => (wild ? `*.${labels.join('.')}` : labels.join('.')));

  it('gives a hostname that both sides match, whichever side is the listener', () => {
    fc.assert(
      fc.property(
        hostname,
        hostname,
        fc.array(label, { minLength: 1, maxLength: 2 }),
        (l, r, prefix) => {
          const effective = intersectHostname(l, r);
          expect(intersectHostname(r, l)).toBe(effective);
          if (effective === undefined) return;
          // A concrete host served under the effective hostname is matched by both patterns.
          const host = effective.startsWith('*.')
            ? `${prefix.join('.')}${effective.slice(1)}`
            : effective;
          expect(hostnameMatches(l, host)).toBe(true);
          expect(hostnameMatches(r, host)).toBe(true);
        },
      ),
    );
  });
});

describe('effectiveHostnames', () => {
  it.each([
    [
      'no route hostnames inherit the listener’s',
      'foo.example.com',
      [],
      { matched: true, hostnames: ['foo.example.com'] },
    ],
    ['neither side names one: every host', undefined, undefined, { matched: true, hostnames: [] }],
    [
      'only the intersecting route hostnames apply',
      '*.example.com',
      ['test.example.com', 'test.example.net'],
      { matched: true, hostnames: ['test.example.com'] },
    ],
    [
      'none intersects: NoMatchingListenerHostname',
      'foo.example.com',
      ['not-accepted.test.com'],
      { matched: false, hostnames: [] },
    ],
    [
      'duplicates collapse',
      'a.example.com',
      ['*.example.com', 'a.example.com'],
      { matched: true, hostnames: ['a.example.com'] },
    ],
  ])('%s', (_, listener, route, expected) => {
    expect(effectiveHostnames(listener, route)).toEqual(expected);
  });
});
