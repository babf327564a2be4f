import { displayName, resourceKey } from '../model/identity.ts';
import type { BackendObjectReference } from '../model/references.ts';
import type { Route } from '../model/resource.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { type BackendResolver, createBackendResolver } from './backends.ts';
import { findDroppedRules } from './droppedRules.ts';
import { type Explanation, explain, joinExplanations } from './explanation.ts';
import type { MeshBinding } from './mesh.ts';
import {
  type DroppedRule,
  type ParentRefOutcome,
  type RouteOutcome,
  SIMULATED_CONTROLLER_NAME,
} from './outcomes.ts';
import type { ParentWorld } from './parentWorld.ts';
import { type ParentContext, matchParentRef, normalizeParentRef } from './parentRefs.ts';
import type { ResourceIndex } from './resourceIndex.ts';
import type { RouteCandidate } from './routeAdmission.ts';
import { resolveRouteBackends, routeBackendRefs } from './routeBackends.ts';
import type { BackendResolution, ListenerAttachment, MeshAttachment } from './types.ts';

/** A mesh binding of a route, with the attachment it makes when it loses no port (E7). */
export interface DecidedMeshBinding {
  readonly binding: MeshBinding;
  readonly attachment: MeshAttachment;
}

/** What a route's own parentRefs and backendRefs decide, before routes are weighed together. */
export interface RouteDecision {
  /**
   * The route's outcome. Its Service parents are as bound: mesh conflicts between routes
   * (semantics.md E7) are settled afterwards, over every route's bindings.
   */
  readonly outcome: RouteOutcome;
  /** Its bindings to listeners, in parentRef order. */
  readonly listenerAttachments: readonly ListenerAttachment[];
  /** Its bindings to Service frontends, in parentRef order. */
  readonly meshBindings: readonly DecidedMeshBinding[];
  /** The resolution of each of its backend references (backendRefs and mirrors), by reference. */
  readonly resolutions: ReadonlyMap<BackendObjectReference, BackendResolution>;
}

/** A resource the decision looked up by key, and what it found. */
interface Lookup {
  readonly key: string;
  readonly found: ResourceEntry | undefined;
}

interface CachedDecision {
  readonly world: ParentWorld;
  readonly lookups: readonly Lookup[];
  readonly decision: RouteDecision;
}

// A decision depends on the route, on the parent world (listeners, ReferenceGrants, namespace
// labels) and on the resources it looks up by key (the Services it names as parents and backends).
// It is kept per route entry and reused while the world is the same object and every lookup finds
// the same entry again: so after an edit of one route only that route is decided again, and after
// an edit of a Service only the routes that name it.
const cache = new WeakMap<ResourceEntry, CachedDecision>();

/**
 * Decides one route (semantics.md (b), (e), (f)): each parentRef against the listeners or Service
 * it names, each backend reference, and the rules a controller drops. The decision is cached, see
 * above.
 *
 * @param index - The admitted resources.
 * @param world - The parent world of the index.
 * @param entry - The route.
 * @param route - Its typed record.
 * @returns The decision.
 */
export function routeDecision(
  index: ResourceIndex,
  world: ParentWorld,
  entry: ResourceEntry,
  route: Route,
): RouteDecision {
  const cached = cache.get(entry);
  if (cached?.world === world && sameLookups(index, cached.lookups)) return cached.decision;
  const lookups: Lookup[] = [];
  const recording = recordingIndex(index, lookups);
  const context: ParentContext = {
    index: recording,
    gateways: world.gateways,
    listenerSets: world.listenerSets,
  };
  const decision = decideRoute(
    context,
    createBackendResolver(recording, world.permits),
    entry,
    route,
  );
  cache.set(entry, { world, lookups, decision });
  return decision;
}

/**
 * The index as a decision sees it: lookups by identity are noted. The other reads (`ofKind`,
 * `hasKind`, `namespaceLabels`) only concern kinds of the parent world, which the cache checks as
 * a whole.
 */
function recordingIndex(index: ResourceIndex, lookups: Lookup[]): ResourceIndex {
  const findKey = (key: string): ResourceEntry | undefined => {
    const found = index.findKey(key);
    // A route often names a Service twice (a backendRef and a mirror, or two rules).
    if (!lookups.some((lookup) => lookup.key === key)) lookups.push({ key, found });
    return found;
  };
  return { ...index, find: (id) => findKey(resourceKey(id)), findKey };
}

function sameLookups(index: ResourceIndex, lookups: readonly Lookup[]): boolean {
  for (const { key, found } of lookups) if (index.findKey(key) !== found) return false;
  return true;
}

function decideRoute(
  context: ParentContext,
  resolve: BackendResolver,
  entry: ResourceEntry,
  route: Route,
): RouteDecision {
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
  const listenerAttachments: ListenerAttachment[] = [];
  const meshBindings: DecidedMeshBinding[] = [];
  const parents = (route.spec.parentRefs ?? []).map((ref, i): ParentRefOutcome => {
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
    if (match.type === 'mesh') {
      const { binding } = match;
      meshBindings.push({
        binding,
        attachment: {
          service: binding.service.id,
          route: entry,
          parentRefIndex: i,
          ports: binding.ports,
          role: binding.role,
        },
      });
    } else {
      for (const { listener, effectiveHostnames } of match.matches) {
        listenerAttachments.push({ listener, route: entry, parentRefIndex: i, effectiveHostnames });
      }
    }
    return { index: i, parentRef, controllerName, result: { accepted: true } };
  });
  const backendRefs = resolveRouteBackends(resolve, entry, route);
  const resolutions = new Map<BackendObjectReference, BackendResolution>();
  routeBackendRefs(route).forEach((ref, i) => {
    const outcome = backendRefs[i];
    if (outcome) resolutions.set(ref.ref, outcome.resolution);
  });
  return {
    outcome: { route: entry, kind: route.kind, parents, backendRefs, droppedRules },
    listenerAttachments,
    meshBindings,
    resolutions,
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
