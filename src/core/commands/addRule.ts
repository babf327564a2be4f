import { type ResourceId, displayName } from '../model/identity.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { requireRoute } from './workspaceQueries.ts';

/** Arguments of {@link addRule}. */
export interface AddRuleArgs {
  readonly route: ResourceId;
  /** Where the rule goes; at the end by default. */
  readonly index?: number;
}

/**
 * Adds a rule to an HTTPRoute (matching `PathPrefix /`, the default match) or a GRPCRoute
 * (matching every call). TLS, TCP and UDP routes have exactly one rule, and a route at most 16.
 *
 * @param workspace - The documents.
 * @param args - The route and the position.
 * @returns The patch (selecting the new rule), or why it cannot be added.
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#httprouterule
 */
export function addRule(workspace: Workspace, args: AddRuleArgs): CommandResult {
  const found = requireRoute(workspace, args.route);
  if ('error' in found) return found;
  const { entry, route } = found;
  const name = displayName(entry.id);
  if (route.kind !== 'HTTPRoute' && route.kind !== 'GRPCRoute') {
    return { error: `A ${route.kind} has exactly one rule` };
  }
  const rules = route.spec.rules ?? [];
  if (rules.length >= 16) return { error: `${name} has 16 rules, the most a route can have` };
  const index = args.index ?? rules.length;
  if (!Number.isInteger(index) || index < 0 || index > rules.length) {
    return { error: `${name} has ${rules.length} rules: a new one goes at 0 to ${rules.length}` };
  }
  const value =
    route.kind === 'HTTPRoute' ? { matches: [{ path: { type: 'PathPrefix', value: '/' } }] } : {};
  if (route.kind === 'HTTPRoute' && rules.length === 0 && entryHasNoRules(entry.raw)) {
    // No `rules` means the default rule; writing one rule keeps that meaning and adds it.
    return {
      patches: [{ op: 'set', target: entry.id, path: ['spec', 'rules'], value: [value, value] }],
      select: { target: entry.id, path: ['spec', 'rules', 1] },
    };
  }
  return {
    patches: [{ op: 'insert', target: entry.id, path: ['spec', 'rules'], index, value }],
    select: { target: entry.id, path: ['spec', 'rules', index] },
  };
}

function entryHasNoRules(raw: Readonly<Record<string, unknown>>): boolean {
  const spec = raw['spec'];
  return typeof spec !== 'object' || spec === null || !Object.hasOwn(spec, 'rules');
}
