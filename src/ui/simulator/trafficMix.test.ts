import { describe, expect, it } from 'vitest';
import type { RequestEntry } from '../../core/index.ts';
import { parseMix } from './trafficMix.ts';

const entry: RequestEntry = { kind: 'gateway', namespace: 'default', name: 'edge' };

describe('the traffic mix', () => {
  it('is empty without lines (the composed request is sent)', () => {
    expect(parseMix('\n  \n# a comment\n', entry)).toEqual({ ok: true, templates: [] });
  });

  it('reads shares, headers and entries', () => {
    const parsed = parseMix(
      [
        '9 GET http://www.example.com/',
        '1 GET http://www.example.com/ | x-canary: true',
        'POST http://echo.default/ | from team-a',
        '2x GET http://shop.example.com/ | via shop/edge | x-env: green',
      ].join('\n'),
      entry,
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.templates.map((t) => t.weight)).toEqual([9, 1, 1, 2]);
    expect(parsed.templates[1]?.request.headers).toEqual([{ name: 'x-canary', value: 'true' }]);
    expect(parsed.templates[0]?.request.entry).toEqual(entry);
    expect(parsed.templates[2]?.request.entry).toEqual({ kind: 'mesh', from: 'team-a' });
    expect(parsed.templates[3]?.request.entry).toEqual({
      kind: 'gateway',
      namespace: 'shop',
      name: 'edge',
    });
    expect(parsed.templates[3]?.request.headers).toEqual([{ name: 'x-env', value: 'green' }]);
  });

  it.each([
    ['GET http://ok/\nGET nowhere', 2],
    ['GET http://ok/ | not a header', 1],
    ['\n\nBROKEN', 3],
  ])('names the line that does not read in %j', (text, line) => {
    const parsed = parseMix(text, entry);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem.line).toBe(line);
  });
});
