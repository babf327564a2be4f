/**
 * The routing expectations of conformance-cases.md section 6 (GRPCRoute) and section 8 (mesh,
 * GAMMA), run against the v1.6.1 conformance manifests. The mesh client is an `echo-v1` pod in
 * `gateway-conformance-mesh` unless a case says otherwise.
 *
 * Left out, because the documents do not describe it:
 * - MeshFrontend's request straight to a pod IP (pods and their IPs are not in the manifests).
 */
import { describe, expect, it } from 'vitest';
import {
  type HeaderField,
  type RequestEntry,
  type RouteDecision,
  type RouteTable,
  compileRouteTable,
  createWorkspace,
  parseRequestLine,
  route,
  runTraffic,
} from '../index.ts';
import { meshCase, meshManifests, northSouthCase } from '../testing/conformance.ts';

const INFRA = 'gateway-conformance-infra';
const MESH = 'gateway-conformance-mesh';
const CONSUMER = 'gateway-conformance-mesh-consumer';
const ECHO = 'gateway_api_conformance.echo_basic.grpcecho.GrpcEcho';
const tables = new Map<string, RouteTable>();

function tableFor(text: string): RouteTable {
  let table = tables.get(text);
  if (!table) {
    table = compileRouteTable(createWorkspace(text));
    tables.set(text, table);
  }
  return table;
}

function sendTo(
  text: string,
  line: string,
  headers: Readonly<Record<string, string>>,
  entry: RequestEntry,
): RouteDecision {
  const list: HeaderField[] = Object.entries(headers).map(([name, value]) => ({ name, value }));
  const parsed = parseRequestLine(line, list, entry);
  if (!parsed.ok) throw new Error(parsed.error);
  return route(tableFor(text), parsed.request);
}

function mesh(
  file: string,
  line: string,
  headers: Readonly<Record<string, string>> = {},
  from = MESH,
): RouteDecision {
  return sendTo(meshCase(file), line, headers, { kind: 'mesh', from });
}

function grpc(
  file: string,
  method: string,
  headers: Readonly<Record<string, string>> = {},
  host = 'gw',
  gateway = 'same-namespace',
): RouteDecision {
  return sendTo(
    northSouthCase(file),
    `POST http://${host}/${ECHO}/${method}`,
    { 'content-type': 'application/grpc', ...headers },
    { kind: 'gateway', namespace: INFRA, name: gateway },
  );
}

/** The backend name for a forwarded request, else the gRPC status or the HTTP status. */
function outcome(decision: RouteDecision): string | number {
  if (decision.forwarded) return decision.backend?.name ?? '';
  return decision.grpcStatus ?? decision.status;
}

describe('GRPCExactMethodMatching', () => {
  it.each([
    ['Echo', 'grpc-infra-backend-v1'],
    ['EchoTwo', 'grpc-infra-backend-v2'],
    ['EchoThree', 'UNIMPLEMENTED'],
  ])('%s → %s', (method, expected) => {
    const decision = grpc('grpcroute-exact-method-matching.yaml', method);
    expect(outcome(decision)).toBe(expected);
    if (decision.forwarded) expect(decision.grpcStatus).toBe('OK');
    else expect(decision.status).toBe(200);
  });
});

describe('GRPCRouteHeaderMatching', () => {
  it.each<readonly [Record<string, string>, string]>([
    [{ Version: 'one' }, 'grpc-infra-backend-v1'],
    [{ Version: 'two' }, 'grpc-infra-backend-v2'],
    [{ Version: 'two', Color: 'orange' }, 'grpc-infra-backend-v1'],
    [{ Version: 'two', Color: 'blue' }, 'grpc-infra-backend-v2'],
    [{ Color: 'orange' }, 'UNIMPLEMENTED'],
    [{ 'Some-Other-Header': 'one' }, 'UNIMPLEMENTED'],
    [{ Color: 'blue' }, 'grpc-infra-backend-v1'],
    [{ Color: 'green' }, 'grpc-infra-backend-v1'],
    [{ Color: 'red' }, 'grpc-infra-backend-v2'],
    [{ Color: 'yellow' }, 'grpc-infra-backend-v2'],
    [{ Color: 'purple' }, 'UNIMPLEMENTED'],
  ])('%o → %s', (headers, expected) => {
    expect(outcome(grpc('grpcroute-header-matching.yaml', 'Echo', headers))).toBe(expected);
  });
});

