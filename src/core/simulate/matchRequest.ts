import type { ResourceId } from '../model/identity.ts';
import { winningMatch } from './locate.ts';
import type { SimRequest } from './request.ts';
import type { RouteTable } from './routeTable.ts';

/** Which route, rule and match a request is routed by (nulls when none). */
export interface RequestMatch {
  readonly route: ResourceId | null;
  readonly rule: number | null;
  readonly match: number | null;
}

const NO_MATCH: RequestMatch = Object.freeze({ route: null, rule: null, match: null });

/**
 * The routing decision alone: the winning route, rule and match, without filters, backends or
 * explanation. This is what a router does per request, and what the benchmarks time.
 *
 * @param table - The compiled route table.
 * @param request - The request.
 * @returns The winner, or nulls when nothing matches.
 */
export function matchRequest(table: RouteTable, request: SimRequest): RequestMatch {
  return winningMatch(table, request)?.summary ?? NO_MATCH;
}
