import { displayName } from '../model/identity.ts';
import { CORE_GROUP, type RouteKind } from '../model/resource.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { type Explanation, explain } from './explanation.ts';
import type { ParentRefFailure, StatusParentReference } from './outcomes.ts';
import { type ResourceIndex, recordOf } from './resourceIndex.ts';
import type { RouteCandidate } from './routeAdmission.ts';

/** A mesh route bound to a Service frontend, before route-kind conflicts are settled. */
export interface MeshBinding {
  readonly route: ResourceEntry;
  readonly kind: RouteKind;
  readonly parentRefIndex: number;
  readonly service: ResourceEntry;
  /** The Service ports the parentRef covers. */
  readonly ports: readonly number[];
  readonly role: 'producer' | 'consumer';
}

/**
 * Binds a route to a Service parent (semantics.md E1, E4, E5). The Service must be in the
 * documents and be neither ExternalName nor headless (E1: they SHOULD NOT be parents; Switchyard
 * rejects them). `port` selects that Service port and `sectionName` the port of that name (both
 * must hold when both are set); neither selects every port. A route in the Service's namespace
 * is a producer route, any other a consumer route. No ReferenceGrant is involved (E5).
 *
 * @param index - The admitted resources.
 * @param route - The route.
 * @param parentRefIndex - Index of the parentRef.
 * @param ref - The parentRef with defaults applied.
 * @returns The binding, or why it fails (`NoMatchingParent`).
 */
export function bindServiceParent(
  index: ResourceIndex,
  route: RouteCandidate,
  parentRefIndex: number,
  ref: StatusParentReference,
): MeshBinding | ParentRefFailure {
  const id = { group: CORE_GROUP, kind: 'Service', namespace: ref.namespace, name: ref.name };
  const parent = displayName(id);
  const fail = (
    explanation: Explanation,
    severity: 'error' | 'warning' = 'error',
  ): ParentRefFailure => ({
    accepted: false,
    reason: 'NoMatchingParent',
    explanation,
    severity,
  });
  const entry = index.find(id);
  const service = recordOf(entry, 'Service');
  if (!entry || !service) return fail(explain('parentNotFound', { parent }), 'warning');
  if (service.spec.type === 'ExternalName') return fail(explain('serviceExternalName', { parent }));
  if (service.spec.clusterIP === 'None') return fail(explain('serviceHeadless', { parent }));
  const declared = service.spec.ports ?? [];
  if (declared.length === 0) return fail(explain('serviceNoPorts', { parent }));
  const { port, sectionName } = ref;
  let ports = declared;
  if (sectionName !== undefined) {
    const named = declared.find((candidate) => candidate.name === sectionName);
    if (!named) return fail(explain('serviceNoPortNamed', { parent, section: sectionName }));
    if (port !== undefined && named.port !== port) {
      return fail(
        explain('servicePortMismatch', { parent, section: sectionName, actual: named.port, port }),
      );
    }
    ports = [named];
  } else if (port !== undefined) {
    ports = declared.filter((candidate) => candidate.port === port);
    if (ports.length === 0) return fail(explain('serviceNoPort', { parent, port }));
  }
  return {
    route: route.entry,
    kind: route.kind,
    parentRefIndex,
    service: entry,
    ports: [...new Set(ports.map((candidate) => candidate.port))],
    role: route.entry.id.namespace === entry.id.namespace ? 'producer' : 'consumer',
  };
}

const kindRank: Readonly<Record<RouteKind, number>> = {
  GRPCRoute: 4,
  HTTPRoute: 3,
  TLSRoute: 2,
  TCPRoute: 1,
  UDPRoute: 0,
};

/** The ports a binding keeps, and those it loses to a route of a higher kind. */
export interface MeshSettlement {
  readonly kept: readonly number[];
  readonly lost: readonly number[];
  /** Why it lost them. */
  readonly explanation: Explanation | undefined;
}

/**
 * Settles route-kind conflicts on Service ports (semantics.md E7): on one Service port only one
 * route kind applies, GRPCRoute before HTTPRoute before TLSRoute before TCPRoute; UDPRoute is
 * separate and never conflicts. NOTE: routes only compete within the group that applies to the
 * same callers (E5: "routes merge only within one group"): the producer routes of a Service, or
 * the consumer routes of one namespace.
 *
 * @param bindings - Every mesh binding.
 * @returns For each binding, the ports it keeps and loses.
 */
export function settleMeshConflicts(
  bindings: readonly MeshBinding[],
): Map<MeshBinding, MeshSettlement> {
  const winners = new Map<string, MeshBinding>();
  const slot = (binding: MeshBinding, port: number): string =>
    `${binding.service.key}|${binding.role}|${binding.role === 'consumer' ? binding.route.id.namespace : ''}|${port}`;
  for (const binding of bindings) {
    if (binding.kind === 'UDPRoute') continue;
    for (const port of binding.ports) {
      const key = slot(binding, port);
      const current = winners.get(key);
      if (!current || kindRank[binding.kind] > kindRank[current.kind]) winners.set(key, binding);
    }
  }
  const out = new Map<MeshBinding, MeshSettlement>();
  for (const binding of bindings) {
    const kept: number[] = [];
    const lost: number[] = [];
    let winner: MeshBinding | undefined;
    for (const port of binding.ports) {
      const best = binding.kind === 'UDPRoute' ? undefined : winners.get(slot(binding, port));
      if (best && kindRank[best.kind] > kindRank[binding.kind]) {
        lost.push(port);
        winner ??= best;
      } else kept.push(port);
    }
    out.set(binding, {
      kept,
      lost,
      explanation: winner
        ? explain('meshConflicted', {
            winner: displayName(winner.route.id),
            ports: lost.join(', '),
            parent: displayName(binding.service.id),
          })
        : undefined,
    });
  }
  return out;
}
