import { describe, expect, it } from 'vitest';
import { createWorkspace, updateWorkspace } from '../yaml/workspace.ts';
import {
  allTestManifests,
  baseManifests,
  meshCase,
  meshManifests,
  northSouthCase,
  readManifest,
} from '../testing/conformance.ts';
import type { GraphEdge, GraphNode } from './graph.ts';
import { withProblemCounts } from './problemCounts.ts';
import { projectGraph } from './projectGraph.ts';

const shop = `apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata:
  name: edge-class
spec:
  controllerName: example.com/gateway-controller
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
  namespace: infra
spec:
  gatewayClassName: edge-class
  listeners:
    - name: http
      port: 80
      protocol: HTTP
    - name: tcp
      port: 9000
      protocol: TCP
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
  namespace: shop
spec:
  parentRefs:
    - name: edge
      namespace: infra
  rules:
    - matches:
        - path:
            type: PathPrefix
            value: /api/
          method: GET
          headers:
            - name: x-canary
              value: "true"
      backendRefs:
        - name: web-v1
          port: 8080
          weight: 90
        - name: web-v2
          port: 8080
          weight: 10
    - filters:
        - type: RequestMirror
          requestMirror:
            backendRef:
              name: audit
              namespace: tools
              port: 80
            percent: 25
      backendRefs:
        - name: gone
          port: 8080
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web-mesh
  namespace: shop
spec:
  parentRefs:
    - group: ""
      kind: Service
      name: web-v1
      port: 8080
  rules:
    - backendRefs:
        - name: web-v2
          port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web-v1
  namespace: shop
spec:
  ports:
    - name: http
      port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: web-v2
  namespace: shop
spec:
  ports:
    - port: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: audit
  namespace: tools
spec:
  ports:
    - port: 80
---
apiVersion: gateway.networking.k8s.io/v1
kind: ReferenceGrant
metadata:
  name: from-shop
  namespace: tools
spec:
  from:
    - group: gateway.networking.k8s.io
      kind: HTTPRoute
      namespace: shop
  to:
    - group: ""
      kind: Service
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
`;

const routeKey = 'gateway.networking.k8s.io/HTTPRoute/shop/web';

function byLabel(nodes: readonly GraphNode[], label: string): GraphNode {
  const node = nodes.find((candidate) => candidate.label === label);
  if (!node) throw new Error(`no node ${label}`);
  return node;
}

function edge(edges: readonly GraphEdge[], id: string): GraphEdge {
  const found = edges.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
}

