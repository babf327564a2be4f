import { assertNever } from '../util/assertNever.ts';
import type { Graph, GraphEdge, GraphNode } from './graph.ts';
import { edgeCaption, nodeLines, ruleCounts } from './graphText.ts';

/**
 * Renders the graph as a Graphviz digraph: left to right, a cluster per namespace (and one for
 * cluster-scoped resources), edge labels with backend shares, dashed mirrors, dotted grants and
 * structural links, invalid references in red. Ids are the node ids, quoted.
 *
 * @param graph - A projected graph.
 * @returns The DOT text, ending with a line break.
 * @see https://graphviz.org/doc/info/lang.html
 */
export function toDot(graph: Graph): string {
  const lines = [
    'digraph switchyard {',
    '  rankdir=LR;',
    '  node [shape=box, fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const node of graph.nodes) if (node.group === null) lines.push(`  ${nodeStatement(node)}`);
  for (const group of graph.groups) {
    const members = graph.nodes.filter((node) => node.group === group.id);
    if (members.length === 0) continue;
    lines.push(`  subgraph ${quote(`cluster_${group.id}`)} {`);
    lines.push(`    label=${quote(group.label)};`);
    for (const node of members) lines.push(`    ${nodeStatement(node)}`);
    lines.push('  }');
  }
  const rulesOf = ruleCounts(graph);
  for (const edge of graph.edges) {
    const attributes = [`label=${quote(edgeCaption(edge, rulesOf))}`, ...edgeStyle(edge)];
    lines.push(`  ${quote(edge.source)} -> ${quote(edge.target)} [${attributes.join(', ')}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function nodeStatement(node: GraphNode): string {
  const label = quote(nodeLines(node).join('\n'));
  return `${quote(node.id)} [label=${label}, ${shapeOf(node)}];`;
}

function shapeOf(node: GraphNode): string {
  switch (node.type) {
    case 'entry':
      return 'shape=ellipse';
    case 'gatewayClass':
      return 'shape=parallelogram';
    case 'gateway':
    case 'listenerSet':
      return 'shape=box3d';
    case 'route':
      return 'shape=box';
    case 'service':
      return 'shape=cylinder';
    case 'referenceGrant':
      return 'shape=hexagon';
    case 'missing':
      return 'shape=box, style=dashed, color=red';
    case 'plain':
      return 'shape=note';
    default:
      return assertNever(node);
  }
}

function edgeStyle(edge: GraphEdge): string[] {
  const out = edge.line === 'solid' ? [] : [`style=${edge.line}`];
  if ((edge.kind === 'backendRef' || edge.kind === 'mirror') && !edge.valid) out.push('color=red');
  if (edge.kind === 'parentRef' && (!edge.matched || edge.status === 'False'))
    out.push('color=red');
  return out;
}

/** A DOT string: backslashes and quotes escaped, line breaks as `\n`. */
function quote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}
