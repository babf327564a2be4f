import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';
import { createBackendResolver } from './backends.ts';
import { settleMeshConflicts } from './mesh.ts';
import type { ComputedAttachment, ParentRefOutcome, RouteOutcome } from './outcomes.ts';
import { parentWorldOf } from './parentWorld.ts';
import { type ResourceIndex, indexResources, routeRecordOf, sameEntries } from './resourceIndex.ts';
import { type RouteDecision, routeDecision } from './routeDecision.ts';
import type { AttachmentOptions, ListenerAttachment, MeshAttachment } from './types.ts';

/**
 * Computes which listeners exist, which routes attach where and how references resolve, as a
 * conformant controller would decide it (semantics.md (b), (e), (f)). Runs once per document
 * change: resources are indexed by identity first, so the work is linear in the number of
 * resources and parentRefs (times the listeners of each parent, at most 64). Decisions are reused
 * across calls: the listeners while the Gateways, ListenerSets, GatewayClasses, ReferenceGrants,
 * Namespaces and Secrets are the same entries (see `parentWorld.ts`), and each route's decision
 * while, in addition, the route and the Services it names are (see `routeDecision.ts`). So after
 * an edit of one route, only that route is decided again.
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
  const world = parentWorldOf(index);
  const resolve = createBackendResolver(index, world.permits);
  const decisions = new Map<ResourceEntry, RouteDecision>();
  for (const entry of index.entries) {
    const route = routeRecordOf(entry);
    if (route) decisions.set(entry, routeDecision(index, world, entry, route));
  }
  const { routes, listenerAttachments, meshAttachments } = settle([...decisions.values()]);
  return {
    listeners: world.outcomes.listeners,
    listenerAttachments,
    meshAttachments,
    services: servicesOf(index),
    // A route's decision holds the resolution of each of its references: the same objects on
    // every call while the decision is reused, so the route table checks its cache by identity.
    resolveBackend: (route, ref) =>
      decisions.get(route)?.resolutions.get(ref) ?? resolve(route, ref).resolution,
    gateways: world.outcomes.gateways,
    listenerSets: world.outcomes.listenerSets,
    routes,
  };
}

/** The routes' outcomes and bindings, once mesh conflicts between routes are settled. */
interface Settled {
  readonly routes: RouteOutcome[];
  readonly listenerAttachments: ListenerAttachment[];
  readonly meshAttachments: MeshAttachment[];
}

/**
 * Settles the mesh bindings of every route (semantics.md E7). A route that loses a Service port
 * gets a new outcome with that parent changed; the others keep their decision's outcome, so it
 * stays the same object from one call to the next.
 */
function settle(decisions: readonly RouteDecision[]): Settled {
  const settled = settleMeshConflicts(
    decisions.flatMap((decision) => decision.meshBindings.map(({ binding }) => binding)),
  );
  const out: Settled = { routes: [], listenerAttachments: [], meshAttachments: [] };
  for (const decision of decisions) {
    for (const attachment of decision.listenerAttachments) out.listenerAttachments.push(attachment);
    let parents: ParentRefOutcome[] | undefined;
    for (const { binding, attachment } of decision.meshBindings) {
      const settlement = settled.get(binding);
      if (!settlement) continue;
      const { explanation } = settlement;
      if (!explanation) {
        out.meshAttachments.push(attachment);
        continue;
      }
      parents ??= [...decision.outcome.parents];
      const parent = parents[binding.parentRefIndex];
      if (!parent) continue;
      if (settlement.kept.length === 0) {
        parents[binding.parentRefIndex] = {
          ...parent,
          result: {
            accepted: false,
            // NOTE: GEP-1294 names this reason; apis/v1 has no constant for it (semantics.md gap 4).
            reason: 'Conflicted',
            explanation,
            severity: 'error',
          },
        };
        continue;
      }
      parents[binding.parentRefIndex] = {
        ...parent,
        lostPorts: { ports: settlement.lost, explanation },
      };
      out.meshAttachments.push({ ...attachment, ports: settlement.kept });
    }
    out.routes.push(parents ? { ...decision.outcome, parents } : decision.outcome);
  }
  return out;
}

// The Services by key of the last call, kept while the admitted Services are the same entries, so
// that the route table can keep what it derives from them.
let lastServices:
  | {
      readonly entries: readonly ResourceEntry[];
      readonly byKey: ReadonlyMap<string, ResourceEntry>;
    }
  | undefined;

function servicesOf(index: ResourceIndex): ReadonlyMap<string, ResourceEntry> {
  const entries = index.ofKind('Service');
  if (lastServices && sameEntries(lastServices.entries, entries)) return lastServices.byKey;
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  lastServices = { entries, byKey };
  return byKey;
}
