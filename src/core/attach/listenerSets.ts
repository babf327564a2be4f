import { type ResourceId, displayName } from '../model/identity.ts';
import { GATEWAY_GROUP } from '../model/resource.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { explain } from './explanation.ts';
import { formatLabelSelector, formatLabels, matchesLabelSelector } from './labelSelector.ts';
import type { ListenerSetRejection } from './outcomes.ts';
import { type ResourceIndex, recordOf } from './resourceIndex.ts';

/** The Gateway a ListenerSet names, or why it names none. */
export type ListenerSetParent =
  | { readonly gateway: ResourceEntry }
  | { readonly gateway: undefined; readonly rejection: ListenerSetRejection };

/**
 * Resolves a ListenerSet's `spec.parentRef` (defaults: group `gateway.networking.k8s.io`, kind
 * `Gateway`, the ListenerSet's namespace).
 *
 * @param index - The admitted resources.
 * @param entry - The ListenerSet.
 * @returns The parent Gateway, or a `ParentNotAccepted` rejection when it names no Gateway in the documents.
 */
export function listenerSetParent(index: ResourceIndex, entry: ResourceEntry): ListenerSetParent {
  const ref = recordOf(entry, 'ListenerSet')?.spec.parentRef;
  const group = ref?.group ?? GATEWAY_GROUP;
  const kind = ref?.kind ?? 'Gateway';
  const path = ['spec', 'parentRef'];
  if (group !== GATEWAY_GROUP || kind !== 'Gateway') {
    return {
      gateway: undefined,
      rejection: {
        reason: 'ParentNotAccepted',
        explanation: explain('listenerSetParentKind', { kind, group }),
        path,
        severity: 'error',
      },
    };
  }
  const id: ResourceId = {
    group,
    kind,
    namespace: ref?.namespace ?? entry.id.namespace,
    name: ref?.name ?? '',
  };
  const gateway = index.find(id);
  if (gateway) return { gateway };
  return {
    gateway: undefined,
    rejection: {
      reason: 'ParentNotAccepted',
      explanation: explain('parentNotFound', { parent: displayName(id) }),
      path,
      // The Gateway may be managed elsewhere.
      severity: 'warning',
    },
  };
}

/**
 * Whether a Gateway lets a ListenerSet attach: `spec.allowedListeners.namespaces.from` is
 * `None` (the default), `Same`, `All` or `Selector` (semantics.md F12).
 *
 * @param index - The admitted resources (for namespace labels).
 * @param gateway - The parent Gateway.
 * @param listenerSet - The ListenerSet.
 * @returns Undefined when allowed, otherwise a `NotAllowed` rejection.
 */
export function listenerSetAdmission(
  index: ResourceIndex,
  gateway: ResourceEntry,
  listenerSet: ResourceEntry,
): ListenerSetRejection | undefined {
  const namespaces = recordOf(gateway, 'Gateway')?.spec.allowedListeners?.namespaces;
  const from = namespaces?.from ?? 'None';
  const gatewayName = displayName(gateway.id);
  const namespace = listenerSet.id.namespace;
  const reject = (explanation: ListenerSetRejection['explanation']): ListenerSetRejection => ({
    reason: 'NotAllowed',
    explanation,
    path: ['spec', 'parentRef'],
    severity: 'error',
  });
  switch (from) {
    case 'All':
      return undefined;
    case 'None':
      return reject(explain('listenerSetsNotAllowed', { gateway: gatewayName }));
    case 'Same':
      return namespace === gateway.id.namespace
        ? undefined
        : reject(
            explain('listenerSetsSameOnly', {
              gateway: gatewayName,
              namespace: gateway.id.namespace,
            }),
          );
    case 'Selector': {
      const labels = index.namespaceLabels(namespace);
      return matchesLabelSelector(namespaces?.selector, labels)
        ? undefined
        : reject(
            explain('listenerSetsNotSelected', {
              gateway: gatewayName,
              selector: formatLabelSelector(namespaces?.selector),
              namespace,
              labels: formatLabels(labels),
            }),
          );
    }
  }
}

/**
 * Sorts ListenerSets into listener precedence order (semantics.md F12): the oldest
 * `metadata.creationTimestamp` first, then `{namespace}/{name}` alphabetically. NOTE: a
 * ListenerSet without a (readable) creationTimestamp counts as newer than every one that has
 * one, since the API server would stamp it when it is applied.
 *
 * @param entries - ListenerSets of one Gateway.
 * @returns A sorted copy.
 */
export function sortByPrecedence(entries: readonly ResourceEntry[]): ResourceEntry[] {
  const created = (entry: ResourceEntry): number => {
    const stamp = entry.resource?.metadata.creationTimestamp;
    const time = stamp === undefined ? Number.NaN : Date.parse(stamp);
    return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
  };
  return [...entries].sort((a, b) => {
    const byTime = created(a) - created(b);
    if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
    const left = `${a.id.namespace}/${a.id.name}`;
    const right = `${b.id.namespace}/${b.id.name}`;
    return left < right ? -1 : left > right ? 1 : 0;
  });
}
