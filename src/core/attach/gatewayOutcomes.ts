import { displayName } from '../model/identity.ts';
import { GATEWAY_GROUP } from '../model/resource.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { explain, listText } from './explanation.ts';
import {
  type DraftListener,
  type ListenerContext,
  draftListener,
  finishListener,
  isAcceptedDraft,
  recordConflicts,
} from './listeners.ts';
import { listenerSetAdmission, listenerSetParent, sortByPrecedence } from './listenerSets.ts';
import {
  type GatewayOutcome,
  type ListenerOutcome,
  type ListenerSetOutcome,
  type ListenerSetRejection,
  SIMULATED_CONTROLLER_NAME,
} from './outcomes.ts';
import { recordOf } from './resourceIndex.ts';
import type { ResolvedListener } from './types.ts';

/** Every Gateway and ListenerSet with its listeners decided. */
export interface GatewayOutcomes {
  readonly gateways: readonly GatewayOutcome[];
  readonly listenerSets: readonly ListenerSetOutcome[];
  /** The listeners of every Gateway: its own, then those of its attached ListenerSets. */
  readonly listeners: readonly ResolvedListener[];
}

interface ListenerSetDraft {
  readonly entry: ResourceEntry;
  readonly drafts: readonly DraftListener[];
  rejection: ListenerSetRejection | undefined;
}

/**
 * Decides every Gateway's listeners and ListenerSets (semantics.md F4, F10-F12): per Gateway,
 * its own listeners are checked and their conflicts found (every indistinct one is Conflicted);
 * the Gateway is accepted when one of them is; then the ListenerSets that name it are admitted
 * or not (`allowedListeners`), in precedence order, and their listeners lose any clash with an
 * earlier listener. A ListenerSet with no valid listener is not attached (`ListenersNotValid`).
 * IMPORTANT: it reads only Gateways, GatewayClasses, ListenerSets, ReferenceGrants, Namespaces and
 * Secrets from the index; `parentWorld.ts` reuses the outcomes while those are unchanged.
 *
 * @param context - The index and the ReferenceGrant check.
 * @returns The outcomes.
 */
export function computeGatewayOutcomes(context: ListenerContext): GatewayOutcomes {
  const { index } = context;
  const byGateway = new Map<string, ResourceEntry[]>();
  const outcomeOf = new Map<ResourceEntry, ListenerSetOutcome>();
  for (const entry of index.ofKind('ListenerSet')) {
    const parent = listenerSetParent(index, entry);
    if (parent.gateway) {
      const list = byGateway.get(parent.gateway.key);
      if (list) list.push(entry);
      else byGateway.set(parent.gateway.key, [entry]);
    } else {
      const drafts = draftsOf(context, entry);
      outcomeOf.set(entry, {
        listenerSet: entry,
        gateway: undefined,
        rejection: parent.rejection,
        listeners: drafts.map((draft, i) => finishListener(draft, entry.id, i, false)),
      });
    }
  }
  const gateways: GatewayOutcome[] = [];
  const listeners: ResolvedListener[] = [];
  for (const entry of index.ofKind('Gateway')) {
    const outcome = decideGateway(context, entry, byGateway.get(entry.key) ?? []);
    gateways.push(outcome);
    for (const listener of outcome.listeners) listeners.push(listener.listener);
    for (const set of outcome.listenerSets) {
      outcomeOf.set(set.listenerSet, set);
      if (set.rejection) continue;
      for (const listener of set.listeners) listeners.push(listener.listener);
    }
  }
  const listenerSets = index.ofKind('ListenerSet').flatMap((entry) => outcomeOf.get(entry) ?? []);
  return { gateways, listenerSets, listeners };
}

function draftsOf(context: ListenerContext, entry: ResourceEntry): DraftListener[] {
  const specs = recordOf(entry, 'ListenerSet')?.spec.listeners ?? [];
  return specs.map((spec, i) => draftListener(context, entry, spec, i));
}

function decideGateway(
  context: ListenerContext,
  entry: ResourceEntry,
  listenerSetEntries: readonly ResourceEntry[],
): GatewayOutcome {
  const { index } = context;
  const gateway = recordOf(entry, 'Gateway');
  const gatewayClass = index.find({
    group: GATEWAY_GROUP,
    kind: 'GatewayClass',
    namespace: '',
    name: gateway?.spec.gatewayClassName ?? '',
  });
  const controllerName =
    recordOf(gatewayClass, 'GatewayClass')?.spec.controllerName || SIMULATED_CONTROLLER_NAME;
  const own = (gateway?.spec.listeners ?? []).map((spec, i) =>
    draftListener(context, entry, spec, i),
  );
  recordConflicts([own]);
  const accepted = own.some(isAcceptedDraft);
  const sets: ListenerSetDraft[] = sortByPrecedence(listenerSetEntries).map((set) => ({
    entry: set,
    drafts: draftsOf(context, set),
    rejection: accepted
      ? listenerSetAdmission(index, entry, set)
      : {
          reason: 'ParentNotAccepted',
          explanation: explain('parentGatewayNotAccepted', { gateway: displayName(entry.id) }),
          path: ['spec', 'parentRef'],
          severity: 'error',
        },
  }));
  const attached = sets.filter((set) => !set.rejection);
  recordConflicts([own, ...attached.map((set) => set.drafts)], 1);
  for (const set of attached) {
    if (set.drafts.length > 0 && !set.drafts.some(isAcceptedDraft)) {
      set.rejection = {
        reason: 'ListenersNotValid',
        explanation: explain('noListenerValid', {
          listeners: listText(set.drafts.map((draft) => draft.spec.name)),
        }),
        path: ['spec', 'listeners'],
        severity: 'error',
      };
    }
  }
  let order = 0;
  const ownOutcomes = own.map((draft) => finishListener(draft, entry.id, order++, true));
  const finished = new Map<ListenerSetDraft, ListenerOutcome[]>();
  // Attached ListenerSets' listeners follow the Gateway's own in the merged order; the others
  // are numbered after them, as they take no part in routing.
  for (const set of [...sets.filter((s) => !s.rejection), ...sets.filter((s) => s.rejection)]) {
    finished.set(
      set,
      set.drafts.map((draft) => finishListener(draft, entry.id, order++, !set.rejection)),
    );
  }
  return {
    gateway: entry,
    gatewayClass,
    controllerName,
    listeners: ownOutcomes,
    listenerSets: sets.map((set) => ({
      listenerSet: set.entry,
      gateway: entry,
      rejection: set.rejection,
      listeners: finished.get(set) ?? [],
    })),
  };
}
