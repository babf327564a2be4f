import { type LabelSelector, type ObjectMeta, labelSelectorShape } from './meta.ts';
import {
  type ParentReference,
  type SecretObjectReference,
  parentReferenceShape,
  secretObjectReferenceShape,
} from './references.ts';
import {
  type Shape,
  anything,
  arrayOf,
  int,
  obj,
  oneOf,
  opt,
  recordOf,
  req,
  str,
} from './shape.ts';

/**
 * A group and kind of route a listener accepts.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#routegroupkind
 */
export interface RouteGroupKind {
  readonly group?: string;
  readonly kind: string;
}

/**
 * Which namespaces and kinds of routes may attach to a listener (default: routes from the same
 * namespace, of the kinds the protocol implies).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#allowedroutes
 */
export interface AllowedRoutes {
  readonly namespaces?: {
    readonly from?: 'All' | 'Selector' | 'Same';
    readonly selector?: LabelSelector;
  };
  readonly kinds?: readonly RouteGroupKind[];
}

/**
 * TLS settings of a listener: terminate with certificates, or pass the stream through.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#listenertlsconfig
 */
export interface ListenerTLSConfig {
  readonly mode?: 'Terminate' | 'Passthrough';
  readonly certificateRefs?: readonly SecretObjectReference[];
  readonly options?: Readonly<Record<string, string>>;
}

/**
 * A port, protocol and optional hostname on which a Gateway (or ListenerSet) accepts traffic.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#listener
 */
export interface Listener {
  readonly name: string;
  readonly hostname?: string;
  readonly port: number;
  readonly protocol: string;
  readonly tls?: ListenerTLSConfig;
  readonly allowedRoutes?: AllowedRoutes;
}

export const listenerShape: Shape<Listener> = obj({
  name: req(str, ''),
  hostname: opt(str),
  port: req(int, 0),
  protocol: req(str, ''),
  tls: opt(
    obj({
      mode: opt(oneOf('Terminate', 'Passthrough')),
      certificateRefs: opt(arrayOf(secretObjectReferenceShape)),
      options: opt(recordOf(str)),
    }),
  ),
  allowedRoutes: opt(
    obj({
      namespaces: opt(
        obj({ from: opt(oneOf('All', 'Selector', 'Same')), selector: opt(labelSelectorShape) }),
      ),
      kinds: opt(arrayOf(obj({ group: opt(str), kind: req(str, '') }))),
    }),
  ),
});

/**
 * The desired state of a Gateway.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#gatewayspec
 */
export interface GatewaySpec {
  readonly gatewayClassName: string;
  readonly listeners: readonly Listener[];
  readonly addresses?: readonly { readonly type?: string; readonly value?: string }[];
  /** Which namespaces may attach ListenerSets (default `None`). */
  readonly allowedListeners?: {
    readonly namespaces?: {
      readonly from?: 'All' | 'Selector' | 'Same' | 'None';
      readonly selector?: LabelSelector;
    };
  };
  readonly infrastructure?: unknown;
  readonly tls?: unknown;
}

/**
 * A load balancer instance: listeners on which north-south traffic enters.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#gateway
 */
export interface Gateway {
  readonly apiVersion: string;
  readonly kind: 'Gateway';
  readonly metadata: ObjectMeta;
  readonly spec: GatewaySpec;
}

export const gatewaySpecShape: Shape<GatewaySpec> = obj({
  gatewayClassName: req(str, ''),
  listeners: req(arrayOf(listenerShape), []),
  addresses: opt(arrayOf(obj({ type: opt(str), value: opt(str) }))),
  allowedListeners: opt(
    obj({
      namespaces: opt(
        obj({
          from: opt(oneOf('All', 'Selector', 'Same', 'None')),
          selector: opt(labelSelectorShape),
        }),
      ),
    }),
  ),
  infrastructure: opt(anything),
  tls: opt(anything),
});

/**
 * The desired state of a GatewayClass: which controller implements its Gateways.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#gatewayclassspec
 */
export interface GatewayClassSpec {
  readonly controllerName: string;
  readonly description?: string;
}

/**
 * A class of Gateways, implemented by one controller (cluster-scoped).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#gatewayclass
 */
export interface GatewayClass {
  readonly apiVersion: string;
  readonly kind: 'GatewayClass';
  readonly metadata: ObjectMeta;
  readonly spec: GatewayClassSpec;
}

export const gatewayClassSpecShape: Shape<GatewayClassSpec> = obj({
  controllerName: req(str, ''),
  description: opt(str),
});

/**
 * The desired state of a ListenerSet: more listeners for a parent Gateway.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#listenersetspec
 */
export interface ListenerSetSpec {
  readonly parentRef: ParentReference;
  readonly listeners: readonly Listener[];
}

/**
 * Listeners that attach to a Gateway from outside it (GA since v1.5).
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#listenerset
 */
export interface ListenerSet {
  readonly apiVersion: string;
  readonly kind: 'ListenerSet';
  readonly metadata: ObjectMeta;
  readonly spec: ListenerSetSpec;
}

export const listenerSetSpecShape: Shape<ListenerSetSpec> = obj({
  parentRef: req(parentReferenceShape, { name: '' }),
  listeners: req(arrayOf(listenerShape), []),
});
