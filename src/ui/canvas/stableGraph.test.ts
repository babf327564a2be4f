import { describe, expect, it } from 'vitest';
import { type Graph, createWorkspace, projectGraph, updateWorkspace } from '../../core/index.ts';
import { createGraphStabilizer, stableGraph } from './stableGraph.ts';

const text = `apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata:
  name: web
  namespace: shop
spec:
  parentRefs:
    - name: edge
  rules:
    - backendRefs:
        - name: web-v1
          port: 80
          weight: 10
---
apiVersion: v1
kind: Service
metadata:
  name: web-v1
  namespace: shop
spec:
  ports:
    - port: 80
`;

const workspace = createWorkspace(text);
const graph = projectGraph(workspace);
const route = 'gateway.networking.k8s.io/HTTPRoute/shop/web';

describe('keeping an unchanged graph', () => {
  it.each([
    ['the same text read again', text],
    ['a change that the graph does not show', text.replace('weight: 10', 'weight: 10 # same')],
  ])('is the previous graph after %s', (_name, next) => {
    const again = projectGraph(updateWorkspace(createWorkspace(''), next));
    expect(again).not.toBe(graph);
    expect(stableGraph(graph, again)).toBe(graph);
  });

  it('keeps the records that did not change and takes the new ones', () => {
    const edited = projectGraph(
      updateWorkspace(workspace, text.replace('weight: 10', 'weight: 5')),
    );
    const kept = stableGraph(graph, edited);
    expect(kept).not.toBe(graph);
    const service = (g: Graph) => g.nodes.find((node) => node.kind === 'Service');
    expect(service(kept)).toBe(service(graph));
    const backend = kept.edges.find((edge) => edge.kind === 'backendRef');
    expect(backend).toMatchObject({ weight: 5 });
    expect(kept.nodes.find((node) => node.id === route)).toBe(
      graph.nodes.find((node) => node.id === route),
    );
  });

  it('follows records that moved, and drops removed ones', () => {
    const reordered: Graph = { ...graph, nodes: [...graph.nodes].reverse() };
    const kept = stableGraph(graph, reordered);
    expect(kept.nodes.map((node) => node.id)).toEqual(reordered.nodes.map((node) => node.id));
    expect(kept.nodes.every((node) => graph.nodes.includes(node))).toBe(true);
    const fewer: Graph = { ...graph, nodes: graph.nodes.slice(1) };
    expect(stableGraph(graph, fewer).nodes).toHaveLength(graph.nodes.length - 1);
  });

  it('remembers the graph it returned last', () => {
    const stabilize = createGraphStabilizer();
    const first = stabilize(graph);
    expect(stabilize(projectGraph(createWorkspace(text)))).toBe(first);
  });
});
