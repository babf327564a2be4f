/**
 * Every routing expectation of conformance-cases.md section 1 (HTTPRoute matching), run against
 * the v1.6.1 conformance manifests. Listeners and hostnames, filters, backends, gRPC and mesh are
 * in the sibling `route.conformance.*` files. None of this section's cases is left out.
 */
import { describe, expect, it } from 'vitest';
import {
  type HeaderField,
  type RouteDecision,
  type RouteTable,
  compileRouteTable,
  createWorkspace,
  parseRequestLine,
  route,
} from '../index.ts';
import { northSouthCase } from '../testing/conformance.ts';

const INFRA = 'gateway-conformance-infra';
const tables = new Map<string, RouteTable>();

function send(
  file: string,
  line: string,
  headers: Readonly<Record<string, string>> = {},
  gateway = 'same-namespace',
): RouteDecision {
  let table = tables.get(file);
  if (!table) {
    table = compileRouteTable(createWorkspace(northSouthCase(file)));
    tables.set(file, table);
  }
  const fields: HeaderField[] = Object.entries(headers).map(([name, value]) => ({ name, value }));
  const [namespace, name] = gateway.includes('/') ? gateway.split('/') : [INFRA, gateway];
  const parsed = parseRequestLine(line, fields, {
    kind: 'gateway',
    namespace: namespace ?? INFRA,
    name: name ?? gateway,
  });
  if (!parsed.ok) throw new Error(parsed.error);
  return route(table, parsed.request);
}

/** `v1` → 200 from infra-backend-v1; a number → that status with no backend. */
function outcome(decision: RouteDecision): string | number {
  if (decision.status !== 200 || !decision.forwarded) return decision.status;
  const name = decision.backend?.name ?? '';
  return name.startsWith('infra-backend-') ? name.slice('infra-backend-'.length) : name;
}

type Case = readonly [path: string, headers: Record<string, string>, expected: string | number];

describe('HTTPRouteSimpleSameNamespace', () => {
  it('GET / goes to v1', () => {
    expect(outcome(send('httproute-simple-same-namespace.yaml', 'GET http://gw/'))).toBe('v1');
  });
});

describe('HTTPRouteMatching', () => {
  it.each<Case>([
    ['/', {}, 'v1'],
    ['/example', {}, 'v1'],
    ['/', { Version: 'one' }, 'v1'],
    ['/v2', {}, 'v2'],
    ['/v2/example', {}, 'v2'],
    ['/', { Version: 'two' }, 'v2'],
    ['/v2/', {}, 'v2'],
    ['/v2example', {}, 'v1'],
    ['/foo/v2/example', {}, 'v1'],
  ])('%s %o → %s', (path, headers, expected) => {
    expect(outcome(send('httproute-matching.yaml', `GET http://gw${path}`, headers))).toBe(
      expected,
    );
  });
});

describe('HTTPRouteExactPathMatching', () => {
  it.each<Case>([
    ['/one', {}, 'v1'],
    ['/two', {}, 'v2'],
    ['/', {}, 404],
    ['/one/example', {}, 404],
    ['/two/', {}, 404],
    ['/Two', {}, 404],
  ])('%s → %s', (path, headers, expected) => {
    expect(
      outcome(send('httproute-exact-path-matching.yaml', `GET http://gw${path}`, headers)),
    ).toBe(expected);
  });
});

describe('HTTPRoutePathMatchOrder', () => {
  it.each<Case>([
    ['/match/exact/one', {}, 'v3'],
    ['/match/exact', {}, 'v2'],
    ['/match', {}, 'v1'],
    ['/match/prefix/one/any', {}, 'v2'],
    ['/match/prefix/any', {}, 'v1'],
    ['/match/any', {}, 'v3'],
  ])('%s → %s', (path, headers, expected) => {
    expect(outcome(send('httproute-path-match-order.yaml', `GET http://gw${path}`, headers))).toBe(
      expected,
    );
  });
});

describe('HTTPRouteHeaderMatching', () => {
  it.each<Case>([
    ['/', { Version: 'one' }, 'v1'],
    ['/', { Version: 'two' }, 'v2'],
    ['/', { Version: 'two', Color: 'orange' }, 'v1'],
    ['/', { Version: 'two', Color: 'blue' }, 'v2'],
    ['/', { Color: 'orange' }, 404],
    ['/', { 'Some-Other-Header': 'one' }, 404],
    ['/', { Color: 'blue' }, 'v1'],
    ['/', { Color: 'green' }, 'v1'],
    ['/', { Color: 'red' }, 'v2'],
    ['/', { Color: 'yellow' }, 'v2'],
    ['/', { Color: 'purple' }, 404],
  ])('%s %o → %s', (path, headers, expected) => {
    expect(outcome(send('httproute-header-matching.yaml', `GET http://gw${path}`, headers))).toBe(
      expected,
    );
  });
});