describe('projectGraph on a small document set', () => {
  const graph = projectGraph(createWorkspace(shop));

  it('draws one node per resource, entry nodes and missing objects, named as the contract says', () => {
    expect(graph.nodes.map((node) => `${node.type} ${node.label}`)).toEqual([
      'entry Internet',
      'entry Mesh callers in shop',
      'gatewayClass GatewayClass edge-class',
      'gateway Gateway infra/edge',
      'route HTTPRoute shop/web',
      'route HTTPRoute shop/web-mesh',
      'service Service shop/web-v1',
      'service Service shop/web-v2',
      'service Service tools/audit',
      'referenceGrant ReferenceGrant tools/from-shop',
      'plain Deployment shop/web',
      'missing Service shop/gone',
    ]);
  });

  it.each([
    ['Internet', 'north-south', 0, null],
    ['Gateway infra/edge', 'north-south', 1, 'namespace:infra'],
    ['GatewayClass edge-class', 'north-south', 0, 'cluster'],
    ['HTTPRoute shop/web', 'north-south', 2, 'namespace:shop'],
    ['HTTPRoute shop/web-mesh', 'east-west', 2, 'namespace:shop'],
    // web-v1: one north-south backendRef against a mesh parentRef: the tie goes east-west.
    ['Service shop/web-v1', 'east-west', 1, 'namespace:shop'],
    // web-v2: one backendRef from each lane.
    ['Service shop/web-v2', 'east-west', 3, 'namespace:shop'],
    ['Service tools/audit', 'north-south', 3, 'namespace:tools'],
    ['ReferenceGrant tools/from-shop', 'north-south', 3, 'namespace:tools'],
    ['Mesh callers in shop', 'east-west', 0, 'namespace:shop'],
    ['Service shop/gone', 'north-south', 3, 'namespace:shop'],
  ])('places %s in the %s lane, layer %i, group %s', (label, lane, layer, group) => {
    const node = byLabel(graph.nodes, label);
    expect({ lane: node.lane, layer: node.layer, group: node.group }).toEqual({
      lane,
      layer,
      group,
    });
  });

  it('gives listeners and rules handles, with matches in short form', () => {
    const gateway = byLabel(graph.nodes, 'Gateway infra/edge');
    expect(gateway.type === 'gateway' && gateway.listeners.map((l) => l.handle)).toEqual([
      'listener:http',
      'listener:tcp',
    ]);
    const route = byLabel(graph.nodes, 'HTTPRoute shop/web');
    expect(
      route.type === 'route' &&
        route.rules.map((rule) => [rule.handle, rule.summary, rule.filters]),
    ).toEqual([
      ['rule:0', 'GET /api/* · x-canary=true', []],
      ['rule:1', 'any', ['RequestMirror']],
    ]);
  });

  it('attaches a route without sectionName to the listeners that take its kind', () => {
    const parents = graph.edges.filter((e) => e.kind === 'parentRef' && e.route === routeKey);
    expect(parents.map((e) => [e.id, e.source, e.sourceHandle, e.target, e.targetHandle])).toEqual([
      [
        `parent|${routeKey}|0|http`,
        'gateway.networking.k8s.io/Gateway/infra/edge',
        'listener:http',
        routeKey,
        'parents',
      ],
    ]);
  });

  it('labels backendRefs with their share and weight, and marks invalid ones', () => {
    expect(edge(graph.edges, `backend|${routeKey}|0|0`)).toMatchObject({
      label: '90% (w 90)',
      share: 0.9,
      target: '/Service/shop/web-v1',
      targetHandle: 'backend',
      valid: true,
    });
    expect(edge(graph.edges, `backend|${routeKey}|0|1`)).toMatchObject({
      label: '10% (w 10)',
      valid: true,
    });
    expect(edge(graph.edges, `backend|${routeKey}|1|0`)).toMatchObject({
      label: '100% (w 1)',
      target: '/Service/shop/gone',
      valid: false,
      reason: 'BackendNotFound',
    });
  });

  it('draws mirrors dashed and the grant that permits them dotted', () => {
    expect(edge(graph.edges, `mirror|${routeKey}|1|-|0`)).toMatchObject({
      line: 'dashed',
      label: 'mirror 25%',
      target: '/Service/tools/audit',
      valid: true,
    });
    expect(
      edge(
        graph.edges,
        `grant|gateway.networking.k8s.io/ReferenceGrant/tools/from-shop|0|${routeKey}`,
      ),
    ).toMatchObject({
      line: 'dotted',
      source: routeKey,
    });
  });

  it('connects entry points: the Internet to every listener, mesh callers to routed frontends', () => {
    const entries = graph.edges.filter((e) => e.kind === 'entry' || e.kind === 'meshEntry');
    expect(entries.map((e) => [e.id, e.targetHandle])).toEqual([
      ['entry|gateway.networking.k8s.io/Gateway/infra/edge|http', 'listener:http'],
      ['entry|gateway.networking.k8s.io/Gateway/infra/edge|tcp', 'listener:tcp'],
      ['mesh|shop|/Service/shop/web-v1', 'frontend'],
    ]);
    expect(
      edge(graph.edges, 'parent|gateway.networking.k8s.io/HTTPRoute/shop/web-mesh|0|8080'),
    ).toMatchObject({
      source: '/Service/shop/web-v1',
      sourceHandle: 'frontend',
      via: 'port 8080',
      matched: true,
    });
  });

  it('lists a group per namespace and one for cluster-scoped resources', () => {
    expect(graph.groups.map((group) => group.id)).toEqual([
      'namespace:shop',
      'cluster',
      'namespace:infra',
      'namespace:tools',
    ]);
  });
});

