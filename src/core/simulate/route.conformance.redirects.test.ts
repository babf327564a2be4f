/**
 * The routing expectations of conformance-cases.md section 3 for redirects, rewrites and mirrors,
 * run against the v1.6.1 conformance manifests. None of these cases is left out.
 */
import { describe, expect, it } from 'vitest';
import {
  type HeaderField,
  type RouteDecision,
  type RouteTable,
  type SimRequest,
  compileRouteTable,
  createWorkspace,
  parseRequestLine,
  route,
  runTraffic,
} from '../index.ts';
import { northSouthCase } from '../testing/conformance.ts';

const INFRA = 'gateway-conformance-infra';
const tables = new Map<string, RouteTable>();

function tableFor(text: string): RouteTable {
  let table = tables.get(text);
  if (!table) {
    table = compileRouteTable(createWorkspace(text));
    tables.set(text, table);
  }
  return table;
}

function fields(headers: Readonly<Record<string, string>>): HeaderField[] {
  return Object.entries(headers).map(([name, value]) => ({ name, value }));
}

function request(
  line: string,
  headers: Readonly<Record<string, string>> = {},
  gateway = 'same-namespace',
  backendHeaders: Readonly<Record<string, string>> = {},
): SimRequest {
  const parsed = parseRequestLine(line, fields(headers), {
    kind: 'gateway',
    namespace: INFRA,
    name: gateway,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return { ...parsed.request, backendResponseHeaders: fields(backendHeaders) };
}

function send(
  file: string,
  line: string,
  headers: Readonly<Record<string, string>> = {},
  gateway = 'same-namespace',
): RouteDecision {
  return route(tableFor(northSouthCase(file)), request(line, headers, gateway));
}

function backendName(decision: RouteDecision): string | undefined {
  return decision.forwarded ? decision.backend?.name : undefined;
}

/** Expected header values; null means the header must be absent. */
type Expected = Readonly<Record<string, string | null>>;

function expectHeaders(actual: Readonly<Record<string, string>>, expected: Expected): void {
  for (const [name, value] of Object.entries(expected)) {
    if (value === null) expect(Object.hasOwn(actual, name), `${name} absent`).toBe(false);
    else expect(actual[name], name).toBe(value);
  }
}

type RedirectCase = readonly [line: string, status: number, location: string];

function expectRedirect(decision: RouteDecision, status: number, location: string): void {
  expect(decision.status).toBe(status);
  expect(decision.forwarded).toBeNull();
  expect(decision.redirect).toEqual({ status, location });
}

describe('HTTPRoute redirects', () => {
  it.each<readonly [string, ...RedirectCase]>([
    [
      'httproute-redirect-host-and-status.yaml',
      'GET http://gw/hostname-redirect',
      302,
      'http://example.org/hostname-redirect',
    ],
    [
      'httproute-redirect-host-and-status.yaml',
      'GET http://gw/host-and-status',
      301,
      'http://example.org/host-and-status',
    ],
    [
      'httproute-redirect-path.yaml',
      'GET http://gw/original-prefix/lemon',
      302,
      'http://gw/replacement-prefix/lemon',
    ],
    [
      'httproute-redirect-path.yaml',
      'GET http://gw/full/path/original',
      302,
      'http://gw/full-path-replacement',
    ],
    [
      'httproute-redirect-path.yaml',
      'GET http://gw/path-and-host',
      302,
      'http://example.org/replacement-prefix',
    ],
    [
      'httproute-redirect-path.yaml',
      'GET http://gw/path-and-status',
      301,
      'http://gw/replacement-prefix',
    ],
    [
      'httproute-redirect-path.yaml',
      'GET http://gw/full-path-and-host',
      302,
      'http://example.org/replacement-full',
    ],
    [
      'httproute-redirect-path.yaml',
      'GET http://gw/full-path-and-status',
      301,
      'http://gw/replacement-full',
    ],
    ['httproute-redirect-port.yaml', 'GET http://gw/port', 302, 'http://gw:8083/port'],
    [
      'httproute-redirect-port.yaml',
      'GET http://gw/port-and-host',
      302,
      'http://example.org:8083/port-and-host',
    ],
    [
      'httproute-redirect-port.yaml',
      'GET http://gw/port-and-status',
      301,
      'http://gw:8083/port-and-status',
    ],
    [
      'httproute-redirect-port.yaml',
      'GET http://gw/port-and-host-and-status',
      302,
      'http://example.org:8083/port-and-host-and-status',
    ],
    ['httproute-redirect-scheme.yaml', 'GET http://gw/scheme', 302, 'https://gw/scheme'],
    [
      'httproute-redirect-scheme.yaml',
      'GET http://gw/scheme-and-host',
      302,
      'https://example.org/scheme-and-host',
    ],
    [
      'httproute-redirect-scheme.yaml',
      'GET http://gw/scheme-and-status',
      301,
      'https://gw/scheme-and-status',
    ],
    [
      'httproute-redirect-scheme.yaml',
      'GET http://gw/scheme-and-host-and-status',
      302,
      'https://example.org/scheme-and-host-and-status',
    ],
    ['httproute-303-redirect.yaml', 'POST http://gw/see-other', 303, 'http://gw/see-other'],
    ['httproute-307-redirect.yaml', 'GET http://gw/temporary', 307, 'http://gw/temporary'],
    ['httproute-308-redirect.yaml', 'GET http://gw/permanent', 308, 'http://gw/permanent'],
  ])('%s: %s → %i %s', (file, line, status, location) => {
    expectRedirect(send(file, line), status, location);
  });
});

describe('HTTPRouteRedirectPortAndScheme', () => {
  const file = 'httproute-redirect-port-and-scheme.yaml';
  it.each<readonly [string, string, string, string]>([
    ['same-namespace', 'http://gw', '/scheme-nil-and-port-nil', 'http://example.org'],
    ['same-namespace', 'http://gw', '/scheme-nil-and-port-80', 'http://example.org'],
    ['same-namespace', 'http://gw', '/scheme-nil-and-port-8080', 'http://example.org:8080'],
    ['same-namespace', 'http://gw', '/scheme-https-and-port-nil', 'https://example.org'],
    ['same-namespace', 'http://gw', '/scheme-https-and-port-443', 'https://example.org'],
    ['same-namespace', 'http://gw', '/scheme-https-and-port-8443', 'https://example.org:8443'],
    [
      'same-namespace-with-http-listener-on-8080',
      'http://gw:8080',
      '/scheme-nil-and-port-nil',
      'http://example.org:8080',
    ],
    [
      'same-namespace-with-http-listener-on-8080',
      'http://gw:8080',
      '/scheme-nil-and-port-80',
      'http://example.org',
    ],
    [
      'same-namespace-with-http-listener-on-8080',
      'http://gw:8080',
      '/scheme-https-and-port-nil',
      'https://example.org',
    ],
    [
      'same-namespace-with-https-listener',
      'https://example.org',
      '/scheme-nil-and-port-nil',
      'https://example.org',
    ],
    [
      'same-namespace-with-https-listener',
      'https://example.org',
      '/scheme-nil-and-port-443',
      'https://example.org',
    ],
    [
      'same-namespace-with-https-listener',
      'https://example.org',
      '/scheme-nil-and-port-8443',
      'https://example.org:8443',
    ],
    [
      'same-namespace-with-https-listener',
      'https://example.org',
      '/scheme-http-and-port-nil',
      'http://example.org',
    ],
    [
      'same-namespace-with-https-listener',
      'https://example.org',
      '/scheme-http-and-port-80',
      'http://example.org',
    ],
    [
      'same-namespace-with-https-listener',
      'https://example.org',
      '/scheme-http-and-port-8080',
      'http://example.org:8080',
    ],
  ])('%s %s%s → %s', (gateway, base, path, location) => {
    expectRedirect(send(file, `GET ${base}${path}`, {}, gateway), 302, `${location}${path}`);
  });
});

describe('HTTPRouteRewriteHost', () => {
  const file = 'httproute-rewrite-host.yaml';
  it.each<readonly [string, Record<string, string>, string, string, Expected]>([
    ['/one', {}, 'infra-backend-v1', 'one.example.org', {}],
    ['/two', {}, 'infra-backend-v2', 'example.org', {}],
    [
      '/rewrite-host-and-modify-headers',
      { 'X-Header-Remove': 'remove-val', 'X-Header-Add-Append': 'append-val-1' },
      'infra-backend-v2',
      'test.example.org',
      {
        'x-header-add': 'header-val-1',
        'x-header-add-append': 'append-val-1,header-val-2',
        'x-header-set': 'set-overwrites-values',
        'x-header-remove': null,
      },
    ],
  ])('rewrite.example%s', (path, headers, backend, host, expected) => {
    const decision = send(file, `GET http://rewrite.example${path}`, headers);
    expect(backendName(decision)).toBe(backend);
    expect(decision.forwarded?.host).toBe(host);
    expect(decision.forwarded?.path).toBe(path);
    expectHeaders(decision.forwarded?.headers ?? {}, expected);
  });
});

describe('HTTPRouteRewritePath', () => {
  it.each<readonly [string, string]>([
    ['/prefix/one/two', '/one/two'],
    ['/strip-prefix/three', '/three'],
    ['/strip-prefix', '/'],
    ['/full/one/two', '/one'],
    ['/full/rewrite-path-and-modify-headers/test', '/test'],
    ['/prefix/rewrite-path-and-modify-headers/one', '/prefix/one'],
  ])('%s is forwarded as %s', (path, seen) => {
    const decision = send('httproute-rewrite-path.yaml', `GET http://gw${path}`, {
      'X-Header-Set': 'set-val',
    });
    expect(backendName(decision)).toBe('infra-backend-v1');
    expect(decision.forwarded?.path).toBe(seen);
    if (path.includes('modify-headers'))
      expect(decision.forwarded?.headers['x-header-set']).toBe('set-overwrites-values');
  });
});

describe('HTTPRouteRequestMirror and HTTPRouteRequestMultipleMirrors', () => {
  it.each<readonly [string, string, readonly string[]]>([
    ['httproute-request-mirror.yaml', '/mirror', ['infra-backend-v2']],
    ['httproute-request-mirror.yaml', '/mirror-and-modify-headers', ['infra-backend-v2']],
    [
      'httproute-request-multiple-mirrors.yaml',
      '/multi-mirror',
      ['infra-backend-v2', 'infra-backend-v3'],
    ],
    [
      'httproute-request-multiple-mirrors.yaml',
      '/multi-mirror-and-modify-request-headers',
      ['infra-backend-v2', 'infra-backend-v3'],
    ],
  ])('%s %s → v1, mirrored to %o', (file, path, mirrors) => {
    const decision = send(file, `GET http://gw${path}`, {
      'X-Header-Remove': 'remove-val',
      'X-Header-Add-Append': 'append-val-1',
    });
    expect(backendName(decision)).toBe('infra-backend-v1');
    expect(decision.mirrors.filter((m) => m.sent).map((m) => m.backend.name)).toEqual(mirrors);
    if (path.includes('modify')) {
      expectHeaders(decision.forwarded?.headers ?? {}, {
        'x-header-add': 'header-val-1',
        'x-header-add-append': 'append-val-1,header-val-2',
        'x-header-remove': null,
      });
    }
  });
});

describe('HTTPRouteRequestPercentageMirror', () => {
  it.each<readonly [string, number]>([
    ['/percent-mirror', 0.2],
    ['/percent-mirror-fraction', 0.5],
    ['/percent-mirror-and-modify-headers', 0.35],
  ])('%s: about %d of 500 requests are mirrored to v2', (path, p) => {
    const table = tableFor(northSouthCase('httproute-request-percentage-mirror.yaml'));
    const result = runTraffic(
      table,
      { templates: [{ request: request(`GET http://gw${path}`) }] },
      500,
      11,
    );
    const mirrored = Object.entries(result.edges)
      .filter(([id]) => id.startsWith('mirror|'))
      .reduce((sum, [, n]) => sum + n, 0);
    const band = 3 * Math.sqrt(500 * p * (1 - p));
    expect(Math.abs(mirrored - 500 * p)).toBeLessThanOrEqual(band);
    expect(result.backends[`${INFRA}/infra-backend-v1:8080`]).toBe(500);
  });
});
