import { describe, expect, it } from 'vitest';
import {
  backendEdgeId,
  createWorkspace,
  entryEdgeId,
  meshEntryEdgeId,
  mirrorEdgeId,
  parentEdgeId,
} from '../../../core/index.ts';
import { entryLookup, trafficEdgeEnds } from './trafficEdgeEnds.ts';
import { collapsedAlias, createDrawnEdgeIndex, visibleFlows } from './visibleFlows.ts';

const GATEWAY = 'gateway.networking.k8s.io/Gateway/infra/edge';
const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/shop/web';

const workspace = createWorkspace(`apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: { name: web, namespace: shop }
spec:
  parentRefs:
    - { name: edge, namespace: infra, sectionName: http }
    - { group: "", kind: Service, name: front, port: 80 }
  rules:
    - backendRefs:
        - { name: web-v1, port: 80 }
        - { name: pay, namespace: payments, port: 8080 }
      filters:
        - type: RequestMirror
          requestMirror: { backendRef: { name: shadow, port: 80 } }
`);
const lookup = entryLookup(workspace);

describe('traffic edge ends', () => {
  it.each([
    [entryEdgeId(GATEWAY, 'http'), { kind: 'entry', source: 'entry:internet', target: GATEWAY }],
    [
      meshEntryEdgeId('team-a', '/Service/shop/front'),
      { kind: 'meshEntry', source: 'entry:mesh:team-a', target: '/Service/shop/front' },
    ],
    [parentEdgeId(ROUTE, 0, 'http'), { kind: 'parentRef', source: GATEWAY, target: ROUTE }],
    [
      parentEdgeId(ROUTE, 1, '80'),
      { kind: 'parentRef', source: '/Service/shop/front', target: ROUTE },
    ],
    [
      backendEdgeId(ROUTE, 0, 0),
      { kind: 'backendRef', source: ROUTE, target: '/Service/shop/web-v1' },
    ],
    [
      backendEdgeId(ROUTE, 0, 1),
      { kind: 'backendRef', source: ROUTE, target: '/Service/payments/pay' },
    ],
    [
      mirrorEdgeId(ROUTE, 0, 0, null),
      { kind: 'mirror', source: ROUTE, target: '/Service/shop/shadow' },
    ],
  ])('reads %s', (id, ends) => {
    expect(trafficEdgeEnds(id, lookup)).toEqual(ends);
  });

  it.each([
    parentEdgeId(ROUTE, 7, 'http'),
    backendEdgeId(ROUTE, 0, 9),
    backendEdgeId('gateway.networking.k8s.io/HTTPRoute/shop/gone', 0, 0),
    'something|else',
    'backend|__proto__|0|0',
  ])('gives up on %s', (id) => {
    expect(trafficEdgeEnds(id, lookup)).toBeNull();
  });
});

describe('flows on drawn edges', () => {
  it('keeps the flow of an edge drawn as itself', () => {
    const id = backendEdgeId(ROUTE, 0, 0);
    const flows = visibleFlows(new Map([[id, 0.5]]), createDrawnEdgeIndex(new Set([id]), lookup));
    expect(flows.get(id)).toEqual({ id, kind: 'backendRef', share: 0.5 });
  });

  it('adds up the edges merged into a collapsed namespace', () => {
    const merged = `merged|backendRef|${ROUTE}|rule:0|collapsed:namespace:payments|`;
    const flows = visibleFlows(
      new Map([
        [backendEdgeId(ROUTE, 0, 1), 0.25],
        [backendEdgeId(ROUTE, 0, 0), 0.5],
      ]),
      createDrawnEdgeIndex(new Set([merged, 'backend|x|0|0']), lookup),
    );
    expect([...flows.values()]).toEqual([{ id: merged, kind: 'backendRef', share: 0.25 }]);
  });

  it.each([
    [ROUTE, 'collapsed:namespace:shop'],
    ['/Service/payments/pay', 'collapsed:namespace:payments'],
    ['entry:mesh:team-a', 'collapsed:namespace:team-a'],
    ['entry:internet', null],
    ['gateway.networking.k8s.io/GatewayClass//example', null],
  ])('draws %s inside a collapsed namespace as %s', (id, alias) => {
    expect(collapsedAlias(id)).toBe(alias);
  });
});