describe('HTTPRouteMatchingAcrossRoutes', () => {
  it.each<readonly [string, string, Record<string, string>, string]>([
    ['example.com', '/', {}, 'v1'],
    ['example.com', '/example', {}, 'v1'],
    ['example.net', '/example', {}, 'v1'],
    ['example.com', '/example', { Version: 'one' }, 'v1'],
    ['example.com', '/v2', {}, 'v2'],
    ['example.net', '/v2', {}, 'v1'],
    ['example.com', '/v2/example', {}, 'v2'],
    ['example.com', '/', { Version: 'two' }, 'v2'],
  ])('%s%s %o → %s', (host, path, headers, expected) => {
    const decision = send(
      'httproute-matching-across-routes.yaml',
      `GET http://${host}${path}`,
      headers,
    );
    expect(outcome(decision)).toBe(expected);
  });
});

describe('HTTPRouteMethodMatching', () => {
  it.each<readonly [string, string, Record<string, string>, string | number]>([
    ['POST', '/', {}, 'v1'],
    ['GET', '/', {}, 'v2'],
    ['HEAD', '/', {}, 404],
    ['GET', '/path1', {}, 'v1'],
    ['PUT', '/', { version: 'one' }, 'v2'],
    ['POST', '/path2', { version: 'two' }, 'v3'],
    ['PATCH', '/path3', {}, 'v1'],
    ['DELETE', '/path4', { version: 'three' }, 'v1'],
    ['PUT', '/', {}, 404],
    ['DELETE', '/path4', {}, 404],
    ['PATCH', '/path5', {}, 'v1'],
    ['PATCH', '/', { version: 'four' }, 'v2'],
  ])('%s %s %o → %s', (method, path, headers, expected) => {
    const decision = send('httproute-method-matching.yaml', `${method} http://gw${path}`, headers);
    expect(outcome(decision)).toBe(expected);
  });
});

describe('HTTPRouteQueryParamMatching', () => {
  it.each<Case>([
    ['/?animal=whale', {}, 'v1'],
    ['/?animal=dolphin', {}, 'v2'],
    ['/?animal=dolphin&color=blue', {}, 'v3'],
    ['/?ANIMAL=Whale', {}, 'v3'],
    ['/?animal=whale&otherparam=irrelevant', {}, 'v1'],
    ['/?animal=dolphin&color=yellow', {}, 'v2'],
    ['/?color=blue', {}, 404],
    ['/?animal=dog', {}, 404],
    ['/?animal=whaledolphin', {}, 404],
    ['/', {}, 404],
    ['/path1?animal=whale', {}, 'v1'],
    ['/?animal=whale', { version: 'one' }, 'v2'],
    ['/path2?animal=whale', { version: 'two' }, 'v3'],
    ['/path3?animal=shark', {}, 'v1'],
    ['/path4?animal=kraken', { version: 'three' }, 'v1'],
    ['/?animal=shark', {}, 404],
    ['/path4?animal=kraken', {}, 404],
    ['/path5?animal=hydra', {}, 'v1'],
    ['/?animal=hydra', { version: 'four' }, 'v3'],
  ])('%s %o → %s', (path, headers, expected) => {
    expect(
      outcome(send('httproute-query-param-matching.yaml', `GET http://gw${path}`, headers)),
    ).toBe(expected);
  });
});

describe('HTTPRouteNamedRule', () => {
  it.each<Case>([
    ['/named', {}, 'v1'],
    ['/unnamed', {}, 'v2'],
  ])('%s → %s', (path, headers, expected) => {
    expect(outcome(send('httproute-named-rule.yaml', `GET http://gw${path}`, headers))).toBe(
      expected,
    );
  });
});

describe('HTTPRouteMultipleGateways', () => {
  it.each<readonly [string, string, string]>([
    ['same-namespace', '/shared', 'v1'],
    ['same-namespace', '/', 'v2'],
    ['all-namespaces', '/shared', 'v1'],
    ['all-namespaces', '/', 'v3'],
  ])('through %s: %s → %s', (gateway, path, expected) => {
    const decision = send('httproute-multiple-gateways.yaml', `GET http://gw${path}`, {}, gateway);
    expect(outcome(decision)).toBe(expected);
  });
});

describe('HTTPRouteServiceTypes', () => {
  it.each(['/manual-endpointslices', '/headless', '/headless-manual-endpointslices'])(
    '%s → 200 from the Service of that name',
    (path) => {
      const decision = send('httproute-service-types.yaml', `GET http://gw${path}`);
      expect(decision.status).toBe(200);
      expect(decision.backend?.name).toBe(path.slice(1));
    },
  );
});
