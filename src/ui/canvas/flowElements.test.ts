import { describe, expect, it } from 'vitest';
import {
  type Workspace,
  createWorkspace,
  projectGraph,
  updateWorkspace,
} from '../../core/index.ts';
import { NO_FILTER, type XY } from '../store/viewSlice.ts';
import { type FlowInput, createFlowConverter } from './flowElements.ts';
import { CANARY } from './testDocuments.ts';
import { visibleGraph } from './visibleGraph.ts';

function inputFor(
  workspace: Workspace,
  positions: Map<string, XY>,
  selected: string | null,
): FlowInput {
  const graph = projectGraph(workspace);
  const visible = visibleGraph(graph, { collapsed: new Map(), filter: NO_FILTER });
  for (const [i, node] of visible.nodes.entries()) {
    if (!positions.has(node.id))
      positions.set(node.id, { x: (i % 3) * 400, y: Math.floor(i / 3) * 200 });
  }
  return {
    visible,
    positions,
    selected,
    describeEdge: (edge) => edge.id,
    describeNamespace: (namespace) => `Namespace ${namespace}`,
  };
}

const ROUTE = 'gateway.networking.k8s.io/HTTPRoute/default/web';
const GATEWAY = 'gateway.networking.k8s.io/Gateway/default/edge';
const V1 = '/Service/default/web-v1';

describe('createFlowConverter', () => {
  it('makes a node per resource, named as contract.md says, with its size and handles known', () => {
    const toFlow = createFlowConverter();
    const { nodes, edges } = toFlow(inputFor(createWorkspace(CANARY), new Map(), null));
    const route = nodes.find((node) => node.id === ROUTE);
    expect(route).toMatchObject({ type: 'route', ariaLabel: 'HTTPRoute default/web' });
    expect(route?.handles?.map((handle) => handle.id)).toEqual(['parents', 'out', 'rule:0']);
    expect(route?.measured).toEqual({ width: route?.width, height: route?.height });
    const backend = edges.find((edge) => edge.source === ROUTE && edge.target === V1);
    expect(backend).toMatchObject({ sourceHandle: 'rule:0', targetHandle: 'backend' });
    expect(nodes.some((node) => node.id === 'box:namespace:default')).toBe(true);
  });

  it('keeps the objects of unchanged nodes and edges across an edit of another document', () => {
    const toFlow = createFlowConverter();
    const positions = new Map<string, XY>();
    const before = createWorkspace(CANARY);
    const first = toFlow(inputFor(before, positions, null));
    const after = updateWorkspace(before, before.text.replace('weight: 10', 'weight: 30'));
    const second = toFlow(inputFor(after, positions, null));
    const byId = (list: typeof first.nodes, id: string) => list.find((node) => node.id === id);
    expect(byId(second.nodes, GATEWAY)).toBe(byId(first.nodes, GATEWAY));
    expect(byId(second.nodes, V1)).toBe(byId(first.nodes, V1));
    const changed = second.edges.find(
      (edge) => edge.id.startsWith('backend|') && edge.id.endsWith('|1'),
    );
    expect(changed).not.toBe(first.edges.find((edge) => edge.id === changed?.id));
    expect(changed?.data?.visible.edge?.label).toBe('25% (w 30)');
    const entry = second.edges.find((edge) => edge.id.startsWith('entry|'));
    expect(entry).toBe(first.edges.find((edge) => edge.id === entry?.id));
  });

  it('gives new objects to exactly the nodes that moved or changed selection', () => {
    const toFlow = createFlowConverter();
    const positions = new Map<string, XY>();
    const workspace = createWorkspace(CANARY);
    const first = toFlow(inputFor(workspace, positions, null));
    const moved = new Map(positions);
    moved.set(V1, { x: 999, y: 999 });
    const second = toFlow(inputFor(workspace, moved, GATEWAY));
    const changed = second.nodes
      .filter((node) => node !== first.nodes.find((other) => other.id === node.id))
      .map((node) => node.id)
      .sort();
    // The namespace box follows its members, so it changes with them.
    expect(changed).toEqual([V1, GATEWAY, 'box:namespace:default'].sort());
    expect(second.nodes.find((node) => node.id === GATEWAY)?.selected).toBe(true);
  });

  it('draws a namespace box around its members', () => {
    const toFlow = createFlowConverter();
    const { nodes } = toFlow(inputFor(createWorkspace(CANARY), new Map(), null));
    const box = nodes.find((node) => node.id === 'box:namespace:default');
    const members = nodes.filter(
      (node) =>
        node.type !== 'box' &&
        'node' in node.data &&
        node.data.node.type !== 'collapsed' &&
        node.data.node.group === 'namespace:default',
    );
    expect(members).toHaveLength(4);
    for (const member of members) {
      expect(member.position.x).toBeGreaterThan(box?.position.x ?? Infinity);
      expect(member.position.y).toBeGreaterThan(box?.position.y ?? Infinity);
      expect(member.position.x + (member.width ?? 0)).toBeLessThan(
        (box?.position.x ?? 0) + (box?.width ?? 0),
      );
      expect(member.position.y + (member.height ?? 0)).toBeLessThan(
        (box?.position.y ?? 0) + (box?.height ?? 0),
      );
    }
  });
});