describe('GRPCRouteListenerHostnameMatching', () => {
  it.each([
    ['bar.com', 'grpc-infra-backend-v1'],
    ['foo.bar.com', 'grpc-infra-backend-v2'],
    ['baz.bar.com', 'grpc-infra-backend-v3'],
    ['boo.bar.com', 'grpc-infra-backend-v3'],
    ['multiple.prefixes.bar.com', 'grpc-infra-backend-v3'],
    ['multiple.prefixes.foo.com', 'grpc-infra-backend-v3'],
    ['foo.com', 'UNIMPLEMENTED'],
    ['no.matching.host', 'UNIMPLEMENTED'],
  ])('%s → %s', (host, expected) => {
    const decision = grpc(
      'grpcroute-listener-hostname-matching.yaml',
      'Echo',
      {},
      host,
      'grpcroute-listener-hostname-matching',
    );
    expect(outcome(decision)).toBe(expected);
  });
});

describe('GRPCRouteNamedRule', () => {
  it.each([
    ['Echo', 'grpc-infra-backend-v1'],
    ['EchoTwo', 'grpc-infra-backend-v2'],
  ])('%s → %s', (method, expected) => {
    expect(outcome(grpc('grpcroute-named-rule.yaml', method))).toBe(expected);
  });
});

function shares(
  result: { readonly backends: Readonly<Record<string, number>>; readonly count: number },
  names: readonly string[],
): number[] {
  return names.map((name) => (result.backends[name] ?? 0) / result.count);
}

