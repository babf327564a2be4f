import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { documentOf } from '../yaml/sourceMap.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import {
  type AttachedRouteCounts,
  gatewayDiagnostics,
  gatewayStatus,
  listenerSetDiagnostics,
  listenerSetStatus,
} from './gatewayStatus.ts';
import type { ComputedAttachment, RouteOutcome } from './outcomes.ts';
import { routeDiagnostics, routeStatus } from './routeStatus.ts';
import type { ResourceStatus, StatusReport } from './status.ts';
import type { ResolvedListener } from './types.ts';

/**
 * Computes the `status` a conformant controller would write for every route, Gateway and
 * ListenerSet (contract.md 1.1 `resources[].status`), and a diagnostic for every finding a
 * person must fix, with the condition reason as its code and the offending field as its path.
 *
 * @param workspace - The documents the attachment was computed from.
 * @param attachment - The result of {@link computeAttachment} for them.
 * @returns The statuses in document order, and the diagnostics.
 * @example
 * const workspace = createWorkspace(text);
 * const { resources, diagnostics } = computeStatus(workspace, computeAttachment(workspace));
 */
export function computeStatus(workspace: Workspace, attachment: ComputedAttachment): StatusReport {
  const counts = attachedRouteCounts(attachment);
  const statuses = new Map<ResourceEntry, ResourceStatus>();
  const diagnostics: Diagnostic[] = [];
  const put = (entry: ResourceEntry, status: ResourceStatus['status']): void => {
    statuses.set(entry, resourceStatus(entry, status));
  };
  for (const gateway of attachment.gateways) {
    put(gateway.gateway, gatewayStatus(gateway, counts));
    diagnostics.push(...gatewayDiagnostics(workspace, gateway));
  }
  for (const set of attachment.listenerSets) {
    put(set.listenerSet, listenerSetStatus(set, counts));
    diagnostics.push(...listenerSetDiagnostics(workspace, set));
  }
  for (const route of attachment.routes) {
    const computed = routeStatusOf(workspace, route);
    statuses.set(route.route, computed.resource);
    for (const diagnostic of computed.diagnostics) diagnostics.push(diagnostic);
  }
  const resources: ResourceStatus[] = [];
  for (const entry of workspace.resources) {
    const status = statuses.get(entry);
    if (status) resources.push(status);
  }
  return { resources, diagnostics };
}

function resourceStatus(entry: ResourceEntry, status: ResourceStatus['status']): ResourceStatus {
  const { kind, namespace, name } = entry.id;
  return { apiVersion: entry.apiVersion, kind, namespace, name, status };
}

/**
 * Counts the distinct routes with `Accepted=True` on each listener (semantics.md F6): a route
 * attached to one listener through two parentRefs counts once.
 *
 * @param attachment - The attachment.
 */
function attachedRouteCounts(attachment: ComputedAttachment): AttachedRouteCounts {
  const routes = new Map<ResolvedListener, Set<string>>();
  for (const { listener, route } of attachment.listenerAttachments) {
    const set = routes.get(listener);
    if (set) set.add(route.key);
    else routes.set(listener, new Set([route.key]));
  }
  return new Map([...routes].map(([listener, set]) => [listener, set.size]));
}

interface ComputedRouteStatus {
  readonly resource: ResourceStatus;
  /** Where the route's document started in the text the diagnostics were placed in. */
  readonly start: number | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

// A route's status depends on its outcome alone, and its diagnostics on the outcome and on where
// its document starts in the text. The attachment model hands out the same outcome object while it
// reuses the route's decision, so both are kept per outcome; the diagnostics are placed again when
// an edit before the route moves its document.
const routeStatuses = new WeakMap<RouteOutcome, ComputedRouteStatus>();

function routeStatusOf(workspace: Workspace, outcome: RouteOutcome): ComputedRouteStatus {
  const cached = routeStatuses.get(outcome);
  // Most routes have no diagnostic, and then there is nothing to place.
  if (cached?.diagnostics.length === 0) return cached;
  const start = (): number | undefined => documentOf(workspace, outcome.route.segment)?.start;
  if (cached && cached.start === start()) return cached;
  const diagnostics = routeDiagnostics(workspace, outcome);
  const computed = {
    resource: cached?.resource ?? resourceStatus(outcome.route, routeStatus(outcome)),
    start: diagnostics.length === 0 ? undefined : start(),
    diagnostics,
  };
  routeStatuses.set(outcome, computed);
  return computed;
}
