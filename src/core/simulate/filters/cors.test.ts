import { describe, expect, it } from 'vitest';
import { originAllowed } from './cors.ts';

describe('CORS origins (D5)', () => {
  it.each<readonly [string, readonly string[], boolean]>([
    ['https://www.foo.com', ['https://www.foo.com'], true],
    ['https://www.foo.com:443', ['https://www.foo.com'], true],
    ['http://www.foo.com', ['https://www.foo.com'], false],
    ['https://www.foo.com:8443', ['https://www.foo.com'], false],
    ['https://www.bar.com', ['https://*.bar.com'], true],
    ['https://xpto.www.bar.com', ['https://*.bar.com'], true],
    ['https://bar.com', ['https://*.bar.com'], false],
    ['https://anything.example:12345', ['*'], true],
    ['not an origin', ['https://www.foo.com'], false],
  ])('%s against %o: %s', (origin, allowed, expected) => {
    expect(originAllowed(origin, allowed)).toBe(expected);
  });
});
