import {
  type InternalNode,
  type ReactFlowState,
  type Viewport,
  getNodesBounds,
  getViewportForBounds,
} from '@xyflow/react';

/** A rectangle in flow coordinates (a node's place and size). */
export interface FlowRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Where a drawn node is and how large, in flow coordinates. */
export function rectOf(node: InternalNode): FlowRect {
  const { x, y } = node.internals.positionAbsolute;
  return { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
}

/** What the canvas shows: its size in pixels and React Flow's transform `[x, y, zoom]`. */
export interface ViewBox {
  readonly width: number;
  readonly height: number;
  readonly transform: readonly [number, number, number];
}

/**
 * How `Fit view` frames the graph: its margin is wider than the band along the canvas's edges in
 * which dragging a connection pans the view (40 pixels), so a drag can start from any handle.
 */
const FIT_OPTIONS = { padding: '48px', minZoom: 0.05, maxZoom: 1.2 } as const;

/**
 * The viewport that shows every node of the canvas as `Fit view` frames it, or null when there is
 * none. Computed from the node sizes React Flow already has, so the view moves in the same frame.
 */
export function fitViewportOf(state: ReactFlowState): Viewport | null {
  if (state.nodeLookup.size === 0) return null;
  const bounds = getNodesBounds([...state.nodeLookup.values()], { nodeLookup: state.nodeLookup });
  const { minZoom, maxZoom, padding } = FIT_OPTIONS;
  return getViewportForBounds(bounds, state.width, state.height, minZoom, maxZoom, padding);
}

/** Below this zoom, nodes show only their title: the rows are too small to read anyway. */
export const READABLE_ZOOM = 0.45;

/** Whether the whole rectangle is inside the view. */
export function isInView(rect: FlowRect, view: ViewBox): boolean {
  const [tx, ty, zoom] = view.transform;
  const left = rect.x * zoom + tx;
  const top = rect.y * zoom + ty;
  return (
    left >= 0 &&
    top >= 0 &&
    left + rect.width * zoom <= view.width &&
    top + rect.height * zoom <= view.height
  );
}

/** The pan, at the view's zoom, that puts a rectangle's centre in the middle of the view. */
export function centredOn(rect: FlowRect, view: ViewBox): { x: number; y: number } {
  const zoom = view.transform[2];
  return {
    x: view.width / 2 - (rect.x + rect.width / 2) * zoom,
    y: view.height / 2 - (rect.y + rect.height / 2) * zoom,
  };
}
