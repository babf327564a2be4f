import { parentRefTarget } from '../graph/refTargets.ts';
import { type ResourceId, displayName, sameResource } from '../model/identity.ts';
import { isRouteKind } from '../model/resource.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { type ListRemoval, planRemovals, valueAt } from './listRemovals.ts';
import { findResource } from './workspaceQueries.ts';

/** A part of a resource that can be deleted on its own. */
export type ElementRef =
  | { readonly type: 'rule'; readonly rule: number }
  | { readonly type: 'match'; readonly rule: number; readonly match: number }
  | {
      readonly type: 'filter';
      readonly rule: number;
      readonly filter: number;
      /** For a filter of a backendRef, its index. */
      readonly backendRef?: number;
    }
  | { readonly type: 'backendRef'; readonly rule: number; readonly backendRef: number }
  | { readonly type: 'parentRef'; readonly parentRef: number }
  | { readonly type: 'listener'; readonly listener: number };

/** Arguments of {@link deleteElement}. */
export interface DeleteElementArgs {
  readonly target: ResourceId;
  readonly element: ElementRef;
}

/**
 * Deletes a rule, a match, a filter, a backendRef, a parentRef or a listener. The last item of
 * a list takes the list with it (an absent list and an empty one mean the same), except where
 * the resource needs one: the only rule of an HTTPRoute or of a TLS/TCP/UDP route, the only
 * backend of a TLS/TCP/UDP route and the only listener of a Gateway or ListenerSet are refused
 * with a message. Deleting a listener also removes the parentRefs that name it by
 * `sectionName`, which would otherwise match nothing.
 *
 * @param workspace - The documents.
 * @param args - The resource and the element.
 * @returns The patches, or why the element cannot be deleted.
 */
export function deleteElement(workspace: Workspace, args: DeleteElementArgs): CommandResult {
  const entry = findResource(workspace, args.target);
  if (!entry) return { error: `${displayName(args.target)} is not in the documents` };
  const name = displayName(entry.id);
  const located = locate(args.element);
  const items = valueAt(entry.raw, located.list);
  if (!Array.isArray(items) || located.index < 0 || located.index >= items.length) {
    return { error: `${name} has no ${located.what} at that place` };
  }
  const kind = entry.id.kind;
  const l4 = kind === 'TLSRoute' || kind === 'TCPRoute' || kind === 'UDPRoute';
  if (items.length === 1) {
    const needed =
      (located.field === 'rules' && (kind === 'HTTPRoute' || l4)) ||
      (located.field === 'backendRefs' && l4) ||
      (located.field === 'listeners' && (kind === 'Gateway' || kind === 'ListenerSet'));
    if (needed)
      return { error: `${name} needs at least one ${located.what}: delete the ${kind} instead` };
  }
  const removals: ListRemoval[] = [{ entry, list: located.list, index: located.index }];
  if (args.element.type === 'listener')
    removals.push(...listenerReferences(workspace, entry.id, items[located.index]));
  const plan = planRemovals(removals, () => 'deleteField');
  const extra = removals.length - 1;
  return {
    patches: plan.patches,
    select: { target: entry.id, path: [] },
    ...(extra > 0
      ? {
          message: `Deleted the listener and ${extra} parentRef${extra === 1 ? '' : 's'} that named it`,
        }
      : {}),
  };
}

function locate(element: ElementRef): {
  list: FieldPath;
  index: number;
  field: string;
  what: string;
} {
  const rule = (index: number): FieldPath => ['spec', 'rules', index];
  switch (element.type) {
    case 'rule':
      return { list: ['spec', 'rules'], index: element.rule, field: 'rules', what: 'rule' };
    case 'match':
      return {
        list: [...rule(element.rule), 'matches'],
        index: element.match,
        field: 'matches',
        what: 'match',
      };
    case 'filter': {
      const owner =
        element.backendRef === undefined
          ? rule(element.rule)
          : [...rule(element.rule), 'backendRefs', element.backendRef];
      return {
        list: [...owner, 'filters'],
        index: element.filter,
        field: 'filters',
        what: 'filter',
      };
    }
    case 'backendRef':
      return {
        list: [...rule(element.rule), 'backendRefs'],
        index: element.backendRef,
        field: 'backendRefs',
        what: 'backendRef',
      };
    case 'parentRef':
      return {
        list: ['spec', 'parentRefs'],
        index: element.parentRef,
        field: 'parentRefs',
        what: 'parentRef',
      };
    case 'listener':
      return {
        list: ['spec', 'listeners'],
        index: element.listener,
        field: 'listeners',
        what: 'listener',
      };
  }
}

function listenerReferences(
  workspace: Workspace,
  owner: ResourceId,
  listener: unknown,
): ListRemoval[] {
  const name = valueAt(listener, ['name']);
  if (typeof name !== 'string') return [];
  const out: ListRemoval[] = [];
  for (const entry of workspace.resources) {
    const resource = entry.resource;
    if (!resource || !isRouteKind(resource.kind) || !('spec' in resource)) continue;
    const refs = 'parentRefs' in resource.spec ? (resource.spec.parentRefs ?? []) : [];
    refs.forEach((ref, index) => {
      if (
        ref.sectionName === name &&
        sameResource(parentRefTarget(entry.id.namespace, ref), owner)
      ) {
        out.push({ entry, list: ['spec', 'parentRefs'], index });
      }
    });
  }
  return out;
}
