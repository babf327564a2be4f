import { type KnownKind, GATEWAY_GROUP, groupOfKind } from '../model/resource.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';

/** The name a new resource of each kind gets (made unique with `-2`, `-3`…). */
export const DEFAULT_NAMES: Readonly<Record<KnownKind, string>> = {
  GatewayClass: 'gateway-class',
  Gateway: 'gateway',
  ListenerSet: 'listener-set',
  HTTPRoute: 'http-route',
  GRPCRoute: 'grpc-route',
  TLSRoute: 'tls-route',
  TCPRoute: 'tcp-route',
  UDPRoute: 'udp-route',
  ReferenceGrant: 'reference-grant',
  BackendTLSPolicy: 'backend-tls-policy',
  Service: 'service',
  Namespace: 'namespace',
};

const DEFAULT_CONTROLLER = 'example.com/gateway-controller';
/** A documentation domain (RFC 2606) for the one field that needs a hostname to be valid. */
const DEFAULT_HOSTNAME = 'example.com';

/**
 * The spec of a new resource: the smallest valid one, wired to what the documents already have
 * where a reference is needed. Where the documents have nothing to refer to, the reference names
 * what the palette would add next (`gateway-class`, `gateway`, `service` on port 80), so adding
 * that resource completes the picture.
 *
 * @param workspace - The documents.
 * @param kind - The kind to add.
 * @param namespace - Its namespace (`""` for cluster-scoped kinds).
 * @param name - Its name.
 * @returns The `spec`, or undefined for kinds without one (Namespace).
 */
export function templateSpec(
  workspace: Workspace,
  kind: KnownKind,
  namespace: string,
  name: string,
): Record<string, unknown> | undefined {
  switch (kind) {
    case 'GatewayClass': {
      const existing = first(workspace, 'GatewayClass');
      return {
        controllerName:
          existing?.resource?.kind === 'GatewayClass'
            ? existing.resource.spec.controllerName || DEFAULT_CONTROLLER
            : DEFAULT_CONTROLLER,
      };
    }
    case 'Gateway':
      return {
        gatewayClassName: gatewayClassName(workspace),
        listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }],
      };
    case 'ListenerSet':
      return listenerSetSpec(workspace, namespace);
    case 'HTTPRoute':
      return { rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }] }] };
    case 'GRPCRoute':
      // A rule without matches takes every call; the person adds a method match next.
      return { rules: [{}] };
    case 'TLSRoute':
      return {
        hostnames: [tlsHostname(workspace, namespace)],
        rules: [{ backendRefs: [defaultBackend(workspace, namespace)] }],
      };
    case 'TCPRoute':
    case 'UDPRoute':
      return { rules: [{ backendRefs: [defaultBackend(workspace, namespace)] }] };
    case 'ReferenceGrant':
      return {
        from: [
          {
            group: GATEWAY_GROUP,
            kind: 'HTTPRoute',
            namespace: otherNamespace(workspace, namespace),
          },
        ],
        to: [{ group: '', kind: 'Service' }],
      };
    case 'BackendTLSPolicy': {
      const service = firstIn(workspace, 'Service', namespace)?.id.name ?? DEFAULT_NAMES.Service;
      return {
        targetRefs: [{ group: '', kind: 'Service', name: service }],
        validation: {
          hostname: `${service}.${namespace}.svc.cluster.local`,
          wellKnownCACertificates: 'System',
        },
      };
    }
    case 'Service':
      return { ports: [{ name: 'http', port: 80, protocol: 'TCP' }], selector: { app: name } };
    case 'Namespace':
      return undefined;
  }
}

function first(workspace: Workspace, kind: KnownKind): ResourceEntry | undefined {
  const group = groupOfKind(kind);
  return workspace.resources.find((entry) => entry.id.kind === kind && entry.id.group === group);
}

function firstIn(
  workspace: Workspace,
  kind: KnownKind,
  namespace: string,
): ResourceEntry | undefined {
  const group = groupOfKind(kind);
  return workspace.resources.find(
    (entry) =>
      entry.id.kind === kind && entry.id.group === group && entry.id.namespace === namespace,
  );
}

/** The class of a new Gateway: a GatewayClass of the documents, else the class other Gateways use. */
function gatewayClassName(workspace: Workspace): string {
  const gatewayClass = first(workspace, 'GatewayClass');
  if (gatewayClass) return gatewayClass.id.name;
  for (const entry of workspace.resources) {
    if (entry.resource?.kind === 'Gateway' && entry.resource.spec.gatewayClassName !== '') {
      return entry.resource.spec.gatewayClassName;
    }
  }
  return DEFAULT_NAMES.GatewayClass;
}

function listenerSetSpec(workspace: Workspace, namespace: string): Record<string, unknown> {
  const gateway = firstIn(workspace, 'Gateway', namespace) ?? first(workspace, 'Gateway');
  const used = new Set(
    gateway?.resource?.kind === 'Gateway' ? gateway.resource.spec.listeners.map((l) => l.port) : [],
  );
  let port = 8080;
  while (used.has(port)) port++;
  const parentRef: Record<string, unknown> = { name: gateway?.id.name ?? DEFAULT_NAMES.Gateway };
  if (gateway && gateway.id.namespace !== namespace) parentRef['namespace'] = gateway.id.namespace;
  return { parentRef, listeners: [{ name: `http-${port}`, port, protocol: 'HTTP' }] };
}

function defaultBackend(workspace: Workspace, namespace: string): Record<string, unknown> {
  const service = firstIn(workspace, 'Service', namespace);
  const port =
    service?.resource?.kind === 'Service' ? service.resource.spec.ports?.[0]?.port : undefined;
  return service && port !== undefined
    ? { name: service.id.name, port }
    : { name: DEFAULT_NAMES.Service, port: 80 };
}

function tlsHostname(workspace: Workspace, namespace: string): string {
  for (const entry of workspace.resources) {
    if (entry.resource?.kind !== 'Gateway' || entry.id.namespace !== namespace) continue;
    const listener = entry.resource.spec.listeners.find((l) => l.protocol === 'TLS' && l.hostname);
    if (listener?.hostname) return listener.hostname;
  }
  return DEFAULT_HOSTNAME;
}

/** Some other namespace of the documents (a grant permits references from elsewhere). */
function otherNamespace(workspace: Workspace, namespace: string): string {
  const other = workspace.resources.find(
    (entry) => entry.id.namespace !== '' && entry.id.namespace !== namespace,
  );
  return other?.id.namespace ?? namespace;
}
