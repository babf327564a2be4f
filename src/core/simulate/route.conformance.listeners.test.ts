/**
 * Every routing expectation of conformance-cases.md sections 2 and 7 (hostnames, listeners,
 * ports, HTTPS, ListenerSets), run against the v1.6.1 conformance manifests. None is left out:
 * the URL host is the TLS server name and a `Host` header sets the Host, which is all the
 * misdirected-request test varies.
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

describe('HTTPRouteHostnameIntersection', () => {
  const file = 'httproute-hostname-intersection.yaml';
  it.each<readonly [string, string | number]>([
    ['very.specific.com/s1', 'v1'],
    ['very.specific.com:1234/s1', 'v1'],
    ['non.matching.com/s1', 404],
    ['foo.nonmatchingwildcard.io/s1', 404],
    ['foo.wildcard.io/s1', 404],
    ['very.specific.com/non-matching-prefix', 404],
    ['foo.wildcard.io/s2', 'v2'],
    ['bar.wildcard.io/s2', 'v2'],
    ['foo.bar.wildcard.io/s2', 'v2'],
    ['non.matching.com/s2', 404],
    ['wildcard.io/s2', 404],
    ['very.specific.com/s2', 404],
    ['foo.wildcard.io/non-matching-prefix', 404],
    ['very.specific.com/s3', 'v3'],
    ['non.matching.com/s3', 404],
    ['foo.specific.com/s3', 404],
    ['foo.wildcard.io/s3', 404],
    ['foo.anotherwildcard.io/s4', 'v1'],
    ['bar.anotherwildcard.io/s4', 'v1'],
    ['foo.bar.anotherwildcard.io/s4', 'v1'],
    ['anotherwildcard.io/s4', 404],
    ['foo.wildcard.io/s4', 404],
    ['very.specific.com/s4', 404],
    ['foo.anotherwildcard.io/non-matching-prefix', 404],
    ['specific.but.wrong.com/s5', 404],
    ['wildcard.io/s5', 404],
  ])('Host %s → %s', (target, expected) => {
    const slash = target.indexOf('/');
    const host = target.slice(0, slash);
    // The port in the Host header is ignored (A2); the connection still goes to port 80.
    const decision = send(
      file,
      `GET http://gw${target.slice(slash)}`,
      { Host: host },
      'httproute-hostname-intersection',
    );
    expect(outcome(decision)).toBe(expected);
  });

  it.each<readonly [string, string | number]>([
    ['first.com', 'v2'],
    ['sub.first.com', 'v2'],
    ['second.com', 'v2'],
    ['sub.second.com', 'v2'],
    ['third.com', 404],
    ['sub.third.com', 404],
  ])('listener without hostname: %s → %s', (host, expected) => {
    const decision = send(file, `GET http://${host}/`, {}, 'httproute-hostname-intersection-all');
    expect(outcome(decision)).toBe(expected);
  });
});

describe('HTTPRouteListenerHostnameMatching', () => {
  it.each<readonly [string, string | number]>([
    ['bar.com', 'v1'],
    ['foo.bar.com', 'v2'],
    ['baz.bar.com', 'v3'],
    ['boo.bar.com', 'v3'],
    ['multiple.prefixes.bar.com', 'v3'],
    ['multiple.prefixes.foo.com', 'v3'],
    ['foo.com', 404],
    ['no.matching.host', 404],
  ])('%s → %s', (host, expected) => {
    const decision = send(
      'httproute-listener-hostname-matching.yaml',
      `GET http://${host}/`,
      {},
      'httproute-listener-hostname-matching',
    );
    expect(outcome(decision)).toBe(expected);
  });
});

describe('HTTPRouteListenerPortMatching', () => {
  it.each<readonly [string, string | number]>([
    ['foo.com', 'v1'],
    ['foo.com:8080', 'v2'],
    ['bar.com:8080', 'v2'],
    ['foo.com:8090', 'v3'],
    ['bar.com:8090', 404],
  ])('%s → %s', (authority, expected) => {
    const decision = send(
      'httproute-listener-port-matching.yaml',
      `GET http://${authority}/`,
      {},
      'httproute-listener-port-matching',
    );
    expect(outcome(decision)).toBe(expected);
  });
});

describe('HTTPRouteHTTPSListener', () => {
  it.each<readonly [string, string | number]>([
    ['example.org', 'v1'],
    ['unknown-example.org', 404],
    ['second-example.org', 'v2'],
  ])('https://%s → %s', (host, expected) => {
    const decision = send(
      'httproute-https-listener.yaml',
      `GET https://${host}/`,
      {},
      'same-namespace-with-https-listener',
    );
    expect(outcome(decision)).toBe(expected);
  });
});

describe('HTTPRouteHTTPSListenerDetectMisdirectedRequests', () => {
  it.each<readonly [string, string, string | number]>([
    ['example.org', 'example.org', 'v1'],
    ['example.org', 'second-example.org', 421],
    ['example.org', 'unknown-example.org', 404],
    ['second-example.org', 'second-example.org', 'v2'],
    ['second-example.org', 'example.org', 421],
    ['second-example.org', 'unknown-example.org', 421],
    ['third-example.wildcard.org', 'third-example.wildcard.org', 'v3'],
    ['third-example.wildcard.org', 'fith-example.wildcard.org', 'v3'],
    ['third-example.wildcard.org', 'fourth-example.wildcard.org', 421],
    ['third-example.wildcard.org', 'second-example.org', 421],
    ['third-example.wildcard.org', 'unknown-example.org', 421],
    ['fourth-example.wildcard.org', 'fourth-example.wildcard.org', 'v1'],
    ['fourth-example.wildcard.org', 'fith-example.wildcard.org', 421],
    ['unknown-example.org', 'example.org', 'v1'],
    ['unknown-example.org', 'unknown-example.org', 404],
  ])('SNI %s, Host %s → %s', (sni, host, expected) => {
    const decision = send(
      'httproute-https-listener-detect-misdirected-requests.yaml',
      `GET https://${sni}/detect-misdirected-requests`,
      { Host: host },
      'same-namespace-with-https-listener',
    );
    expect(outcome(decision)).toBe(expected);
  });
});

describe('GatewayHTTPListenerIsolation', () => {
  const hosts = ['bar.com', 'bar.example.com', 'bar.foo.example.com', 'abc.foo.example.com'];
  const paths = [
    '/empty-hostname',
    '/wildcard-example-com',
    '/wildcard-foo-example-com',
    '/abc-foo-example-com',
  ];
  const cases = hosts.flatMap((host, h) =>
    paths.map((path, p) => [host, path, h === p ? 'v1' : 404] as const),
  );
  it.each(cases)('%s%s → %s', (host, path, expected) => {
    const decision = send(
      'gateway-http-listener-isolation.yaml',
      `GET http://${host}${path}`,
      {},
      'http-listener-isolation',
    );
    expect(outcome(decision)).toBe(expected);
  });
  it.each(cases)('with hostname intersection: %s%s → %s', (host, path, expected) => {
    const decision = send(
      'gateway-http-listener-isolation-with-hostname-intersection.yaml',
      `GET http://${host}${path}`,
      {},
      'http-listener-isolation-with-hostname-intersection',
    );
    expect(outcome(decision)).toBe(expected);
  });
});

describe('HTTPRouteCrossNamespace', () => {
  it('GET / → web-backend', () => {
    const decision = send(
      'httproute-cross-namespace.yaml',
      'GET http://gw/',
      {},
      'backend-namespaces',
    );
    expect(outcome(decision)).toBe('web-backend');
  });
});

describe('ListenerSetHTTPRouting', () => {
  const gw = 'gateway-with-listener-sets-http-routing';
  const gatewayHosts = ['gateway-listener-1.com', 'gateway-listener-2.com'];
  const ls1 = [
    'listener-set-http-routing-1-listener-1.com',
    'listener-set-http-routing-1-listener-2.com',
  ];
  const ls2 = [
    'listener-set-http-routing-2-listener-1.com',
    'listener-set-http-routing-2-listener-2.com',
  ];
  const all = [...gatewayHosts, ...ls1, ...ls2];
  const expectations: Record<string, (host: string) => string | number> = {
    '/route': () => 'v1',
    '/gateway-route': (host) => (gatewayHosts.includes(host) ? 'v2' : 404),
    '/gateway-section-route': (host) => (host === 'gateway-listener-1.com' ? 'v3' : 404),
    '/listener-set-http-routing-1-route': (host) => (ls1.includes(host) ? 'v2' : 404),
    '/listener-set-http-routing-1-section-route': (host) => (host === ls1[0] ? 'v3' : 404),
  };
  const cases = Object.entries(expectations).flatMap(([path, expect]) =>
    all.map((host) => [host, path, expect(host)] as const),
  );
  it.each(cases)('%s%s → %s', (host, path, expected) => {
    expect(
      outcome(send('listenerset-http-routing.yaml', `GET http://${host}${path}`, {}, gw)),
    ).toBe(expected);
  });
});

describe('ListenerSetAllowedRoutesNamespaces', () => {
  const gw = 'gateway-with-listener-sets-test-allowed-routes';
  const host = (name: string) => `listener-set-listener-allowed-routes-${name}.com`;
  it.each<readonly [string, string, string | number]>([
    [host('all'), '/route-in-same-namespace', 'v1'],
    [host('all'), '/route-in-selected-namespace', 'v2'],
    [host('all'), '/route-not-in-selected-namespace', 'v3'],
    [host('same'), '/route-in-same-namespace', 'v1'],
    [host('same'), '/route-in-selected-namespace', 404],
    [host('same'), '/route-not-in-selected-namespace', 404],
    [host('selector'), '/route-in-same-namespace', 404],
    [host('selector'), '/route-in-selected-namespace', 'v2'],
    [host('selector'), '/route-not-in-selected-namespace', 404],
    [host('cross-ns-same'), '/route-in-listenerset-namespace', 'v1'],
    [host('cross-ns-same'), '/route-in-gateway-namespace', 404],
  ])('%s%s → %s', (hostname, path, expected) => {
    const decision = send(
      'listenerset-allowed-routes-namespaces.yaml',
      `GET http://${hostname}${path}`,
      {},
      gw,
    );
    expect(outcome(decision)).toBe(expected);
  });
});

describe('ListenerSetDualParentRefIndependence', () => {
  it.each<readonly [string, string | number]>([
    ['gw-dual.com/dualboth', 'v1'],
    ['ls-dual.com/dualboth', 'v1'],
    ['ls-dual.com/dualone', 'v2'],
    ['gw-dual.com/dualone', 404],
  ])('%s → %s', (target, expected) => {
    const decision = send(
      'listenerset-dual-parentref-independence.yaml',
      `GET http://${target}`,
      {},
      'gateway-dual-parentref',
    );
    expect(outcome(decision)).toBe(expected);
  });
});

describe('ListenerSetGatewayParentSectionNameNotFound', () => {
  it.each<readonly [string, string | number]>([
    ['ls-section-name.com/goodsection', 'v1'],
    ['gw-section.com/badsection', 404],
  ])('%s → %s', (target, expected) => {
    const decision = send(
      'listenerset-gateway-parent-section-name-not-found.yaml',
      `GET http://${target}`,
      {},
      'gateway-section-name',
    );
    expect(outcome(decision)).toBe(expected);
  });
});
