import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { createMemoryIO } from '../testing/memoryIO.ts';

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: infra}
spec:
  gatewayClassName: example
  listeners:
    - name: http
      port: 80
      protocol: HTTP
      allowedRoutes: {namespaces: {from: All}}
`;

const routes = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: default}
spec:
  parentRefs: [{name: edge, namespace: infra}]
  hostnames: [www.example.com]
  rules:
    - matches:
        - path: {type: Exact, value: /}
        - path: {type: PathPrefix, value: /app}
      backendRefs:
        - {name: web-v1, port: 8080, weight: 90}
        - {name: web-v2, port: 8080, weight: 10}
    - matches: [{path: {type: PathPrefix, value: /old}}]
      filters:
        - type: RequestRedirect
          requestRedirect: {scheme: https, statusCode: 301}
    - matches: [{path: {type: PathPrefix, value: /broken}}]
      backendRefs: [{name: missing, port: 8080}]
---
apiVersion: v1
kind: Service
metadata: {name: web-v1, namespace: default}
spec: {ports: [{port: 8080}]}
---
apiVersion: v1
kind: Service
metadata: {name: web-v2, namespace: default}
spec: {ports: [{port: 8080}]}
`;

const mesh = `apiVersion: v1
kind: Service
metadata: {name: echo, namespace: shop}
spec: {ports: [{name: http, port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: echo-v2, namespace: shop}
spec: {ports: [{name: http, port: 80}]}
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: echo-split, namespace: shop}
spec:
  parentRefs: [{group: "", kind: Service, name: echo, port: 80}]
  rules:
    - matches: [{headers: [{name: x-version, value: v2}]}]
      backendRefs: [{name: echo-v2, port: 80}]
`;

async function run(
  args: readonly string[],
  files: Record<string, string> = { 'gw.yaml': gateway, 'routes.yaml': routes },
) {
  const io = createMemoryIO(files);
  const status = await main(['route', ...args], io);
  return { status, stdout: io.stdout(), stderr: io.stderr() };
}

const edge = ['gw.yaml', 'routes.yaml', '--gateway', 'infra/edge'];

