import type { ElkNode, ElkExtendedEdge } from 'elkjs/lib/elk-api';
import type { XY } from '../store/viewSlice.ts';
import { LANE_GAP, type LayoutInput, type LayoutNode, type LayoutResult } from './layoutInput.ts';

/** Room inside a namespace box for its title. */
const GROUP_PADDING = '[top=40,left=16,bottom=16,right=16]';

// NOTE: ELK reads spacing from the node that contains the nodes being spaced, so the namespace
// boxes carry the same spacing as the root.
const SPACING = {
  'elk.layered.spacing.nodeNodeBetweenLayers': '110',
  'elk.layered.spacing.edgeNodeBetweenLayers': '24',
  'elk.spacing.nodeNode': '28',
  'elk.spacing.componentComponent': '48',
};

const ROOT_OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  // One layered layout across the namespace boxes, so a route in one namespace still sits right
  // of the Gateway it attaches to in another.
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  ...SPACING,
};

const LANES = ['north-south', 'east-west'] as const;

/**
 * The ELK graphs for a layout: one per lane that has nodes (north-south first), each with a
 * compound node per namespace group. Ports sit where the canvas draws the node's handles, so
 * the layout orders routes by the listener they attach to.
 *
 * @param input - Nodes, ports and edges.
 * @returns The ELK graphs, in drawing order (top lane first).
 */
export function toElkGraphs(input: LayoutInput): ElkNode[] {
  const laneOf = new Map<string, LayoutNode['lane']>();
  for (const node of input.nodes) laneOf.set(node.id, node.lane);
  const graphs: ElkNode[] = [];
  for (const lane of LANES) {
    const nodes = input.nodes.filter((node) => node.lane === lane);
    if (nodes.length === 0) continue;
    const children: ElkNode[] = [];
    const groups = new Map<string, ElkNode[]>();
    for (const node of nodes) {
      const elk = elkNode(node);
      if (node.group === null) {
        children.push(elk);
        continue;
      }
      const members = groups.get(node.group);
      if (members) members.push(elk);
      else {
        const list = [elk];
        groups.set(node.group, list);
        children.push({
          id: groupNodeId(node.group),
          layoutOptions: { 'elk.padding': GROUP_PADDING, ...SPACING },
          children: list,
        });
      }
    }
    const edges: ElkExtendedEdge[] = [];
    for (const edge of input.edges) {
      if (laneOf.get(edge.source) !== lane || laneOf.get(edge.target) !== lane) continue;
      if (edge.source === edge.target) continue;
      edges.push({
        id: edge.id,
        sources: [edge.sourcePort ? portId(edge.source, edge.sourcePort) : edge.source],
        targets: [edge.targetPort ? portId(edge.target, edge.targetPort) : edge.target],
      });
    }
    graphs.push({ id: `lane:${lane}`, layoutOptions: ROOT_OPTIONS, children, edges });
  }
  return graphs;
}

function elkNode(node: LayoutNode): ElkNode {
  return {
    id: node.id,
    width: node.width,
    height: node.height,
    layoutOptions: { 'elk.portConstraints': 'FIXED_POS' },
    ports: node.ports.map((port) => ({
      id: portId(node.id, port.id),
      x: port.side === 'left' ? 0 : node.width,
      y: port.y,
      width: 1,
      height: 1,
      layoutOptions: { 'elk.port.side': port.side === 'left' ? 'WEST' : 'EAST' },
    })),
  };
}

function portId(nodeId: string, handle: string): string {
  return `${nodeId}\u0000${handle}`;
}

function groupNodeId(group: string): string {
  return `group\u0000${group}`;
}

/**
 * Reads the laid-out ELK graphs back into top-left positions, stacking the lanes vertically.
 *
 * @param graphs - The graphs of {@link toElkGraphs}, laid out, in the same order.
 * @param input - The input they were made from (which ids are nodes).
 * @returns Absolute positions of every input node.
 */
export function fromElkGraphs(graphs: readonly ElkNode[], input: LayoutInput): LayoutResult {
  const wanted = new Set(input.nodes.map((node) => node.id));
  const positions = new Map<string, XY>();
  let top = 0;
  for (const graph of graphs) {
    collect(graph.children ?? [], 0, top, wanted, positions);
    top += (graph.height ?? 0) + LANE_GAP;
  }
  return positions;
}

function collect(
  children: readonly ElkNode[],
  dx: number,
  dy: number,
  wanted: ReadonlySet<string>,
  out: Map<string, XY>,
): void {
  for (const child of children) {
    const x = dx + (child.x ?? 0);
    const y = dy + (child.y ?? 0);
    if (wanted.has(child.id)) out.set(child.id, { x: Math.round(x), y: Math.round(y) });
    if (child.children) collect(child.children, x, y, wanted, out);
  }
}