describe('weights over 500 requests (±0.05, weight 0 gets none)', () => {
  it('GRPCRouteWeight', () => {
    const text = northSouthCase('grpcroute-weight.yaml');
    const parsed = parseRequestLine(
      `POST http://gw/${ECHO}/Echo`,
      [{ name: 'content-type', value: 'application/grpc' }],
      { kind: 'gateway', namespace: INFRA, name: 'same-namespace' },
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const result = runTraffic(tableFor(text), { templates: [{ request: parsed.request }] }, 500, 5);
    const [v1 = 0, v2 = 0, v3 = 0] = shares(
      result,
      ['v1', 'v2', 'v3'].map((v) => `${INFRA}/grpc-infra-backend-${v}:8080`),
    );
    expect(Math.abs(v1 - 0.7)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(v2 - 0.3)).toBeLessThanOrEqual(0.05);
    expect(v3).toBe(0);
    expect(result.grpcStatuses).toEqual({ OK: 500 });
  });

  it.each<readonly [string, string, Record<string, string>, number]>([
    ['MeshHTTPRouteWeight', 'httproute-weight.yaml', {}, 8080],
    ['MeshGRPCRouteWeight', 'grpcroute-weight.yaml', { 'content-type': 'application/grpc' }, 7070],
  ])('%s', (_name, file, headers, port) => {
    const path = port === 7070 ? `/${ECHO}/Echo` : '/';
    const parsed = parseRequestLine(
      `POST http://echo:${port === 7070 ? 7070 : 80}${path}`,
      Object.entries(headers).map(([name, value]) => ({ name, value })),
      { kind: 'mesh', from: MESH },
    );
    if (!parsed.ok) throw new Error(parsed.error);
    const result = runTraffic(
      tableFor(meshCase(file)),
      { templates: [{ request: parsed.request }] },
      500,
      9,
    );
    const [v1 = 0, v2 = 0] = shares(result, [`${MESH}/echo-v1:${port}`, `${MESH}/echo-v2:${port}`]);
    expect(Math.abs(v1 - 0.7)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(v2 - 0.3)).toBeLessThanOrEqual(0.05);
    // MeshGRPCRouteWeight's echo-v3 does not exist, but has weight 0: nothing fails (C8).
    expect(Object.keys(result.statuses)).toEqual(['200']);
  });
});

describe('MeshBasic', () => {
  it('a Service without routes sends to itself', () => {
    const decision = sendTo(meshManifests(), 'GET http://echo/', {}, { kind: 'mesh', from: MESH });
    expect(decision.status).toBe(200);
    expect(decision.route).toBeNull();
    expect(decision.backend).toEqual({ kind: 'Service', namespace: MESH, name: 'echo', port: 80 });
  });
});

describe('MeshHTTPRouteSimpleSameNamespace, MeshHTTPRouteMatching, MeshTrafficSplit, MeshHTTPRouteNamedRule', () => {
  it.each<readonly [string, string, Record<string, string>, string | number]>([
    ['httproute-simple-same-namespace.yaml', '/', {}, 'echo-v1'],
    ['httproute-matching.yaml', '/', {}, 'echo-v1'],
    ['httproute-matching.yaml', '/example', {}, 'echo-v1'],
    ['httproute-matching.yaml', '/', { Version: 'one' }, 'echo-v1'],
    ['httproute-matching.yaml', '/v2', {}, 'echo-v2'],
    ['httproute-matching.yaml', '/v2/example', {}, 'echo-v2'],
    ['httproute-matching.yaml', '/', { Version: 'two' }, 'echo-v2'],
    ['httproute-matching.yaml', '/v2/', {}, 'echo-v2'],
    ['httproute-matching.yaml', '/v2example', {}, 'echo-v1'],
    ['httproute-matching.yaml', '/foo/v2/example', {}, 'echo-v1'],
    ['mesh-split.yaml', '/v1', {}, 'echo-v1'],
    ['mesh-split.yaml', '/v2', {}, 'echo-v2'],
    ['httproute-named-rule.yaml', '/named', {}, 'echo-v1'],
    ['httproute-named-rule.yaml', '/unnamed', {}, 'echo-v2'],
  ])('%s: echo%s %o → %s', (file, path, headers, expected) => {
    expect(outcome(mesh(file, `GET http://echo${path}`, headers))).toBe(expected);
  });
});

describe('MeshHTTPRouteQueryParamMatching', () => {
  it.each<readonly [string, Record<string, string>, string | number]>([
    ['/?animal=whale', {}, 'echo-v1'],
    ['/?animal=dolphin', {}, 'echo-v2'],
    ['/?animal=whale&otherparam=irrelevant', {}, 'echo-v1'],
    ['/?animal=dolphin&color=yellow', {}, 'echo-v2'],
    ['/?color=blue', {}, 404],
    ['/?animal=dog', {}, 404],
    ['/?animal=whaledolphin', {}, 404],
    ['/', {}, 404],
    ['/path1?animal=whale', {}, 'echo-v1'],
    ['/?animal=whale', { version: 'one' }, 'echo-v2'],
    ['/path3?animal=shark', {}, 'echo-v1'],
    ['/path4?animal=kraken', { version: 'three' }, 'echo-v1'],
    ['/?animal=shark', {}, 404],
    ['/path4?animal=kraken', {}, 404],
    ['/path5?animal=hydra', {}, 'echo-v1'],
  ])('echo%s %o → %s', (path, headers, expected) => {
    expect(
      outcome(mesh('httproute-query-param-matching.yaml', `GET http://echo${path}`, headers)),
    ).toBe(expected);
  });
});

describe.each([
  'httproute-request-header-modifier.yaml',
  'httproute-request-header-modifier-backend.yaml',
])('MeshHTTPRouteRequestHeaderModifier (%s)', (file) => {
  it.each<readonly [string, Record<string, string>, Record<string, string | null>]>([
    [
      '/set',
      { 'Some-Other-Header': 'val' },
      { 'x-header-set': 'set-overwrites-values', 'some-other-header': 'val' },
    ],
    ['/set', { 'X-Header-Set': 'some-other-value' }, { 'x-header-set': 'set-overwrites-values' }],
    ['/add', { 'Some-Other-Header': 'val' }, { 'x-header-add': 'add-appends-values' }],
    [
      '/add',
      { 'X-Header-Add': 'some-other-value' },
      { 'x-header-add': 'some-other-value,add-appends-values' },
    ],
    ['/remove', { 'X-Header-Remove': 'val' }, { 'x-header-remove': null }],
    [
      '/multiple',
      { 'X-Header-Add-2': 'add-val-2', 'X-Header-Remove-2': 'r' },
      { 'x-header-add-2': 'add-val-2,header-add-2', 'x-header-remove-2': null },
    ],
    [
      '/case-insensitivity',
      { 'x-header-add': 'original-val-add', 'x-header-remove': 'r' },
      { 'x-header-add': 'original-val-add,header-add', 'x-header-remove': null },
    ],
  ])('echo%s %o', (path, headers, expected) => {
    const decision = mesh(file, `GET http://echo${path}`, headers);
    expect(outcome(decision)).toBe('echo-v1');
    for (const [name, value] of Object.entries(expected)) {
      expect(decision.forwarded?.headers[name], name).toBe(value ?? undefined);
    }
  });
});

describe('mesh redirects (the mesh client checks the status only)', () => {
  it.each<readonly [string, string, number]>([
    ['httproute-redirect-host-and-status.yaml', '/hostname-redirect', 302],
    ['httproute-redirect-host-and-status.yaml', '/host-and-status', 301],
    ['httproute-redirect-path.yaml', '/original-prefix/lemon', 302],
    ['httproute-redirect-path.yaml', '/full/path/original', 302],
    ['httproute-redirect-path.yaml', '/path-and-host', 302],
    ['httproute-redirect-path.yaml', '/path-and-status', 301],
    ['httproute-redirect-path.yaml', '/full-path-and-host', 302],
    ['httproute-redirect-path.yaml', '/full-path-and-status', 301],
    ['httproute-redirect-port.yaml', '/port', 302],
    ['httproute-redirect-port.yaml', '/port-and-host', 302],
    ['httproute-redirect-port.yaml', '/port-and-status', 301],
    ['httproute-redirect-port.yaml', '/port-and-host-and-status', 302],
    ['httproute-redirect-scheme.yaml', '/scheme', 302],
    ['httproute-redirect-scheme.yaml', '/scheme-and-host', 302],
    ['httproute-redirect-scheme.yaml', '/scheme-and-status', 301],
    ['httproute-redirect-scheme.yaml', '/scheme-and-host-and-status', 302],
    ['httproute-303-redirect.yaml', '/redirect', 303],
    ['httproute-307-redirect.yaml', '/temporary', 307],
    ['httproute-308-redirect.yaml', '/permanent', 308],
  ])('%s: echo%s → %i', (file, path, status) => {
    const decision = mesh(file, `GET http://echo${path}`);
    expect(decision.status).toBe(status);
    expect(decision.redirect?.status).toBe(status);
  });

  it('a redirect without port keeps the Service port; with scheme https it drops to 443', () => {
    expect(mesh('httproute-redirect-port.yaml', 'GET http://echo/port').redirect?.location).toBe(
      'http://echo:8083/port',
    );
    expect(
      mesh('httproute-redirect-scheme.yaml', 'GET http://echo/scheme').redirect?.location,
    ).toBe('https://echo/scheme');
  });
});

describe('MeshHTTPRouteRewritePath', () => {
  it.each<readonly [string, string]>([
    ['/prefix/one/two', '/one/two'],
    ['/strip-prefix/three', '/three'],
    ['/strip-prefix', '/'],
    ['/full/one/two', '/one'],
    ['/full/rewrite-path-and-modify-headers/test', '/test'],
    ['/prefix/rewrite-path-and-modify-headers/one', '/prefix/one'],
  ])('echo%s → echo-v1 sees %s', (path, seen) => {
    const decision = mesh('httproute-rewrite-path.yaml', `GET http://echo${path}`);
    expect(outcome(decision)).toBe('echo-v1');
    expect(decision.forwarded?.path).toBe(seen);
  });
});

describe('MeshFrontend, MeshFrontendHostname, MeshPorts, MeshConsumerRoute', () => {
  it.each<readonly [string, string, Record<string, string>, string, string, string | undefined]>([
    ['mesh-frontend.yaml', 'http://echo-v2/', {}, MESH, 'echo-v2', 'set'],
    ['mesh-frontend.yaml', 'http://echo-v2/', { Host: 'echo-v1' }, MESH, 'echo-v2', 'set'],
    ['mesh-frontend.yaml', 'http://echo-v1/', { Host: 'echo-v2' }, MESH, 'echo-v1', undefined],
    ['mesh-ports.yaml', 'http://echo-v1/', {}, MESH, 'echo-v1', 'v1'],
    ['mesh-ports.yaml', 'http://echo-v1:8080/', {}, MESH, 'echo-v1', undefined],
    ['mesh-ports.yaml', 'http://echo-v2/', {}, MESH, 'echo-v2', 'v2'],
    ['mesh-ports.yaml', 'http://echo-v2:8080/', {}, MESH, 'echo-v2', 'v2'],
    ['mesh-consumer-route.yaml', `http://echo-v1.${MESH}/`, {}, CONSUMER, 'echo-v1', 'set'],
    ['mesh-consumer-route.yaml', `http://echo-v1.${MESH}/`, {}, MESH, 'echo-v1', undefined],
  ])('%s: GET %s %o from %s → %s, X-Header-Set %s', (file, url, headers, from, backend, header) => {
    const decision = mesh(file, `GET ${url}`, headers, from);
    expect(outcome(decision)).toBe(backend);
    expect(decision.responseHeaders['x-header-set']).toBe(header);
  });
});
