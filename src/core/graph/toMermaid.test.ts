import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../yaml/workspace.ts';
import { grpcMatchSummary, httpMatchSummary } from './matchSummary.ts';
import { projectGraph } from './projectGraph.ts';
import { toDot } from './toDot.ts';
import { toMermaid } from './toMermaid.ts';

const canary = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
spec:
  parentRefs:
    - group: ""
      kind: Service
      name: web
  rules:
    - matches:
        - headers:
            - name: x-note
              value: 'say "hi" <b>#1</b>'
      backendRefs:
        - name: web-v1
          port: 80
          weight: 90
        - name: web-v2
          port: 80
          weight: 10
      filters:
        - type: RequestMirror
          requestMirror:
            backendRef:
              name: web-v2
              port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  ports:
    - port: 80
---
apiVersion: v1
kind: Service
metadata:
  name: web-v1
spec:
  ports:
    - port: 80
`;

describe('toMermaid', () => {
  it('prints a left-to-right flowchart with namespace subgraphs, shares and a dashed mirror', () => {
    expect(toMermaid(projectGraph(createWorkspace(canary)))).toBe(`flowchart LR
  subgraph ns_default["default"]
    mesh_default(["Mesh callers in default"])
    HTTPRoute_default_web["HTTPRoute default/web<br/>[0] x-note=say #34;hi#34; #60;b#62;#35;1#60;/b#62;"]
    Service_default_web[("Service default/web<br/>80")]
    Service_default_web_v1[("Service default/web-v1<br/>80")]
    Service_default_web_v2["Service default/web-v2<br/>(not in the documents)"]
  end
  Service_default_web -->|"all ports"| HTTPRoute_default_web
  HTTPRoute_default_web -->|"90% (w 90)"| Service_default_web_v1
  HTTPRoute_default_web -->|"10% (w 10) · BackendNotFound"| Service_default_web_v2
  HTTPRoute_default_web -.->|"mirror · BackendNotFound"| Service_default_web_v2
  mesh_default --> Service_default_web
  linkStyle 2 stroke:#c33
  linkStyle 3 stroke-dasharray: 6 4
  classDef missing stroke-dasharray: 4 3,fill:#fff4f4,stroke:#c33
  class Service_default_web_v2 missing
`);
  });

  it('makes ids unique and safe whatever the names', () => {
    const text = toMermaid(
      projectGraph(
        createWorkspace(`apiVersion: example.com/v1
kind: Thing
metadata:
  name: a.b
---
apiVersion: example.com/v1
kind: Thing
metadata:
  name: a-b
`),
      ),
    );
    expect(text).toContain('Thing_default_a_b("Thing default/a.b")');
    expect(text).toContain('Thing_default_a_b_2("Thing default/a-b")');
  });
});

describe('toDot', () => {
  it('prints a digraph with a cluster per namespace and escaped labels', () => {
    const dot = toDot(projectGraph(createWorkspace(canary)));
    expect(dot).toContain('subgraph "cluster_namespace:default" {');
    expect(dot).toContain('[0] x-note=say \\"hi\\" <b>#1</b>');
    expect(dot).toContain(
      '"gateway.networking.k8s.io/HTTPRoute/default/web" -> "/Service/default/web-v2" [label="mirror · BackendNotFound", style=dashed, color=red];',
    );
  });
});

describe('match short forms', () => {
  it.each([
    [{}, 'any'],
    [{ path: { type: 'PathPrefix' as const, value: '/' } }, '/*'],
    [{ path: { value: '/api/' }, method: 'GET' as const }, 'GET /api/*'],
    [{ path: { type: 'Exact' as const, value: '/login' } }, '/login'],
    [{ path: { type: 'RegularExpression' as const, value: '/items/[0-9]+' } }, '~/items/[0-9]+'],
    [
      {
        headers: [{ name: 'x-canary', value: 'true' }],
        queryParams: [{ type: 'RegularExpression' as const, name: 'v', value: '2.*' }],
      },
      'x-canary=true · ?v~2.*',
    ],
  ])('HTTP %j reads %s', (match, text) => {
    expect(httpMatchSummary(match)).toBe(text);
  });

  it.each([
    [{}, 'any'],
    [{ method: { service: 'grpc.examples.echo.EchoService', method: 'Echo' } }, 'EchoService/Echo'],
    [{ method: { method: 'Echo' } }, '*/Echo'],
    [{ method: { type: 'RegularExpression' as const, service: 'echo\\..*' } }, '~echo\\..*/.*'],
  ])('gRPC %j reads %s', (match, text) => {
    expect(grpcMatchSummary(match)).toBe(text);
  });
});
