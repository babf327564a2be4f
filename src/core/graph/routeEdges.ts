import { backendEdgeId, grantEdgeId, mirrorEdgeId, parentEdgeId } from './edgeIds.ts';
import type { BackendFact, EntryFacts, MirrorFact, ParentFact } from './entryFacts.ts';
import {
  BACKEND_HANDLE,
  type BackendRefEdge,
  type GraphEdge,
  FRONTEND_HANDLE,
  type Lane,
  type MirrorEdge,
  PARENTS_HANDLE,
  ruleHandle,
} from './graph.ts';
import {
  type GraphContext,
  type ParentRefStatus,
  type ProjectGraphOptions,
  factsAt,
} from './graphContext.ts';
import { formatShare } from './shareLabel.ts';
import { applyRouteEffects, grantFor } from './routeEffects.ts';
import { isServiceId } from './refTargets.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';

type RouteFacts = Extract<EntryFacts, { type: 'route' }>;

/**
 * The lane of a route: east-west when most of its parentRefs name Services (mesh), north-south
 * otherwise; a route without parents is drawn with the Gateways (the tie goes north-south).
 *
 * @param facts - The route's facts.
 */
export function routeLane(facts: RouteFacts): Lane {
  let mesh = 0;
  for (const parent of facts.parents) if (isServiceId(parent.target)) mesh++;
  return mesh * 2 > facts.parents.length ? 'east-west' : 'north-south';
}

/**
 * Adds a route's edges: parentRefs, backendRefs, mirrors, and the grants that permit its
 * cross-namespace references. The edges of a route are kept between projections while the
 * route and the objects it names are unchanged (same workspace entries, same grants, same
 * lookups), so re-projecting after an edit elsewhere reuses them.
 *
 * @param context - The projection.
 * @param route - The route.
 * @param facts - Its facts.
 */
export function addRouteEdges(
  context: GraphContext,
  route: ResourceEntry,
  facts: RouteFacts,
): void {
  const lane = context.routeLanes.get(route.key) ?? 'north-south';
  // Mesh backendRefs cross namespaces without a ReferenceGrant in most meshes (semantics.md
  // (e) E6, and the MeshConsumerRoute conformance test), so a route whose parents are all
  // Services needs none; a route with a Gateway parent does (F7).
  const needsGrant =
    !facts.parents.every((parent) => isServiceId(parent.target)) || facts.parents.length === 0;
  const referrer: Referrer = { route, lane, needsGrant };
  applyRouteEffects(context, referrer, facts);
  const cached = edgeCache.get(route);
  const edges =
    cached && cacheValid(context, route, cached, facts)
      ? cached.edges
      : buildRouteEdges(context, referrer, facts);
  for (const edge of edges) context.edges.push(edge);
}

interface CachedEdges {
  readonly edges: readonly GraphEdge[];
  /** The entries the route's references resolved to, in facts order (parents, backends, mirrors). */
  readonly targets: readonly (ResourceEntry | undefined)[];
  readonly grants: object;
  readonly resolveBackend: ProjectGraphOptions['resolveBackend'];
  /** The Accepted condition of each parentRef, in facts order, as the edges show it. */
  readonly accepted: readonly (ParentRefStatus | undefined)[];
}

const edgeCache = new WeakMap<ResourceEntry, CachedEdges>();

function targetKeys(facts: RouteFacts): string[] {
  return [
    ...facts.parents.map((parent) => parent.targetKey),
    ...facts.backends.map((backend) => backend.targetKey),
    ...facts.mirrors.map((mirror) => mirror.targetKey),
  ];
}

function acceptedOf(
  context: GraphContext,
  route: ResourceEntry,
  facts: RouteFacts,
): (ParentRefStatus | undefined)[] {
  const { accepted } = context.options;
  return facts.parents.map((parent) => accepted?.(route.key, parent.index));
}

function sameStatus(a: ParentRefStatus | undefined, b: ParentRefStatus | undefined): boolean {
  return a === b || (a?.status === b?.status && a?.reason === b?.reason);
}

