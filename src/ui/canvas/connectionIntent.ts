import {
  BACKEND_HANDLE,
  FRONTEND_HANDLE,
  type Graph,
  type GraphNode,
  PARENTS_HANDLE,
} from '../../core/index.ts';
import { IN_HANDLE } from './nodeGeometry.ts';

/** What a drag between two handles asks for. */
export type ConnectionIntent =
  | {
      readonly kind: 'attachListener';
      readonly route: string;
      readonly parent: string;
      readonly listener: string;
    }
  | { readonly kind: 'attachFrontend'; readonly route: string; readonly service: string }
  | {
      readonly kind: 'sendToBackend';
      readonly route: string;
      readonly rule: number;
      readonly service: string;
    };

/** The ends of a drawn connection, as React Flow reports them (source is the out-going end). */
export interface ConnectionEnds {
  readonly source: string;
  readonly sourceHandle?: string | null;
  readonly target: string;
  readonly targetHandle?: string | null;
}

const nodeIndex = new WeakMap<Graph, Map<string, GraphNode>>();

function nodeOf(graph: Graph, id: string): GraphNode | undefined {
  let index = nodeIndex.get(graph);
  if (!index) {
    index = new Map(graph.nodes.map((node) => [node.id, node]));
    nodeIndex.set(graph, index);
  }
  return index.get(id);
}

/**
 * What a connection drawn on the canvas means: a route's parents handle dropped on a listener
 * (attach with `sectionName`) or on a Service frontend (attach as a mesh route), or a rule handle
 * dropped on a Service backend (add a backendRef). Anything else is not a valid connection.
 *
 * @param graph - The graph on the canvas.
 * @param connection - The two ends.
 * @returns The intent, or null when the connection means nothing.
 */
export function connectionIntent(
  graph: Graph,
  connection: ConnectionEnds,
): ConnectionIntent | null {
  const source = nodeOf(graph, connection.source);
  const target = nodeOf(graph, connection.target);
  if (!source || !target || source.id === target.id) return null;
  if (target.type === 'route' && connection.targetHandle === PARENTS_HANDLE) {
    if (source.type === 'gateway' || source.type === 'listenerSet') {
      const listener = source.listeners.find((l) => l.handle === connection.sourceHandle);
      return listener
        ? { kind: 'attachListener', route: target.id, parent: source.id, listener: listener.name }
        : null;
    }
    if (source.type === 'service' && connection.sourceHandle === FRONTEND_HANDLE) {
      return { kind: 'attachFrontend', route: target.id, service: source.id };
    }
    return null;
  }
  if (source.type === 'route' && target.type === 'service') {
    const rule = source.rules.find((r) => r.handle === connection.sourceHandle);
    const handle = connection.targetHandle;
    if (rule && (handle === BACKEND_HANDLE || handle === IN_HANDLE)) {
      return { kind: 'sendToBackend', route: source.id, rule: rule.index, service: target.id };
    }
  }
  return null;
}