describe('projectGraph options', () => {
  const workspace = createWorkspace(shop);

  it('carries the Accepted condition the caller knows on parentRef edges', () => {
    const graph = projectGraph(workspace, {
      accepted: (key, index) =>
        key === routeKey && index === 0
          ? { status: 'False', reason: 'NotAllowedByListeners' }
          : undefined,
    });
    expect(edge(graph.edges, `parent|${routeKey}|0|http`)).toMatchObject({
      status: 'False',
      reason: 'NotAllowedByListeners',
      label: 'NotAllowedByListeners',
    });
  });

  it.each([
    ['keeps', 'the same answers', 'False', true],
    ['redraws', 'a changed answer', 'True', false],
  ] as const)(
    '%s the parentRef edges when a new status lookup gives %s',
    (_verb, _what, status, kept) => {
      const rejected = (key: string, index: number) =>
        key === routeKey && index === 0
          ? { status: 'False' as const, reason: 'NotAllowedByListeners' }
          : undefined;
      const before = projectGraph(workspace, { accepted: rejected });
      const after = projectGraph(workspace, {
        accepted: (key, index) =>
          key === routeKey && index === 0 ? { status, reason: 'NotAllowedByListeners' } : undefined,
      });
      const id = `parent|${routeKey}|0|http`;
      expect(edge(after.edges, id) === edge(before.edges, id)).toBe(kept);
      expect(edge(after.edges, id)).toMatchObject({ status });
    },
  );

  it('counts errors and warnings per node', () => {
    const graph = projectGraph(workspace, {
      diagnostics: [
        { severity: 'error', resource: { kind: 'HTTPRoute', namespace: 'shop', name: 'web' } },
        { severity: 'warning', resource: { kind: 'HTTPRoute', namespace: 'shop', name: 'web' } },
        { severity: 'info', resource: { kind: 'HTTPRoute', namespace: 'shop', name: 'web' } },
        {
          severity: 'error',
          resource: { kind: 'GatewayClass', namespace: '', name: 'edge-class' },
        },
      ],
    });
    expect(byLabel(graph.nodes, 'HTTPRoute shop/web').problems).toEqual({ errors: 1, warnings: 1 });
    expect(byLabel(graph.nodes, 'GatewayClass edge-class').problems).toEqual({
      errors: 1,
      warnings: 0,
    });
    expect(byLabel(graph.nodes, 'Service shop/web-v1').problems).toBeUndefined();
  });

  it('counts new findings on the same projection, changing only the nodes with counts', () => {
    const web = { kind: 'HTTPRoute', namespace: 'shop', name: 'web' };
    const projected = projectGraph(workspace);
    const first = withProblemCounts(projected, [{ severity: 'error', resource: web }], 'default');
    expect(byLabel(first.nodes, 'HTTPRoute shop/web').problems).toEqual({ errors: 1, warnings: 0 });
    expect(byLabel(first.nodes, 'Gateway infra/edge')).toBe(
      byLabel(projected.nodes, 'Gateway infra/edge'),
    );
    const again = withProblemCounts(projected, [{ severity: 'error', resource: web }], 'default');
    expect(again).toBe(first);
    const mended = withProblemCounts(projected, [{ severity: 'info', resource: web }], 'default');
    expect(byLabel(mended.nodes, 'HTTPRoute shop/web').problems).toBeUndefined();
    expect(mended.edges).toBe(first.edges);
  });

  it('reads a finding without a namespace as one about the default namespace', () => {
    const text =
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  ports:\n    - port: 80\n';
    const graph = projectGraph(createWorkspace(text), {
      diagnostics: [
        { severity: 'warning', resource: { kind: 'Service', namespace: '', name: 'api' } },
      ],
    });
    expect(byLabel(graph.nodes, 'Service default/api').problems).toEqual({
      errors: 0,
      warnings: 1,
    });
  });

  it('keeps the node objects of resources an edit did not touch', () => {
    const before = projectGraph(workspace);
    const edited = updateWorkspace(workspace, shop.replace('weight: 10', 'weight: 30'));
    const after = projectGraph(edited);
    expect(byLabel(after.nodes, 'Gateway infra/edge')).toBe(
      byLabel(before.nodes, 'Gateway infra/edge'),
    );
    expect(byLabel(after.nodes, 'HTTPRoute shop/web')).not.toBe(
      byLabel(before.nodes, 'HTTPRoute shop/web'),
    );
    expect(edge(after.edges, `backend|${routeKey}|0|0`).label).toBe('75% (w 90)');
  });
});