function cacheValid(
  context: GraphContext,
  route: ResourceEntry,
  cached: CachedEdges,
  facts: RouteFacts,
): boolean {
  if (cached.grants !== context.grantsToken) return false;
  if (cached.resolveBackend !== context.options.resolveBackend) return false;
  const keys = targetKeys(facts);
  if (!keys.every((key, i) => context.byKey.get(key)?.entry === cached.targets[i])) return false;
  // A new status lookup arrives with every analysis, while most routes keep their conditions:
  // the edges stay while the answers for this route do.
  const accepted = acceptedOf(context, route, facts);
  return accepted.every((status, i) => sameStatus(status, cached.accepted[i]));
}

function buildRouteEdges(
  context: GraphContext,
  referrer: Referrer,
  facts: RouteFacts,
): GraphEdge[] {
  const sink: Sink = { edges: [], ids: new Set() };
  const accepted = acceptedOf(context, referrer.route, facts);
  facts.parents.forEach((parent, i) =>
    addParentEdges(context, sink, referrer.route, facts, parent, accepted[i]),
  );
  for (const backend of facts.backends) addBackendEdge(context, sink, referrer, backend);
  for (const mirror of facts.mirrors) addMirrorEdge(context, sink, referrer, mirror);
  edgeCache.set(referrer.route, {
    edges: sink.edges,
    targets: targetKeys(facts).map((key) => context.byKey.get(key)?.entry),
    grants: context.grantsToken,
    resolveBackend: context.options.resolveBackend,
    accepted,
  });
  return sink.edges;
}

/** The edges of one route, with their ids (an invalid route can name one listener twice). */
interface Sink {
  readonly edges: GraphEdge[];
  readonly ids: Set<string>;
}

function add(sink: Sink, edge: GraphEdge): void {
  if (sink.ids.has(edge.id)) return;
  sink.ids.add(edge.id);
  sink.edges.push(edge);
}

function addParentEdges(
  context: GraphContext,
  sink: Sink,
  route: ResourceEntry,
  facts: RouteFacts,
  parent: ParentFact,
  condition: ParentRefStatus | undefined,
): void {
  const status = condition
    ? {
        status: condition.status,
        ...(condition.reason === undefined ? {} : { reason: condition.reason }),
      }
    : {};
  const edge = (target: string, source: string, sourceHandle: string | null, via: string) => ({
    id: parentEdgeId(route.key, parent.index, target),
    kind: 'parentRef' as const,
    source,
    ...(sourceHandle === null ? {} : { sourceHandle }),
    target: route.key,
    targetHandle: PARENTS_HANDLE,
    label: condition && condition.status !== 'True' ? (condition.reason ?? condition.status) : '',
    line: 'solid' as const,
    route: route.key,
    parentRefIndex: parent.index,
    via,
    ...status,
  });
  const wanted = parent.sectionName ?? (parent.port === undefined ? '*' : String(parent.port));
  const found = factsAt(context, parent.targetKey);
  if (!found) {
    add(sink, { ...edge(wanted, parent.targetKey, null, ''), matched: false });
    return;
  }
  const target = found.facts;
  if (target.type === 'gateway' || target.type === 'listenerSet') {
    const listeners = target.listeners.filter(
      (listener) =>
        (parent.sectionName === undefined || listener.name === parent.sectionName) &&
        (parent.port === undefined || listener.port === parent.port) &&
        (parent.sectionName !== undefined ||
          parent.port !== undefined ||
          listener.routeKinds.includes(facts.kind)),
    );
    for (const listener of listeners) {
      const via = edge(listener.name, parent.targetKey, listener.handle, listener.name);
      add(sink, { ...via, matched: true });
    }
    if (listeners.length === 0) {
      add(sink, { ...edge(wanted, parent.targetKey, null, ''), matched: false });
    }
    return;
  }
  if (target.type === 'service' && isServiceId(parent.target)) {
    const byName =
      parent.sectionName === undefined
        ? undefined
        : target.ports.find((port) => port.name === parent.sectionName);
    const port = parent.port ?? byName?.port;
    const matched =
      (parent.sectionName === undefined || byName !== undefined) &&
      (port === undefined || target.ports.some((candidate) => candidate.port === port));
    const via = port === undefined ? 'all ports' : `port ${port}`;
    const id = port === undefined ? wanted : String(port);
    add(sink, { ...edge(id, parent.targetKey, FRONTEND_HANDLE, via), matched });
    return;
  }
  add(sink, { ...edge(wanted, parent.targetKey, null, ''), matched: false });
}

