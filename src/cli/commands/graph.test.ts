import { describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { createMemoryIO } from '../testing/memoryIO.ts';

const gateway = `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata:
  name: edge
spec:
  gatewayClassName: example
  listeners:
    - name: http
      port: 80
      protocol: HTTP
`;

const route = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - name: edge
  rules:
    - backendRefs:
        - name: web-v1
          port: 80
          weight: 3
        - name: web-v2
          port: 80
          weight: 1
---
apiVersion: v1
kind: Service
metadata:
  name: web-v1
spec:
  ports:
    - port: 80
`;

describe('switchyard graph', () => {
  it('prints a Mermaid flowchart by default, reading every input as one document set', async () => {
    const io = createMemoryIO({ 'config/gateway.yaml': gateway, 'config/routes.yaml': route });
    expect(await main(['graph', 'config'], io)).toBe(0);
    expect(io.stdout()).toBe(`flowchart LR
  internet(["Internet"])
  subgraph ns_default["default"]
    Gateway_default_edge[["Gateway default/edge<br/>http · HTTP :80"]]
    HTTPRoute_default_web["HTTPRoute default/web<br/>[0] any"]
    Service_default_web_v1[("Service default/web-v1<br/>80")]
    Service_default_web_v2["Service default/web-v2<br/>(not in the documents)"]
  end
  internet -->|"HTTP :80"| Gateway_default_edge
  Gateway_default_edge -->|"http"| HTTPRoute_default_web
  HTTPRoute_default_web -->|"75% (w 3)"| Service_default_web_v1
  HTTPRoute_default_web -->|"25% (w 1) · BackendNotFound"| Service_default_web_v2
  linkStyle 3 stroke:#c33
  classDef missing stroke-dasharray: 4 3,fill:#fff4f4,stroke:#c33
  class Service_default_web_v2 missing
`);
    expect(io.stderr()).toBe('');
  });

  it('prints JSON nodes and edges with the contract fields, in the --namespace given', async () => {
    const io = createMemoryIO({}, `${gateway}---\n${route}`);
    expect(await main(['graph', '-', '--format', 'json', '--namespace', 'shop'], io)).toBe(0);
    const graph = JSON.parse(io.stdout()) as {
      nodes: { id: string; kind: string; namespace: string; name: string }[];
      edges: { source: string; target: string; kind: string; label: string }[];
    };
    expect(graph.nodes.map(({ kind, namespace, name }) => `${kind} ${namespace}/${name}`)).toEqual([
      'Internet /internet',
      'Gateway shop/edge',
      'HTTPRoute shop/web',
      'Service shop/web-v1',
      'Service shop/web-v2',
    ]);
    expect(graph.edges.map(({ kind, label }) => `${kind} ${label}`)).toEqual([
      'entry HTTP :80',
      'parentRef ',
      'backendRef 75% (w 3)',
      'backendRef 25% (w 1)',
    ]);
    expect(graph.edges[2]).toMatchObject({
      source: 'gateway.networking.k8s.io/HTTPRoute/shop/web',
      target: '/Service/shop/web-v1',
    });
  });

  it('prints a Graphviz digraph', async () => {
    const io = createMemoryIO({ 'all.yaml': `${gateway}---\n${route}` });
    expect(await main(['graph', 'all.yaml', '--format=dot'], io)).toBe(0);
    expect(io.stdout()).toContain('subgraph "cluster_namespace:default" {');
    expect(io.stdout()).toContain(
      '"gateway.networking.k8s.io/HTTPRoute/default/web" -> "/Service/default/web-v1" [label="75% (w 3)"];',
    );
  });

  it.each([
    [
      ['graph', 'all.yaml', '--format', 'svg'],
      2,
      '--format must be one of mermaid, dot, json (got "svg")',
    ],
    [['graph'], 2, 'no inputs'],
    [['graph', 'missing.yaml'], 2, 'missing.yaml: no such file or directory'],
  ])('%j exits %i', async (argv, status, message) => {
    const io = createMemoryIO({ 'all.yaml': gateway });
    expect(await main(argv, io)).toBe(status);
    expect(io.stderr()).toContain(message);
  });

  it('reports unreadable documents with their place, exits 1 and still prints the rest', async () => {
    const io = createMemoryIO({ 'all.yaml': `${gateway}---\nkind: [unclosed\n` });
    expect(await main(['graph', 'all.yaml', '--format', 'json'], io)).toBe(1);
    expect(io.stderr()).toMatch(/^all\.yaml:13:\d+: error: /);
    expect(JSON.parse(io.stdout())).toMatchObject({
      nodes: [{ kind: 'Internet' }, { kind: 'Gateway' }],
    });
  });
});
