import { meshEntryEdgeId, parentEdgeId } from '../graph/edgeIds.ts';
import type { CompiledMatch } from './compiledRoute.ts';
import type { DecisionParent } from './decision.ts';
import { applyFilters } from './filters/applyFilters.ts';
import { type FilterEnvironment, cloneState, initialState } from './filters/forwardState.ts';
import type { GatewayLocation, Location, MeshLocation } from './locate.ts';
import {
  type Outcome,
  answeredOutcome,
  backendHeadersOf,
  fixedOutcome,
  forwardedOutcome,
  invalidStep,
  noBackendOutcome,
  noRoute,
} from './outcome.ts';
import type { RandomSource } from './random.ts';
import { type CompiledSplit, drawBackend } from './weights.ts';

/**
 * Everything about a request that does not depend on the weighted draw: computed once per
 * distinct request, after which each request only draws a backend.
 */
export type Resolution = ResolutionBase & (FixedResolution | DrawnResolution);

interface ResolutionBase {
  readonly location: Location;
  readonly parent: DecisionParent | null;
  readonly entryEdge: string | null;
  readonly parentEdge: string | null;
  readonly match: CompiledMatch | undefined;
}

/** Nothing is drawn (no route, a redirect, no backends…): one outcome for every request. */
interface FixedResolution {
  readonly fixed: Outcome;
  readonly split: null;
  readonly outcomes: readonly [];
}

/** A backend is drawn per request. */
interface DrawnResolution {
  readonly fixed: null;
  readonly split: CompiledSplit;
  /** The outcome for each of `split.drawable`, in order. */
  readonly outcomes: readonly [Outcome, ...Outcome[]];
}

/**
 * The outcome of one request of a resolution: the fixed one, or the one of a backend drawn by
 * weight.
 *
 * @param resolution - A resolved request.
 * @param random - The random source.
 * @returns The outcome.
 */
export function drawOutcome(resolution: Resolution, random: RandomSource): Outcome {
  if (resolution.fixed !== null) return resolution.fixed;
  return resolution.outcomes[drawBackend(resolution.split, random)] ?? resolution.outcomes[0];
}

/**
 * Resolves a located request: the parent and edges, the rule's filters, and the outcome for
 * each backend that can be drawn.
 *
 * @param location - Where the request went.
 * @returns The resolution.
 */
export function resolve(location: Location): Resolution {
  return location.kind === 'gateway' ? resolveGateway(location) : resolveMesh(location);
}

function unrouted(location: Location, fixed: Outcome): Resolution {
  const base = { location, match: location.match, split: null, outcomes: [] } as const;
  return { ...base, parent: null, entryEdge: null, parentEdge: null, fixed };
}

function resolveGateway(location: GatewayLocation): Resolution {
  const grpc = location.view.grpc !== null;
  const { listener } = location;
  if (!listener) return unrouted(location, noRoute(grpc));
  const { owner, name, port } = listener.listener;
  const match = location.match;
  const parentRef = match ? listener.parentRefIndex.get(match.rule.route.key) : undefined;
  const entry = {
    location,
    match,
    parent: { kind: owner.kind, namespace: owner.namespace, name: owner.name, sectionName: name },
    entryEdge: listener.entryEdgeId,
    parentEdge:
      match && parentRef !== undefined ? parentEdgeId(match.rule.route.key, parentRef, name) : null,
  };
  const none = { split: null, outcomes: [] } as const;
  if (location.misdirected) return { ...entry, ...none, fixed: fixedOutcome(421, null, []) };
  if (!match) return { ...entry, ...none, fixed: noRoute(grpc) };
  return { ...entry, ...resolveRule(match, location, port) };
}

function resolveMesh(location: MeshLocation): Resolution {
  const grpc = location.view.grpc !== null;
  const { service, group, match } = location;
  if (!service || !location.portKnown) {
    return unrouted(location, fixedOutcome(503, grpc ? 'UNAVAILABLE' : null, []));
  }
  const port = location.view.request.port;
  const { namespace, name } = service.id;
  const entry = {
    location,
    match,
    parent: { kind: 'Service', namespace, name, port } as const,
    entryEdge: meshEntryEdgeId(location.from, service.key),
    parentEdge: match ? (group?.parentEdges.get(match.rule.route.key) ?? null) : null,
  };
  const none = { split: null, outcomes: [] } as const;
  if (!group) {
    // E3: a Service without routes on this port works as usual: it sends to its own endpoints.
    const target = { kind: 'Service', namespace, name, port };
    const state = initialState(location.view);
    const fixed = forwardedOutcome(state, null, target, grpc, backendHeadersOf(location));
    return { ...entry, ...none, fixed };
  }
  if (!match) return { ...entry, ...none, fixed: noRoute(grpc) };
  return { ...entry, ...resolveRule(match, location, port) };
}

function resolveRule(
  match: CompiledMatch,
  location: Location,
  entryPort: number,
): FixedResolution | DrawnResolution {
  const grpc = location.view.grpc !== null;
  const rule = match.rule;
  const env: FilterEnvironment = {
    route: rule.route.id,
    matchedPrefix:
      match.protocol === 'http' && match.pathMatch.type === 'PathPrefix'
        ? match.pathMatch.value
        : undefined,
    entryPort,
    request: location.view,
  };
  const state = initialState(location.view);
  applyFilters(rule.filters, state, env);
  const fixed = answeredOutcome(state, grpc) ?? noBackendOutcome(rule, state, grpc);
  if (fixed) return { fixed, split: null, outcomes: [] };
  const { split } = rule;
  const outcomes = split.drawable.map((backend) => {
    if (!backend.valid) {
      // C4: an invalid backend keeps its share of traffic, and that share gets 500 (gRPC UNAVAILABLE).
      const steps = [...state.steps, invalidStep(rule, backend)];
      return {
        ...fixedOutcome(500, grpc ? 'UNAVAILABLE' : null, steps),
        backend,
        target: backend.target,
      };
    }
    const own = backend.filters.length === 0 ? state : cloneState(state);
    applyFilters(backend.filters, own, env);
    return (
      answeredOutcome(own, grpc, backend) ??
      forwardedOutcome(own, backend, backend.target, grpc, backendHeadersOf(location))
    );
  });
  // A split with a positive total has drawable backends (the all-zero case is fixed above).
  const [first, ...rest] = outcomes;
  if (!first)
    return {
      fixed: fixedOutcome(500, grpc ? 'UNAVAILABLE' : null, state.steps),
      split: null,
      outcomes: [],
    };
  return { fixed: null, split, outcomes: [first, ...rest] };
}
