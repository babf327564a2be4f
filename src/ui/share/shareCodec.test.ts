import fc from 'fast-check';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type SharePayload, decodeShare, encodeShare } from './shareCodec.ts';

const MAX = 1024 * 1024;

function base64url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

describe('share links', () => {
  it('carry the documents, the positions and the settings exactly', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: 'binary', maxLength: 2000 }),
        fc.array(fc.tuple(fc.string(), fc.record({ x: fc.integer(), y: fc.integer() })), {
          maxLength: 20,
        }),
        async (text, positions) => {
          const payload: SharePayload = {
            text,
            positions,
            simulator: { mix: '9 GET http://a/', rate: 500 },
          };
          const value = await encodeShare(payload);
          expect(value).toMatch(/^v1\.[A-Za-z0-9_-]*$/);
          expect(await decodeShare(value, MAX)).toEqual({ ok: true, payload });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('compress YAML well enough to share an example', async () => {
    const yaml = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n'.repeat(40);
    const value = await encodeShare({ text: yaml, positions: [] });
    expect(value.length).toBeLessThan(yaml.length / 5);
  });

  it.each([
    ['no version', 'abc', 'damaged'],
    ['a newer version', 'v2.AAAA', 'newer'],
    ['an older, unknown version', 'v0.AAAA', 'damaged'],
    ['not base64url', 'v1.ab+/', 'damaged'],
    ['not DEFLATE', 'v1.AAECAwQFBgcICQ', 'damaged'],
    ['cut short', 'v1.q1YqyS', 'damaged'],
    [
      'DEFLATE of something that is not JSON',
      `v1.${base64url(deflateRawSync('not json'))}`,
      'damaged',
    ],
    [
      'JSON of another shape',
      `v1.${base64url(deflateRawSync(JSON.stringify({ text: 3 })))}`,
      'damaged',
    ],
    [
      'positions that are not numbers',
      `v1.${base64url(deflateRawSync(JSON.stringify({ text: '', positions: [['a', { x: 'x', y: 1 }]] })))}`,
      'damaged',
    ],
    [
      'bytes that are not UTF-8',
      `v1.${base64url(deflateRawSync(Buffer.from([0x22, 0xff, 0xfe, 0x22])))}`,
      'damaged',
    ],
  ])('refuse a link with %s', async (_name, value, reason) => {
    expect(await decodeShare(value, MAX)).toEqual({ ok: false, reason });
  });

  it('stop inflating a link that would grow past the cap', async () => {
    // About 100 bytes that inflate to 64 MiB: refused long before it is inflated.
    const bomb = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await decodeShare(`v1.${base64url(bomb)}`, MAX)).toEqual({
      ok: false,
      reason: 'tooLarge',
    });
  });

  it('read keys such as __proto__ as plain data', async () => {
    const json =
      '{"text":"a","positions":[["__proto__",{"x":1,"y":2}]],"__proto__":{"polluted":true}}';
    const result = await decodeShare(`v1.${base64url(deflateRawSync(json))}`, MAX);
    expect(result).toEqual({
      ok: true,
      payload: { text: 'a', positions: [['__proto__', { x: 1, y: 2 }]] },
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
