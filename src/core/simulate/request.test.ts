import { describe, expect, it } from 'vitest';
import {
  formatRequestLine,
  parseHeaderLine,
  parseRequestLine,
  type RequestEntry,
} from './request.ts';
import { RequestView } from './requestView.ts';

const entry: RequestEntry = { kind: 'mesh', from: 'default' };

describe('requests', () => {
  it.each<readonly [string, Record<string, unknown>]>([
    [
      'GET http://www.example.com/app?x=1',
      { method: 'GET', scheme: 'http', host: 'www.example.com', port: 80, path: '/app?x=1' },
    ],
    [
      'post HTTPS://Example.COM',
      { method: 'POST', scheme: 'https', host: 'example.com', port: 443, path: '/' },
    ],
    ['GET http://echo:8080?q=1#frag', { host: 'echo', port: 8080, path: '/?q=1' }],
    ['GET http://[::1]:8080/x', { host: '[::1]', port: 8080, path: '/x' }],
  ])('reads %s', (line, expected) => {
    const parsed = parseRequestLine(line, [], entry);
    expect(parsed.ok && parsed.request).toMatchObject(expected);
  });

  it.each<readonly [string, string]>([
    ['GET', 'expected "<METHOD> <URL>"'],
    ['GET http://a/ extra', 'expected "<METHOD> <URL>"'],
    ['G-T http://a/', 'is not an HTTP method'],
    ['GET ftp://a/', 'must start with http:// or https://'],
    ['GET http:///path', 'has no valid host'],
    ['GET http://a:99999/', 'the port must be from 1 to 65535'],
    ['GET http://user@a/', 'user info is not supported'],
  ])('rejects %s', (line, error) => {
    const parsed = parseRequestLine(line, [], entry);
    expect(!parsed.ok && parsed.error).toContain(error);
  });

  it('reads headers and rejects malformed ones', () => {
    expect(parseHeaderLine('X-Canary:  true ')).toEqual({
      ok: true,
      header: { name: 'X-Canary', value: 'true' },
    });
    expect(parseHeaderLine('no colon').ok).toBe(false);
    expect(parseHeaderLine('Bad Name: x').ok).toBe(false);
  });

  it('writes a request back as a person types it', () => {
    const parsed = parseRequestLine('GET http://echo:8080/a?b=1', [], entry);
    expect(parsed.ok && formatRequestLine(parsed.request)).toBe('GET http://echo:8080/a?b=1');
  });

  it('reads the Host without port and headers case-insensitively, joining repeats (A2, A10, A11)', () => {
    const parsed = parseRequestLine(
      'GET http://gw/p?animal=whale&animal=shark&Color=%20blue',
      [
        { name: 'Host', value: 'Very.Specific.com:1234' },
        { name: 'X-A', value: '1' },
        { name: 'x-a', value: '2' },
      ],
      entry,
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const view = new RequestView(parsed.request);
    expect([view.host, view.path, view.header('x-a')]).toEqual(['very.specific.com', '/p', '1,2']);
    expect([view.queryParam('animal'), view.queryParam('Color'), view.queryParam('color')]).toEqual(
      ['whale', ' blue', undefined],
    );
  });

  it('recognises gRPC calls by content type and reads service and method from the path', () => {
    const grpc = (contentType: string, path: string) => {
      const parsed = parseRequestLine(
        `POST http://gw${path}`,
        [{ name: 'Content-Type', value: contentType }],
        entry,
      );
      if (!parsed.ok) throw new Error(parsed.error);
      return new RequestView(parsed.request).grpc;
    };
    expect(grpc('application/grpc', '/pkg.Svc/Get')).toEqual({ service: 'pkg.Svc', method: 'Get' });
    expect(grpc('application/grpc+proto; charset=x', '/pkg.Svc/Get')).toEqual({
      service: 'pkg.Svc',
      method: 'Get',
    });
    expect(grpc('application/json', '/pkg.Svc/Get')).toBeNull();
    expect(grpc('application/grpc', '/not-a-method')).toEqual({ service: '', method: '' });
  });
});
