import type { HTTPRouteRule } from '../model/httpRoute.ts';
import { type ResourceId, displayName } from '../model/identity.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { requireRoute, requireRule } from './workspaceQueries.ts';

/** Arguments of {@link addMatch}. */
export interface AddMatchArgs {
  readonly route: ResourceId;
  readonly rule: number;
  /** The match; by default `path: PathPrefix /` (HTTPRoute) or a match of every call (GRPCRoute). */
  readonly match?: Readonly<Record<string, unknown>>;
}

/**
 * Adds a match (an alternative) to a rule of an HTTPRoute or GRPCRoute. A rule that rewrites or
 * redirects with `ReplacePrefixMatch` must keep exactly one PathPrefix match (CRD rule), so it is
 * refused there; so are more than 64 matches in a rule or 128 in a route.
 *
 * @param workspace - The documents.
 * @param args - The route, rule and match.
 * @returns The patch (selecting the new match), or why it cannot be added.
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httproutematch
 */
export function addMatch(workspace: Workspace, args: AddMatchArgs): CommandResult {
  const found = requireRoute(workspace, args.route);
  if ('error' in found) return found;
  const { entry, route } = found;
  if (route.kind !== 'HTTPRoute' && route.kind !== 'GRPCRoute') {
    return { error: `${route.kind} rules have no matches` };
  }
  const ruleProblem = requireRule(route, entry.id, args.rule);
  if (ruleProblem) return ruleProblem;
  const rules = route.spec.rules ?? [];
  const matches = rules[args.rule]?.matches ?? [];
  if (matches.length >= 64)
    return { error: `Rule ${args.rule} has 64 matches, the most a rule can have` };
  const total = rules.reduce((sum, rule) => sum + (rule.matches?.length ?? 0), 0);
  if (total >= 128)
    return { error: `${displayName(entry.id)} has 128 matches, the most a route can have` };
  if (route.kind === 'HTTPRoute' && replacesPrefix(route.spec.rules?.[args.rule])) {
    return {
      error: `Rule ${args.rule} replaces the matched prefix (ReplacePrefixMatch), which needs exactly one PathPrefix match`,
    };
  }
  const value =
    args.match ?? (route.kind === 'HTTPRoute' ? { path: { type: 'PathPrefix', value: '/' } } : {});
  const path = ['spec', 'rules', args.rule, 'matches'];
  return {
    patches: [{ op: 'insert', target: entry.id, path, index: matches.length, value }],
    select: { target: entry.id, path: [...path, matches.length] },
  };
}

function replacesPrefix(rule: HTTPRouteRule | undefined): boolean {
  const filters = [
    ...(rule?.filters ?? []),
    ...(rule?.backendRefs ?? []).flatMap((ref) => ref.filters ?? []),
  ];
  return filters.some(
    (filter) =>
      filter.requestRedirect?.path?.type === 'ReplacePrefixMatch' ||
      filter.urlRewrite?.path?.type === 'ReplacePrefixMatch',
  );
}
