import { CORE_GROUP, GATEWAY_GROUP } from '../model/resource.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { type GatewayOutcomes, computeGatewayOutcomes } from './gatewayOutcomes.ts';
import type { GatewayOutcome, ListenerSetOutcome } from './outcomes.ts';
import { type ReferencePermission, createReferencePermission } from './referenceGrants.ts';
import { type ResourceIndex, sameEntries } from './resourceIndex.ts';

/**
 * The resources routes attach to or through — Gateways, GatewayClasses, ListenerSets,
 * ReferenceGrants, Namespaces and Secrets — and what is decided from them alone: every Gateway's
 * and ListenerSet's listeners, and the ReferenceGrant check. Routes and Services are not part of
 * it, so an edit of a route or a Service keeps the world, and with it the listener objects that
 * route decisions and the route table are cached against.
 */
export interface ParentWorld {
  /** The admitted resources of the world's kinds, in index order. */
  readonly entries: readonly ResourceEntry[];
  readonly outcomes: GatewayOutcomes;
  readonly permits: ReferencePermission;
  /** The Gateway outcomes by {@link resourceKey}. */
  readonly gateways: ReadonlyMap<string, GatewayOutcome>;
  /** The ListenerSet outcomes by {@link resourceKey}. */
  readonly listenerSets: ReadonlyMap<string, ListenerSetOutcome>;
}

/**
 * The group of each kind of the world. IMPORTANT: this must name every kind that
 * {@link computeGatewayOutcomes} and {@link createReferencePermission} read from the index (by
 * `find`, `ofKind`, `hasKind` or `namespaceLabels`), since a world is reused while the resources of
 * these kinds are the same.
 */
const worldKinds: ReadonlyMap<string, string> = new Map([
  ['Gateway', GATEWAY_GROUP],
  ['GatewayClass', GATEWAY_GROUP],
  ['ListenerSet', GATEWAY_GROUP],
  ['ReferenceGrant', GATEWAY_GROUP],
  ['Namespace', CORE_GROUP],
  ['Secret', CORE_GROUP],
]);

// The world of the last computation. One is enough: the documents change one edit at a time, and
// keeping one bounds what an old workspace keeps alive.
let last: ParentWorld | undefined;

/**
 * The parent world of an index: the last one computed when its resources are the same entries in
 * the same order (entries are stable across edits of other documents), otherwise a new one.
 *
 * @param index - The admitted resources.
 * @returns The world, with the Gateway and ListenerSet outcomes decided.
 */
export function parentWorldOf(index: ResourceIndex): ParentWorld {
  const entries = index.entries.filter((entry) => worldKinds.get(entry.id.kind) === entry.id.group);
  if (last && sameEntries(last.entries, entries)) return last;
  const permits = createReferencePermission(index);
  const outcomes = computeGatewayOutcomes({ index, permits });
  last = {
    entries,
    outcomes,
    permits,
    gateways: new Map(outcomes.gateways.map((gateway) => [gateway.gateway.key, gateway])),
    listenerSets: new Map(outcomes.listenerSets.map((set) => [set.listenerSet.key, set])),
  };
  return last;
}
