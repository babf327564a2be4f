import { type ResourceId, displayName } from '../model/identity.ts';
import type { Workspace } from '../yaml/workspace.ts';
import type { CommandResult } from './commandResult.ts';
import { requireResource } from './workspaceQueries.ts';

/** The protocols a new listener can have. */
export type ListenerProtocol = 'HTTP' | 'HTTPS' | 'TLS' | 'TCP' | 'UDP';

/** Arguments of {@link addListener}. */
export interface AddListenerArgs {
  /** A Gateway or a ListenerSet. */
  readonly target: ResourceId;
  readonly protocol?: ListenerProtocol;
  /** The port; by default the protocol's usual one, or the next free one after it. */
  readonly port?: number;
  /** The name; by default the protocol in lower case, made unique. */
  readonly name?: string;
  /** HTTP, HTTPS and TLS only. */
  readonly hostname?: string;
}

const firstPorts: Readonly<Record<ListenerProtocol, readonly number[]>> = {
  HTTP: [80, 8080],
  HTTPS: [443, 8443],
  TLS: [443, 8443],
  TCP: [9000],
  UDP: [5000],
};

/**
 * Adds a listener that is valid and distinct from the others (the CRD requires a unique name
 * and a unique port, protocol and hostname): the protocol's usual port when it is free (80,
 * 443…), else the next free one; HTTPS terminates TLS with a certificate Secret named after the
 * owner (`<name>-tls`, which the person provides), TLS passes the stream through.
 *
 * @param workspace - The documents.
 * @param args - The Gateway or ListenerSet, and optionally protocol, port, name and hostname.
 * @returns The patch (selecting the new listener), or why it cannot be added.
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#listener
 */
export function addListener(workspace: Workspace, args: AddListenerArgs): CommandResult {
  const found = requireResource(workspace, args.target);
  if ('error' in found) return found;
  const { entry, resource } = found;
  if (resource.kind !== 'Gateway' && resource.kind !== 'ListenerSet') {
    return {
      error: `${displayName(entry.id)} has no listeners: add listeners to a Gateway or a ListenerSet`,
    };
  }
  const listeners = resource.spec.listeners;
  if (listeners.length >= 64)
    return { error: `${displayName(entry.id)} has 64 listeners, the most it can have` };
  const protocol = args.protocol ?? 'HTTP';
  const hostname = args.hostname;
  if (hostname !== undefined && (protocol === 'TCP' || protocol === 'UDP')) {
    return { error: `${protocol} listeners have no hostname` };
  }
  const names = new Set(listeners.map((listener) => listener.name));
  const base = args.name ?? protocol.toLowerCase();
  let name = base;
  for (let n = 2; names.has(name) && args.name === undefined; n++) name = `${base}-${n}`;
  if (names.has(name))
    return { error: `${displayName(entry.id)} already has a listener named ${name}` };
  const taken = (port: number): boolean =>
    listeners.some(
      (listener) =>
        listener.port === port &&
        (listener.protocol !== protocol || (listener.hostname ?? '') === (hostname ?? '')),
    );
  let port = args.port;
  if (port === undefined) {
    port = firstPorts[protocol].find((candidate) => !taken(candidate));
    for (let candidate = firstPorts[protocol][1] ?? 0; port === undefined; candidate++) {
      if (candidate >= 1 && !taken(candidate)) port = candidate;
    }
  } else if (!Number.isInteger(port) || port < 1 || port > 65535) {
    return { error: 'A port is a whole number from 1 to 65535' };
  } else if (taken(port)) {
    return { error: `Port ${port} is already used by another listener in a way that conflicts` };
  }
  const value: Record<string, unknown> = {
    name,
    ...(hostname === undefined ? {} : { hostname }),
    port,
    protocol,
  };
  if (protocol === 'HTTPS')
    value['tls'] = { mode: 'Terminate', certificateRefs: [{ name: `${entry.id.name}-tls` }] };
  if (protocol === 'TLS') value['tls'] = { mode: 'Passthrough' };
  const path = ['spec', 'listeners'];
  return {
    patches: [{ op: 'insert', target: entry.id, path, index: listeners.length, value }],
    select: { target: entry.id, path: [...path, listeners.length] },
  };
}
