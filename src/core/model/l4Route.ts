import type { ObjectMeta } from './meta.ts';
import {
  type BackendRef,
  type ParentReference,
  backendRefShape,
  parentReferenceShape,
} from './references.ts';
import { type Shape, arrayOf, obj, opt, str } from './shape.ts';

/**
 * A rule of a TLSRoute, TCPRoute or UDPRoute: only backends, no matches.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#tcprouterule
 */
export interface L4RouteRule {
  readonly name?: string;
  readonly backendRefs?: readonly BackendRef[];
}

/**
 * The desired state shared by TLSRoute (which adds SNI hostnames), TCPRoute and UDPRoute.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#tlsroutespec
 */
export interface L4RouteSpec {
  readonly parentRefs?: readonly ParentReference[];
  readonly hostnames?: readonly string[];
  readonly rules?: readonly L4RouteRule[];
}

/**
 * Routes TLS connections by SNI (passthrough or terminated at a TLS listener).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#tlsroute
 */
export interface TLSRoute {
  readonly apiVersion: string;
  readonly kind: 'TLSRoute';
  readonly metadata: ObjectMeta;
  readonly spec: L4RouteSpec;
}

/**
 * Forwards TCP connections from a TCP listener.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#tcproute
 */
export interface TCPRoute {
  readonly apiVersion: string;
  readonly kind: 'TCPRoute';
  readonly metadata: ObjectMeta;
  readonly spec: L4RouteSpec;
}

/**
 * Forwards UDP datagrams from a UDP listener.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#udproute
 */
export interface UDPRoute {
  readonly apiVersion: string;
  readonly kind: 'UDPRoute';
  readonly metadata: ObjectMeta;
  readonly spec: L4RouteSpec;
}

export const l4RouteSpecShape: Shape<L4RouteSpec> = obj({
  parentRefs: opt(arrayOf(parentReferenceShape)),
  hostnames: opt(arrayOf(str)),
  rules: opt(arrayOf(obj({ name: opt(str), backendRefs: opt(arrayOf(backendRefShape)) }))),
});
