import { type ResourceId, displayName } from '../model/identity.ts';
import { type FieldPath, formatPath } from '../yaml/fieldPath.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { valueAt } from './listRemovals.ts';
import { pathProblem } from './setField.ts';
import { findResource } from './workspaceQueries.ts';

/** Arguments of {@link deleteField}. */
export interface DeleteFieldArgs {
  readonly target: ResourceId;
  readonly path: FieldPath;
}

/**
 * Removes a field or a list item of a resource (the inspector's generic edit).
 *
 * @param workspace - The documents.
 * @param args - The resource and the path.
 * @returns The patch (selecting the parent field), or why it cannot be removed.
 */
export function deleteField(workspace: Workspace, args: DeleteFieldArgs): CommandResult {
  const entry = findResource(workspace, args.target);
  if (!entry) return { error: `${displayName(args.target)} is not in the documents` };
  const problem = pathProblem(entry.raw, args.path);
  if (problem) return { error: problem };
  if (args.path.length === 1 && args.path[0] === 'metadata')
    return { error: 'metadata holds the name: it cannot be removed' };
  if (valueAt(entry.raw, args.path) === undefined) {
    return { error: `${displayName(entry.id)} has no ${formatPath(args.path)}` };
  }
  return {
    patches: [{ op: 'delete', target: entry.id, path: args.path }],
    select: { target: entry.id, path: args.path.slice(0, -1) },
  };
}
