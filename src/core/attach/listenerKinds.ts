import type { Listener } from '../model/gateway.ts';
import { GATEWAY_GROUP, type RouteKind } from '../model/resource.ts';

/** The listener protocols Switchyard's simulated controller supports. */
export const SUPPORTED_PROTOCOLS = ['HTTP', 'HTTPS', 'TLS', 'TCP', 'UDP'] as const;

/** A supported listener protocol. */
export type SupportedProtocol = (typeof SUPPORTED_PROTOCOLS)[number];

/**
 * Whether a listener protocol is supported.
 *
 * @param protocol - The protocol as written (case-sensitive, as in the API).
 */
export function isSupportedProtocol(protocol: string): protocol is SupportedProtocol {
  return (SUPPORTED_PROTOCOLS as readonly string[]).includes(protocol);
}

/**
 * The route kinds a protocol carries (semantics.md F4): HTTP and HTTPS carry HTTPRoute and
 * GRPCRoute, TLS carries TLSRoute (passthrough or terminated), TCP carries TCPRoute and UDP
 * carries UDPRoute. NOTE: TCPRoute on a terminating TLS listener is implementation specific;
 * Switchyard does not support it (the conformance test for passthrough listeners expects
 * `InvalidRouteKinds` for TCPRoute).
 *
 * @param protocol - A supported protocol.
 */
export function protocolRouteKinds(protocol: SupportedProtocol): readonly RouteKind[] {
  switch (protocol) {
    case 'HTTP':
    case 'HTTPS':
      return ['HTTPRoute', 'GRPCRoute'];
    case 'TLS':
      return ['TLSRoute'];
    case 'TCP':
      return ['TCPRoute'];
    case 'UDP':
      return ['UDPRoute'];
  }
}

/** An `allowedRoutes.kinds` entry that the listener cannot serve. */
export interface InvalidRouteKind {
  /** Index in `allowedRoutes.kinds`. */
  readonly index: number;
  readonly group: string;
  readonly kind: string;
}

/** The route kinds a listener accepts. */
export interface ListenerRouteKinds {
  /** Kinds it accepts, in the order listed (or implied by the protocol), without duplicates. */
  readonly supported: readonly RouteKind[];
  /** Listed kinds it cannot serve (`InvalidRouteKinds`, semantics.md F4). */
  readonly invalid: readonly InvalidRouteKind[];
}

/**
 * The route kinds a listener with a supported protocol accepts: the valid entries of
 * `allowedRoutes.kinds` (group defaults to `gateway.networking.k8s.io`), or those the protocol
 * implies when the list is empty.
 *
 * @param listener - The listener as written.
 * @param protocol - Its protocol, already known to be supported.
 */
export function listenerRouteKinds(
  listener: Listener,
  protocol: SupportedProtocol,
): ListenerRouteKinds {
  const carried = protocolRouteKinds(protocol);
  const listed = listener.allowedRoutes?.kinds;
  if (!listed || listed.length === 0) return { supported: carried, invalid: [] };
  const supported: RouteKind[] = [];
  const invalid: InvalidRouteKind[] = [];
  listed.forEach((entry, index) => {
    const group = entry.group ?? GATEWAY_GROUP;
    const kind = carried.find((candidate) => candidate === entry.kind);
    if (group === GATEWAY_GROUP && kind) {
      if (!supported.includes(kind)) supported.push(kind);
    } else {
      invalid.push({ index, group, kind: entry.kind });
    }
  });
  return { supported, invalid };
}