describe('switchyard route', () => {
  it('prints the decision as contract.md 1.2 describes it', async () => {
    const { status, stdout } = await run([
      ...edge,
      '--request',
      'GET http://www.example.com/app?x=1',
      '-H',
      'X-Canary: true',
      '--format',
      'json',
    ]);
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual([
      'status',
      'grpcStatus',
      'parent',
      'route',
      'rule',
      'match',
      'split',
      'backend',
      'forwarded',
      'redirect',
      'mirrors',
      'responseHeaders',
      'explain',
    ]);
    const web = (name: string) => ({ kind: 'Service', namespace: 'default', name, port: 8080 });
    expect(json).toMatchObject({
      status: 200,
      grpcStatus: null,
      parent: { kind: 'Gateway', namespace: 'infra', name: 'edge', sectionName: 'http' },
      route: { kind: 'HTTPRoute', namespace: 'default', name: 'web' },
      rule: 0,
      match: 1,
      split: [
        { backend: web('web-v1'), weight: 90, share: 0.9, valid: true },
        { backend: web('web-v2'), weight: 10, share: 0.1, valid: true },
      ],
      forwarded: {
        method: 'GET',
        scheme: 'http',
        host: 'www.example.com',
        path: '/app?x=1',
        headers: { 'x-canary': 'true' },
      },
      redirect: null,
      mirrors: [],
      responseHeaders: {},
    });
    expect([web('web-v1'), web('web-v2')]).toContainEqual(json.backend);
    expect(json.explain).toEqual(
      expect.arrayContaining([expect.stringContaining('listener http (HTTP port 80')]),
    );
  });

  it('with --count prints counts per backend and status; the same seed gives the same counts', async () => {
    const args = [
      ...edge,
      '--request',
      'GET http://www.example.com/app',
      '--count',
      '1000',
      '--seed',
      '42',
      '--format',
      'json',
    ];
    const first = await run(args);
    const json = JSON.parse(first.stdout) as {
      count: number;
      backends: Record<string, number>;
      statuses: Record<string, number>;
    };
    expect(first.status).toBe(0);
    expect(Object.keys(json)).toEqual(['count', 'backends', 'statuses']);
    expect(json.count).toBe(1000);
    expect(json.statuses).toEqual({ 200: 1000 });
    const v1 = json.backends['default/web-v1:8080'] ?? 0;
    expect(v1 + (json.backends['default/web-v2:8080'] ?? 0)).toBe(1000);
    expect(v1).toBeGreaterThan(850);
    expect((await run(args)).stdout).toBe(first.stdout);
  });

  it.each<readonly [string, number, number]>([
    ['GET http://www.example.com/old/page', 301, 0],
    ['GET http://www.example.com/nothing', 404, 1],
    ['GET http://other.example.com/app', 404, 1],
    ['GET http://www.example.com/broken', 500, 1],
  ])('%s → status %i, exit %i', async (line, expected, exit) => {
    const { status, stdout } = await run([...edge, '--request', line, '--format', 'json']);
    expect((JSON.parse(stdout) as { status: number }).status).toBe(expected);
    expect(status).toBe(exit);
  });

  it('reports a redirect with its Location', async () => {
    const { stdout } = await run([
      ...edge,
      '--request',
      'GET http://www.example.com/old/page?q=1',
      '--format',
      'json',
    ]);
    expect((JSON.parse(stdout) as { redirect: unknown }).redirect).toEqual({
      status: 301,
      location: 'https://www.example.com/old/page?q=1',
    });
  });

  it('counts failures in --count runs and exits 1', async () => {
    const { status, stdout } = await run([
      ...edge,
      '--request',
      'GET http://www.example.com/broken',
      '--count',
      '5',
      '--format',
      'json',
    ]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      count: 5,
      backends: { 'default/missing:8080': 5 },
      statuses: { 500: 5 },
    });
  });

  it('prints a readable explanation, split and forwarded request', async () => {
    const { stdout } = await run([...edge, '--request', 'GET http://www.example.com/app']);
    expect(stdout).toMatch(/^Status: 200, forwarded to default\/web-v[12]:8080\n/);
    expect(stdout).toContain(
      'Why:\n  1. GET http://www.example.com/app enters Gateway infra/edge on port 80',
    );
    expect(stdout).toContain('HTTPRoute default/web rule 0 match 1 wins: PathPrefix /app');
    expect(stdout).toMatch(/default\/web-v1:8080 +weight +90 +90\.0%/);
    expect(stdout).toContain('Forwarded: GET http://www.example.com/app');
  });

  it('routes mesh calls by Service name in the caller namespace', async () => {
    const files = { 'mesh.yaml': mesh };
    const routed = await run(
      [
        'mesh.yaml',
        '--from',
        'shop',
        '--request',
        'GET http://echo/',
        '-H',
        'x-version: v2',
        '--format',
        'json',
      ],
      files,
    );
    expect(JSON.parse(routed.stdout)).toMatchObject({
      status: 200,
      parent: { kind: 'Service', namespace: 'shop', name: 'echo', port: 80 },
      backend: { kind: 'Service', namespace: 'shop', name: 'echo-v2', port: 80 },
    });
    const unmatched = await run(
      [
        'mesh.yaml',
        '--namespace',
        'shop',
        '--request',
        'GET http://echo.shop.svc.cluster.local/',
        '--format',
        'json',
      ],
      files,
    );
    expect(unmatched.status).toBe(1);
    expect(JSON.parse(unmatched.stdout)).toMatchObject({ status: 404, route: null, backend: null });
    const self = await run(
      ['mesh.yaml', '--request', 'GET http://echo-v2.shop/', '--format', 'json'],
      files,
    );
    expect(JSON.parse(self.stdout)).toMatchObject({
      status: 200,
      route: null,
      backend: { name: 'echo-v2', port: 80 },
    });
  });

  it('gives gRPC calls that match no route UNIMPLEMENTED, exit 1', async () => {
    const { status, stdout } = await run([
      ...edge,
      '--request',
      'POST http://other.example.com/pkg.Svc/Get',
      '-H',
      'content-type: application/grpc',
      '--format',
      'json',
    ]);
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({ status: 200, grpcStatus: 'UNIMPLEMENTED' });
  });

  it.each<readonly [string, readonly string[], string]>([
    ['no --request', [...edge], '--request is required'],
    ['a request without URL', [...edge, '--request', 'GET'], 'expected "<METHOD> <URL>"'],
    [
      'a URL without scheme',
      [...edge, '--request', 'GET www.example.com/'],
      'must start with http:// or https://',
    ],
    ['a bad method', [...edge, '--request', 'G3T http://a/'], 'is not an HTTP method'],
    [
      'a header without colon',
      [...edge, '--request', 'GET http://a/', '-H', 'X-Canary'],
      '-H: "X-Canary" is not a header',
    ],
    [
      'a bad header name',
      [...edge, '--request', 'GET http://a/', '-H', 'X Canary: true'],
      'not a valid header name',
    ],
    [
      'a malformed --gateway',
      ['gw.yaml', '--gateway', 'a/b/c', '--request', 'GET http://a/'],
      '--gateway must be <namespace>/<name>',
    ],
    [
      'an unknown --gateway',
      ['gw.yaml', '--gateway', 'infra/nope', '--request', 'GET http://a/'],
      'no such Gateway in the inputs (Gateways: infra/edge)',
    ],
    [
      '--from with --gateway',
      [...edge, '--from', 'shop', '--request', 'GET http://a/'],
      '--from is for mesh calls',
    ],
    [
      'a bad --count',
      [...edge, '--count', '0', '--request', 'GET http://a/'],
      '--count must be a whole number',
    ],
    [
      'a bad --seed',
      [...edge, '--seed', '-1', '--request', 'GET http://a/'],
      '--seed must be a whole number',
    ],
    [
      'a bad --format',
      [...edge, '--format', 'yaml', '--request', 'GET http://a/'],
      '--format must be one of text, json',
    ],
    [
      'a missing file',
      ['nope.yaml', '--request', 'GET http://a/'],
      'nope.yaml: no such file or directory',
    ],
  ])('exits 2 with a clear message for %s', async (_what, args, message) => {
    const { status, stderr, stdout } = await run(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('exits 2 for input that does not parse, naming the file and line', async () => {
    const { status, stderr } = await run(['bad.yaml', '--request', 'GET http://a/'], {
      'bad.yaml': 'kind: Service\nmetadata: [unclosed\n',
    });
    expect(status).toBe(2);
    expect(stderr).toMatch(/bad\.yaml:\d+:\d+: /);
  });
});
