import { type ResourceId, displayName } from '../model/identity.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { valueAt } from './listRemovals.ts';
import { requireRoute, requireRule } from './workspaceQueries.ts';

/** Arguments of {@link moveRule}. */
export interface MoveRuleArgs {
  readonly route: ResourceId;
  /** The rule's index now. */
  readonly from: number;
  /** Its index afterwards. */
  readonly to: number;
}

/**
 * Moves a rule to another position (rule order breaks ties between equally specific matches,
 * semantics.md (a) A6). The rule's text moves with its comments; every other byte stays.
 *
 * @param workspace - The documents.
 * @param args - The route and the two positions.
 * @returns The patches (selecting the moved rule), or why it cannot be moved.
 */
export function moveRule(workspace: Workspace, args: MoveRuleArgs): CommandResult {
  const found = requireRoute(workspace, args.route);
  if ('error' in found) return found;
  const { entry, route } = found;
  const fromProblem = requireRule(route, entry.id, args.from);
  if (fromProblem) return fromProblem;
  const toProblem = requireRule(route, entry.id, args.to);
  if (toProblem) return toProblem;
  if (args.from === args.to) return { error: `The rule is already at position ${args.to}` };
  if (valueAt(entry.raw, ['spec', 'rules', args.from]) === undefined) {
    return { error: `${displayName(entry.id)} has no rule ${args.from}` };
  }
  const path = ['spec', 'rules'];
  return {
    patches: [{ op: 'move', target: entry.id, path, from: args.from, to: args.to }],
    select: { target: entry.id, path: [...path, args.to] },
  };
}
