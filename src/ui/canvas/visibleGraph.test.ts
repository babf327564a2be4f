import { describe, expect, it } from 'vitest';
import { createWorkspace, projectGraph } from '../../core/index.ts';
import { generateRouteSet } from '../../../bench/generateRouteSet.ts';
import { NO_FILTER } from '../store/viewSlice.ts';
import { CANARY, MESH } from './testDocuments.ts';
import { COLLAPSE_THRESHOLD, collapsedNodeId, visibleGraph } from './visibleGraph.ts';

const small = projectGraph(createWorkspace(`${CANARY}---\n${MESH}`));
const none = new Map<string, boolean>();
const labels = (graph: ReturnType<typeof visibleGraph>) =>
  graph.nodes.map((node) => (node.type === 'collapsed' ? `collapsed ${node.label}` : node.label));

describe('visibleGraph', () => {
  it('draws every node of a small graph, with one box per namespace', () => {
    const visible = visibleGraph(small, { collapsed: none, filter: NO_FILTER });
    expect(visible.nodes).toHaveLength(small.nodes.length);
    expect(visible.edges).toHaveLength(small.edges.length);
    expect(visible.groups.map((group) => group.namespace).sort()).toEqual(['', 'default', 'mesh']);
    expect(visible.hidden).toBe(0);
  });

  it('collapses a namespace into one node that counts its kinds, and merges its edges', () => {
    const collapsed = new Map([['namespace:default', true]]);
    const visible = visibleGraph(small, { collapsed, filter: NO_FILTER });
    const summary = visible.nodes.find((node) => node.id === collapsedNodeId('namespace:default'));
    expect(summary).toMatchObject({
      type: 'collapsed',
      kinds: [
        { kind: 'Service', count: 2 },
        { kind: 'Gateway', count: 1 },
        { kind: 'HTTPRoute', count: 1 },
      ],
    });
    expect(labels(visible)).not.toContain('HTTPRoute default/web');
    // The class → Gateway and Internet → listener edges now end at the summary, once per pair.
    const intoSummary = visible.edges.filter((edge) => edge.target === summary?.id);
    expect(intoSummary.map((edge) => edge.source).sort()).toEqual([
      'entry:internet',
      'gateway.networking.k8s.io/GatewayClass//example',
    ]);
    expect(visible.edges.every((edge) => edge.source !== edge.target)).toBe(true);
  });

  it('opens a graph too large to draw with every namespace collapsed', () => {
    const big = projectGraph(createWorkspace(generateRouteSet({ northSouth: 200, mesh: 0 }).text));
    expect(big.nodes.length).toBeGreaterThan(COLLAPSE_THRESHOLD);
    const visible = visibleGraph(big, { collapsed: none, filter: NO_FILTER });
    expect(visible.nodes.filter((node) => node.type === 'collapsed')).toHaveLength(20);
    expect(visible.nodes.length).toBeLessThan(30);
    const expanded = visibleGraph(big, {
      collapsed: new Map([['namespace:team-03', false]]),
      filter: NO_FILTER,
    });
    expect(labels(expanded)).toContain('HTTPRoute team-03/app-3');
  });

  it.each([
    [
      { ...NO_FILTER, kinds: ['Service'] },
      [
        'Service default/web-v1',
        'Service default/web-v2',
        'Service mesh/echo',
        'Service mesh/echo-v1',
      ],
    ],
    [{ ...NO_FILTER, query: 'ECHO-' }, ['Service mesh/echo-v1', 'HTTPRoute mesh/echo-split']],
    [{ ...NO_FILTER, namespaces: ['mesh'], kinds: ['HTTPRoute'] }, ['HTTPRoute mesh/echo-split']],
  ])('filters by name, kind and namespace: %j', (filter, expected) => {
    const visible = visibleGraph(small, { collapsed: none, filter });
    const resources = labels(visible).filter(
      (label) => !label.startsWith('Internet') && !label.startsWith('Mesh'),
    );
    expect(resources.sort()).toEqual([...expected].sort());
    expect(visible.hidden).toBe(small.nodes.length - visible.nodes.length);
  });
});
