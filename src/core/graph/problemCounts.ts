import type { Graph, GraphNode, ProblemCounts } from './graph.ts';
import type { ProjectGraphOptions } from './graphContext.ts';

/** A finding as the graph counts it on the node of the resource it names. */
export type CountedDiagnostic = NonNullable<ProjectGraphOptions['diagnostics']>[number];

// Where each resource node is, by `kind|namespace|name`: once per list of nodes (a projection's
// nodes stay the same list while the documents do, and findings change far more often).
const nodeIndexes = new WeakMap<readonly GraphNode[], ReadonlyMap<string, number>>();

// The last counted graph of each projection, with the counts that made it.
const counted = new WeakMap<Graph, { readonly signature: string; readonly graph: Graph }>();

function nodeIndexOf(nodes: readonly GraphNode[]): ReadonlyMap<string, number> {
  let index = nodeIndexes.get(nodes);
  if (!index) {
    const map = new Map<string, number>();
    nodes.forEach((node, at) => {
      if (node.type !== 'entry' && node.type !== 'missing')
        map.set(`${node.kind}|${node.namespace}|${node.name}`, at);
    });
    nodeIndexes.set(nodes, map);
    index = map;
  }
  return index;
}

/**
 * A projection with each resource node's `problems`: how many errors and warnings name the
 * resource (notes do not show on nodes; nor do findings about missing objects). Only the nodes
 * with counts are new objects, and counting the same numbers again for the same projection gives
 * the same graph object, so a new analysis that changes no count changes nothing drawn.
 *
 * @param projection - A graph as the projection makes it, before counting (no node has counts).
 * @param diagnostics - The findings to count.
 * @param defaultNamespace - The namespace of resources that do not name one (findings from
 *   parsing name the namespace as written, so an empty one means this).
 * @returns The graph with its nodes' counts.
 */
export function withProblemCounts(
  projection: Graph,
  diagnostics: readonly CountedDiagnostic[],
  defaultNamespace: string,
): Graph {
  const counts = new Map<number, ProblemCounts>();
  let index: ReadonlyMap<string, number> | null = null;
  for (const { resource, severity } of diagnostics) {
    if (!resource || (severity !== 'error' && severity !== 'warning')) continue;
    index ??= nodeIndexOf(projection.nodes);
    const at =
      index.get(`${resource.kind}|${resource.namespace}|${resource.name}`) ??
      (resource.namespace === ''
        ? index.get(`${resource.kind}|${defaultNamespace}|${resource.name}`)
        : undefined);
    if (at === undefined) continue;
    const held = counts.get(at) ?? { errors: 0, warnings: 0 };
    counts.set(
      at,
      severity === 'error'
        ? { errors: held.errors + 1, warnings: held.warnings }
        : { errors: held.errors, warnings: held.warnings + 1 },
    );
  }
  const entries = [...counts].sort(([a], [b]) => a - b);
  const signature = entries
    .map(([at, { errors, warnings }]) => `${at}:${errors}:${warnings}`)
    .join();
  const last = counted.get(projection);
  if (last?.signature === signature) return last.graph;
  let graph = projection;
  if (entries.length > 0) {
    const nodes = [...projection.nodes];
    for (const [at, problems] of entries) {
      const node = nodes[at];
      if (node) nodes[at] = { ...node, problems };
    }
    graph = { ...projection, nodes };
  }
  counted.set(projection, { signature, graph });
  return graph;
}
