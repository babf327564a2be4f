import type { CompiledMatch } from './compiledRoute.ts';
import { searchHostTiers, tiersServe } from './hostTiers.ts';
import { findGrpcMatch, findHttpMatch } from './matchIndex.ts';
import { resolveServiceAddress } from './mesh.ts';
import type { SimRequest } from './request.ts';
import { RequestView } from './requestView.ts';
import type {
  GatewayRoutes,
  ListenerRoutes,
  MeshRouteGroup,
  RouteTable,
  ServiceRoutes,
} from './routeTable.ts';

/** Which route kind decides a request: HTTPRoutes, or GRPCRoutes for a gRPC call. */
export type RouteProtocol = 'http' | 'grpc';

/** Where a north-south request went: Gateway, listener and winning match. */
export interface GatewayLocation {
  readonly kind: 'gateway';
  readonly view: RequestView;
  readonly gateway: GatewayRoutes | undefined;
  /** The listener that takes the request (never a conflicted or unready one, F10). */
  readonly listener: ListenerRoutes | undefined;
  /** B4: the listener chosen by SNI is not the one that matches the Host best (421). */
  readonly misdirected: boolean;
  /** The route kind that decided (undefined when no listener took the request). */
  readonly protocol: RouteProtocol | undefined;
  readonly match: CompiledMatch | undefined;
}

/** Where a mesh request went: Service, port, route group and winning match. */
export interface MeshLocation {
  readonly kind: 'mesh';
  readonly view: RequestView;
  /** The caller's namespace. */
  readonly from: string;
  /** The Service the host names, resolved in the caller's namespace for short names. */
  readonly service: ServiceRoutes | undefined;
  /** Whether the Service declares the requested port. */
  readonly portKnown: boolean;
  /** The routes that apply to this caller: its namespace's consumer routes, else producer routes (E5). */
  readonly group: MeshRouteGroup | undefined;
  readonly protocol: RouteProtocol | undefined;
  readonly match: CompiledMatch | undefined;
}

/** Where a request went. */
export type Location = GatewayLocation | MeshLocation;

/**
 * Finds the listener (or Service port) and the winning match for a request, without filters,
 * backends or explanations. This is the hot path of the simulator: it allocates the request
 * view and its result, and looks up only precomputed indexes.
 *
 * @param table - The compiled route table.
 * @param request - The request.
 * @returns Where it went.
 */
export function locate(table: RouteTable, request: SimRequest): Location {
  const view = new RequestView(request);
  const entry = request.entry;
  if (entry.kind === 'gateway') {
    return locateGateway(view, table.gatewaysByNamespace.get(entry.namespace)?.get(entry.name));
  }
  return locateMesh(table, view, entry.from);
}

function gatewayLocation(
  view: RequestView,
  gateway: GatewayRoutes | undefined,
  listener: ListenerRoutes | undefined,
  misdirected: boolean,
  protocol: RouteProtocol | undefined,
  match: CompiledMatch | undefined,
): GatewayLocation {
  return { kind: 'gateway', view, gateway, listener, misdirected, protocol, match };
}

function firstMatching(
  listeners: readonly ListenerRoutes[],
  host: string,
): ListenerRoutes | undefined {
  for (const entry of listeners) {
    const { hostname } = entry;
    // The same test as `hostnameMatches`, on the suffix kept at compile time.
    const matches = entry.wildcard
      ? host.length > hostname.length && host.endsWith(hostname)
      : hostname === '' || hostname === host;
    if (matches) return entry;
  }
  return undefined;
}

function usableFor(view: RequestView, gateway: GatewayRoutes): readonly ListenerRoutes[] {
  const { scheme, port } = view.request;
  return (scheme === 'https' ? gateway.usable.HTTPS : gateway.usable.HTTP).get(port) ?? [];
}

/**
 * The listener that takes a request (A1): the most specific listener hostname that matches. For
 * HTTPS the TLS server name (the URL host) picks it.
 */
function chosenListener(
  view: RequestView,
  listeners: readonly ListenerRoutes[],
): ListenerRoutes | undefined {
  return firstMatching(listeners, view.request.scheme === 'https' ? view.request.host : view.host);
}

