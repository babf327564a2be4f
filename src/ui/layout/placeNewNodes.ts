import type { XY } from '../store/viewSlice.ts';
import type { LayoutInput, LayoutNode } from './layoutInput.ts';

/** Horizontal room between a node and the one it connects to. */
const COLUMN_GAP = 96;
/** Vertical room between stacked nodes. */
const ROW_GAP = 24;

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/**
 * Places nodes that have no position yet next to what they connect to — right of the node
 * traffic comes from, else left of the node it goes to — or at `fallback` when they connect to
 * nothing placed; then moves each down until it overlaps nothing.
 *
 * @param input - The nodes and edges on the canvas.
 * @param positions - The positions known so far.
 * @param fallback - Where unconnected new nodes go (the middle of the view).
 * @returns Positions for the nodes that had none.
 */
export function placeNewNodes(
  input: LayoutInput,
  positions: ReadonlyMap<string, XY>,
  fallback: XY,
): Map<string, XY> {
  const byId = new Map(input.nodes.map((node) => [node.id, node]));
  const boxes: Box[] = [];
  for (const node of input.nodes) {
    const at = positions.get(node.id);
    if (at) boxes.push({ ...at, width: node.width, height: node.height });
  }
  const placed = new Map<string, XY>();
  const known = (id: string) => positions.get(id) ?? placed.get(id);
  for (const node of input.nodes) {
    if (positions.has(node.id)) continue;
    const wish = preferredSpot(node, input, byId, known) ?? fallback;
    const spot = firstFreeSpot({ ...wish, width: node.width, height: node.height }, boxes);
    placed.set(node.id, spot);
    boxes.push({ ...spot, width: node.width, height: node.height });
  }
  return placed;
}

function preferredSpot(
  node: LayoutNode,
  input: LayoutInput,
  byId: ReadonlyMap<string, LayoutNode>,
  known: (id: string) => XY | undefined,
): XY | undefined {
  for (const edge of input.edges) {
    if (edge.target !== node.id) continue;
    const from = known(edge.source);
    const source = byId.get(edge.source);
    if (from && source) return { x: from.x + source.width + COLUMN_GAP, y: from.y };
  }
  for (const edge of input.edges) {
    if (edge.source !== node.id) continue;
    const to = known(edge.target);
    if (to) return { x: to.x - node.width - COLUMN_GAP, y: to.y };
  }
  return undefined;
}

function firstFreeSpot(wanted: Box, boxes: readonly Box[]): XY {
  let y = wanted.y;
  // Each step jumps below the box in the way, so this ends after at most one step per box.
  for (;;) {
    const candidate = { ...wanted, y };
    const blocker = boxes.find((box) => overlaps(candidate, box));
    if (!blocker) return { x: Math.round(wanted.x), y: Math.round(y) };
    y = blocker.y + blocker.height + ROW_GAP;
  }
}

function overlaps(a: Box, b: Box): boolean {
  return (
    a.x < b.x + b.width + ROW_GAP &&
    b.x < a.x + a.width + ROW_GAP &&
    a.y < b.y + b.height + ROW_GAP &&
    b.y < a.y + a.height + ROW_GAP
  );
}
