/**
 * The routing expectations of conformance-cases.md section 3 (CORS, backend protocols) and
 * section 4 (weights, invalid backends, ReferenceGrants, timeouts, retries), run against the
 * v1.6.1 conformance manifests.
 *
 * Left out, because a simulation has no wall clock and no failing backends:
 * - the `?delay=1s` requests of HTTPRouteTimeoutRequest and HTTPRouteTimeoutBackendRequest (504);
 * - HTTPRouteRetry's backends that fail `succeedAfter` times (only the explanation is checked);
 * - HTTPRouteBackendProtocolWebSocket's frame echo (only the routing of the upgrade request).
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

function request(
  line: string,
  headers: Readonly<Record<string, string>> = {},
  gateway = 'same-namespace',
): SimRequest {
  const list: HeaderField[] = Object.entries(headers).map(([name, value]) => ({ name, value }));
  const parsed = parseRequestLine(line, list, { kind: 'gateway', namespace: INFRA, name: gateway });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.request;
}

function send(
  text: string,
  line: string,
  headers: Readonly<Record<string, string>> = {},
  gateway = 'same-namespace',
): RouteDecision {
  return route(tableFor(text), request(line, headers, gateway));
}

/** A backend name for a forwarded request, else the status. */
function outcome(decision: RouteDecision): string | number {
  return decision.forwarded ? (decision.backend?.name ?? '') : decision.status;
}

