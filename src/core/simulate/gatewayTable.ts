import type { Attachment, ListenerAttachment, ResolvedListener } from '../attach/types.ts';
import { entryEdgeId } from '../graph/edgeIds.ts';
import { resourceKey } from '../model/identity.ts';
import type { CompiledGrpcMatch, CompiledHttpMatch, CompiledRoute } from './compiledRoute.ts';
import { listenerSpecificity } from './hostnames.ts';
import { createHostTiers } from './hostTiers.ts';
import { type GrpcIndex, type HttpIndex, buildGrpcIndex, buildHttpIndex } from './matchIndex.ts';
import type { GatewayRoutes, ListenerRoutes } from './routeTable.ts';

// Listener objects are kept by the attachment model while the Gateways are unchanged, so their
// keys are built once.
const listenerKeys = new WeakMap<ResolvedListener, string>();

function listenerKey(listener: ResolvedListener): string {
  let key = listenerKeys.get(listener);
  if (key === undefined) {
    key = `${resourceKey(listener.owner)}#${listener.index}`;
    listenerKeys.set(listener, key);
  }
  return key;
}

/**
 * Indexes the compiled routes per Gateway, listener and effective hostname (A1–A3): each
 * listener's attached HTTPRoutes and GRPCRoutes, and each Gateway's listeners by port, most
 * specific hostname first. A listener's index is reused while its bindings are unchanged.
 *
 * @param attachment - The attachment model.
 * @param routes - Compiled routes by key.
 * @returns Every Gateway by `namespace/name`.
 */
export function compileGateways(
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
      listenerRoutes(listener, attached.get(listenerKey(listener)) ?? [], routes),
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

interface CachedListener {
  readonly bindings: readonly ListenerAttachment[];
  /** The compiled route each binding named. */
  readonly routes: readonly (CompiledRoute | undefined)[];
  readonly compiled: ListenerRoutes;
}

// A listener's index depends on the listener, its bindings and the compiled routes they name. It
// is kept per listener object and reused while the bindings and their compiled routes are the
// same objects: the attachment model keeps the bindings of a route whose decision is unchanged, and
// the compiled routes are kept too (see `compileRoutes.ts`), so an edit of one route re-indexes
// the listeners that route is attached to.
const listenerCache = new WeakMap<ResolvedListener, CachedListener>();

function listenerRoutes(
  listener: ResolvedListener,
  bindings: readonly ListenerAttachment[],
  routes: ReadonlyMap<string, CompiledRoute>,
): ListenerRoutes {
  const cached = listenerCache.get(listener);
  if (
    cached?.bindings.length === bindings.length &&
    bindings.every(
      (binding, i) =>
        binding === cached.bindings[i] && routes.get(binding.route.key) === cached.routes[i],
    )
  ) {
    return cached.compiled;
  }
  const compiled = compileListener(listener, bindings, routes);
  listenerCache.set(listener, {
    bindings,
    routes: bindings.map((binding) => routes.get(binding.route.key)),
    compiled,
  });
  return compiled;
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
