import { describe, expect, it } from 'vitest';
import {
  type RequestDraft,
  composeRequest,
  parseHeaders,
  splitGrpcLine,
  typedMethod,
  withMethod,
} from './requestDraft.ts';

const draft: RequestDraft = {
  method: 'GET',
  line: 'http://www.example.com/app',
  headers: '',
  grpcService: '',
  grpcMethod: '',
  entry: { kind: 'gateway', namespace: 'default', name: 'edge' },
};

describe('the Request field', () => {
  it.each([
    ['GET http://www.example.com/app', 'GET'],
    ['post http://www.example.com/app', 'POST'],
    ['http://www.example.com/app', null],
    ['  DELETE   http://x/', 'DELETE'],
    ['', null],
  ])('reads the method typed in %j as %j', (line, method) => {
    expect(typedMethod(line)).toBe(method);
  });

  it('uses the method chooser when the field holds only a URL', () => {
    const composed = composeRequest({ ...draft, method: 'PUT' });
    expect(composed.ok && composed.request.method).toBe('PUT');
  });

  it('prefers the method typed in the field', () => {
    const composed = composeRequest({
      ...draft,
      method: 'PUT',
      line: 'POST http://www.example.com/app',
    });
    expect(composed.ok && composed.request.method).toBe('POST');
  });

  it.each([
    [
      { ...draft, line: 'http://www.example.com/app' },
      'DELETE',
      { line: 'http://www.example.com/app', method: 'DELETE' },
    ],
    [
      { ...draft, line: 'GET http://www.example.com/app' },
      'PATCH',
      { line: 'PATCH http://www.example.com/app', method: 'PATCH' },
    ],
  ])('changes the method where the person wrote it', (start, method, expected) => {
    const changed = withMethod(start, method);
    expect({ line: changed.line, method: changed.method }).toEqual(expected);
  });

  it('reads host, port, path and headers into the request', () => {
    const composed = composeRequest({
      ...draft,
      line: 'http://api.example.com:8080/v1?x=1',
      headers: 'X-Canary: true\n\nAccept: */*',
    });
    expect(composed).toEqual({
      ok: true,
      request: {
        method: 'GET',
        scheme: 'http',
        host: 'api.example.com',
        port: 8080,
        path: '/v1?x=1',
        headers: [
          { name: 'X-Canary', value: 'true' },
          { name: 'Accept', value: '*/*' },
        ],
        entry: draft.entry,
      },
    });
  });

  it.each([
    ['not a url', 'simulator.problem.request'],
    ['ftp://www.example.com/', 'simulator.problem.request'],
  ])('says what is wrong with %j', (line, key) => {
    const composed = composeRequest({ ...draft, line });
    expect(composed.ok).toBe(false);
    if (!composed.ok) expect(composed.problem.key).toBe(key);
  });

  it('says which header does not read', () => {
    expect(parseHeaders('X-Ok: 1\nno colon here')).toMatchObject({
      ok: false,
      problem: { key: 'simulator.problem.header' },
    });
  });
});

describe('gRPC calls', () => {
  it('turns a service and method into POST /service/method with the gRPC content type', () => {
    const composed = composeRequest({
      ...draft,
      line: 'http://grpc-echo:7070/',
      grpcService: 'pkg.Echo',
      grpcMethod: 'EchoTwo',
      entry: { kind: 'mesh', from: 'default' },
    });
    expect(composed.ok && composed.request).toMatchObject({
      method: 'POST',
      path: '/pkg.Echo/EchoTwo',
      headers: [{ name: 'content-type', value: 'application/grpc' }],
    });
  });

  it('keeps a content type the person gave', () => {
    const composed = composeRequest({
      ...draft,
      headers: 'Content-Type: application/grpc+proto',
      grpcService: 'pkg.Echo',
      grpcMethod: 'Echo',
    });
    expect(composed.ok && composed.request.headers).toEqual([
      { name: 'Content-Type', value: 'application/grpc+proto' },
    ]);
  });

  it('splits an example gRPC request line into the composer fields', () => {
    expect(
      splitGrpcLine('POST http://grpc-echo:7070/pkg.Echo/EchoTwo', [
        { name: 'content-type', value: 'application/grpc' },
      ]),
    ).toEqual({
      line: 'POST http://grpc-echo:7070/',
      grpcService: 'pkg.Echo',
      grpcMethod: 'EchoTwo',
    });
  });

  it('leaves plain HTTP request lines alone', () => {
    expect(splitGrpcLine('GET http://www.example.com/a/b', [])).toEqual({
      line: 'GET http://www.example.com/a/b',
      grpcService: '',
      grpcMethod: '',
    });
  });
});
