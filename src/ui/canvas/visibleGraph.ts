import type { Graph, GraphEdge, GraphNode, Lane } from '../../core/index.ts';
import type { GraphFilter } from '../store/viewSlice.ts';
import { COLLAPSED_ROWS, type CollapsedNamespaceData } from './nodeGeometry.ts';

/** Graphs with more nodes than this open with every namespace collapsed. */
export const COLLAPSE_THRESHOLD = 400;

/** A node the canvas draws: a graph node, or the summary of a collapsed namespace. */
export type VisibleNode = GraphNode | CollapsedNamespaceData;

/** An edge the canvas draws; edges into a collapsed namespace are merged into one. */
export interface VisibleEdge {
  readonly id: string;
  readonly source: string;
  readonly sourceHandle: string | undefined;
  readonly target: string;
  readonly targetHandle: string | undefined;
  /** The graph edge, or null for a merged edge. */
  readonly edge: GraphEdge | null;
  readonly kind: GraphEdge['kind'];
  /** How many graph edges it stands for. */
  readonly count: number;
}

/** A namespace box: the group and the visible nodes drawn inside it. */
export interface VisibleGroup {
  readonly id: string;
  readonly namespace: string;
  readonly label: string;
  readonly members: readonly string[];
  readonly collapsed: boolean;
}

/** What the canvas draws after filtering and collapsing. */
export interface VisibleGraph {
  readonly nodes: readonly VisibleNode[];
  readonly edges: readonly VisibleEdge[];
  readonly groups: readonly VisibleGroup[];
  /** Nodes the filter hides (0 without a filter). */
  readonly hidden: number;
}

/** How to reduce the graph. */
export interface VisibilityOptions {
  /** The person's choices per namespace group id (true collapsed, false expanded). */
  readonly collapsed: ReadonlyMap<string, boolean>;
  readonly filter: GraphFilter;
}

const COLLAPSED_PREFIX = 'collapsed:';

/** The id of the node that stands for a collapsed namespace group. */
export function collapsedNodeId(groupId: string): string {
  return `${COLLAPSED_PREFIX}${groupId}`;
}

/**
 * The group a collapsed-namespace node stands for, or null for other nodes.
 *
 * @param nodeId - A node id.
 */
export function collapsedGroupOf(nodeId: string): string | null {
  return nodeId.startsWith(COLLAPSED_PREFIX) ? nodeId.slice(COLLAPSED_PREFIX.length) : null;
}

/**
 * Whether a namespace group is drawn collapsed: as the person chose, else collapsed when the
 * graph is too large to draw at once (the cluster-scoped group is never collapsed by default).
 *
 * @param graph - The whole graph.
 * @param groupId - A group id.
 * @param collapsed - The person's choices.
 */
export function isCollapsed(
  graph: Graph,
  groupId: string,
  collapsed: ReadonlyMap<string, boolean>,
): boolean {
  const choice = collapsed.get(groupId);
  if (choice !== undefined) return choice;
  return graph.nodes.length > COLLAPSE_THRESHOLD && groupId.startsWith('namespace:');
}

/**
 * Whether a node passes the filter (entry nodes pass; they show when connected to what shows).
 *
 * @param node - A graph node.
 * @param filter - The filter.
 */
export function matchesFilter(node: GraphNode, filter: GraphFilter): boolean {
  if (node.type === 'entry') return true;
  if (filter.kinds.length > 0 && !filter.kinds.includes(node.kind)) return false;
  if (filter.namespaces.length > 0 && !filter.namespaces.includes(node.namespace)) return false;
  const query = filter.query.trim().toLowerCase();
  return query === '' || node.label.toLowerCase().includes(query);
}

function isFiltering(filter: GraphFilter): boolean {
  return filter.query.trim() !== '' || filter.kinds.length > 0 || filter.namespaces.length > 0;
}

/**
 * Applies the filter and the collapsed namespaces to the graph: hidden nodes go, the members of
 * a collapsed namespace become one summary node, and edges follow (merged where several land on
 * the same pair of nodes).
 *
 * @param graph - The projected graph.
 * @param options - Collapsed namespaces and the filter.
 * @returns The nodes, edges and namespace boxes to draw.
 */
