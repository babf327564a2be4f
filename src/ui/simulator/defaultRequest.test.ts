import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileRouteTable, createWorkspace, route } from '../../core/index.ts';
import { defaultRequest } from './defaultRequest.ts';
import { composeRequest } from './requestDraft.ts';

const examples = join(import.meta.dirname, '..', '..', '..', 'public', 'examples');

describe('the request offered for documents without one', () => {
  it.each([
    [
      'canary.yaml',
      'http://www.example.com/',
      { kind: 'gateway', namespace: 'default', name: 'edge' },
    ],
    ['mesh-canary.yaml', 'http://echo-service/', { kind: 'mesh', from: 'default' }],
    [
      'blue-green.yaml',
      'http://shop.example.com/',
      { kind: 'gateway', namespace: 'shop', name: 'edge' },
    ],
    [
      'cross-namespace.yaml',
      'http://shop.example.com/',
      { kind: 'gateway', namespace: 'infra', name: 'shared' },
    ],
    ['grpc-methods.yaml', 'http://grpc-echo:7070/', { kind: 'mesh', from: 'default' }],
  ])('for %s is %s, and it is routed', (file, line, entry) => {
    const workspace = createWorkspace(readFileSync(join(examples, file), 'utf8'));
    const draft = defaultRequest(workspace);
    expect({ line: draft.line, entry: draft.entry }).toEqual({ line, entry });
    const composed = composeRequest(draft);
    if (!composed.ok) throw new Error(composed.problem.detail);
    const decision = route(compileRouteTable(workspace), composed.request);
    expect(decision.status).toBe(200);
    expect(decision.grpcStatus ?? 'OK').toBe('OK');
  });

  it('is a plain request when there is nothing to route', () => {
    expect(defaultRequest(createWorkspace(''))).toEqual({
      method: 'GET',
      line: 'http://example.com/',
      headers: '',
      grpcService: '',
      grpcMethod: '',
      entry: { kind: 'mesh', from: 'default' },
    });
  });

  it('sends to a Gateway without routes through its first listener', () => {
    const workspace = createWorkspace(`apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: { name: edge, namespace: infra }
spec:
  gatewayClassName: x
  listeners: [{ name: https, port: 443, protocol: HTTPS, hostname: "*.example.org" }]
`);
    expect(defaultRequest(workspace)).toMatchObject({
      line: 'https://www.example.org/',
      entry: { kind: 'gateway', namespace: 'infra', name: 'edge' },
    });
  });
});
