import type { GraphEdge } from '../../../core/index.ts';
import type { VisibleEdge } from '../visibleGraph.ts';

/**
 * The class names of an edge: its kind, its line style, and its state — a parentRef coloured by
 * the route's Accepted condition, an invalid backendRef or mirror in red.
 *
 * @param visible - The edge as drawn.
 */
export function edgeClass(visible: VisibleEdge): string {
  const edge = visible.edge;
  const base = `sy-edge sy-edge--${visible.kind}`;
  if (!edge) return `${base} sy-edge--merged`;
  return `${base} sy-edge--${edge.line} ${stateClass(edge)}`;
}

function stateClass(edge: GraphEdge): string {
  switch (edge.kind) {
    case 'parentRef':
      if (!edge.matched || edge.status === 'False') return 'sy-edge--bad';
      return edge.status === 'True' ? 'sy-edge--ok' : 'sy-edge--unknown';
    case 'backendRef':
    case 'mirror':
      return edge.valid ? 'sy-edge--ok' : 'sy-edge--bad';
    case 'entry':
    case 'meshEntry':
    case 'grant':
    case 'gatewayClass':
    case 'listenerSet':
    case 'policy':
      return 'sy-edge--plain';
  }
}
