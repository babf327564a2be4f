import type { Workspace } from '../yaml/workspace.ts';
import type { Graph } from './graph.ts';
import { type ProjectGraphOptions, createGraphContext } from './graphContext.ts';
import { buildNodes } from './graphNodes.ts';
import {
  addGatewayEdges,
  addListenerSetEdges,
  addMeshEntryEdges,
  addPolicyEdges,
} from './resourceEdges.ts';
import { withProblemCounts } from './problemCounts.ts';
import { addRouteEdges, routeLane } from './routeEdges.ts';

/**
 * Projects the workspace onto the graph the canvas draws (design.md, "Graph model"): a node per
 * resource (Gateways and ListenerSets with a handle per listener, routes with a handle per rule,
 * Services with a frontend and a backend face), entry nodes for outside clients and mesh
 * callers, missing nodes for referenced objects the documents do not define, and the edges
 * between them with stable ids. Layout hints only: lane, layer and group per node.
 *
 * The per-resource work is memoised per workspace entry, and an unchanged resource keeps its
 * node object, so re-projecting after an edit of one document is cheap. Problem counts are laid
 * over the projection last (see `withProblemCounts`), so a caller whose findings change more
 * often than its documents can project once and count again.
 *
 * @param workspace - The documents.
 * @param options - Lookups from validation and status, when the caller has them.
 * @returns The graph.
 * @example
 * const graph = projectGraph(workspace, { diagnostics: validation.diagnostics });
 * graph.nodes.find((node) => node.label === 'HTTPRoute default/web');
 */
export function projectGraph(workspace: Workspace, options: ProjectGraphOptions = {}): Graph {
  const context = createGraphContext(
    workspace.resources,
    workspace.options.defaultNamespace,
    options,
  );
  for (const { entry, facts } of context.known) {
    if (facts.type === 'route') context.routeLanes.set(entry.key, routeLane(facts));
  }
  for (const { entry, facts } of context.known) {
    switch (facts.type) {
      case 'gateway':
        addGatewayEdges(context, entry, facts);
        break;
      case 'listenerSet':
        addListenerSetEdges(context, entry, facts);
        break;
      case 'route':
        addRouteEdges(context, entry, facts);
        break;
      case 'policy':
        addPolicyEdges(context, entry, facts);
        break;
      case 'gatewayClass':
      case 'service':
      case 'referenceGrant':
      case 'namespace':
      case 'plain':
        break;
    }
  }
  addMeshEntryEdges(context);
  const { nodes, groups } = buildNodes(context);
  const graph: Graph = { nodes, edges: context.edges, groups };
  const { diagnostics } = options;
  return diagnostics ? withProblemCounts(graph, diagnostics, context.defaultNamespace) : graph;
}
