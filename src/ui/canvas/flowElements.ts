import { type Edge, type Node, type NodeHandle, Position } from '@xyflow/react';
import type { XY } from '../store/viewSlice.ts';
import { type NodeGeometry, hasHandle, nodeGeometry } from './nodeGeometry.ts';
import { laneBoxes, namespaceBox } from './backgroundBoxes.ts';
import { samePlainData } from './samePlainData.ts';
import type { VisibleEdge, VisibleGraph, VisibleNode } from './visibleGraph.ts';

/** The data of a resource (or collapsed namespace) node: what it draws and its geometry. */
export interface ResourceNodeData extends Record<string, unknown> {
  readonly node: VisibleNode;
  readonly geometry: NodeGeometry;
}

/** The data of a background box: a namespace group or a traffic lane. */
export interface BoxNodeData extends Record<string, unknown> {
  readonly box: 'namespace' | 'lane';
  readonly label: string;
  /** For namespace boxes: the group id (for collapsing). */
  readonly groupId: string;
  readonly collapsed: boolean;
}

/** The React Flow node types of the canvas. */
export type ResourceFlowType = 'listeners' | 'route' | 'service' | 'simple' | 'collapsed';

export type ResourceFlowNode = Node<ResourceNodeData, ResourceFlowType>;
export type BoxFlowNode = Node<BoxNodeData, 'box'>;
export type CanvasNode = ResourceFlowNode | BoxFlowNode;

/** The data of an edge: the visible edge it draws. */
export interface TrafficEdgeData extends Record<string, unknown> {
  readonly visible: VisibleEdge;
}

export type CanvasEdge = Edge<TrafficEdgeData, 'traffic'>;

/** What the converter needs besides the graph. */
export interface FlowInput {
  readonly visible: VisibleGraph;
  readonly positions: ReadonlyMap<string, XY>;
  /** The selected node id (a resource key), or null. */
  readonly selected: string | null;
  /** The accessible name of an edge. */
  readonly describeEdge: (edge: VisibleEdge) => string;
  /** The accessible name of a collapsed namespace (resources are named by their label). */
  readonly describeNamespace: (namespace: string) => string;
}

/** The React Flow elements to draw. */
export interface FlowElements {
  readonly nodes: readonly CanvasNode[];
  readonly edges: readonly CanvasEdge[];
}

const HANDLE_SIZE = 8;

interface NodeMemo {
  readonly source: VisibleNode;
  readonly position: XY;
  readonly selected: boolean;
  readonly flow: ResourceFlowNode;
}

/**
 * Creates the converter from the visible graph to React Flow elements. It remembers what it made:
 * an unchanged node keeps its object (React Flow then skips it, and its memoised component does
 * not render), so a change costs in proportion to what changed, not to the graph's size.
 *
 * @returns `toFlow(input)`, to call with each new input.
 */