/** B4: for HTTPS, whether another listener matches the Host header better than the chosen one. */
function isMisdirected(
  view: RequestView,
  listeners: readonly ListenerRoutes[],
  chosen: ListenerRoutes,
): boolean {
  return view.request.scheme === 'https' && firstMatching(listeners, view.host) !== chosen;
}

/** GRPCRoutes take a gRPC call when one of them serves the host; HTTPRoutes take the rest. */
function protocolOf(view: RequestView, listener: ListenerRoutes): RouteProtocol {
  return view.grpc !== null && tiersServe(listener.grpc, view.host) ? 'grpc' : 'http';
}

function listenerMatch(
  view: RequestView,
  listener: ListenerRoutes,
  protocol: RouteProtocol,
): CompiledMatch | undefined {
  return protocol === 'grpc'
    ? searchHostTiers(listener.grpc, view.host, findGrpcMatch, view)
    : searchHostTiers(listener.http, view.host, findHttpMatch, view);
}

function locateGateway(view: RequestView, gateway: GatewayRoutes | undefined): GatewayLocation {
  if (!gateway) return gatewayLocation(view, gateway, undefined, false, undefined, undefined);
  const listeners = usableFor(view, gateway);
  const chosen = chosenListener(view, listeners);
  if (!chosen) return gatewayLocation(view, gateway, undefined, false, undefined, undefined);
  if (isMisdirected(view, listeners, chosen)) {
    // A misdirected request still names its listener; 404 when no listener matches the Host.
    const misdirected = firstMatching(listeners, view.host) !== undefined;
    return gatewayLocation(view, gateway, chosen, misdirected, undefined, undefined);
  }
  const protocol = protocolOf(view, chosen);
  return gatewayLocation(
    view,
    gateway,
    chosen,
    false,
    protocol,
    listenerMatch(view, chosen, protocol),
  );
}

/**
 * The winning match alone, without building a {@link Location}: the same decisions as
 * {@link locate}, for the paths that only need the winner (matching benchmarks).
 *
 * @param table - The compiled route table.
 * @param request - The request.
 * @returns The winning match, or undefined.
 */
export function winningMatch(table: RouteTable, request: SimRequest): CompiledMatch | undefined {
  const view = new RequestView(request);
  const entry = request.entry;
  if (entry.kind !== 'gateway') return locateMesh(table, view, entry.from).match;
  const gateway = table.gatewaysByNamespace.get(entry.namespace)?.get(entry.name);
  if (!gateway) return undefined;
  const listeners = usableFor(view, gateway);
  const chosen = chosenListener(view, listeners);
  if (!chosen || isMisdirected(view, listeners, chosen)) return undefined;
  return listenerMatch(view, chosen, protocolOf(view, chosen));
}

function locateMesh(table: RouteTable, view: RequestView, from: string): MeshLocation {
  const service = resolveServiceAddress(table, view.request.host, from);
  const located = (
    portKnown: boolean,
    group: MeshRouteGroup | undefined,
    protocol: RouteProtocol | undefined,
    match: CompiledMatch | undefined,
  ): MeshLocation => ({ kind: 'mesh', view, from, service, portKnown, group, protocol, match });
  if (!service) return located(false, undefined, undefined, undefined);
  const port = view.request.port;
  // A Service without declared ports is taken to accept any port.
  const portKnown = service.ports.length === 0 || service.ports.some((p) => p.port === port);
  if (!portKnown) return located(false, undefined, undefined, undefined);
  const routes = service.byPort.get(port);
  // E5: a caller's own consumer routes replace the producer routes for it.
  const group = routes ? (routes.consumers.get(from) ?? routes.producer) : undefined;
  if (!group) return located(true, undefined, undefined, undefined);
  // E7: GRPCRoutes take gRPC calls; E8: hostnames are ignored, so there is one tier.
  if (view.grpc !== null && group.grpc) {
    return located(true, group, 'grpc', findGrpcMatch(group.grpc, view));
  }
  return located(true, group, 'http', group.http ? findHttpMatch(group.http, view) : undefined);
}
