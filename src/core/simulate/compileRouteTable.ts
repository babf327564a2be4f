import { computeAttachment } from '../attach/index.ts';
import type {
  Attachment,
  AttachmentOptions,
  ListenerAttachment,
  ResolvedListener,
} from '../attach/types.ts';
import { entryEdgeId } from '../graph/edgeIds.ts';
import type { GRPCRoute } from '../model/grpcRoute.ts';
import type { HTTPRoute } from '../model/httpRoute.ts';
import { resourceKey } from '../model/identity.ts';
import type { Workspace } from '../yaml/workspace.ts';
import { compileRoute } from './compileRoute.ts';
import type { CompiledGrpcMatch, CompiledHttpMatch, CompiledRoute } from './compiledRoute.ts';
import { listenerSpecificity } from './hostnames.ts';
import { createHostTiers } from './hostTiers.ts';
import { type GrpcIndex, type HttpIndex, buildGrpcIndex, buildHttpIndex } from './matchIndex.ts';
import { compileMeshServices } from './meshTable.ts';
import { parseTimestamp, sortRoutesByAge } from './precedence.ts';
import type {
  GatewayRoutes,
  ListenerRoutes,
  RouteRegexProblem,
  RouteTable,
  ServiceRoutes,
} from './routeTable.ts';

/**
 * Compiles the route table of a workspace: computes the attachment model (which listeners exist,
 * which routes are attached where, how backendRefs resolve), then compiles and indexes the
 * routes. Call it once per document change; `route()` and `runTraffic()` then do no parsing.
 *
 * @param workspace - The documents.
 * @param options - Which resources the API server admitted (default: all).
 * @returns The table.
 * @example
 * const table = compileRouteTable(createWorkspace(text));
 * route(table, request).status; // 200
 */
export function compileRouteTable(
  workspace: Workspace,
  options: AttachmentOptions = {},
): RouteTable {
  return compileRouteTableFrom(workspace, computeAttachment(workspace, options));
}

/**
 * Compiles the route table from a workspace and its attachment model. Every HTTPRoute and
 * GRPCRoute is compiled once; routes are then indexed per listener and effective hostname, and
 * per Service port for the mesh. TLSRoute, TCPRoute and UDPRoute carry no HTTP requests and are
 * not part of the table.
 *
 * @param workspace - The documents.
 * @param attachment - Their attachment model (listeners, attachments, backend resolution).
 * @returns The table `route()` and `runTraffic()` use.
 */
export function compileRouteTableFrom(workspace: Workspace, attachment: Attachment): RouteTable {
  const { routes, problems } = compileRoutes(workspace, attachment);
  const byKey = new Map(routes.map((route) => [route.key, route]));
  const gateways = compileGateways(attachment, byKey);
  const gatewaysByNamespace = new Map<string, Map<string, GatewayRoutes>>();
  for (const gateway of gateways.values()) {
    const { namespace, name } = gateway.id;
    let names = gatewaysByNamespace.get(namespace);
    if (!names) {
      names = new Map();
      gatewaysByNamespace.set(namespace, names);
    }
    names.set(name, gateway);
  }
  const services = compileMeshServices(attachment, byKey);
  const clusterIPs = new Map<string, ServiceRoutes>();
  for (const service of services.values()) {
    const ip =
      service.entry.resource?.kind === 'Service' ? service.entry.resource.spec.clusterIP : '';
    if (ip && ip !== 'None') clusterIPs.set(ip, service);
  }
  return {
    workspace,
    attachment,
    defaultNamespace: workspace.options.defaultNamespace,
    gateways,
    gatewaysByNamespace,
    services,
    clusterIPs,
    routes,
    regexProblems: problems,
  };
}

function compileRoutes(
  workspace: Workspace,
  attachment: Attachment,
): { routes: CompiledRoute[]; problems: RouteRegexProblem[] } {
  const existing = new Set(workspace.resources.map((entry) => entry.key));
  const candidates = workspace.resources.flatMap((entry) => {
    const resource = entry.resource;
    if (resource?.kind !== 'HTTPRoute' && resource?.kind !== 'GRPCRoute') return [];
    const createdAt = parseTimestamp(resource.metadata.creationTimestamp);
    return [{ entry, resource, createdAt, id: entry.id }];
  });
  const routes: CompiledRoute[] = [];
  const problems: RouteRegexProblem[] = [];
  const context = {
    attachment,
    extensionExists: (namespace: string, ref: { group: string; kind: string; name: string }) =>
      existing.has(resourceKey({ group: ref.group, kind: ref.kind, namespace, name: ref.name })),
  };
  sortRoutesByAge(candidates).forEach((candidate, order) => {
    const resource: HTTPRoute | GRPCRoute = candidate.resource;
    const compiled = compileRoute(candidate.entry, resource, order, candidate.createdAt, context);
    routes.push(compiled.route);
    for (const problem of compiled.problems) problems.push({ entry: candidate.entry, ...problem });
  });
  return { routes, problems };
}

