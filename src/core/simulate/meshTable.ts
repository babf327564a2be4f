import type { Attachment, MeshAttachment } from '../attach/types.ts';
import { parentEdgeId } from '../graph/edgeIds.ts';
import type { ServicePort } from '../model/core.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import type { CompiledGrpcMatch, CompiledHttpMatch, CompiledRoute } from './compiledRoute.ts';
import { buildGrpcIndex, buildHttpIndex } from './matchIndex.ts';
import type { MeshRouteGroup, ServicePortRoutes, ServiceRoutes } from './routeTable.ts';

interface GroupDraft {
  readonly role: 'producer' | 'consumer';
  readonly attachments: MeshAttachment[];
  readonly routes: Map<string, CompiledRoute>;
  readonly parentEdges: Map<string, string>;
}

interface PortDraft {
  producer: GroupDraft | undefined;
  readonly consumers: Map<string, GroupDraft>;
}

/**
 * Indexes the mesh (GAMMA) routes per Service and port (semantics.md (e)): a route's parentRef
 * covers one port (`port`/`sectionName`) or all of them (E4); a route in the Service's namespace
 * is a producer route for every caller, one in another namespace a consumer route for callers in
 * its own namespace (E5).
 *
 * @param attachment - The attachment model.
 * @param routes - Compiled routes by key.
 * @returns Every Service by `namespace/name`, with or without routes.
 */
export function compileMeshServices(
  attachment: Attachment,
  routes: ReadonlyMap<string, CompiledRoute>,
): ReadonlyMap<string, ServiceRoutes> {
  const drafts = new Map<string, Map<number, PortDraft>>();
  for (const binding of attachment.meshAttachments) {
    const route = routes.get(binding.route.key);
    if (!route) continue;
    const serviceKey = `${binding.service.namespace}/${binding.service.name}`;
    let ports = drafts.get(serviceKey);
    if (!ports) {
      ports = new Map();
      drafts.set(serviceKey, ports);
    }
    const wildcard = !parentRefNamesPort(route, binding.parentRefIndex);
    for (const port of binding.ports) {
      let draft = ports.get(port);
      if (!draft) {
        draft = { producer: undefined, consumers: new Map() };
        ports.set(port, draft);
      }
      const group = groupFor(draft, binding);
      if (group.routes.has(route.key)) continue;
      group.routes.set(route.key, route);
      group.attachments.push(binding);
      group.parentEdges.set(
        route.key,
        parentEdgeId(route.key, binding.parentRefIndex, wildcard ? '*' : String(port)),
      );
    }
  }
  if (drafts.size === 0) return bareServices(attachment.services);
  const out = new Map<string, ServiceRoutes>();
  for (const entry of attachment.services.values()) {
    const bare = bareService(entry);
    const { key } = bare;
    const portDrafts = drafts.get(key);
    if (!portDrafts) {
      out.set(key, bare.routes);
      continue;
    }
    const byPort = new Map<number, ServicePortRoutes>();
    for (const [port, draft] of portDrafts) {
      const consumers = new Map<string, MeshRouteGroup>();
      for (const [namespace, group] of draft.consumers)
        consumers.set(namespace, finishGroup(group));
      byPort.set(port, {
        producer: draft.producer ? finishGroup(draft.producer) : undefined,
        consumers,
      });
    }
    out.set(key, { ...bare.routes, byPort });
  }
  return out;
}

/** A Service by `namespace/name`, as a destination without mesh routes. */
interface BareService {
  readonly key: string;
  readonly routes: ServiceRoutes;
}

// Without mesh routes, the table's Services depend on the attachment model's Services alone, which
// it keeps while they are unchanged.
const bareTables = new WeakMap<
  ReadonlyMap<string, ResourceEntry>,
  ReadonlyMap<string, ServiceRoutes>
>();

function bareServices(
  services: ReadonlyMap<string, ResourceEntry>,
): ReadonlyMap<string, ServiceRoutes> {
  let table = bareTables.get(services);
  if (!table) {
    const out = new Map<string, ServiceRoutes>();
    for (const entry of services.values()) {
      const bare = bareService(entry);
      out.set(bare.key, bare.routes);
    }
    table = out;
    bareTables.set(services, table);
  }
  return table;
}

// Most Services are only backends: their entry is kept while the document is unchanged, so their
// table entry is built once.
const bareEntries = new WeakMap<ResourceEntry, BareService>();

function bareService(entry: ResourceEntry): BareService {
  let bare = bareEntries.get(entry);
  if (!bare) {
    const resource = entry.resource;
    const ports: readonly ServicePort[] =
      resource?.kind === 'Service' ? (resource.spec.ports ?? []) : [];
    bare = {
      key: `${entry.id.namespace}/${entry.id.name}`,
      routes: { id: entry.id, key: entry.key, entry, ports, byPort: new Map() },
    };
    bareEntries.set(entry, bare);
  }
  return bare;
}

function parentRefNamesPort(route: CompiledRoute, index: number): boolean {
  const resource = route.entry.resource;
  if (resource?.kind !== 'HTTPRoute' && resource?.kind !== 'GRPCRoute') return false;
  const ref = resource.spec.parentRefs?.[index];
  return ref?.port !== undefined || ref?.sectionName !== undefined;
}

function groupFor(draft: PortDraft, binding: MeshAttachment): GroupDraft {
  const fresh = (): GroupDraft => ({
    role: binding.role,
    attachments: [],
    routes: new Map(),
    parentEdges: new Map(),
  });
  if (binding.role === 'producer') {
    draft.producer ??= fresh();
    return draft.producer;
  }
  const namespace = binding.route.id.namespace;
  let group = draft.consumers.get(namespace);
  if (!group) {
    group = fresh();
    draft.consumers.set(namespace, group);
  }
  return group;
}

function finishGroup(draft: GroupDraft): MeshRouteGroup {
  const http: CompiledHttpMatch[] = [];
  const grpc: CompiledGrpcMatch[] = [];
  const httpRoutes: CompiledRoute[] = [];
  let grpcRoutes = 0;
  for (const route of draft.routes.values()) {
    if (route.kind === 'HTTPRoute') httpRoutes.push(route);
    else grpcRoutes++;
    for (const rule of route.rules) {
      for (const match of rule.matches) {
        if (match.protocol === 'http') http.push(match);
        else grpc.push(match);
      }
    }
  }
  // E7: when GRPCRoutes and HTTPRoutes bind the same Service port, only the GRPCRoutes apply.
  const grpcWins = grpcRoutes > 0 && httpRoutes.length > 0;
  return {
    role: draft.role,
    http: httpRoutes.length > 0 && !grpcWins ? buildHttpIndex(http) : undefined,
    grpc: grpcRoutes > 0 ? buildGrpcIndex(grpc) : undefined,
    attachments: draft.attachments,
    conflicted: grpcWins ? httpRoutes : [],
    parentEdges: draft.parentEdges,
  };
}