describe('HTTPRouteCORS', () => {
  const text = northSouthCase('httproute-cors.yaml');
  const preflight = (path: string, origin: string, method: string, requestHeaders?: string) =>
    send(text, `OPTIONS http://gw${path}`, {
      Origin: origin,
      'Access-Control-Request-Method': method,
      ...(requestHeaders ? { 'Access-Control-Request-Headers': requestHeaders } : {}),
    });

  it.each(['https://www.foo.com', 'https://www.bar.com', 'https://xpto.www.bar.com'])(
    'a preflight to /cors-1 from %s is answered with the allowed values',
    (origin) => {
      const decision = preflight('/cors-1', origin, 'GET', 'x-header-1, x-header-2');
      expect([200, 204]).toContain(decision.status);
      expect(decision.forwarded).toBeNull();
      expect(decision.responseHeaders).toMatchObject({
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, OPTIONS',
        'access-control-allow-headers': 'x-header-1, x-header-2',
        'access-control-expose-headers': 'x-header-3, x-header-4',
        'access-control-max-age': '3600',
        'access-control-allow-credentials': 'true',
      });
    },
  );

  it('a preflight from an origin that is not allowed gets no CORS headers', () => {
    const decision = preflight('/cors-1', 'https://foobar.com', 'GET');
    expect([200, 204, 403]).toContain(decision.status);
    expect(decision.responseHeaders['access-control-allow-origin']).toBeUndefined();
  });

  it.each<readonly [string, string | undefined]>([
    ['https://www.foo.com', 'https://www.foo.com'],
    ['https://www.bar.com', 'https://www.bar.com'],
    ['https://foobar.com', undefined],
  ])('GET /cors-1 from %s is forwarded, Access-Control-Allow-Origin %s', (origin, allowed) => {
    const decision = send(text, 'GET http://gw/cors-1', { Origin: origin });
    expect(outcome(decision)).toBe('infra-backend-v1');
    expect(decision.responseHeaders['access-control-allow-origin']).toBe(allowed);
  });

  it('a preflight to /cors-2 (methods *) allows the method, without credentials', () => {
    const decision = preflight('/cors-2', 'https://www.foo.com', 'POST');
    expect([200, 204]).toContain(decision.status);
    expect(['POST', '*']).toContain(decision.responseHeaders['access-control-allow-methods']);
    expect(decision.responseHeaders['access-control-allow-origin']).toBe('https://www.foo.com');
    expect(decision.responseHeaders['access-control-allow-credentials']).toBeUndefined();
  });

  it.each(['https://foobar.com', 'https://foobar.com:12345'])('origin * allows %s', (origin) => {
    const decision = preflight('/cors-wildcard-origin', origin, 'PUT');
    expect([200, 204]).toContain(decision.status);
    expect([origin, '*']).toContain(decision.responseHeaders['access-control-allow-origin']);
    expect(decision.responseHeaders['access-control-allow-methods']).toBe('PUT');
    expect(decision.responseHeaders['access-control-allow-credentials']).toBeUndefined();
    const actual = send(text, 'PUT http://gw/cors-wildcard-origin', { Origin: origin });
    expect(outcome(actual)).toBe('infra-backend-v1');
    expect([origin, '*']).toContain(actual.responseHeaders['access-control-allow-origin']);
  });

  it('wildcards with credentials echo the request', () => {
    const decision = preflight(
      '/cors-wildcard-methods-headers',
      'https://other.foo.com',
      'PUT',
      'x-header-1, x-header-2',
    );
    expect(decision.responseHeaders).toMatchObject({
      'access-control-allow-origin': 'https://other.foo.com',
      'access-control-allow-methods': 'PUT',
      'access-control-allow-headers': 'x-header-1, x-header-2',
      'access-control-allow-credentials': 'true',
    });
    const actual = send(text, 'GET http://gw/cors-wildcard-methods-headers', {
      Origin: 'https://other.foo.com',
    });
    expect(outcome(actual)).toBe('infra-backend-v1');
    expect(actual.responseHeaders['access-control-allow-origin']).toBe('https://other.foo.com');
    expect(actual.responseHeaders['access-control-allow-credentials']).toBe('true');
  });

  it('wildcards without credentials may answer *', () => {
    const origin = 'https://other.foo.com';
    const decision = preflight(
      '/cors-wildcard-methods-headers-unauth',
      origin,
      'PUT',
      'x-header-1, x-header-2',
    );
    const headers = decision.responseHeaders;
    expect([origin, '*']).toContain(headers['access-control-allow-origin']);
    expect(['PUT', '*']).toContain(headers['access-control-allow-methods']);
    expect(['x-header-1, x-header-2', '*']).toContain(headers['access-control-allow-headers']);
    expect(headers['access-control-allow-credentials']).toBeUndefined();
    const actual = send(text, 'GET http://gw/cors-wildcard-methods-headers-unauth', {
      Origin: origin,
    });
    expect(outcome(actual)).toBe('infra-backend-v1');
    expect([origin, '*']).toContain(actual.responseHeaders['access-control-allow-origin']);
    expect(actual.responseHeaders['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('HTTPRouteBackendProtocolH2C and HTTPRouteBackendProtocolWebSocket', () => {
  it.each<readonly [string, string, number]>([
    ['httproute-backend-protocol-h2c.yaml', '/', 8081],
    ['httproute-backend-protocol-websocket.yaml', '/ws', 8082],
  ])('%s: %s goes to infra-backend-v1 port %i', (file, path, port) => {
    const decision = send(northSouthCase(file), `GET http://gw${path}`);
    expect(decision.backend).toEqual({
      kind: 'Service',
      namespace: INFRA,
      name: 'infra-backend-v1',
      port,
    });
  });
});

describe('HTTPRouteWeight', () => {
  it('splits 500 requests 0.7 / 0.3 / 0 within ±0.05, and v3 gets none', () => {
    const table = tableFor(northSouthCase('httproute-weight.yaml'));
    const result = runTraffic(
      table,
      { templates: [{ request: request('GET http://gw/') }] },
      500,
      3,
    );
    const share = (name: string) => (result.backends[`${INFRA}/${name}:8080`] ?? 0) / 500;
    expect(Math.abs(share('infra-backend-v1') - 0.7)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(share('infra-backend-v2') - 0.3)).toBeLessThanOrEqual(0.05);
    expect(share('infra-backend-v3')).toBe(0);
    const decision = route(table, request('GET http://gw/'));
    expect(decision.split.map((s) => s.share)).toEqual([0.7, 0.3, 0]);
  });
});

describe('backend failures', () => {
  it.each<readonly [string, string, string | number]>([
    ['httproute-omitted-backendrefs.yaml', '/omitted-no-forward', 500],
    ['httproute-omitted-backendrefs.yaml', '/empty-no-forward', 500],
    ['httproute-omitted-backendrefs.yaml', '/forward', 'infra-backend-v1'],
    ['httproute-invalid-nonexistent-backendref.yaml', '/', 500],
    ['httproute-invalid-backendref-unknown-kind.yaml', '/v2', 500],
    ['httproute-invalid-cross-namespace-backend-ref.yaml', '/', 500],
    ['httproute-invalid-reference-grant.yaml', '/', 500],
    ['httproute-reference-grant.yaml', '/', 'web-backend'],
    ['httproute-partially-invalid-via-invalid-reference-grant.yaml', '/v2', 500],
    ['httproute-partially-invalid-via-invalid-reference-grant.yaml', '/', 'app-backend-v1'],
  ])('%s: GET %s → %s', (file, path, expected) => {
    expect(outcome(send(northSouthCase(file), `GET http://gw${path}`))).toBe(expected);
  });

  it.each<readonly [string, string]>([
    ['httproute-invalid-nonexistent-backendref.yaml', 'BackendNotFound'],
    ['httproute-invalid-backendref-unknown-kind.yaml', 'InvalidKind'],
    ['httproute-invalid-cross-namespace-backend-ref.yaml', 'RefNotPermitted'],
    ['httproute-invalid-reference-grant.yaml', 'RefNotPermitted'],
  ])('%s: the split names the reason %s', (file, reason) => {
    const decision = send(
      northSouthCase(file),
      `GET http://gw/${file.includes('unknown-kind') ? 'v2' : ''}`,
    );
    expect(decision.split).toEqual([expect.objectContaining({ valid: false, reason })]);
  });

  it('HTTPRouteReferenceGrant: deleting the grant makes the request fail with 500', () => {
    const text = northSouthCase('httproute-reference-grant.yaml');
    const documents = text.split(/^---$/m);
    const withoutGrant = documents
      .filter((doc) => !/^kind: ReferenceGrant$/m.test(doc))
      .join('---');
    expect(withoutGrant.length).toBeLessThan(text.length);
    expect(outcome(send(withoutGrant, 'GET http://gw/'))).toBe(500);
  });
});

describe('timeouts and retries', () => {
  it.each<readonly [string, string, string]>([
    ['httproute-timeout-request.yaml', '/request-timeout', 'request 500ms'],
    ['httproute-timeout-request.yaml', '/disable-request-timeout', 'request 0s'],
    ['httproute-timeout-backend-request.yaml', '/backend-timeout', 'backendRequest 500ms'],
    ['httproute-timeout-backend-request.yaml', '/disable-backend-timeout', 'backendRequest 0s'],
  ])('%s: %s → 200, and the explanation names the %s timeout', (file, path, timeout) => {
    const decision = send(northSouthCase(file), `GET http://gw${path}`);
    expect(decision.status).toBe(200);
    expect(decision.steps.find((s) => s.kind === 'timeout')?.message).toContain(timeout);
  });

  it('HTTPRouteRetry: the explanation names the retry policy', () => {
    const decision = send(
      northSouthCase('httproute-retry.yaml'),
      'GET http://gw/retry/code-500-attempts-3',
    );
    expect(decision.status).toBe(200);
    expect(decision.steps.find((s) => s.kind === 'retry')?.message).toContain(
      'up to 3 retries on 500',
    );
  });
});
