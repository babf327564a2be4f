import { type ResourceId, displayName } from '../model/identity.ts';
import { type FieldPath, formatPath } from '../yaml/fieldPath.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { valueAt } from './listRemovals.ts';
import { findResource } from './workspaceQueries.ts';

/** Arguments of {@link setField}. */
export interface SetFieldArgs {
  readonly target: ResourceId;
  /** A field path in the resource, e.g. `['spec', 'hostnames', 0]`. */
  readonly path: FieldPath;
  /** A JSON-like value (string, number, boolean, null, list or map). */
  readonly value: unknown;
}

/**
 * Sets a field of a resource (the inspector's generic edit), creating the maps that lead to it.
 * The name and the identity fields are refused: renaming has its own command, which updates
 * the references.
 *
 * @param workspace - The documents.
 * @param args - The resource, the path and the value.
 * @returns The patch (selecting the field), or why it cannot be set.
 */
export function setField(workspace: Workspace, args: SetFieldArgs): CommandResult {
  const entry = findResource(workspace, args.target);
  if (!entry) return { error: `${displayName(args.target)} is not in the documents` };
  const problem = pathProblem(entry.raw, args.path);
  if (problem) return { error: problem };
  if (!isJsonLike(args.value))
    return { error: 'The value must be text, a number, true/false, a list or a map' };
  return {
    patches: [{ op: 'set', target: entry.id, path: args.path, value: args.value }],
    select: { target: entry.id, path: args.path },
  };
}

/**
 * Why a path cannot be edited generically, or null: identity fields (`apiVersion`, `kind`,
 * `metadata.name`) and the server-written `status` are not inspector edits, and a list index must
 * point at an existing item (or just after the last, to append).
 *
 * @param raw - The resource's data.
 * @param path - The field path.
 */
export function pathProblem(raw: unknown, path: FieldPath): string | null {
  if (path.length === 0) return 'Choose a field';
  const text = formatPath(path);
  if (text === 'apiVersion' || text === 'kind')
    return `${text} cannot be changed here: add a resource of the other kind`;
  if (text === 'metadata.name') return 'Rename the resource instead: it updates the references too';
  if (path[0] === 'status') return 'status is written by the controller, not by hand';
  for (let i = 0; i < path.length; i++) {
    const key = path[i];
    if (typeof key !== 'number') continue;
    const list = valueAt(raw, path.slice(0, i));
    const length = Array.isArray(list) ? list.length : 0;
    if (
      !Number.isInteger(key) ||
      key < 0 ||
      key > length ||
      (key === length && i < path.length - 1)
    ) {
      return `${formatPath(path.slice(0, i))} has no item ${key}`;
    }
  }
  return null;
}

function isJsonLike(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return (value as readonly unknown[]).every(isJsonLike);
  if (typeof value === 'object') return Object.values(value).every(isJsonLike);
  return false;
}
