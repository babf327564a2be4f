import type { LayoutEdge, LayoutInput, LayoutNode } from '../layout/layoutInput.ts';
import { type NodeGeometry, hasHandle, nodeGeometry } from './nodeGeometry.ts';
import type { VisibleGraph, VisibleNode } from './visibleGraph.ts';

function layerOf(node: VisibleNode): number {
  return node.type === 'collapsed' ? 1 : node.layer;
}

function groupOf(node: VisibleNode): string | null {
  return node.type === 'collapsed' ? null : node.group;
}

/**
 * What the layout engine needs from the visible graph: sizes, lanes, groups, the handles as
 * ports, and the edges between them.
 *
 * @param visible - The nodes and edges the canvas draws.
 * @returns The layout input.
 */
export function layoutInputOf(visible: VisibleGraph): LayoutInput {
  const geometries = new Map<string, NodeGeometry>();
  const nodes: LayoutNode[] = visible.nodes.map((node) => {
    const geometry = nodeGeometry(node);
    geometries.set(node.id, geometry);
    return {
      id: node.id,
      width: geometry.width,
      height: geometry.height,
      lane: node.lane,
      group: groupOf(node),
      layer: layerOf(node),
      ports: geometry.handles.map((handle) => ({
        id: `${handle.type}:${handle.id}`,
        side: handle.side,
        y: handle.y,
      })),
    };
  });
  const edges: LayoutEdge[] = [];
  for (const edge of visible.edges) {
    const source = geometries.get(edge.source);
    const target = geometries.get(edge.target);
    if (!source || !target) continue;
    edges.push({
      id: edge.id,
      source: edge.source,
      sourcePort: `source:${hasHandle(source, edge.sourceHandle, 'source') ? edge.sourceHandle : 'out'}`,
      target: edge.target,
      targetPort: `target:${hasHandle(target, edge.targetHandle, 'target') ? edge.targetHandle : 'in'}`,
    });
  }
  return { nodes, edges };
}