export function createFlowConverter(): (input: FlowInput) => FlowElements {
  let nodeMemo = new Map<string, NodeMemo>();
  let edgeMemo = new Map<string, { source: VisibleEdge; label: string; flow: CanvasEdge }>();
  let boxMemo = new Map<string, BoxFlowNode>();

  return (input) => {
    const nextNodes = new Map<string, NodeMemo>();
    const resources: ResourceFlowNode[] = [];
    const geometries = new Map<string, NodeGeometry>();
    for (const node of input.visible.nodes) {
      const position = input.positions.get(node.id);
      if (!position) continue;
      const selected = node.id === input.selected;
      const previous = nodeMemo.get(node.id);
      const ariaLabel =
        node.type === 'collapsed' ? input.describeNamespace(node.label) : node.label;
      const memo =
        previous &&
        previous.position === position &&
        previous.selected === selected &&
        previous.flow.ariaLabel === ariaLabel &&
        samePlainData(previous.source, node)
          ? previous
          : {
              source: node,
              position,
              selected,
              flow: resourceNode(node, position, selected, ariaLabel),
            };
      nextNodes.set(node.id, memo);
      geometries.set(node.id, memo.flow.data.geometry);
      resources.push(memo.flow);
    }
    nodeMemo = nextNodes;

    const nextBoxes = new Map<string, BoxFlowNode>();
    const boxes = [
      ...laneBoxes(input.visible.nodes, input.positions, geometries),
      ...input.visible.groups.flatMap((group) => {
        // A collapsed namespace is its own summary node; it needs no frame.
        const box = group.collapsed ? null : namespaceBox(group, input.positions, geometries);
        return box ? [box] : [];
      }),
    ].map((box) => {
      const previous = boxMemo.get(box.id);
      const kept = previous && samePlainData(previous, box) ? previous : box;
      nextBoxes.set(box.id, kept);
      return kept;
    });
    boxMemo = nextBoxes;

    const nextEdges = new Map<string, { source: VisibleEdge; label: string; flow: CanvasEdge }>();
    const edges: CanvasEdge[] = [];
    for (const edge of input.visible.edges) {
      const sourceGeometry = geometries.get(edge.source);
      const targetGeometry = geometries.get(edge.target);
      if (!sourceGeometry || !targetGeometry) continue;
      const label = input.describeEdge(edge);
      const previous = edgeMemo.get(edge.id);
      const memo =
        previous && previous.label === label && samePlainData(previous.source, edge)
          ? previous
          : { source: edge, label, flow: flowEdge(edge, label, sourceGeometry, targetGeometry) };
      nextEdges.set(edge.id, memo);
      edges.push(memo.flow);
    }
    edgeMemo = nextEdges;
    return { nodes: [...boxes, ...resources], edges };
  };
}

function flowType(node: VisibleNode): ResourceFlowType {
  switch (node.type) {
    case 'gateway':
    case 'listenerSet':
      return 'listeners';
    case 'route':
      return 'route';
    case 'service':
      return 'service';
    case 'collapsed':
      return 'collapsed';
    case 'gatewayClass':
    case 'referenceGrant':
    case 'entry':
    case 'missing':
    case 'plain':
      return 'simple';
  }
}

function resourceNode(
  node: VisibleNode,
  position: XY,
  selected: boolean,
  ariaLabel: string,
): ResourceFlowNode {
  const geometry = nodeGeometry(node);
  // Sizes and handle places are known before the DOM is measured, so edges draw in the first
  // frame and React Flow never waits for measurements to show the graph.
  const handles: NodeHandle[] = geometry.handles.map((handle) => ({
    id: handle.id,
    type: handle.type,
    position: handle.side === 'left' ? Position.Left : Position.Right,
    x: (handle.side === 'left' ? 0 : geometry.width) - HANDLE_SIZE / 2,
    y: handle.y - HANDLE_SIZE / 2,
    width: HANDLE_SIZE,
    height: HANDLE_SIZE,
  }));
  return {
    id: node.id,
    type: flowType(node),
    position,
    data: { node, geometry },
    width: geometry.width,
    height: geometry.height,
    measured: { width: geometry.width, height: geometry.height },
    handles,
    selected,
    ariaLabel,
    deletable: false,
    connectable: node.type === 'route' || node.type === 'service' || hasListeners(node),
  };
}

function hasListeners(node: VisibleNode): boolean {
  return node.type === 'gateway' || node.type === 'listenerSet';
}

function flowEdge(
  edge: VisibleEdge,
  label: string,
  source: NodeGeometry,
  target: NodeGeometry,
): CanvasEdge {
  const sourceHandle = hasHandle(source, edge.sourceHandle, 'source') ? edge.sourceHandle : 'out';
  const targetHandle = hasHandle(target, edge.targetHandle, 'target') ? edge.targetHandle : 'in';
  return {
    id: edge.id,
    type: 'traffic',
    source: edge.source,
    target: edge.target,
    sourceHandle: sourceHandle ?? null,
    targetHandle: targetHandle ?? null,
    data: { visible: edge },
    ariaLabel: label,
    deletable: false,
    focusable: false,
    selectable: edge.edge?.kind === 'backendRef' || edge.edge?.kind === 'parentRef',
  };
}
