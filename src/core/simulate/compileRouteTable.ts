import { computeAttachment } from '../attach/index.ts';
import type { Attachment, AttachmentOptions } from '../attach/types.ts';
import type { Workspace } from '../yaml/workspace.ts';
import { compileRoutes } from './compileRoutes.ts';
import { compileGateways } from './gatewayTable.ts';
import { compileMeshServices } from './meshTable.ts';
import type { GatewayRoutes, RouteTable, ServiceRoutes } from './routeTable.ts';

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
 * not part of the table. Compiled routes and listener indexes are reused from earlier calls while
 * what they depend on is unchanged (see `compileRoutes.ts` and `gatewayTable.ts`), so compiling
 * again after an edit of one route compiles and indexes that route only.
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
  return {
    workspace,
    attachment,
    defaultNamespace: workspace.options.defaultNamespace,
    gateways,
    gatewaysByNamespace,
    services,
    clusterIPs: clusterIPsOf(services),
    routes,
    regexProblems: problems,
  };
}

// The ClusterIPs depend on the Services alone, which the mesh table keeps while they and their
// routes are unchanged.
const clusterIPTables = new WeakMap<
  ReadonlyMap<string, ServiceRoutes>,
  ReadonlyMap<string, ServiceRoutes>
>();

function clusterIPsOf(
  services: ReadonlyMap<string, ServiceRoutes>,
): ReadonlyMap<string, ServiceRoutes> {
  let clusterIPs = clusterIPTables.get(services);
  if (clusterIPs) return clusterIPs;
  const byIP = new Map<string, ServiceRoutes>();
  for (const service of services.values()) {
    const ip =
      service.entry.resource?.kind === 'Service' ? service.entry.resource.spec.clusterIP : '';
    if (ip && ip !== 'None') byIP.set(ip, service);
  }
  clusterIPs = byIP;
  clusterIPTables.set(services, clusterIPs);
  return clusterIPs;
}
