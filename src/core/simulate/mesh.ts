import type { RouteTable, ServiceRoutes } from './routeTable.ts';

/** The namespace and name a mesh host names, before looking the Service up. */
export interface ServiceAddress {
  readonly namespace: string;
  readonly name: string;
}

const CLUSTER_DOMAIN = 'svc.cluster.local';

/**
 * Reads a mesh destination host as Kubernetes DNS does: `name` (in the caller's namespace),
 * `name.ns`, `name.ns.svc`, or `name.ns.svc.cluster.local`.
 *
 * @param host - The URL host, lower case, without port.
 * @param from - The caller's namespace, for short names.
 * @returns The Service's namespace and name, or null when the host is not a Service name.
 */
export function parseServiceAddress(host: string, from: string): ServiceAddress | null {
  const labels = host.split('.');
  const [name, namespace] = labels;
  if (!name) return null;
  if (labels.length === 1) return { namespace: from, name };
  if (!namespace) return null;
  const rest = labels.slice(2).join('.');
  if (rest === '' || rest === 'svc' || rest === CLUSTER_DOMAIN) return { namespace, name };
  return null;
}

/**
 * The Service a mesh request is sent to: by name (E2, the destination decides, not the Host
 * header) or by ClusterIP.
 *
 * @param table - The route table.
 * @param host - The URL host.
 * @param from - The caller's namespace.
 * @returns The Service, or undefined when the host names none in the workspace.
 */
export function resolveServiceAddress(
  table: RouteTable,
  host: string,
  from: string,
): ServiceRoutes | undefined {
  const byIP = table.clusterIPs.get(host);
  if (byIP) return byIP;
  const address = parseServiceAddress(host, from);
  return address ? table.services.get(`${address.namespace}/${address.name}`) : undefined;
}
