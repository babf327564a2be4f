import { describe, expect, it } from 'vitest';
import { normalizePrefix, pathPrefixes, prefixMatches, replacePrefixMatch } from './paths.ts';

describe('paths', () => {
  it.each<readonly [string, string, boolean]>([
    ['/abc', '/abc', true],
    ['/abc', '/abc/', true],
    ['/abc', '/abc/def', true],
    ['/abc', '/abcd', false],
    ['/abc/', '/abc', true],
    ['/v2', '/v2example', false],
    ['/full', '/full-path-and-host', false],
    ['/', '/anything/at/all', true],
    ['/Abc', '/abc', false],
  ])('PathPrefix %s matches %s: %s (element-wise, A9)', (prefix, path, expected) => {
    expect(prefixMatches(normalizePrefix(prefix), path)).toBe(expected);
  });

  it.each<readonly [string, readonly string[]]>([
    ['/a/b/', ['/a/b', '/a', '']],
    ['/a/b', ['/a/b', '/a', '']],
    ['/', ['']],
  ])('the element-wise prefixes of %s are %o', (path, expected) => {
    expect(pathPrefixes(path)).toEqual(expected);
  });

  // The ReplacePrefixMatch table of httproute_types.go (semantics.md D3).
  it.each<readonly [string, string, string, string]>([
    ['/foo/bar', '/foo', '/xyz', '/xyz/bar'],
    ['/foo/bar', '/foo', '/xyz/', '/xyz/bar'],
    ['/foo/bar', '/foo/', '/xyz', '/xyz/bar'],
    ['/foo/bar', '/foo/', '/xyz/', '/xyz/bar'],
    ['/foo', '/foo', '/xyz', '/xyz'],
    ['/foo/', '/foo', '/xyz', '/xyz/'],
    ['/foo/bar', '/foo', '', '/bar'],
    ['/foo/', '/foo', '', '/'],
    ['/foo', '/foo', '', '/'],
    ['/foo/', '/foo', '/', '/'],
    ['/foo', '/foo', '/', '/'],
  ])(
    'ReplacePrefixMatch: %s with prefix %s and replacement "%s" gives %s',
    (path, prefix, replacement, expected) => {
      expect(replacePrefixMatch(path, prefix, replacement)).toBe(expected);
    },
  );
});
