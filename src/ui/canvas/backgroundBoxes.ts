import type { XY } from '../store/viewSlice.ts';
import type { BoxFlowNode, BoxNodeData } from './flowElements.ts';
import type { NodeGeometry } from './nodeGeometry.ts';
import type { VisibleGroup, VisibleNode } from './visibleGraph.ts';

/** Room around the members of a namespace box (the top holds its title). */
const BOX_PAD = { top: 36, side: 14, bottom: 14 };
/** Room around a lane's nodes: its title, and the namespace boxes inside it. */
const LANE_PAD = { top: 66, side: 30, bottom: 30 };

interface Bounds {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function boundsOf(
  ids: Iterable<string>,
  positions: ReadonlyMap<string, XY>,
  geometries: ReadonlyMap<string, NodeGeometry>,
): Bounds | null {
  let bounds: Bounds | null = null;
  for (const id of ids) {
    const at = positions.get(id);
    const geometry = geometries.get(id);
    if (!at || !geometry) continue;
    const right = at.x + geometry.width;
    const bottom = at.y + geometry.height;
    if (!bounds) bounds = { left: at.x, top: at.y, right, bottom };
    else {
      bounds.left = Math.min(bounds.left, at.x);
      bounds.top = Math.min(bounds.top, at.y);
      bounds.right = Math.max(bounds.right, right);
      bounds.bottom = Math.max(bounds.bottom, bottom);
    }
  }
  return bounds;
}

function boxNode(
  id: string,
  data: BoxNodeData,
  bounds: Bounds,
  pad: typeof BOX_PAD,
  zIndex: number,
): BoxFlowNode {
  const width = bounds.right - bounds.left + 2 * pad.side;
  const height = bounds.bottom - bounds.top + pad.top + pad.bottom;
  return {
    id,
    type: 'box',
    position: { x: bounds.left - pad.side, y: bounds.top - pad.top },
    data,
    width,
    height,
    measured: { width, height },
    zIndex,
    selectable: false,
    draggable: false,
    focusable: false,
    connectable: false,
    deletable: false,
    ariaRole: 'presentation',
  };
}

/**
 * The frame of a namespace group around its drawn members, or null when none is placed.
 *
 * @param group - The group.
 * @param positions - Node positions.
 * @param geometries - Node sizes.
 */
export function namespaceBox(
  group: VisibleGroup,
  positions: ReadonlyMap<string, XY>,
  geometries: ReadonlyMap<string, NodeGeometry>,
): BoxFlowNode | null {
  const bounds = boundsOf(group.members, positions, geometries);
  if (!bounds) return null;
  const data: BoxNodeData = {
    box: 'namespace',
    label: group.label,
    groupId: group.id,
    collapsed: group.collapsed,
  };
  return boxNode(`box:${group.id}`, data, bounds, BOX_PAD, -1);
}

/**
 * The bands of the north-south and east-west lanes around their nodes (only when both lanes
 * have nodes).
 *
 * @param nodes - The drawn nodes.
 * @param positions - Node positions.
 * @param geometries - Node sizes.
 */
export function laneBoxes(
  nodes: readonly VisibleNode[],
  positions: ReadonlyMap<string, XY>,
  geometries: ReadonlyMap<string, NodeGeometry>,
): BoxFlowNode[] {
  const lanes = { 'north-south': [] as string[], 'east-west': [] as string[] };
  for (const node of nodes) lanes[node.lane].push(node.id);
  // Lanes are only worth drawing when both kinds of traffic are on the canvas.
  if (lanes['north-south'].length === 0 || lanes['east-west'].length === 0) return [];
  return (['north-south', 'east-west'] as const).flatMap((lane) => {
    const bounds = boundsOf(lanes[lane], positions, geometries);
    if (!bounds) return [];
    const data: BoxNodeData = { box: 'lane', label: lane, groupId: lane, collapsed: false };
    return [boxNode(`lane:${lane}`, data, bounds, LANE_PAD, -2)];
  });
}
