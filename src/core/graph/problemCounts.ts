import type { Graph, GraphNode, ProblemCounts } from './graph.ts';
import type { ProjectGraphOptions } from './graphContext.ts';

/** A finding as the graph counts it on the node of the resource it names. */
export type CountedDiagnostic = NonNullable<ProjectGraphOptions['diagnostics']>[number];

// Resource nodes by `kind|namespace|name`, once per list of nodes (a projection's nodes stay the
// same list while the documents do, and findings change far more often than they do).
const nodesByName = new WeakMap<readonly GraphNode[], ReadonlyMap<string, string>>();

function byNameOf(nodes: readonly GraphNode[]): ReadonlyMap<string, string> {
  let byName = nodesByName.get(nodes);
  if (!byName) {
    const map = new Map<string, string>();
    for (const node of nodes) {
      if (node.type === 'entry' || node.type === 'missing') continue;
      map.set(`${node.kind}|${node.namespace}|${node.name}`, node.id);
    }
    nodesByName.set(nodes, map);
    byName = map;
  }
  return byName;
}

/**
 * The graph with each resource node's `problems`: how many errors and warnings name the resource
 * (notes do not show on nodes; nor do findings about missing objects). A node whose counts stay
 * keeps its object, and a graph whose counts all stay is returned as it is, so a new analysis
 * that changes one resource's findings changes one node.
 *
 * @param graph - A projection.
 * @param diagnostics - The findings to count.
 * @param defaultNamespace - The namespace of resources that do not name one (findings from
 *   parsing name the namespace as written, so an empty one means this).
 * @returns The graph with its nodes' counts.
 */
export function withProblemCounts(
  graph: Graph,
  diagnostics: readonly CountedDiagnostic[],
  defaultNamespace: string,
): Graph {
  const counts = new Map<string, ProblemCounts>();
  let byName: ReadonlyMap<string, string> | null = null;
  for (const { resource, severity } of diagnostics) {
    if (!resource || (severity !== 'error' && severity !== 'warning')) continue;
    byName ??= byNameOf(graph.nodes);
    const key =
      byName.get(`${resource.kind}|${resource.namespace}|${resource.name}`) ??
      (resource.namespace === ''
        ? byName.get(`${resource.kind}|${defaultNamespace}|${resource.name}`)
        : undefined);
    if (key === undefined) continue;
    const held = counts.get(key) ?? { errors: 0, warnings: 0 };
    counts.set(
      key,
      severity === 'error'
        ? { errors: held.errors + 1, warnings: held.warnings }
        : { errors: held.errors, warnings: held.warnings + 1 },
    );
  }
  let nodes: GraphNode[] | null = null;
  for (const [index, node] of graph.nodes.entries()) {
    const next = counts.get(node.id);
    const now = node.problems;
    if (next === undefined ? now === undefined : sameCounts(now, next)) continue;
    nodes ??= [...graph.nodes];
    if (next !== undefined) nodes[index] = { ...node, problems: next };
    else {
      const { problems: _dropped, ...rest } = node;
      nodes[index] = rest;
    }
  }
  return nodes ? { ...graph, nodes } : graph;
}

function sameCounts(a: ProblemCounts | undefined, b: ProblemCounts): boolean {
  return a !== undefined && a.errors === b.errors && a.warnings === b.warnings;
}
