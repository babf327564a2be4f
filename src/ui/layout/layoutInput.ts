import type { XY } from '../store/viewSlice.ts';

/** A connection point on a node's left or right side, `y` pixels below its top. */
export interface LayoutPort {
  readonly id: string;
  readonly side: 'left' | 'right';
  readonly y: number;
}

/** A node to place: its size, its lane and group, and where its edges attach. */
export interface LayoutNode {
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly lane: 'north-south' | 'east-west';
  /** The namespace group it is drawn in; null outside every group (the Internet). */
  readonly group: string | null;
  /** Column hint: 0 entry, 1 parents, 2 routes, 3 backends, 4 the rest. */
  readonly layer: number;
  readonly ports: readonly LayoutPort[];
}

/** An edge the layout should keep short, from a node (and port) to another. */
export interface LayoutEdge {
  readonly id: string;
  readonly source: string;
  readonly sourcePort?: string;
  readonly target: string;
  readonly targetPort?: string;
}

/** What a layout is computed from (no React Flow or ELK types). */
export interface LayoutInput {
  readonly nodes: readonly LayoutNode[];
  readonly edges: readonly LayoutEdge[];
}

/** Top-left positions by node id. */
export type LayoutResult = ReadonlyMap<string, XY>;

/** Space between the north-south and the east-west lane. */
export const LANE_GAP = 120;
