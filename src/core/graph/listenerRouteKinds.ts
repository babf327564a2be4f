import type { Listener } from '../model/gateway.ts';
import { GATEWAY_GROUP, type RouteKind, isRouteKind } from '../model/resource.ts';

/**
 * The route kinds a listener accepts: those its `allowedRoutes.kinds` lists (Gateway API group),
 * or the kinds its protocol implies (semantics.md (f) F4): HTTP and HTTPS take HTTPRoute and
 * GRPCRoute, TLS takes TLSRoute (passthrough or terminated), TCP takes TCPRoute, UDP
 * takes UDPRoute. This is for drawing and for the editing commands; whether a route is actually
 * accepted is the attachment model's decision.
 *
 * @param listener - A listener of a Gateway or ListenerSet.
 * @returns The route kinds, possibly none (an unknown protocol).
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#allowedroutes
 */
export function listenerRouteKinds(listener: Listener): readonly RouteKind[] {
  const listed = listener.allowedRoutes?.kinds;
  if (listed && listed.length > 0) {
    return listed
      .filter((entry) => (entry.group ?? GATEWAY_GROUP) === GATEWAY_GROUP)
      .map((entry) => entry.kind)
      .filter(isRouteKind);
  }
  switch (listener.protocol) {
    case 'HTTP':
    case 'HTTPS':
      return ['HTTPRoute', 'GRPCRoute'];
    case 'TLS':
      return ['TLSRoute'];
    case 'TCP':
      return ['TCPRoute'];
    case 'UDP':
      return ['UDPRoute'];
    default:
      return [];
  }
}
