/** The graph projection: the workspace as nodes and edges for the canvas, Mermaid and Graphviz. */
export * from './edgeIds.ts';
export * from './graph.ts';
export type { ParentRefStatus, ProjectGraphOptions } from './graphContext.ts';
export { createGrantIndex, type GrantIndex, type GrantMatch } from './grantIndex.ts';
export { listenerRouteKinds } from './listenerRouteKinds.ts';
export { ANY_MATCH, grpcMatchSummary, httpMatchSummary, ruleSummary } from './matchSummary.ts';
export { type CountedDiagnostic, withProblemCounts } from './problemCounts.ts';
export { projectGraph } from './projectGraph.ts';
export {
  backendRefTarget,
  isCoreGroup,
  isGatewayParentId,
  isServiceId,
  parentRefTarget,
} from './refTargets.ts';
export { formatShare, shareLabel } from './shareLabel.ts';
export * from './structureEdgeIds.ts';
export { toDot } from './toDot.ts';
export { toMermaid } from './toMermaid.ts';
