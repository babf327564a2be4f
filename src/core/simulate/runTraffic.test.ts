import { describe, expect, it } from 'vitest';
import {
  type SimRequest,
  backendEdgeId,
  compileRouteTable,
  createTrafficRun,
  createWorkspace,
  entryEdgeId,
  meshEntryEdgeId,
  mirrorEdgeId,
  parentEdgeId,
  runTraffic,
} from '../index.ts';

const documents = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: edge, namespace: infra}
spec:
  gatewayClassName: example
  listeners: [{name: http, port: 80, protocol: HTTP, allowedRoutes: {namespaces: {from: All}}}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: web, namespace: shop}
spec:
  parentRefs: [{name: edge, namespace: infra}]
  rules:
    - matches: [{path: {type: PathPrefix, value: /api}}]
      filters: [{type: RequestMirror, requestMirror: {backendRef: {name: shadow, port: 80}, percent: 50}}]
      backendRefs: [{name: v1, port: 80, weight: 3}, {name: v2, port: 80, weight: 1}]
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: cart, namespace: shop}
spec:
  parentRefs: [{group: "", kind: Service, name: cart}]
  rules:
    - backendRefs: [{name: v2, port: 80}]
${['v1', 'v2', 'shadow', 'cart']
  .map(
    (name) =>
      `---\napiVersion: v1\nkind: Service\nmetadata: {name: ${name}, namespace: shop}\nspec: {ports: [{port: 80}]}`,
  )
  .join('\n')}
`;

const north = (path: string): SimRequest => ({
  method: 'GET',
  scheme: 'http',
  host: 'shop.example',
  port: 80,
  path,
  headers: [],
  entry: { kind: 'gateway', namespace: 'infra', name: 'edge' },
});
const east: SimRequest = { ...north('/'), host: 'cart', entry: { kind: 'mesh', from: 'shop' } };

describe('traffic runs', () => {
  const table = compileRouteTable(createWorkspace(documents));
  const web = 'gateway.networking.k8s.io/HTTPRoute/shop/web';
  const cart = 'gateway.networking.k8s.io/HTTPRoute/shop/cart';

  it('counts requests per backend, status and graph edge for a mix of requests', () => {
    const profile = {
      templates: [
        { request: north('/api/x'), weight: 2 },
        { request: north('/other') },
        { request: east },
      ],
    };
    const result = runTraffic(table, profile, 40_000, 5);
    expect(result.count).toBe(40_000);
    const sum = (record: Readonly<Record<string, number>>) =>
      Object.values(record).reduce((a, b) => a + b, 0);
    expect(sum(result.statuses)).toBe(40_000);
    expect(Object.keys(result.statuses).sort()).toEqual(['200', '404']);
    // Half the requests go to /api (weight 2 of 4), split 3:1; a quarter are mesh calls to cart → v2.
    expect(Math.abs((result.backends['shop/v1:80'] ?? 0) / 40_000 - 0.375)).toBeLessThan(0.01);
    const edges = result.edges;
    const entry = edges[entryEdgeId('gateway.networking.k8s.io/Gateway/infra/edge', 'http')] ?? 0;
    expect(entry / 40_000).toBeCloseTo(0.75, 1);
    expect(edges[parentEdgeId(web, 0, 'http')]).toBe(
      (result.backends['shop/v1:80'] ?? 0) + (edges[backendEdgeId(web, 0, 1)] ?? 0),
    );
    expect(edges[meshEntryEdgeId('shop', '/Service/shop/cart')]).toBe(
      edges[backendEdgeId(cart, 0, 0)],
    );
    expect(edges[parentEdgeId(cart, 0, '*')]).toBe(edges[backendEdgeId(cart, 0, 0)]);
    const mirrored = edges[mirrorEdgeId(web, 0, 0, null)] ?? 0;
    expect(Math.abs(mirrored / (edges[parentEdgeId(web, 0, 'http')] ?? 1) - 0.5)).toBeLessThan(
      0.02,
    );
  });

  it('gives the same counts whether the run goes at once or in chunks', () => {
    const profile = { templates: [{ request: north('/api'), weight: 3 }, { request: east }] };
    const chunked = createTrafficRun(table, profile, 9);
    for (let i = 0; i < 10; i++) chunked.advance(1_000);
    expect(chunked.sent()).toBe(10_000);
    expect(chunked.result()).toEqual(runTraffic(table, profile, 10_000, 9));
  });

  it('sends nothing for a profile without weight', () => {
    expect(runTraffic(table, { templates: [{ request: east, weight: 0 }] }, 100, 1).count).toBe(0);
  });
});
