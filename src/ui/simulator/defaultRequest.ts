import type {
  Gateway,
  GRPCRoute,
  HTTPRoute,
  Listener,
  ParentReference,
  ResourceEntry,
  Service,
  Workspace,
} from '../../core/index.ts';
import type { RequestDraft } from './requestDraft.ts';

type WebRoute = HTTPRoute | GRPCRoute;

/**
 * A first request for a document set that came without one (an import, a restored session): the
 * first route that is attached to a Gateway, sent to its first hostname through that Gateway;
 * else the first mesh route, called from its own namespace; else the first Gateway's first
 * listener; else a request to `example.com` from the `default` namespace's workloads.
 *
 * @param workspace - The documents.
 * @returns The composer's fields.
 */
export function defaultRequest(workspace: Workspace): RequestDraft {
  const routes: { entry: ResourceEntry; route: WebRoute }[] = [];
  const gateways = new Map<string, Gateway>();
  const services = new Map<string, Service>();
  for (const entry of workspace.resources) {
    const resource = entry.resource;
    if (resource?.kind === 'HTTPRoute' || resource?.kind === 'GRPCRoute')
      routes.push({ entry, route: resource });
    else if (resource?.kind === 'Gateway')
      gateways.set(`${entry.id.namespace}/${entry.id.name}`, resource);
    else if (resource?.kind === 'Service')
      services.set(`${entry.id.namespace}/${entry.id.name}`, resource);
  }
  for (const { entry, route } of routes) {
    for (const ref of route.spec.parentRefs ?? []) {
      if (!isGatewayRef(ref)) continue;
      const namespace = ref.namespace ?? entry.id.namespace;
      const gateway = gateways.get(`${namespace}/${ref.name}`);
      const listener = gateway && pickListener(gateway, ref);
      if (!gateway || !listener) continue;
      const host = route.spec.hostnames?.[0] ?? hostOfListener(listener);
      return draftFor(route, url(listener, host, ref.port ?? listener.port), {
        kind: 'gateway',
        namespace,
        name: ref.name,
      });
    }
  }
  for (const { entry, route } of routes) {
    for (const ref of route.spec.parentRefs ?? []) {
      if (ref.kind !== 'Service' || (ref.group ?? '') !== '') continue;
      const namespace = ref.namespace ?? entry.id.namespace;
      const port =
        ref.port ?? services.get(`${namespace}/${ref.name}`)?.spec.ports?.[0]?.port ?? 80;
      const from = entry.id.namespace;
      const host = namespace === from ? ref.name : `${ref.name}.${namespace}`;
      return draftFor(route, `http://${host}${port === 80 ? '' : `:${port}`}/`, {
        kind: 'mesh',
        from,
      });
    }
  }
  for (const [key, gateway] of gateways) {
    const listener = gateway.spec.listeners[0];
    if (!listener) continue;
    const [namespace = 'default', name = ''] = key.split('/');
    return plain(url(listener, hostOfListener(listener), listener.port), {
      kind: 'gateway',
      namespace,
      name,
    });
  }
  return plain('http://example.com/', { kind: 'mesh', from: 'default' });
}

function isGatewayRef(ref: ParentReference): boolean {
  return (
    (ref.kind ?? 'Gateway') === 'Gateway' &&
    (ref.group ?? 'gateway.networking.k8s.io') === 'gateway.networking.k8s.io'
  );
}

function pickListener(gateway: Gateway, ref: ParentReference): Listener | undefined {
  const listeners = gateway.spec.listeners;
  if (ref.sectionName !== undefined)
    return listeners.find((listener) => listener.name === ref.sectionName);
  if (ref.port !== undefined) return listeners.find((listener) => listener.port === ref.port);
  return listeners[0];
}

// A wildcard listener hostname (`*.example.com`) stands for its subdomains: `www.` is one of them.
function hostOfListener(listener: Listener): string {
  const hostname = listener.hostname;
  if (!hostname) return 'example.com';
  return hostname.startsWith('*.') ? `www.${hostname.slice(2)}` : hostname;
}

function url(listener: Listener, host: string, port: number): string {
  const scheme = listener.protocol === 'HTTPS' || listener.protocol === 'TLS' ? 'https' : 'http';
  const defaultPort = scheme === 'https' ? 443 : 80;
  const concrete = host.startsWith('*.') ? `www.${host.slice(2)}` : host;
  return `${scheme}://${concrete}${port === defaultPort ? '' : `:${port}`}/`;
}

function draftFor(route: WebRoute, address: string, entry: RequestDraft['entry']): RequestDraft {
  if (route.kind === 'HTTPRoute') return plain(address, entry);
  const method = route.spec.rules
    ?.flatMap((rule) => rule.matches ?? [])
    .find((match) => match.method?.service)?.method;
  return {
    ...plain(address, entry),
    method: 'POST',
    grpcService: method?.service ?? '',
    grpcMethod: method?.method ?? '',
    headers: 'content-type: application/grpc',
  };
}

function plain(address: string, entry: RequestDraft['entry']): RequestDraft {
  return { method: 'GET', line: address, headers: '', grpcService: '', grpcMethod: '', entry };
}
