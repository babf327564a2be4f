import type { CompiledGrpcMatch, CompiledHttpMatch } from './compiledRoute.ts';
import type { RequestView } from './requestView.ts';
import type { ValueCondition } from './valueMatchers.ts';

/**
 * Whether the method, header and query conditions of a match hold (the path is checked by the
 * index).
 *
 * @param match - An HTTP match.
 * @param view - The request.
 */
export function conditionsHold(match: CompiledHttpMatch, view: RequestView): boolean {
  if (match.method !== undefined && match.method !== view.method) return false;
  const { headers, queryParams } = match;
  for (const condition of headers) {
    if (!valueHolds(condition, view.header(condition.key))) return false;
  }
  for (const condition of queryParams) {
    if (!valueHolds(condition, view.queryParam(condition.key))) return false;
  }
  return true;
}

/**
 * Whether one header or query condition holds for a value.
 *
 * @param condition - The condition.
 * @param value - The request's value, or undefined when it has none.
 */
export function valueHolds(condition: ValueCondition, value: string | undefined): boolean {
  if (value === undefined) return false;
  if (condition.exact !== undefined) return value === condition.exact;
  return condition.test !== null && condition.test(value);
}

/**
 * Whether a gRPC match holds for a call.
 *
 * @param match - A gRPC match.
 * @param view - The request.
 */
export function grpcMatchHolds(match: CompiledGrpcMatch, view: RequestView): boolean {
  const call = view.grpc;
  if (!call || !match.usable) return false;
  if (match.serviceTest && !match.serviceTest(call.service)) return false;
  if (match.methodTest && !match.methodTest(call.method)) return false;
  for (const condition of match.headers) {
    if (!valueHolds(condition, view.header(condition.key))) return false;
  }
  return true;
}

/**
 * Whether an HTTP match holds for a request, path included (for explanations and naive checks).
 *
 * @param match - An HTTP match.
 * @param view - The request.
 */
export function httpMatchHolds(match: CompiledHttpMatch, view: RequestView): boolean {
  return match.usable && pathHolds(match, view.path) && conditionsHold(match, view);
}

/**
 * Whether the path condition of a match holds.
 *
 * @param match - An HTTP match.
 * @param path - The request path without query.
 */
export function pathHolds(match: CompiledHttpMatch, path: string): boolean {
  const { pathMatch } = match;
  switch (pathMatch.type) {
    case 'Exact':
      return path === pathMatch.key;
    case 'PathPrefix': {
      const { key } = pathMatch;
      return (
        path.startsWith(key) && (path.length === key.length || path.charCodeAt(key.length) === 47)
      );
    }
    case 'RegularExpression':
      return pathMatch.test?.(path) === true;
  }
}
