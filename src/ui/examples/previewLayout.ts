import type { Graph, GraphNode, Lane } from '../../core/index.ts';

/** A node of an example's preview, placed. */
export interface PreviewNode {
  readonly id: string;
  readonly label: string;
  readonly lane: Lane;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** An edge of the preview: a curve from its source's right side to its target's left side. */
export interface PreviewEdge {
  readonly id: string;
  readonly kind: string;
  readonly d: string;
}

/** The preview's size, nodes and edges. */
export interface PreviewLayout {
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly PreviewNode[];
  readonly edges: readonly PreviewEdge[];
}

const COLUMN = 74;
const NODE_WIDTH = 64;
const ROW = 22;
const NODE_HEIGHT = 16;
const PAD = 4;
const LABEL_CHARS = 11;
const TRAFFIC_EDGES = new Set(['entry', 'meshEntry', 'parentRef', 'backendRef', 'mirror']);

function shown(node: GraphNode): boolean {
  return node.type !== 'gatewayClass' && node.type !== 'plain';
}

function shorten(name: string): string {
  return name.length > LABEL_CHARS ? `${name.slice(0, LABEL_CHARS - 1)}…` : name;
}

/**
 * Lays out an example's graph for its preview: the canvas's columns (entry, Gateways and
 * frontends, routes, backends, the rest), one row per node, and the edges traffic takes.
 * GatewayClasses and unknown kinds are left out: they carry no traffic.
 *
 * @param graph - The example's graph.
 * @returns Sizes and positions in the preview's own units.
 */
export function previewLayout(graph: Graph): PreviewLayout {
  const nodes = graph.nodes.filter(shown);
  const layers = [...new Set(nodes.map((node) => node.layer))].sort((a, b) => a - b);
  const rows = new Map<number, number>();
  const placed = new Map<string, PreviewNode>();
  for (const node of nodes) {
    const column = layers.indexOf(node.layer);
    const row = rows.get(node.layer) ?? 0;
    rows.set(node.layer, row + 1);
    placed.set(node.id, {
      id: node.id,
      label: shorten(node.type === 'entry' && node.entry === 'internet' ? node.kind : node.name),
      lane: node.lane,
      x: PAD + column * COLUMN,
      y: PAD + row * ROW,
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    });
  }
  const edges: PreviewEdge[] = [];
  for (const edge of graph.edges) {
    const source = placed.get(edge.source);
    const target = placed.get(edge.target);
    if (!source || !target || !TRAFFIC_EDGES.has(edge.kind)) continue;
    const x1 = source.x + source.width;
    const y1 = source.y + source.height / 2;
    const x2 = target.x;
    const y2 = target.y + target.height / 2;
    const bend = Math.max(12, Math.abs(x2 - x1) / 2);
    edges.push({
      id: edge.id,
      kind: edge.kind,
      d: `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`,
    });
  }
  const tallest = Math.max(1, ...rows.values());
  return {
    width: PAD * 2 + Math.max(1, layers.length) * COLUMN - (COLUMN - NODE_WIDTH),
    height: PAD * 2 + tallest * ROW - (ROW - NODE_HEIGHT),
    nodes: [...placed.values()],
    edges,
  };
}
