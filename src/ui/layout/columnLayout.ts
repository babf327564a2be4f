import type { XY } from '../store/viewSlice.ts';
import { LANE_GAP, type LayoutInput, type LayoutNode, type LayoutResult } from './layoutInput.ts';

const COLUMN_WIDTH = 360;
const ROW_GAP = 24;
const GROUP_GAP = 64;

/**
 * A quick layered layout without crossing reduction: one column per layer hint, nodes stacked in
 * each column by namespace group, the east-west lane below the north-south one. Linear in the
 * number of nodes; the canvas shows it while ELK is slow (a very large expanded graph) or when
 * the layout worker cannot run.
 *
 * @param input - The nodes to place (edges are not used).
 * @returns Top-left positions of every node.
 */
export function columnLayout(input: LayoutInput): LayoutResult {
  const positions = new Map<string, XY>();
  let top = 0;
  for (const lane of ['north-south', 'east-west'] as const) {
    const nodes = input.nodes.filter((node) => node.lane === lane);
    if (nodes.length === 0) continue;
    const bottom = placeLane(nodes, top, positions);
    top = bottom + LANE_GAP;
  }
  return positions;
}

function placeLane(nodes: readonly LayoutNode[], top: number, out: Map<string, XY>): number {
  const groups: string[] = [];
  for (const node of nodes) {
    const group = node.group ?? '';
    if (!groups.includes(group)) groups.push(group);
  }
  let y = top;
  for (const group of groups) {
    const members = nodes.filter((node) => (node.group ?? '') === group);
    const heights = new Map<number, number>();
    for (const node of members) {
      const column = Math.max(0, node.layer);
      const used = heights.get(column) ?? 0;
      out.set(node.id, { x: column * COLUMN_WIDTH, y: y + used });
      heights.set(column, used + node.height + ROW_GAP);
    }
    y += Math.max(0, ...heights.values()) + GROUP_GAP;
  }
  return y;
}