export function visibleGraph(graph: Graph, options: VisibilityOptions): VisibleGraph {
  const filtering = isFiltering(options.filter);
  const shown = new Set<string>();
  for (const node of graph.nodes) {
    if (!filtering || matchesFilter(node, options.filter)) shown.add(node.id);
  }
  if (filtering) dropUnconnectedEntries(graph, shown);

  const collapsedGroups = new Set<string>();
  for (const group of graph.groups) {
    if (isCollapsed(graph, group.id, options.collapsed)) collapsedGroups.add(group.id);
  }
  const alias = new Map<string, string>();
  const summaries = new Map<string, GraphNode[]>();
  for (const node of graph.nodes) {
    if (!shown.has(node.id) || node.group === null || !collapsedGroups.has(node.group)) continue;
    alias.set(node.id, collapsedNodeId(node.group));
    const list = summaries.get(node.group);
    if (list) list.push(node);
    else summaries.set(node.group, [node]);
  }

  const nodes: VisibleNode[] = [];
  const groups: VisibleGroup[] = [];
  const membersOf = new Map<string, string[]>();
  for (const group of graph.groups) {
    const members: string[] = [];
    membersOf.set(group.id, members);
    const collapsed = collapsedGroups.has(group.id);
    const summarised = summaries.get(group.id);
    if (collapsed && summarised) {
      nodes.push(summarise(group.id, group.namespace, group.label, summarised));
      members.push(collapsedNodeId(group.id));
    }
    groups.push({
      id: group.id,
      namespace: group.namespace,
      label: group.label,
      members,
      collapsed,
    });
  }
  for (const node of graph.nodes) {
    if (!shown.has(node.id) || alias.has(node.id)) continue;
    nodes.push(node);
    if (node.group !== null) membersOf.get(node.group)?.push(node.id);
  }
  return {
    nodes,
    edges: visibleEdges(graph.edges, shown, alias),
    groups: groups.filter((group) => group.members.length > 0),
    hidden: graph.nodes.length - shown.size,
  };
}

function dropUnconnectedEntries(graph: Graph, shown: Set<string>): void {
  const connected = new Set<string>();
  for (const edge of graph.edges) {
    if (shown.has(edge.target) && !edge.target.startsWith('entry:')) connected.add(edge.source);
  }
  for (const node of graph.nodes) {
    if (node.type === 'entry' && !connected.has(node.id)) shown.delete(node.id);
  }
}

function summarise(
  groupId: string,
  namespace: string,
  label: string,
  members: readonly GraphNode[],
): CollapsedNamespaceData {
  const counts = new Map<string, number>();
  const lanes: Record<Lane, number> = { 'north-south': 0, 'east-west': 0 };
  let errors = 0;
  let warnings = 0;
  for (const member of members) {
    if (member.type !== 'entry') counts.set(member.kind, (counts.get(member.kind) ?? 0) + 1);
    lanes[member.lane]++;
    errors += member.problems?.errors ?? 0;
    warnings += member.problems?.warnings ?? 0;
  }
  const kinds = [...counts]
    .map(([kind, count]) => ({ kind, count }))
    .sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
    .slice(0, COLLAPSED_ROWS);
  return {
    type: 'collapsed',
    id: collapsedNodeId(groupId),
    namespace,
    label,
    kinds,
    errors,
    warnings,
    lane: lanes['east-west'] > lanes['north-south'] ? 'east-west' : 'north-south',
  };
}

function visibleEdges(
  edges: readonly GraphEdge[],
  shown: ReadonlySet<string>,
  alias: ReadonlyMap<string, string>,
): VisibleEdge[] {
  const out: VisibleEdge[] = [];
  const merged = new Map<string, { index: number; count: number }>();
  for (const edge of edges) {
    if (!shown.has(edge.source) || !shown.has(edge.target)) continue;
    const source = alias.get(edge.source);
    const target = alias.get(edge.target);
    if (source === undefined && target === undefined) {
      out.push({
        id: edge.id,
        source: edge.source,
        sourceHandle: edge.sourceHandle,
        target: edge.target,
        targetHandle: edge.targetHandle,
        edge,
        kind: edge.kind,
        count: 1,
      });
      continue;
    }
    const from = source ?? edge.source;
    const to = target ?? edge.target;
    if (from === to) continue;
    const sourceHandle = source === undefined ? edge.sourceHandle : undefined;
    const targetHandle = target === undefined ? edge.targetHandle : undefined;
    const id = `merged|${edge.kind}|${from}|${sourceHandle ?? ''}|${to}|${targetHandle ?? ''}`;
    const seen = merged.get(id);
    if (seen) {
      seen.count++;
      const previous = out[seen.index];
      if (previous) out[seen.index] = { ...previous, count: seen.count };
      continue;
    }
    merged.set(id, { index: out.length, count: 1 });
    out.push({
      id,
      source: from,
      sourceHandle,
      target: to,
      targetHandle,
      edge: null,
      kind: edge.kind,
      count: 1,
    });
  }
  return out;
}
