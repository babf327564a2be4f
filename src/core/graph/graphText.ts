import { assertNever } from '../util/assertNever.ts';
import type { Graph, GraphEdge, GraphNode, ListenerHandle } from './graph.ts';

/**
 * The lines of text a node shows where there are no handles (Mermaid, Graphviz): its accessible
 * name, then one line per listener, rule or port.
 *
 * @param node - A graph node.
 * @returns The lines, the first being the node's label.
 */
export function nodeLines(node: GraphNode): string[] {
  switch (node.type) {
    case 'gateway':
    case 'listenerSet':
      return [node.label, ...node.listeners.map(listenerLine)];
    case 'route':
      return [
        node.label,
        ...(node.hostnames.length > 0 ? [node.hostnames.join(', ')] : []),
        ...node.rules.map((rule) => `[${rule.index}] ${rule.summary}`),
      ];
    case 'service':
      return node.ports.length === 0
        ? [node.label]
        : [
            node.label,
            node.ports
              .map((port) =>
                port.name === undefined ? `${port.port}` : `${port.name} ${port.port}`,
              )
              .join(', '),
          ];
    case 'referenceGrant':
      return [
        node.label,
        ...node.from.map((from) => `from ${from.kind} in ${from.namespace}`),
        ...node.to.map((to) => `to ${to.kind}${to.name ? ` ${to.name}` : ''}`),
      ];
    case 'missing':
      return [node.label, '(not in the documents)'];
    case 'gatewayClass':
    case 'entry':
    case 'plain':
      return [node.label];
    default:
      return assertNever(node);
  }
}

function listenerLine(listener: ListenerHandle): string {
  const host = listener.hostname === undefined ? '' : ` · ${listener.hostname}`;
  return `${listener.name} · ${listener.protocol} :${listener.port}${host}`;
}

/**
 * The caption of an edge where there are no handles: which listener or port a parentRef uses,
 * which rule a backendRef belongs to (when the route has several), and why it is invalid.
 *
 * @param edge - A graph edge.
 * @param rulesOf - How many rules the route with this key has.
 * @returns The caption (may be empty).
 */
export function edgeCaption(edge: GraphEdge, rulesOf: (routeKey: string) => number): string {
  switch (edge.kind) {
    case 'parentRef': {
      const parts = [
        edge.via,
        edge.status !== undefined && edge.status !== 'True' ? edge.label : '',
      ];
      if (!edge.matched && edge.via === '') parts.push('no match');
      return parts.filter((part) => part !== '').join(' · ');
    }
    case 'backendRef':
    case 'mirror': {
      const rule = rulesOf(edge.route) > 1 ? `rule ${edge.ruleIndex} · ` : '';
      const invalid = edge.valid ? '' : ` · ${edge.reason ?? 'invalid'}`;
      return `${rule}${edge.label}${invalid}`;
    }
    case 'entry':
    case 'meshEntry':
    case 'grant':
    case 'gatewayClass':
    case 'listenerSet':
    case 'policy':
      return edge.label;
    default:
      return assertNever(edge);
  }
}

/**
 * A lookup of the number of rules of each route node.
 *
 * @param graph - The graph.
 */
export function ruleCounts(graph: Graph): (routeKey: string) => number {
  const counts = new Map<string, number>();
  for (const node of graph.nodes) if (node.type === 'route') counts.set(node.id, node.rules.length);
  return (key) => counts.get(key) ?? 0;
}