describe('projectGraph on the conformance manifests', () => {
  it('shows the mesh split as frontend → route → backends', () => {
    const graph = projectGraph(createWorkspace(meshCase('mesh-split.yaml')));
    const key = 'gateway.networking.k8s.io/HTTPRoute/gateway-conformance-mesh/mesh-split';
    const path = graph.edges
      .filter((e) => e.source === key || e.target === key)
      .map((e) => `${e.source} -> ${e.target} ${e.label}`);
    expect(path).toEqual([
      `/Service/gateway-conformance-mesh/echo -> ${key} `,
      `${key} -> /Service/gateway-conformance-mesh/echo-v1 100% (w 1)`,
      `${key} -> /Service/gateway-conformance-mesh/echo-v2 100% (w 1)`,
    ]);
    expect(byLabel(graph.nodes, 'Service gateway-conformance-mesh/echo')).toMatchObject({
      lane: 'east-west',
      layer: 1,
      frontend: { handle: 'frontend', routes: 1 },
    });
  });

  it('lets a consumer route send across namespaces without a grant (mesh)', () => {
    const graph = projectGraph(createWorkspace(meshCase('mesh-consumer-route.yaml')));
    const valid = graph.edges.flatMap((e) => (e.kind === 'backendRef' ? [e.valid] : []));
    expect(valid).toEqual([true]);
  });

  it('labels the weighted split 70/30/0', () => {
    const graph = projectGraph(createWorkspace(northSouthCase('httproute-weight.yaml')));
    const labels = graph.edges
      .filter((e) => e.kind === 'backendRef' && e.route.endsWith('/weighted-backends'))
      .map((e) => e.label);
    expect(labels).toEqual(['70% (w 70)', '30% (w 30)', '0% (w 0)']);
  });

  it.each([
    ['httproute-reference-grant.yaml', true],
    ['httproute-invalid-cross-namespace-backend-ref.yaml', false],
  ])('marks a cross-namespace backend in %s as permitted: %s', (file, valid) => {
    const graph = projectGraph(createWorkspace(northSouthCase(file)));
    const crossing = graph.edges.filter(
      (e) => e.kind === 'backendRef' && !e.target.includes('/gateway-conformance-infra/'),
    );
    expect(crossing.length).toBeGreaterThan(0);
    for (const e of crossing) expect(e.kind === 'backendRef' && e.valid).toBe(valid);
    expect(graph.edges.some((e) => e.kind === 'grant')).toBe(valid);
  });

  it.each(allTestManifests())('%s projects to a consistent graph', (file) => {
    const base = file.startsWith('tests/mesh/') ? meshManifests() : baseManifests();
    const graph = projectGraph(createWorkspace(`${base}---\n${readManifest(file)}`));
    const ids = new Set(graph.nodes.map((node) => node.id));
    expect(ids.size).toBe(graph.nodes.length);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    for (const e of graph.edges) {
      expect(ids.has(e.source), `${e.id} source`).toBe(true);
      expect(ids.has(e.target), `${e.id} target`).toBe(true);
    }
    for (const node of graph.nodes) {
      if (node.group !== null) expect(graph.groups.map((group) => group.id)).toContain(node.group);
    }
  });
});
