import {
  type GatewayClass,
  type Gateway,
  type ListenerSet,
  gatewayClassSpecShape,
  gatewaySpecShape,
  listenerSetSpecShape,
} from './gateway.ts';
import { type GRPCRoute, grpcRouteSpecShape } from './grpcRoute.ts';
import { type HTTPRoute, httpRouteSpecShape } from './httpRoute.ts';
import { type TCPRoute, type TLSRoute, type UDPRoute, l4RouteSpecShape } from './l4Route.ts';
import { type ObjectMeta, objectMetaShape } from './meta.ts';
import {
  type BackendTLSPolicy,
  type ReferenceGrant,
  backendTLSPolicySpecShape,
  referenceGrantSpecShape,
} from './policy.ts';
import { type Namespace, type Service, serviceSpecShape } from './core.ts';
import type { Shape } from './shape.ts';
import { ownField } from '../util/object.ts';

/** The API group of Gateway API resources. */
export const GATEWAY_GROUP = 'gateway.networking.k8s.io';
/** The core API group (written `""` in references, `v1` in apiVersion). */
export const CORE_GROUP = '';

/** A resource of a kind Switchyard understands (Gateway API v1.6.1 and core v1). */
export type KnownResource =
  | GatewayClass
  | Gateway
  | ListenerSet
  | HTTPRoute
  | GRPCRoute
  | TLSRoute
  | TCPRoute
  | UDPRoute
  | ReferenceGrant
  | BackendTLSPolicy
  | Service
  | Namespace;

/** The kind names of {@link KnownResource}. */
export type KnownKind = KnownResource['kind'];

/** A kind that routes traffic and attaches to parents. */
export type RouteKind = 'HTTPRoute' | 'GRPCRoute' | 'TLSRoute' | 'TCPRoute' | 'UDPRoute';

/** A route resource. */
export type Route = HTTPRoute | GRPCRoute | TLSRoute | TCPRoute | UDPRoute;

/** Narrows a resource to one kind. */
export type ResourceOfKind<K extends KnownKind> = Extract<KnownResource, { kind: K }>;

interface KindInfo {
  readonly group: string;
  readonly clusterScoped: boolean;
  readonly spec: Shape<unknown> | undefined;
}

const kinds: Readonly<Record<KnownKind, KindInfo>> = {
  GatewayClass: { group: GATEWAY_GROUP, clusterScoped: true, spec: gatewayClassSpecShape },
  Gateway: { group: GATEWAY_GROUP, clusterScoped: false, spec: gatewaySpecShape },
  ListenerSet: { group: GATEWAY_GROUP, clusterScoped: false, spec: listenerSetSpecShape },
  HTTPRoute: { group: GATEWAY_GROUP, clusterScoped: false, spec: httpRouteSpecShape },
  GRPCRoute: { group: GATEWAY_GROUP, clusterScoped: false, spec: grpcRouteSpecShape },
  TLSRoute: { group: GATEWAY_GROUP, clusterScoped: false, spec: l4RouteSpecShape },
  TCPRoute: { group: GATEWAY_GROUP, clusterScoped: false, spec: l4RouteSpecShape },
  UDPRoute: { group: GATEWAY_GROUP, clusterScoped: false, spec: l4RouteSpecShape },
  ReferenceGrant: { group: GATEWAY_GROUP, clusterScoped: false, spec: referenceGrantSpecShape },
  BackendTLSPolicy: { group: GATEWAY_GROUP, clusterScoped: false, spec: backendTLSPolicySpecShape },
  Service: { group: CORE_GROUP, clusterScoped: false, spec: serviceSpecShape },
  Namespace: { group: CORE_GROUP, clusterScoped: true, spec: undefined },
};

/** Every known kind, in the order the palette and documentation list them. */
export const KNOWN_KINDS = Object.keys(kinds) as readonly KnownKind[];

/** The route kinds. */
export const ROUTE_KINDS: readonly RouteKind[] = [
  'HTTPRoute',
  'GRPCRoute',
  'TLSRoute',
  'TCPRoute',
  'UDPRoute',
];

/**
 * Whether a kind is a route kind.
 *
 * @param kind - A kind name.
 */
export function isRouteKind(kind: string): kind is RouteKind {
  return (ROUTE_KINDS as readonly string[]).includes(kind);
}

/**
 * The API group of an `apiVersion` (`gateway.networking.k8s.io/v1` → `gateway.networking.k8s.io`,
 * `v1` → `""`).
 *
 * @param apiVersion - The resource's apiVersion.
 */
export function groupOf(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? CORE_GROUP : apiVersion.slice(0, slash);
}

/**
 * The known kind for a group and kind, if Switchyard understands it.
 *
 * @param group - The API group.
 * @param kind - The kind name.
 */
export function knownKind(group: string, kind: string): KnownKind | undefined {
  if (!Object.hasOwn(kinds, kind)) return undefined;
  const info = kinds[kind as KnownKind];
  return info.group === group ? (kind as KnownKind) : undefined;
}

/**
 * Whether resources of a kind live outside namespaces (GatewayClass, Namespace).
 *
 * @param group - The API group.
 * @param kind - The kind name.
 */
export function isClusterScoped(group: string, kind: string): boolean {
  const known = knownKind(group, kind);
  return known !== undefined && kinds[known].clusterScoped;
}

/**
 * The API group a kind belongs to, for kinds Switchyard knows.
 *
 * @param kind - A known kind.
 */
export function groupOfKind(kind: KnownKind): string {
  return kinds[kind].group;
}

/**
 * Reads the typed record of a resource from raw parsed data. Unreadable fields are left out
 * (the validator reports them from the raw data); the text keeps everything.
 *
 * @param raw - A parsed YAML mapping.
 * @param kind - Its known kind.
 * @returns The typed record.
 */
export function readResource(raw: unknown, kind: KnownKind): KnownResource {
  const apiVersion = ownField(raw, 'apiVersion');
  const metadata: ObjectMeta = objectMetaShape.read(ownField(raw, 'metadata')) ?? { name: '' };
  const info = kinds[kind];
  const spec = info.spec
    ? (info.spec.read(ownField(raw, 'spec')) ?? info.spec.read({}))
    : undefined;
  const record = {
    apiVersion: typeof apiVersion === 'string' ? apiVersion : '',
    kind,
    metadata,
    ...(spec === undefined ? {} : { spec }),
  };
  // NOTE: the shapes above are the single definition of each kind's typed record, checked
  // against the interfaces where they are declared; this cast joins them to the union.
  return record as KnownResource;
}
