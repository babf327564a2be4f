import { type ResourceId, displayName } from '../model/identity.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { findReferences } from './findReferences.ts';
import { type EmptiedList, planRemovals } from './listRemovals.ts';
import { findResource } from './workspaceQueries.ts';

/** Arguments of {@link deleteResource}. */
export interface DeleteResourceArgs {
  readonly target: ResourceId;
  /**
   * What happens to references to it: `remove` (the default) removes the parentRefs,
   * backendRefs, mirror filters, ReferenceGrant `to` entries and BackendTLSPolicy targets that
   * name it; `keep` leaves them, dangling.
   */
  readonly references?: 'remove' | 'keep';
}

/**
 * Deletes a resource, and by default the references that would dangle, as one undoable change.
 *
 * What a person deleting a Service or a Gateway expects is that nothing keeps pointing at it,
 * without the deletion spreading further than that:
 * - a parentRef, backendRef or mirror filter naming it is removed (a list emptied this way is
 *   removed as a field: `backendRefs: []` and no `backendRefs` mean the same);
 * - a ReferenceGrant `to` entry naming it is removed, and a grant left with no `to` entry (it
 *   existed only for this resource) is deleted; likewise a BackendTLSPolicy left with no target;
 * - a reference in a field that must have a value is left in place and reported in the message:
 *   a ListenerSet's parentRef, a Gateway's `gatewayClassName`, and the only backend of a
 *   TLSRoute, TCPRoute or UDPRoute (their single rule needs one);
 * - references by namespace only (a grant's `from`, allowedRoutes selectors) are not
 *   references to this resource, and deleting a Namespace leaves the resources in it.
 *
 * @param workspace - The documents.
 * @param args - What to delete and how to treat references.
 * @returns The patches, or why the resource cannot be deleted.
 */
export function deleteResource(workspace: Workspace, args: DeleteResourceArgs): CommandResult {
  const entry = findResource(workspace, args.target);
  if (!entry) return { error: `${displayName(args.target)} is not in the documents` };
  const name = displayName(entry.id);
  if (args.references === 'keep') {
    return { patches: [{ op: 'removeResource', target: entry.id }], message: `Deleted ${name}` };
  }
  const references = findReferences(workspace, entry.id).filter(
    (reference) => reference.referrer !== entry,
  );
  const removable = references.flatMap((reference) =>
    reference.item ? [{ entry: reference.referrer, ...reference.item }] : [],
  );
  const plan = planRemovals(removable, emptiedList);
  const keptRequired = references.filter((reference) => reference.item === null);
  const kept = [
    ...keptRequired.map((reference) => reference.referrer),
    ...plan.kept.map((k) => k.entry),
  ];
  const removedCount = removable.length - plan.kept.length;
  const parts = [`Deleted ${name}`];
  if (removedCount > 0) {
    parts.push(`removed ${removedCount} reference${removedCount === 1 ? '' : 's'} to it`);
  }
  for (const removed of plan.removedResources)
    parts.push(`deleted ${displayName(removed.id)}, which had no other use`);
  if (kept.length > 0) {
    const names = [...new Set(kept.map((referrer) => displayName(referrer.id)))].join(', ');
    parts.push(
      `kept the references of ${names}, which must name something (they now show as missing)`,
    );
  }
  return {
    patches: [...plan.patches, { op: 'removeResource', target: entry.id }],
    message: parts.join('; '),
  };
}

function emptiedList(referrer: ResourceEntry, list: FieldPath): EmptiedList {
  const field = list[list.length - 1];
  switch (referrer.id.kind) {
    case 'ReferenceGrant':
    case 'BackendTLSPolicy':
      // `to` and `targetRefs` need an item: the resource existed for the deleted one only.
      return 'deleteResource';
    case 'TLSRoute':
    case 'TCPRoute':
    case 'UDPRoute':
      return field === 'backendRefs' ? 'keep' : 'deleteField';
    default:
      return 'deleteField';
  }
}