/** The route whose references are being drawn. */
export interface Referrer {
  readonly route: ResourceEntry;
  readonly lane: Lane;
  readonly needsGrant: boolean;
}

function addBackendEdge(
  context: GraphContext,
  sink: Sink,
  referrer: Referrer,
  backend: BackendFact,
): void {
  const { route } = referrer;
  const validity = resolve(context, referrer, backend);
  const edge: Writable<BackendRefEdge> = {
    id: backendEdgeId(route.key, backend.rule, backend.index),
    kind: 'backendRef',
    source: route.key,
    sourceHandle: ruleHandle(backend.rule),
    target: backend.targetKey,
    label: backend.label,
    line: 'solid',
    route: route.key,
    ruleIndex: backend.rule,
    backendRefIndex: backend.index,
    weight: backend.weight,
    share: backend.share,
    valid: validity === VALID,
  };
  if (validity !== VALID) edge.reason = validity;
  placeTarget(context, edge, backend);
  add(sink, edge);
  addGrantEdge(context, sink, route, backend);
}

function addMirrorEdge(
  context: GraphContext,
  sink: Sink,
  referrer: Referrer,
  mirror: MirrorFact,
): void {
  const { route } = referrer;
  const validity = resolve(context, referrer, mirror);
  const edge: Writable<MirrorEdge> = {
    id: mirrorEdgeId(route.key, mirror.rule, mirror.filter, mirror.backendRef),
    kind: 'mirror',
    source: route.key,
    sourceHandle: ruleHandle(mirror.rule),
    target: mirror.targetKey,
    label: mirror.percent >= 100 ? 'mirror' : `mirror ${formatShare(mirror.percent / 100)}`,
    line: 'dashed',
    route: route.key,
    ruleIndex: mirror.rule,
    filterIndex: mirror.filter,
    backendRefIndex: mirror.backendRef,
    percent: mirror.percent,
    valid: validity === VALID,
  };
  if (validity !== VALID) edge.reason = validity;
  placeTarget(context, edge, mirror);
  add(sink, edge);
  addGrantEdge(context, sink, route, mirror);
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** Ends the edge at the Service's backend handle, at another node, or at a missing node. */
function placeTarget(
  context: GraphContext,
  edge: Writable<BackendRefEdge> | Writable<MirrorEdge>,
  ref: BackendFact | MirrorFact,
): void {
  if (factsAt(context, ref.targetKey)?.facts.type === 'service') edge.targetHandle = BACKEND_HANDLE;
}

/** A valid reference; otherwise the ResolvedRefs reason. */
const VALID = 'valid';

function resolve(
  context: GraphContext,
  { route, needsGrant }: Referrer,
  ref: BackendFact | MirrorFact,
): string {
  if (context.options.resolveBackend) {
    const resolution = context.options.resolveBackend(route, ref.ref);
    return resolution.valid ? VALID : resolution.reason;
  }
  if (!isServiceId(ref.target)) return 'InvalidKind';
  if (factsAt(context, ref.targetKey)?.facts.type !== 'service') return 'BackendNotFound';
  const crossNamespace = ref.target.namespace !== route.id.namespace;
  if (needsGrant && crossNamespace && !context.grants.permits(route.id, ref.target)) {
    return 'RefNotPermitted';
  }
  return VALID;
}

function addGrantEdge(
  context: GraphContext,
  sink: Sink,
  route: ResourceEntry,
  ref: BackendFact | MirrorFact,
): void {
  const match = grantFor(context, route, ref);
  if (!match) return;
  add(sink, {
    id: grantEdgeId(match.grant.key, match.fromIndex, route.key),
    kind: 'grant',
    source: route.key,
    target: match.grant.key,
    label: '',
    line: 'dotted',
    fromIndex: match.fromIndex,
  });
}
