import type { ResourceId } from '../model/identity.ts';
import type { CompiledGrpcMatch, CompiledHttpMatch, CompiledMatch } from './compiledRoute.ts';
import { pathHolds, valueHolds } from './conditions.ts';
import type { RequestView } from './requestView.ts';
import type { ValueCondition } from './valueMatchers.ts';

/**
 * Short descriptions of routes, matches and why a match does not hold, for explanations.
 */

/**
 * `HTTPRoute ns/name`.
 *
 * @param id - A route.
 */
export function routeName(id: ResourceId): string {
  return `${id.kind} ${id.namespace}/${id.name}`;
}

/**
 * `HTTPRoute ns/name rule 1 match 0` (the match is left out for a rule without matches).
 *
 * @param match - A compiled match.
 */
export function matchName(match: CompiledMatch): string {
  const rule = match.rule;
  const ruleText = rule.name ? `rule ${rule.index} (${rule.name})` : `rule ${rule.index}`;
  const matchText = match.implicit ? '' : ` match ${match.index}`;
  return `${routeName(rule.route.id)} ${ruleText}${matchText}`;
}

function conditions(list: readonly ValueCondition[], label: string): string[] {
  return list.map((c) =>
    c.type === 'Exact' ? `${label} ${c.name}=${c.value}` : `${label} ${c.name}~${c.value}`,
  );
}

/**
 * The conditions of a match: `PathPrefix /api, method GET, header x-canary=true`.
 *
 * @param match - A compiled match.
 */
export function describeMatch(match: CompiledMatch): string {
  if (match.protocol === 'grpc') return describeGrpcMatch(match);
  const parts = [
    `${match.pathMatch.type} ${match.pathMatch.value}`,
    ...(match.method ? [`method ${match.method}`] : []),
    ...conditions(match.headers, 'header'),
    ...conditions(match.queryParams, 'query'),
  ];
  return match.implicit ? `${parts.join(', ')} (no matches: the default)` : parts.join(', ');
}

function describeGrpcMatch(match: CompiledGrpcMatch): string {
  const parts = [
    ...(match.service ? [`service ${match.service}`] : []),
    ...(match.method ? [`method ${match.method}`] : []),
    ...conditions(match.headers, 'header'),
  ];
  if (parts.length === 0) return 'every call (no matches)';
  return match.type === 'RegularExpression'
    ? `${parts.join(', ')} (RegularExpression)`
    : parts.join(', ');
}

/**
 * Why a match does not hold for a request, or null when it holds.
 *
 * @param match - A compiled match.
 * @param view - The request.
 */
export function mismatch(match: CompiledMatch, view: RequestView): string | null {
  if (!match.usable) return 'its rule has a pattern RE2 rejects, so a controller drops the rule';
  if (match.protocol === 'grpc') return grpcMismatch(match, view);
  return httpMismatch(match, view);
}

function httpMismatch(match: CompiledHttpMatch, view: RequestView): string | null {
  if (!pathHolds(match, view.path)) {
    const { type, value } = match.pathMatch;
    if (type === 'Exact') return `path ${view.path} is not exactly ${value}`;
    if (type === 'PathPrefix')
      return `path ${view.path} is not under prefix ${value} (element-wise)`;
    return `path ${view.path} does not match the RegularExpression ${value}`;
  }
  if (match.method !== undefined && match.method !== view.method) {
    return `method ${view.method} is not ${match.method}`;
  }
  return (
    conditionMismatch(match.headers, 'header', (c) => view.header(c.key)) ??
    conditionMismatch(match.queryParams, 'query parameter', (c) => view.queryParam(c.key))
  );
}

function grpcMismatch(match: CompiledGrpcMatch, view: RequestView): string | null {
  const call = view.grpc;
  if (!call) return 'the request is not a gRPC call';
  if (match.serviceTest && !match.serviceTest(call.service)) {
    return `service ${call.service || '(none)'} is not ${match.service ?? ''}`;
  }
  if (match.methodTest && !match.methodTest(call.method)) {
    return `method ${call.method || '(none)'} is not ${match.method ?? ''}`;
  }
  return conditionMismatch(match.headers, 'header', (c) => view.header(c.key));
}

function conditionMismatch(
  list: readonly ValueCondition[],
  label: string,
  read: (condition: ValueCondition) => string | undefined,
): string | null {
  for (const condition of list) {
    const value = read(condition);
    if (valueHolds(condition, value)) continue;
    if (value === undefined) return `${label} ${condition.name} is missing`;
    const expected = condition.type === 'Exact' ? condition.value : `~${condition.value}`;
    return `${label} ${condition.name} is "${value}", not "${expected}"`;
  }
  return null;
}

/**
 * Joins a list for a sentence, shortening it after a few items.
 *
 * @param items - Items to list.
 * @param limit - How many to name before "and N more".
 */
export function listText(items: readonly string[], limit = 5): string {
  if (items.length <= limit) return items.join(', ');
  return `${items.slice(0, limit).join(', ')} and ${items.length - limit} more`;
}

/**
 * `1 header`, `2 headers`.
 *
 * @param count - How many.
 * @param word - The singular noun.
 */
export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
