import { displayName } from '../model/identity.ts';
import type { Route } from '../model/resource.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import { type BackendResolver, createBackendResolver } from './backends.ts';
import { findDroppedRules } from './droppedRules.ts';
import { type Explanation, explain, joinExplanations } from './explanation.ts';
import { computeGatewayOutcomes } from './gatewayOutcomes.ts';
import { type MeshBinding, settleMeshConflicts } from './mesh.ts';
import {
  type ComputedAttachment,
  type DroppedRule,
  type ParentRefOutcome,
  type RouteOutcome,
  SIMULATED_CONTROLLER_NAME,
} from './outcomes.ts';
import { type ParentContext, matchParentRef, normalizeParentRef } from './parentRefs.ts';
import { createReferencePermission } from './referenceGrants.ts';
import { indexResources, routeRecordOf } from './resourceIndex.ts';
import type { RouteCandidate } from './routeAdmission.ts';
import { resolveRouteBackends } from './routeBackends.ts';
import type { AttachmentOptions, ListenerAttachment, MeshAttachment } from './types.ts';

type MutableParent = { -readonly [K in keyof ParentRefOutcome]: ParentRefOutcome[K] };

/**
 * Computes which listeners exist, which routes attach where and how references resolve, as a
 * conformant controller would decide it (semantics.md (b), (e), (f)). Runs once per document
 * change: resources are indexed by identity first, so the work is linear in the number of
 * resources and parentRefs (times the listeners of each parent, at most 64).
 *
 * Resources that are not admitted do not exist: they are ignored as parents, backends,
 * ReferenceGrants and Namespaces, and get no status.
 *
 * @param workspace - The documents.
 * @param options - Which resources the API server admitted (default: all).
 * @returns The attachment, with the decisions status needs.
 * @example
 * const attachment = computeAttachment(createWorkspace(text));
 * attachment.listenerAttachments.map((a) => `${a.route.key} → ${a.listener.name}`);
 */
export function computeAttachment(
  workspace: Workspace,
  options: AttachmentOptions = {},
): ComputedAttachment {
  const index = indexResources(workspace, options.admitted ?? (() => true));
  const permits = createReferencePermission(index);
  const resolve = createBackendResolver(index, permits);
  const outcomes = computeGatewayOutcomes({ index, permits });
  const context = {
    index,
    gateways: new Map(outcomes.gateways.map((gateway) => [gateway.gateway.key, gateway])),
    listenerSets: new Map(outcomes.listenerSets.map((set) => [set.listenerSet.key, set])),
  };
  const sinks: Sinks = { listenerAttachments: [], bindings: [] };
  const routes: RouteOutcome[] = [];
  for (const entry of index.entries) {
    const route = routeRecordOf(entry);
    if (route) routes.push(decideRoute(context, resolve, entry, route, sinks));
  }
  const { listenerAttachments, bindings } = sinks;
  const meshAttachments = settleMesh(bindings);
  const services = new Map(index.ofKind('Service').map((entry) => [entry.key, entry]));
  return {
    listeners: outcomes.listeners,
    listenerAttachments,
    meshAttachments,
    services,
    resolveBackend: (route, ref) => resolve(route, ref).resolution,
    gateways: outcomes.gateways,
    listenerSets: outcomes.listenerSets,
    routes,
  };
}

/** Where route decisions put what attaches: listener bindings now, mesh bindings to settle later. */
interface Sinks {
  readonly listenerAttachments: ListenerAttachment[];
  readonly bindings: { binding: MeshBinding; parent: MutableParent }[];
}

function decideRoute(
  context: ParentContext,
  resolve: BackendResolver,
  entry: ResourceEntry,
  route: Route,
  sinks: Sinks,
): RouteOutcome {
  const candidate: RouteCandidate = {
    entry,
    kind: route.kind,
    hostnames:
      route.kind === 'HTTPRoute' || route.kind === 'GRPCRoute' || route.kind === 'TLSRoute'
        ? (route.spec.hostnames ?? [])
        : undefined,
  };
  const droppedRules = findDroppedRules(route);
  const allDropped = everyRuleDropped(entry, route, droppedRules);
  const parents = (route.spec.parentRefs ?? []).map((ref, i): MutableParent => {
    const parentRef = normalizeParentRef(entry, ref);
    const match = matchParentRef(context, candidate, i, parentRef);
    if (match.type === 'failed') {
      return { index: i, parentRef, controllerName: match.controllerName, result: match.failure };
    }
    // A mesh has no GatewayClass to name its controller.
    const controllerName =
      match.type === 'listeners' ? match.controllerName : SIMULATED_CONTROLLER_NAME;
    if (allDropped) {
      const result = {
        accepted: false,
        reason: 'UnsupportedValue',
        explanation: allDropped,
        severity: 'error',
      } as const;
      return { index: i, parentRef, controllerName, result };
    }
    const parent: MutableParent = {
      index: i,
      parentRef,
      controllerName,
      result: { accepted: true },
    };
    if (match.type === 'mesh') sinks.bindings.push({ binding: match.binding, parent });
    else {
      for (const { listener, effectiveHostnames } of match.matches) {
        sinks.listenerAttachments.push({
          listener,
          route: entry,
          parentRefIndex: i,
          effectiveHostnames,
        });
      }
    }
    return parent;
  });
  return {
    route: entry,
    kind: route.kind,
    parents,
    backendRefs: resolveRouteBackends(resolve, entry, route),
    droppedRules,
  };
}

/** Why the route has no rule left, when every rule is dropped (it is then not accepted anywhere). */
function everyRuleDropped(
  entry: ResourceEntry,
  route: Route,
  droppedRules: readonly DroppedRule[],
): Explanation | undefined {
  // HTTPRoute defaults to one rule; a GRPCRoute may have none (it then matches nothing).
  const ruleCount = route.spec.rules?.length ?? (route.kind === 'HTTPRoute' ? 1 : 0);
  if (droppedRules.length === 0 || droppedRules.length < ruleCount) return undefined;
  return explain('allRulesDropped', {
    route: displayName(entry.id),
    why: joinExplanations(droppedRules.map((rule) => rule.explanation)).text,
  });
}

function settleMesh(
  bindings: readonly { binding: MeshBinding; parent: MutableParent }[],
): MeshAttachment[] {
  const settled = settleMeshConflicts(bindings.map(({ binding }) => binding));
  const out: MeshAttachment[] = [];
  for (const { binding, parent } of bindings) {
    const settlement = settled.get(binding);
    if (!settlement) continue;
    if (settlement.explanation && settlement.kept.length === 0) {
      parent.result = {
        accepted: false,
        // NOTE: GEP-1294 names this reason; apis/v1 has no constant for it (semantics.md gap 4).
        reason: 'Conflicted',
        explanation: settlement.explanation,
        severity: 'error',
      };
      continue;
    }
    if (settlement.explanation) {
      parent.lostPorts = { ports: settlement.lost, explanation: settlement.explanation };
    }
    out.push({
      service: binding.service.id,
      route: binding.route,
      parentRefIndex: binding.parentRefIndex,
      ports: settlement.kept,
      role: binding.role,
    });
  }
  return out;
}
