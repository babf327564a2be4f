import type { Listener } from '../model/gateway.ts';
import { type ResourceId, displayName } from '../model/identity.ts';
import type { RouteKind } from '../model/resource.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { certificateProblems } from './certificateRefs.ts';
import { explain } from './explanation.ts';
import { type ListenerConflict, findConflicts } from './listenerConflicts.ts';
import { isSupportedProtocol, listenerRouteKinds } from './listenerKinds.ts';
import type { ListenerOutcome, ListenerProblem } from './outcomes.ts';
import type { ReferencePermission } from './referenceGrants.ts';
import type { ResourceIndex } from './resourceIndex.ts';

/** What listener checks need. */
export interface ListenerContext {
  readonly index: ResourceIndex;
  readonly permits: ReferencePermission;
}

/** A listener being decided: its own checks are done, conflicts are not. */
export interface DraftListener {
  readonly owner: ResourceEntry;
  readonly spec: Listener;
  /** Index in the owner's `spec.listeners`. */
  readonly index: number;
  readonly path: FieldPath;
  readonly supportedKinds: readonly RouteKind[];
  /** False for an unsupported protocol: such a listener takes no part in conflicts. */
  readonly supportedProtocol: boolean;
  readonly problems: ListenerProblem[];
}

/**
 * Checks one listener on its own: protocol (UnsupportedProtocol), route kinds
 * (InvalidRouteKinds) and certificates.
 *
 * @param context - The index and the ReferenceGrant check.
 * @param owner - The Gateway or ListenerSet that declares it.
 * @param spec - The listener as written.
 * @param index - Its index in `spec.listeners`.
 * @returns The draft.
 */
export function draftListener(
  context: ListenerContext,
  owner: ResourceEntry,
  spec: Listener,
  index: number,
): DraftListener {
  const path = ['spec', 'listeners', index];
  const labels = { listener: spec.name, owner: displayName(owner.id) };
  const problems: ListenerProblem[] = [];
  if (!isSupportedProtocol(spec.protocol)) {
    problems.push({
      condition: 'Accepted',
      reason: 'UnsupportedProtocol',
      explanation: explain('unsupportedProtocol', { ...labels, protocol: spec.protocol }),
      path: [...path, 'protocol'],
      severity: 'error',
    });
    return { owner, spec, index, path, supportedKinds: [], supportedProtocol: false, problems };
  }
  const kinds = listenerRouteKinds(spec, spec.protocol);
  for (const invalid of kinds.invalid) {
    problems.push({
      condition: 'ResolvedRefs',
      reason: 'InvalidRouteKinds',
      explanation: explain('invalidRouteKind', {
        ...labels,
        kind: invalid.kind,
        group: invalid.group,
        protocol: spec.protocol,
      }),
      path: [...path, 'allowedRoutes', 'kinds', invalid.index],
      // The listener still serves the kinds that are valid.
      severity: kinds.supported.length > 0 ? 'warning' : 'error',
    });
  }
  problems.push(...certificateProblems(context.index, context.permits, owner, spec, path));
  return {
    owner,
    spec,
    index,
    path,
    supportedKinds: kinds.supported,
    supportedProtocol: true,
    problems,
  };
}

/**
 * Finds the conflicts of one Gateway's merged listeners and records them as problems.
 *
 * @param groups - The Gateway's own drafts first, then those of each attached ListenerSet, in
 *   precedence order.
 * @param fromGroup - Record conflicts for this group and the later ones only (the earlier ones
 *   were recorded before; conflicts of earlier groups never depend on later ones).
 */
export function recordConflicts(
  groups: readonly (readonly DraftListener[])[],
  fromGroup = 0,
): void {
  const drafts: DraftListener[] = [];
  const candidates: {
    port: number;
    protocol: string;
    hostname: string | undefined;
    group: number;
  }[] = [];
  groups.forEach((group, g) => {
    for (const draft of group) {
      if (!draft.supportedProtocol) continue;
      drafts.push(draft);
      const { port, protocol, hostname } = draft.spec;
      candidates.push({ port, protocol, hostname: hostname || undefined, group: g });
    }
  });
  findConflicts(candidates).forEach((conflict, i) => {
    const draft = drafts[i];
    if (!conflict || !draft || (candidates[i]?.group ?? 0) < fromGroup) return;
    const other = drafts[conflict.other];
    if (other) draft.problems.push(conflictProblem(draft, other, conflict));
  });
}

function conflictProblem(
  draft: DraftListener,
  other: DraftListener,
  conflict: ListenerConflict,
): ListenerProblem {
  const params = {
    listener: draft.spec.name,
    owner: displayName(draft.owner.id),
    port: draft.spec.port,
    other: other.spec.name,
    otherOwner: displayName(other.owner.id),
  };
  const explanation =
    conflict.reason === 'HostnameConflict'
      ? explain(conflict.precedence ? 'hostnameConflictPrecedence' : 'hostnameConflict', {
          ...params,
          hostname: draft.spec.hostname || '(none)',
        })
      : explain(conflict.precedence ? 'protocolConflictPrecedence' : 'protocolConflict', {
          ...params,
          protocol: draft.spec.protocol,
          otherProtocol: other.spec.protocol,
        });
  return {
    condition: 'Conflicted',
    reason: conflict.reason,
    explanation,
    path: draft.path,
    severity: 'error',
  };
}

/**
 * Whether a draft listener is accepted: no Accepted or Conflicted problem.
 *
 * @param draft - The draft.
 */
export function isAcceptedDraft(draft: DraftListener): boolean {
  return !draft.problems.some((problem) => problem.condition !== 'ResolvedRefs');
}

/**
 * Turns a draft into the listener routing and status see.
 *
 * @param draft - The draft, with its conflicts recorded.
 * @param gateway - The Gateway whose address it serves.
 * @param order - Its position in the Gateway's merged listener order.
 * @param attached - False for a listener of a ListenerSet its Gateway does not accept.
 * @returns The outcome.
 */
export function finishListener(
  draft: DraftListener,
  gateway: ResourceId,
  order: number,
  attached: boolean,
): ListenerOutcome {
  const { spec, problems } = draft;
  const accepted = isAcceptedDraft(draft);
  const programmed =
    accepted &&
    draft.supportedKinds.length > 0 &&
    !problems.some((problem) => problem.reason !== 'InvalidRouteKinds');
  const tlsMode =
    spec.protocol === 'HTTPS' || spec.protocol === 'TLS'
      ? (spec.tls?.mode ?? 'Terminate')
      : undefined;
  return {
    listener: {
      gateway,
      owner: draft.owner.id,
      index: draft.index,
      name: spec.name,
      port: spec.port,
      protocol: spec.protocol,
      hostname: spec.hostname || undefined,
      tlsMode,
      supportedKinds: draft.supportedKinds,
      conflicted: problems.some((problem) => problem.condition === 'Conflicted'),
      ready: attached && programmed,
      order,
    },
    spec,
    owner: draft.owner,
    problems,
    accepted,
    programmed,
  };
}
