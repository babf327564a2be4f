import {
  BACKEND_HANDLE,
  FRONTEND_HANDLE,
  type GraphNode,
  PARENTS_HANDLE,
  assertNever,
} from '../../core/index.ts';

/** Height of a node's title block (kind and name). */
export const HEADER_HEIGHT = 50;
/** Height of one row (a listener, a rule, a Service face). */
export const ROW_HEIGHT = 26;
/** Space under the last row. */
export const FOOT_HEIGHT = 6;
/** Width of resource nodes with rows. */
export const WIDE_WIDTH = 264;
/** Width of small nodes (entries, classes, grants). */
export const NARROW_WIDTH = 200;

/** The generic handles every node has, for edges that name no handle. */
export const IN_HANDLE = 'in';
export const OUT_HANDLE = 'out';

/** A handle of a node: where it is and which way edges use it. */
export interface HandleSpec {
  readonly id: string;
  readonly type: 'source' | 'target';
  readonly side: 'left' | 'right';
  /** Distance of its centre from the node's top. */
  readonly y: number;
}

/** A node's size and handles, computed from its data (the CSS draws exactly this). */
export interface NodeGeometry {
  readonly width: number;
  readonly height: number;
  readonly handles: readonly HandleSpec[];
}

/** The summary node of a collapsed namespace, drawn in place of its members. */
export interface CollapsedNamespaceData {
  readonly type: 'collapsed';
  readonly id: string;
  readonly namespace: string;
  readonly label: string;
  /** Member counts by kind, most first. */
  readonly kinds: readonly { readonly kind: string; readonly count: number }[];
  readonly errors: number;
  readonly warnings: number;
  readonly lane: 'north-south' | 'east-west';
}

/** At most this many kinds are listed on a collapsed namespace. */
export const COLLAPSED_ROWS = 4;

const headerY = HEADER_HEIGHT / 2;

function rowY(index: number): number {
  return HEADER_HEIGHT + index * ROW_HEIGHT + ROW_HEIGHT / 2;
}

function height(rows: number): number {
  return HEADER_HEIGHT + rows * ROW_HEIGHT + (rows > 0 ? FOOT_HEIGHT : 0);
}

const generic: readonly HandleSpec[] = [
  { id: IN_HANDLE, type: 'target', side: 'left', y: headerY },
  { id: OUT_HANDLE, type: 'source', side: 'right', y: headerY },
];

/** How many rows a route spends on its hostnames line (none when it names no hostname). */
export function hostnameRows(hostnames: readonly string[]): number {
  return hostnames.length > 0 ? 1 : 0;
}

/**
 * The size and handles of a node. Listener and rule rows have a handle each; a Service has its
 * frontend (mesh parent: in from callers, out to routes) and backend (in from backendRefs) faces.
 *
 * @param node - A graph node, or a collapsed namespace.
 * @returns Its geometry.
 */
export function nodeGeometry(node: GraphNode | CollapsedNamespaceData): NodeGeometry {
  switch (node.type) {
    case 'gateway':
    case 'listenerSet': {
      const rows = Math.max(1, node.listeners.length);
      const handles: HandleSpec[] = [...generic];
      node.listeners.forEach((listener, i) => {
        handles.push({ id: listener.handle, type: 'target', side: 'left', y: rowY(i) });
        handles.push({ id: listener.handle, type: 'source', side: 'right', y: rowY(i) });
      });
      return { width: WIDE_WIDTH, height: height(rows), handles };
    }
    case 'route': {
      const offset = hostnameRows(node.hostnames);
      const rows = offset + Math.max(1, node.rules.length);
      const handles: HandleSpec[] = [
        { id: PARENTS_HANDLE, type: 'target', side: 'left', y: headerY },
        { id: OUT_HANDLE, type: 'source', side: 'right', y: headerY },
      ];
      node.rules.forEach((rule, i) => {
        handles.push({ id: rule.handle, type: 'source', side: 'right', y: rowY(offset + i) });
      });
      return { width: WIDE_WIDTH, height: height(rows), handles };
    }
    case 'service':
      return {
        width: WIDE_WIDTH,
        height: height(2),
        handles: [
          ...generic,
          { id: FRONTEND_HANDLE, type: 'target', side: 'left', y: rowY(0) },
          { id: FRONTEND_HANDLE, type: 'source', side: 'right', y: rowY(0) },
          { id: BACKEND_HANDLE, type: 'target', side: 'left', y: rowY(1) },
        ],
      };
    case 'missing':
      return {
        width: NARROW_WIDTH,
        height: height(1),
        handles: [
          ...generic,
          { id: FRONTEND_HANDLE, type: 'source', side: 'right', y: headerY },
          { id: BACKEND_HANDLE, type: 'target', side: 'left', y: headerY },
        ],
      };
    case 'gatewayClass':
    case 'referenceGrant':
    case 'plain':
      return { width: NARROW_WIDTH, height: height(1), handles: generic };
    case 'entry':
      return { width: NARROW_WIDTH, height: height(0), handles: generic };
    case 'collapsed':
      return {
        width: WIDE_WIDTH,
        height: height(Math.max(1, Math.min(COLLAPSED_ROWS, node.kinds.length))),
        handles: generic,
      };
    default:
      return assertNever(node);
  }
}

/**
 * Whether a node has a handle of this id and type; edges to handles a node does not draw are
 * attached to its generic handle instead.
 *
 * @param geometry - The node's geometry.
 * @param id - The handle id.
 * @param type - Source or target.
 */
export function hasHandle(
  geometry: NodeGeometry,
  id: string | undefined,
  type: 'source' | 'target',
): boolean {
  return id !== undefined && geometry.handles.some((h) => h.id === id && h.type === type);
}
