import type { CompiledGrpcMatch, CompiledHttpMatch } from './compiledRoute.ts';

/**
 * Why one match beats another, in the order the spec compares them: the route hostname (A3),
 * then the match itself (A4 for HTTPRoute, G1 for GRPCRoute), then the routes' age and name (A5),
 * then rule and match order (A6).
 */
export type PrecedenceCriterion =
  | 'hostname'
  | 'exactPath'
  | 'regexPath'
  | 'prefixLength'
  | 'regexLength'
  | 'method'
  | 'headers'
  | 'queryParams'
  | 'grpcService'
  | 'grpcMethod'
  | 'creationTimestamp'
  | 'name'
  | 'ruleOrder'
  | 'matchOrder';

/**
 * The class of a path match. Exact beats PathPrefix (A4). Where RegularExpression ranks is
 * implementation-specific (A4, Gap 2): the simulator ranks it after Exact and before every
 * PathPrefix, and longer patterns first, as the explanation says when it matters.
 */
function pathClass(match: CompiledHttpMatch): number {
  switch (match.pathMatch.type) {
    case 'Exact':
      return 2;
    case 'RegularExpression':
      return 1;
    case 'PathPrefix':
      return 0;
  }
}

/**
 * Compares two HTTPRoute matches for precedence within one hostname (A4–A6).
 *
 * @param a - One match.
 * @param b - Another.
 * @returns Negative when `a` wins, positive when `b` wins, 0 for the same match.
 */
export function compareHttpMatches(a: CompiledHttpMatch, b: CompiledHttpMatch): number {
  return (
    pathClass(b) - pathClass(a) ||
    // A9 Gap: a prefix's characters are counted as written (`/match/` is longer than `/match`).
    b.pathMatch.value.length - a.pathMatch.value.length ||
    Number(b.method !== undefined) - Number(a.method !== undefined) ||
    b.headers.length - a.headers.length ||
    b.queryParams.length - a.queryParams.length ||
    compareOrder(a, b)
  );
}

/**
 * Compares two GRPCRoute matches for precedence within one hostname (G1): characters of the
 * service, of the method, the number of header matches, then age, name and order.
 *
 * @param a - One match.
 * @param b - Another.
 * @returns Negative when `a` wins, positive when `b` wins.
 */
export function compareGrpcMatches(a: CompiledGrpcMatch, b: CompiledGrpcMatch): number {
  return (
    (b.service?.length ?? 0) - (a.service?.length ?? 0) ||
    (b.method?.length ?? 0) - (a.method?.length ?? 0) ||
    b.headers.length - a.headers.length ||
    compareOrder(a, b)
  );
}

function compareOrder(
  a: CompiledHttpMatch | CompiledGrpcMatch,
  b: CompiledHttpMatch | CompiledGrpcMatch,
): number {
  return (
    a.rule.route.order - b.rule.route.order || a.rule.index - b.rule.index || a.index - b.index
  );
}

/**
 * The first criterion on which an HTTP winner beats a loser (both in the same hostname tier).
 *
 * @param winner - The match that won.
 * @param loser - A match that also matched the request.
 */
export function httpDecidingCriterion(
  winner: CompiledHttpMatch,
  loser: CompiledHttpMatch,
): PrecedenceCriterion {
  const classDiff = pathClass(winner) - pathClass(loser);
  if (classDiff !== 0) return pathClass(winner) === 2 ? 'exactPath' : 'regexPath';
  if (winner.pathMatch.value.length !== loser.pathMatch.value.length) {
    return winner.pathMatch.type === 'RegularExpression' ? 'regexLength' : 'prefixLength';
  }
  if ((winner.method === undefined) !== (loser.method === undefined)) return 'method';
  if (winner.headers.length !== loser.headers.length) return 'headers';
  if (winner.queryParams.length !== loser.queryParams.length) return 'queryParams';
  return orderCriterion(winner, loser);
}

/**
 * The first criterion on which a gRPC winner beats a loser.
 *
 * @param winner - The match that won.
 * @param loser - A match that also matched the call.
 */
export function grpcDecidingCriterion(
  winner: CompiledGrpcMatch,
  loser: CompiledGrpcMatch,
): PrecedenceCriterion {
  if ((winner.service?.length ?? 0) !== (loser.service?.length ?? 0)) return 'grpcService';
  if ((winner.method?.length ?? 0) !== (loser.method?.length ?? 0)) return 'grpcMethod';
  if (winner.headers.length !== loser.headers.length) return 'headers';
  return orderCriterion(winner, loser);
}

function orderCriterion(
  winner: CompiledHttpMatch | CompiledGrpcMatch,
  loser: CompiledHttpMatch | CompiledGrpcMatch,
): PrecedenceCriterion {
  const a = winner.rule.route;
  const b = loser.rule.route;
  if (a !== b) return a.createdAt !== b.createdAt ? 'creationTimestamp' : 'name';
  return winner.rule.index !== loser.rule.index ? 'ruleOrder' : 'matchOrder';
}

/** What a route's rank by age depends on (A5). */
export interface AgeKey {
  /** `metadata.creationTimestamp` in milliseconds, when it is set and valid. */
  readonly createdAt: number | undefined;
  /** `namespace/name`. */
  readonly name: string;
}

/**
 * Sorts routes by age for tie-breaks (A5): the oldest `creationTimestamp` first, then
 * `namespace/name` alphabetically. A route without a (valid) timestamp has not been created in a
 * cluster yet; the simulator counts it as newer than every route that has one (semantics.md
 * leaves drafts without timestamps unspecified).
 *
 * @param routes - Routes with their creation times and names.
 * @returns The same routes, oldest first.
 */
export function sortRoutesByAge<T extends AgeKey>(routes: readonly T[]): T[] {
  return [...routes].sort((a, b) => {
    if (a.createdAt !== b.createdAt) {
      if (a.createdAt === undefined) return 1;
      if (b.createdAt === undefined) return -1;
      return a.createdAt - b.createdAt;
    }
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
}

/**
 * Reads `metadata.creationTimestamp` (RFC 3339) as milliseconds.
 *
 * @param timestamp - The timestamp as written.
 * @returns Milliseconds since the epoch, or undefined when missing or unreadable.
 */
export function parseTimestamp(timestamp: string | undefined): number | undefined {
  if (timestamp === undefined) return undefined;
  const value = Date.parse(timestamp);
  return Number.isNaN(value) ? undefined : value;
}
