/**
 * The routing simulator: a route table compiled once per document change, `route()` with its
 * explanation, traffic runs, and the routing review.
 *
 * Where Gateway API v1.6.1 leaves behaviour open, the simulator makes these choices, and says so
 * in the explanation step that depends on one (its `gap` field):
 * - all backendRefs of a rule at weight 0 (Gap 1, C3): 500, gRPC UNAVAILABLE;
 * - RegularExpression path precedence (Gap 2, A4): after Exact, before every PathPrefix; longer
 *   patterns first. Patterns use RE2 syntax and must match the whole value;
 * - HTTPRoute and GRPCRoute on one hostname (Gap 3, G4): gRPC calls go to the GRPCRoutes that
 *   serve the host, other requests to the HTTPRoutes; a gRPC call no GRPCRoute serves is routed
 *   by the HTTPRoutes as HTTP/2;
 * - a rule with filters but no backendRefs (C4): 500;
 * - a prefix with a trailing `/` (A9): its characters count as written;
 * - routes without `creationTimestamp` (A5): newer than every route that has one;
 * - a repeated request header (A10): one comma-separated value; a repeated query parameter (A11):
 *   the first value;
 * - a mirror (D4): it copies the request as the filters before it left it;
 * - a CORS preflight from an origin not allowed (D5): 403;
 * - a mesh host that names no Service in the documents: 503.
 */
export { compileRouteTable, compileRouteTableFrom } from './compileRouteTable.ts';
export * from './decision.ts';
export { matchRequest, type RequestMatch } from './matchRequest.ts';
export { parseServiceAddress, type ServiceAddress } from './mesh.ts';
export { type RandomSource, chance, createRandom, nextBelow } from './random.ts';
export * from './request.ts';
export { reviewRouting } from './reviewRouting.ts';
export { type RouteOptions, route } from './route.ts';
export type { RouteTable } from './routeTable.ts';
export { type TemplateLookup, englishTemplate, renderStepText } from './stepText.ts';
export { type StepTextKey, stepTemplates } from './stepTemplates.ts';
export {
  type TrafficProfile,
  type TrafficResult,
  type TrafficRun,
  type TrafficTemplate,
  createTrafficRun,
  runTraffic,
} from './runTraffic.ts';