function listenerKey(listener: ResolvedListener): string {
  return `${resourceKey(listener.owner)}#${listener.index}`;
}

function compileGateways(
  attachment: Attachment,
  routes: ReadonlyMap<string, CompiledRoute>,
): Map<string, GatewayRoutes> {
  const attached = new Map<string, ListenerAttachment[]>();
  for (const binding of attachment.listenerAttachments) {
    if (!routes.has(binding.route.key)) continue;
    const key = listenerKey(binding.listener);
    const list = attached.get(key);
    if (list) list.push(binding);
    else attached.set(key, [binding]);
  }
  const grouped = new Map<
    string,
    { id: ResolvedListener['gateway']; listeners: ListenerRoutes[] }
  >();
  for (const listener of [...attachment.listeners].sort((a, b) => a.order - b.order)) {
    const gatewayKey = `${listener.gateway.namespace}/${listener.gateway.name}`;
    let gateway = grouped.get(gatewayKey);
    if (!gateway) {
      gateway = { id: listener.gateway, listeners: [] };
      grouped.set(gatewayKey, gateway);
    }
    gateway.listeners.push(
      compileListener(listener, attached.get(listenerKey(listener)) ?? [], routes),
    );
  }
  const out = new Map<string, GatewayRoutes>();
  for (const [key, { id, listeners }] of grouped) {
    const byPort = new Map<number, ListenerRoutes[]>();
    for (const entry of listeners) {
      const list = byPort.get(entry.listener.port);
      if (list) list.push(entry);
      else byPort.set(entry.listener.port, [entry]);
    }
    // A1: the most specific hostname first; equal ones keep the merged listener order.
    for (const list of byPort.values()) {
      list.sort(
        (a, b) =>
          listenerSpecificity(b.listener.hostname) - listenerSpecificity(a.listener.hostname) ||
          a.listener.order - b.listener.order,
      );
    }
    const usable = {
      HTTP: new Map<number, ListenerRoutes[]>(),
      HTTPS: new Map<number, ListenerRoutes[]>(),
    };
    for (const [port, list] of byPort) {
      for (const protocol of ['HTTP', 'HTTPS'] as const) {
        const ready = list.filter(
          ({ listener }) =>
            listener.protocol === protocol && listener.ready && !listener.conflicted,
        );
        if (ready.length > 0) usable[protocol].set(port, ready);
      }
    }
    out.set(key, { id, key: resourceKey(id), listeners, byPort, usable });
  }
  return out;
}

function compileListener(
  listener: ResolvedListener,
  bindings: readonly ListenerAttachment[],
  routes: ReadonlyMap<string, CompiledRoute>,
): ListenerRoutes {
  const http = new Map<string, CompiledHttpMatch[]>();
  const grpc = new Map<string, CompiledGrpcMatch[]>();
  const parentRefIndex = new Map<string, number>();
  const kept: ListenerAttachment[] = [];
  for (const binding of bindings) {
    const route = routes.get(binding.route.key);
    // A route bound twice to one listener (by port and by sectionName) competes once.
    if (!route || parentRefIndex.has(route.key)) continue;
    parentRefIndex.set(route.key, binding.parentRefIndex);
    kept.push(binding);
    const hostnames = binding.effectiveHostnames.length === 0 ? [''] : binding.effectiveHostnames;
    for (const hostname of new Set(hostnames)) {
      for (const rule of route.rules) {
        for (const match of rule.matches) {
          if (match.protocol === 'http') append(http, hostname, match);
          else append(grpc, hostname, match);
        }
      }
    }
  }
  const owner = listener.owner;
  const hostname = listener.hostname ?? '';
  const wildcard = hostname.startsWith('*.');
  return {
    listener,
    hostname: wildcard ? hostname.slice(1) : hostname,
    wildcard,
    entryEdgeId: entryEdgeId(resourceKey(owner), listener.name),
    http: createHostTiers(mapValues(http, buildHttpIndex)),
    grpc: createHostTiers(mapValues(grpc, buildGrpcIndex)),
    attachments: kept,
    parentRefIndex,
  };
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function mapValues<T, U extends HttpIndex | GrpcIndex>(
  map: ReadonlyMap<string, T[]>,
  build: (values: T[]) => U,
): Map<string, U> {
  const out = new Map<string, U>();
  for (const [key, values] of map) out.set(key, build(values));
  return out;
}
