import { assertNever } from '../util/assertNever.ts';
import type { Graph, GraphEdge, GraphNode } from './graph.ts';
import { edgeCaption, nodeLines, ruleCounts } from './graphText.ts';

/**
 * Renders the graph as a Mermaid flowchart: left to right, a subgraph per namespace (and one for
 * cluster-scoped resources), edge labels with backend shares, dashed mirrors and dotted grants.
 * Node ids are made from kind, namespace and name with every other character replaced, so they
 * are safe whatever the names; labels are escaped with Mermaid's entity codes. The app's "Copy as
 * Mermaid" and `switchyard graph --format mermaid` print exactly this.
 *
 * @param graph - A projected graph.
 * @returns The Mermaid text, ending with a line break.
 * @see https://mermaid.js.org/syntax/flowchart.html
 */
export function toMermaid(graph: Graph): string {
  const ids = mermaidIds(graph.nodes);
  const lines = ['flowchart LR'];
  for (const node of graph.nodes) {
    if (node.group === null) lines.push(`  ${nodeStatement(node, ids)}`);
  }
  const usedGroupIds = new Set<string>();
  for (const group of graph.groups) {
    const members = graph.nodes.filter((node) => node.group === group.id);
    if (members.length === 0) continue;
    const id = unique(`ns_${safe(group.namespace || 'cluster')}`, usedGroupIds);
    lines.push(`  subgraph ${id}["${escape(group.label)}"]`);
    for (const node of members) lines.push(`    ${nodeStatement(node, ids)}`);
    lines.push('  end');
  }
  const rulesOf = ruleCounts(graph);
  const styles: string[] = [];
  graph.edges.forEach((edge, index) => {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    if (source === undefined || target === undefined) return;
    const caption = edgeCaption(edge, rulesOf);
    const arrow = edge.line === 'solid' ? '-->' : '-.->';
    const label = caption === '' ? '' : `|"${escape(caption).replaceAll('|', '#124;')}"|`;
    lines.push(`  ${source} ${arrow}${label} ${target}`);
    const style = linkStyle(edge);
    if (style) styles.push(`  linkStyle ${index} ${style}`);
  });
  lines.push(...styles);
  const missing = graph.nodes.filter((node) => node.type === 'missing');
  if (missing.length > 0) {
    lines.push('  classDef missing stroke-dasharray: 4 3,fill:#fff4f4,stroke:#c33');
    lines.push(`  class ${missing.map((node) => ids.get(node.id) ?? '').join(',')} missing`);
  }
  return `${lines.join('\n')}\n`;
}

function nodeStatement(node: GraphNode, ids: ReadonlyMap<string, string>): string {
  const text = nodeLines(node).map(escape).join('<br/>');
  const [open, close] = shapeOf(node);
  return `${ids.get(node.id) ?? ''}${open}"${text}"${close}`;
}

function shapeOf(node: GraphNode): readonly [string, string] {
  switch (node.type) {
    case 'entry':
      return ['([', '])'];
    case 'gatewayClass':
      return ['[/', '/]'];
    case 'gateway':
    case 'listenerSet':
      return ['[[', ']]'];
    case 'service':
      return ['[(', ')]'];
    case 'referenceGrant':
      return ['{{', '}}'];
    case 'plain':
      return ['(', ')'];
    case 'route':
    case 'missing':
      return ['[', ']'];
    default:
      return assertNever(node);
  }
}

function linkStyle(edge: GraphEdge): string | undefined {
  if (edge.kind === 'grant' || (edge.line === 'dotted' && edge.kind !== 'mirror')) {
    return 'stroke-dasharray: 2 4';
  }
  if (edge.kind === 'mirror') return 'stroke-dasharray: 6 4';
  if ((edge.kind === 'backendRef' && !edge.valid) || (edge.kind === 'parentRef' && !edge.matched)) {
    return 'stroke:#c33';
  }
  return undefined;
}

function mermaidIds(nodes: readonly GraphNode[]): Map<string, string> {
  const used = new Set<string>();
  const ids = new Map<string, string>();
  for (const node of nodes) {
    const base =
      node.type === 'entry'
        ? node.entry === 'internet'
          ? 'internet'
          : `mesh_${node.namespace}`
        : `${node.kind}_${node.namespace === '' ? '' : `${node.namespace}_`}${node.name}`;
    ids.set(node.id, unique(safe(base), used));
  }
  return ids;
}

/** Letters, digits and underscores only, starting with a letter (never a Mermaid keyword: ids of resources contain `_`). */
function safe(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(cleaned) ? cleaned : `n_${cleaned}`;
}

function unique(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
  used.add(id);
  return id;
}

/** Mermaid entity codes for the characters that could end a quoted label or start markup. */
function escape(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[#"<>&`]/g, (char) => `#${char.charCodeAt(0)};`);
}
