import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { displayName } from '../model/identity.ts';
import { GATEWAY_GROUP } from '../model/resource.ts';
import type { Workspace } from '../yaml/workspace.ts';
import { explain, joinExplanations, listText } from './explanation.ts';
import { finding } from './findings.ts';
import type {
  GatewayOutcome,
  ListenerOutcome,
  ListenerSetOutcome,
  ListenerSetRejection,
} from './outcomes.ts';
import { recordOf } from './resourceIndex.ts';
import {
  type StatusCondition,
  type GatewayStatus,
  type ListenerSetStatus,
  type ListenerStatus,
  condition,
} from './status.ts';
import type { ResolvedListener } from './types.ts';

/** How many distinct routes are Accepted on each listener (semantics.md F6). */
export type AttachedRouteCounts = ReadonlyMap<ResolvedListener, number>;

/**
 * The status of one listener (semantics.md F10): `Accepted` (False for an unsupported protocol or
 * a conflict), `Programmed`, `ResolvedRefs` (False for invalid route kinds or certificates) and
 * `Conflicted`. A listener of a ListenerSet that its Gateway does not accept is neither accepted
 * nor programmed, with the ListenerSet's reason.
 *
 * @param outcome - The listener's decisions.
 * @param counts - Attached routes per listener.
 * @param generation - The owner's `metadata.generation`, if set.
 * @param rejection - Why the owning ListenerSet is not attached, if it is not.
 * @returns The listener status.
 */
export function listenerStatus(
  outcome: ListenerOutcome,
  counts: AttachedRouteCounts,
  generation: number | undefined,
  rejection?: ListenerSetRejection,
): ListenerStatus {
  const { problems } = outcome;
  const of = (kind: 'Accepted' | 'ResolvedRefs' | 'Conflicted') =>
    problems.filter((problem) => problem.condition === kind);
  const conflicts = of('Conflicted');
  const refused = [...of('Accepted'), ...conflicts];
  const unresolved = of('ResolvedRefs');
  const outside = rejection && rejection.reason !== 'ListenersNotValid' ? rejection : undefined;
  const message = (list: typeof problems): string =>
    joinExplanations(list.map((problem) => problem.explanation)).text;
  const accepted: StatusCondition = outside
    ? condition('Accepted', false, outside.reason, outside.explanation.text, generation)
    : refused[0]
      ? condition('Accepted', false, refused[0].reason, message(refused), generation)
      : condition('Accepted', true, 'Accepted', '', generation);
  const programmed: StatusCondition = outside
    ? condition('Programmed', false, outside.reason, outside.explanation.text, generation)
    : outcome.programmed
      ? condition('Programmed', true, 'Programmed', '', generation)
      : condition('Programmed', false, 'Invalid', message(problems), generation);
  return {
    name: outcome.spec.name,
    attachedRoutes: counts.get(outcome.listener) ?? 0,
    supportedKinds: outcome.listener.supportedKinds.map((kind) => ({ group: GATEWAY_GROUP, kind })),
    conditions: [
      accepted,
      programmed,
      unresolved[0]
        ? condition('ResolvedRefs', false, unresolved[0].reason, message(unresolved), generation)
        : condition('ResolvedRefs', true, 'ResolvedRefs', '', generation),
      conflicts[0]
        ? condition('Conflicted', true, conflicts[0].reason, message(conflicts), generation)
        : condition('Conflicted', false, 'NoConflicts', '', generation),
    ],
  };
}

/**
 * The status of a Gateway: `Accepted` (True when every listener is valid; True with reason
 * `ListenersNotValid` when some are; False with `ListenersNotValid` when none is accepted),
 * `Programmed` (True when a listener is programmed), its own listeners, and how many ListenerSets
 * are attached. A Gateway whose GatewayClass is not in the documents is computed all the same,
 * and its `Accepted` message says so.
 *
 * @param outcome - The Gateway's decisions.
 * @param counts - Attached routes per listener.
 * @returns The Gateway status.
 */
export function gatewayStatus(outcome: GatewayOutcome, counts: AttachedRouteCounts): GatewayStatus {
  const { gateway, listeners } = outcome;
  const generation = gateway.resource?.metadata.generation;
  const invalid = listeners.filter((listener) => listener.problems.length > 0);
  const names = listText(invalid.map((listener) => listener.spec.name));
  const className = recordOf(gateway, 'Gateway')?.spec.gatewayClassName ?? '';
  const classNote = outcome.gatewayClass
    ? ''
    : explain('gatewayClassMissing', { gatewayClass: className }).text;
  const withNote = (text: string): string => [text, classNote].filter(Boolean).join('; ');
  let accepted: StatusCondition;
  if (invalid.length === 0) {
    accepted = condition('Accepted', true, 'Accepted', classNote, generation);
  } else if (listeners.some((listener) => listener.accepted)) {
    const text = explain('listenersNotValid', { listeners: names }).text;
    accepted = condition('Accepted', true, 'ListenersNotValid', withNote(text), generation);
  } else {
    const text = explain('noListenerValid', { listeners: names }).text;
    accepted = condition('Accepted', false, 'ListenersNotValid', withNote(text), generation);
  }
  const programmed = listeners.some((listener) => listener.programmed)
    ? condition('Programmed', true, 'Programmed', '', generation)
    : condition(
        'Programmed',
        false,
        'Invalid',
        explain('noListenerProgrammed', { listeners: listText(listeners.map((l) => l.spec.name)) })
          .text,
        generation,
      );
  const status: GatewayStatus = {
    conditions: [accepted, programmed],
    listeners: listeners.map((listener) => listenerStatus(listener, counts, generation)),
  };
  const allows = recordOf(gateway, 'Gateway')?.spec.allowedListeners !== undefined;
  if (!allows && outcome.listenerSets.length === 0) return status;
  return {
    ...status,
    attachedListenerSets: outcome.listenerSets.filter((set) => !set.rejection).length,
  };
}

