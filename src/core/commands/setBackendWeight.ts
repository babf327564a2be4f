import { type ResourceId, displayName } from '../model/identity.ts';
import type { Workspace } from '../yaml/workspace.ts';
import { validWeight } from './addBackendRef.ts';
import type { CommandResult } from './commandResult.ts';
import { requireRoute, requireRule } from './workspaceQueries.ts';

/** Arguments of {@link setBackendWeight}. */
export interface SetBackendWeightArgs {
  readonly route: ResourceId;
  readonly rule: number;
  readonly backendRef: number;
  /** An integer from 0 (no traffic) to 1,000,000. */
  readonly weight: number;
}

/**
 * Sets the weight of one backendRef (the inspector's `Weight <backend>` field and slider).
 *
 * @param workspace - The documents.
 * @param args - The route, rule, backendRef and weight.
 * @returns The patch (selecting the weight), or why it cannot be set.
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#backendref
 */
export function setBackendWeight(workspace: Workspace, args: SetBackendWeightArgs): CommandResult {
  const found = requireRoute(workspace, args.route);
  if ('error' in found) return found;
  const { entry, route } = found;
  const ruleProblem = requireRule(route, entry.id, args.rule);
  if (ruleProblem) return ruleProblem;
  const count = route.spec.rules?.[args.rule]?.backendRefs?.length ?? 0;
  if (!Number.isInteger(args.backendRef) || args.backendRef < 0 || args.backendRef >= count) {
    return {
      error: `Rule ${args.rule} of ${displayName(entry.id)} has no backendRef ${args.backendRef}`,
    };
  }
  if (!validWeight(args.weight)) return { error: 'A weight is a whole number from 0 to 1,000,000' };
  const path = ['spec', 'rules', args.rule, 'backendRefs', args.backendRef, 'weight'];
  return {
    patches: [{ op: 'set', target: entry.id, path, value: args.weight }],
    select: { target: entry.id, path },
  };
}
