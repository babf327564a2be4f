import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import {
  type AttachedRouteCounts,
  gatewayDiagnostics,
  gatewayStatus,
  listenerSetDiagnostics,
  listenerSetStatus,
} from './gatewayStatus.ts';
import type { ComputedAttachment } from './outcomes.ts';
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
    const { kind, namespace, name } = entry.id;
    statuses.set(entry, { apiVersion: entry.apiVersion, kind, namespace, name, status });
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
    put(route.route, routeStatus(route));
    diagnostics.push(...routeDiagnostics(workspace, route));
  }
  const resources = workspace.resources.flatMap((entry) => statuses.get(entry) ?? []);
  return { resources, diagnostics };
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
