import type { GRPCRouteMatch } from '../model/grpcRoute.ts';
import type { HTTPRouteMatch, HTTPValueMatch } from '../model/httpRoute.ts';

/** What a rule that matches every request shows. */
export const ANY_MATCH = 'any';

/**
 * An HTTPRoute match in short form: method and path, then each header (`name=value`, or
 * `name~regex`) and query parameter (`?name=value`), joined with ` · `. A path prefix reads
 * `/api/*`, an exact path `/api`, a regular expression `~/items/[0-9]+`. A match with no
 * conditions (the default `PathPrefix /`) reads `any`.
 *
 * @param match - One entry of a rule's `matches`.
 * @returns The short form, e.g. `GET /api/* · x-canary=true`.
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httproutematch
 */
export function httpMatchSummary(match: HTTPRouteMatch): string {
  const head = [match.method, match.path ? pathSummary(match.path) : undefined]
    .filter((part) => part !== undefined)
    .join(' ');
  const parts = [
    head,
    ...(match.headers ?? []).map((header) => valueSummary(header, '')),
    ...(match.queryParams ?? []).map((param) => valueSummary(param, '?')),
  ].filter((part) => part !== '');
  return parts.length === 0 ? ANY_MATCH : parts.join(' · ');
}

/**
 * A GRPCRoute match in short form: `Service/Method` (the service without its package; `*` for a
 * part left out; `~` before a regular expression), then its headers.
 *
 * @param match - One entry of a rule's `matches`.
 * @returns The short form, e.g. `EchoService/Echo · x-canary=true`.
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#grpcroutematch
 */
export function grpcMatchSummary(match: GRPCRouteMatch): string {
  const parts: string[] = [];
  const method = match.method;
  if (method && (method.service !== undefined || method.method !== undefined)) {
    if (method.type === 'RegularExpression') {
      parts.push(`~${method.service ?? '.*'}/${method.method ?? '.*'}`);
    } else {
      const service = method.service === undefined ? '*' : shortService(method.service);
      parts.push(`${service}/${method.method ?? '*'}`);
    }
  }
  for (const header of match.headers ?? []) parts.push(valueSummary(header, ''));
  return parts.length === 0 ? ANY_MATCH : parts.join(' · ');
}

/**
 * A rule's summary: its matches joined with ` | ` (they are alternatives), or `any`.
 *
 * @param matches - The short forms of the rule's matches.
 */
export function ruleSummary(matches: readonly string[]): string {
  return matches.length === 0 ? ANY_MATCH : matches.join(' | ');
}

function pathSummary(path: NonNullable<HTTPRouteMatch['path']>): string {
  const value = path.value ?? '/';
  switch (path.type ?? 'PathPrefix') {
    case 'Exact':
      return value;
    case 'RegularExpression':
      return `~${value}`;
    case 'PathPrefix':
      // Prefixes are element-wise and ignore a trailing slash (semantics.md A9).
      return value === '/' ? '/*' : `${value.replace(/\/+$/, '')}/*`;
  }
}

function valueSummary(match: HTTPValueMatch, prefix: string): string {
  const operator = match.type === 'RegularExpression' ? '~' : '=';
  return `${prefix}${match.name}${operator}${match.value}`;
}

function shortService(service: string): string {
  const dot = service.lastIndexOf('.');
  return dot < 0 ? service : service.slice(dot + 1);
}
