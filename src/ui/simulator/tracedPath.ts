import {
  GATEWAY_GROUP,
  INTERNET_NODE_ID,
  type RequestEntry,
  type RouteDecision,
  meshEntryNodeId,
  resourceKey,
} from '../../core/index.ts';
import type { TracedPath } from './trafficFlow.ts';

/**
 * The path a traced request took on the canvas: the entry node (the Internet, or the callers'
 * namespace), the listener's Gateway or the Service frontend, the route and its rule, and the
 * backend, with the graph edges between them.
 *
 * @param decision - The simulator's decision.
 * @param entry - Where the request entered.
 * @returns The nodes, edges and rule to highlight.
 */
export function tracedPath(decision: RouteDecision, entry: RequestEntry): TracedPath {
  const nodes = [entry.kind === 'gateway' ? INTERNET_NODE_ID : meshEntryNodeId(entry.from)];
  const parent = decision.parent;
  if (parent) {
    const group = parent.kind === 'Service' ? '' : GATEWAY_GROUP;
    nodes.push(
      resourceKey({ group, kind: parent.kind, namespace: parent.namespace, name: parent.name }),
    );
  }
  const route = decision.route ? resourceKey(decision.route) : null;
  if (route) nodes.push(route);
  const backend = decision.backend;
  if (backend) {
    nodes.push(
      resourceKey({
        group: backend.group ?? '',
        kind: backend.kind,
        namespace: backend.namespace,
        name: backend.name,
      }),
    );
  }
  return {
    edges: decision.edges,
    nodes,
    rule:
      route && decision.rule !== null
        ? { node: route, path: `spec.rules[${decision.rule}]` }
        : null,
  };
}