/**
 * The status of a ListenerSet (semantics.md F12): not attached (`NotAllowed`,
 * `ParentNotAccepted`, or `ListenersNotValid` when none of its listeners is valid), or attached,
 * with reason `ListenersNotValid` on `Accepted` when some listeners are not valid.
 *
 * @param outcome - The ListenerSet's decisions.
 * @param counts - Attached routes per listener.
 * @returns The ListenerSet status.
 */
export function listenerSetStatus(
  outcome: ListenerSetOutcome,
  counts: AttachedRouteCounts,
): ListenerSetStatus {
  const { rejection, listeners } = outcome;
  const generation = outcome.listenerSet.resource?.metadata.generation;
  const listenerStatuses = listeners.map((listener) =>
    listenerStatus(listener, counts, generation, rejection),
  );
  if (rejection) {
    const text = rejection.explanation.text;
    return {
      conditions: [
        condition('Accepted', false, rejection.reason, text, generation),
        condition('Programmed', false, rejection.reason, text, generation),
      ],
      listeners: listenerStatuses,
    };
  }
  const invalid = listeners.filter((listener) => listener.problems.length > 0);
  const names = listText(invalid.map((listener) => listener.spec.name));
  return {
    conditions: [
      invalid.length === 0
        ? condition('Accepted', true, 'Accepted', '', generation)
        : condition(
            'Accepted',
            true,
            'ListenersNotValid',
            explain('listenersNotValid', { listeners: names }).text,
            generation,
          ),
      listeners.some((listener) => listener.programmed)
        ? condition('Programmed', true, 'Programmed', '', generation)
        : condition(
            'Programmed',
            false,
            'Invalid',
            explain('noListenerProgrammed', {
              listeners: listText(listeners.map((l) => l.spec.name)),
            }).text,
            generation,
          ),
    ],
    listeners: listenerStatuses,
  };
}

/**
 * The findings in a Gateway: each listener problem at its field, and (as information) a
 * GatewayClass that is not in the documents.
 *
 * @param workspace - The workspace (for text ranges).
 * @param outcome - The Gateway's decisions.
 * @returns The diagnostics.
 */
export function gatewayDiagnostics(workspace: Workspace, outcome: GatewayOutcome): Diagnostic[] {
  const { gateway } = outcome;
  const out = listenerDiagnostics(workspace, outcome.listeners);
  if (!outcome.gatewayClass) {
    const gatewayClass = recordOf(gateway, 'Gateway')?.spec.gatewayClassName ?? '';
    const explanation = explain('gatewayClassMissingShort', {
      gatewayClass,
      gateway: displayName(gateway.id),
    });
    out.push(
      finding(
        workspace,
        gateway,
        ['spec', 'gatewayClassName'],
        'info',
        'GatewayClassNotFound',
        explanation,
      ),
    );
  }
  return out;
}

/**
 * The findings in a ListenerSet: why it is not attached (unless that is because none of its
 * listeners is valid, which the listeners' own findings say), and each listener problem.
 *
 * @param workspace - The workspace (for text ranges).
 * @param outcome - The ListenerSet's decisions.
 * @returns The diagnostics.
 */
export function listenerSetDiagnostics(
  workspace: Workspace,
  outcome: ListenerSetOutcome,
): Diagnostic[] {
  const { rejection, listenerSet } = outcome;
  const out: Diagnostic[] = [];
  if (rejection && rejection.reason !== 'ListenersNotValid') {
    out.push(
      finding(
        workspace,
        listenerSet,
        rejection.path,
        rejection.severity,
        rejection.reason,
        rejection.explanation,
      ),
    );
  }
  out.push(...listenerDiagnostics(workspace, outcome.listeners));
  return out;
}

function listenerDiagnostics(
  workspace: Workspace,
  listeners: readonly ListenerOutcome[],
): Diagnostic[] {
  return listeners.flatMap((listener) =>
    listener.problems.map((problem) =>
      finding(
        workspace,
        listener.owner,
        problem.path,
        problem.severity,
        problem.reason,
        problem.explanation,
      ),
    ),
  );
}
