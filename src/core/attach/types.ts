import type { ResourceId } from '../model/identity.ts';
import type { BackendObjectReference } from '../model/references.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';

/**
 * The attachment model: which listeners exist, which routes are attached where, and how
 * references resolve, as a conformant controller would decide it (semantics.md (b), (e), (f)).
 * Routing (the simulator) and status (the validator) are both computed from it, so they always
 * agree.
 */
export interface Attachment {
  /** Every listener of every Gateway (its own, then those of attached ListenerSets), in order. */
  readonly listeners: readonly ResolvedListener[];
  /** Route-to-listener bindings with Accepted=True. */
  readonly listenerAttachments: readonly ListenerAttachment[];
  /** Route-to-Service bindings (GAMMA) with Accepted=True. */
  readonly meshAttachments: readonly MeshAttachment[];
  /** The Services of the workspace, by {@link resourceKey}. */
  readonly services: ReadonlyMap<string, ResourceEntry>;
  /**
   * Resolves a backendRef (or a mirror's backendRef) of a route: exists, is a supported kind, and
   * is permitted (same namespace, or a ReferenceGrant that matches exactly).
   */
  readonly resolveBackend: (route: ResourceEntry, ref: BackendObjectReference) => BackendResolution;
}

/**
 * A listener as routing sees it, from a Gateway or from a ListenerSet attached to a Gateway.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#listener
 */
export interface ResolvedListener {
  /** The Gateway whose address the listener serves. */
  readonly gateway: ResourceId;
  /** The Gateway or ListenerSet that declares it. */
  readonly owner: ResourceId;
  /** Index of the listener in its owner's `spec.listeners`. */
  readonly index: number;
  readonly name: string;
  readonly port: number;
  /** HTTP, HTTPS, TLS, TCP, UDP, or another value as written. */
  readonly protocol: string;
  readonly hostname: string | undefined;
  readonly tlsMode: 'Terminate' | 'Passthrough' | undefined;
  /** Route kinds the listener accepts (from allowedRoutes.kinds or implied by the protocol). */
  readonly supportedKinds: readonly string[];
  /** True when the listener is Conflicted (HostnameConflict, ProtocolConflict): it never receives traffic. */
  readonly conflicted: boolean;
  /** False when the listener is not accepted or programmed (conflict, unsupported protocol, ListenerSet not allowed…). */
  readonly ready: boolean;
  /** Position in the Gateway's merged listener order. */
  readonly order: number;
}

/** A route attached to a listener through one of its parentRefs. */
export interface ListenerAttachment {
  readonly listener: ResolvedListener;
  /** An HTTPRoute, GRPCRoute, TLSRoute, TCPRoute or UDPRoute. */
  readonly route: ResourceEntry;
  readonly parentRefIndex: number;
  /**
   * The route's effective hostnames on this listener (semantics.md B3): the intersection of the
   * route's and the listener's hostnames, the more specific of each pair. Empty means every host
   * (neither the route nor the listener names one).
   */
  readonly effectiveHostnames: readonly string[];
}

/** A mesh (GAMMA) route bound to a Service frontend through one of its parentRefs. */
export interface MeshAttachment {
  readonly service: ResourceId;
  readonly route: ResourceEntry;
  readonly parentRefIndex: number;
  /** The Service ports (numbers) the parentRef covers: its `port`/`sectionName`, or every port. */
  readonly ports: readonly number[];
  /** Producer: same namespace as the Service, applies to every caller. Consumer: applies to callers in the route's namespace only. */
  readonly role: 'producer' | 'consumer';
}

/** The reason a backendRef is invalid, as the route's ResolvedRefs condition names it. */
export type BackendFailure =
  'BackendNotFound' | 'InvalidKind' | 'RefNotPermitted' | 'UnsupportedProtocol';

/** What a backendRef resolves to. */
export type BackendResolution =
  | {
      readonly valid: true;
      /** The Service the traffic goes to. */
      readonly service: ResourceId;
      readonly port: number | undefined;
    }
  | {
      readonly valid: false;
      readonly reason: BackendFailure;
      /** A message in the style of the condition message a controller writes. */
      readonly message: string;
      /** What the reference names (defaults applied). */
      readonly target: {
        readonly group: string;
        readonly kind: string;
        readonly namespace: string;
        readonly name: string;
        readonly port: number | undefined;
      };
    };

/** Options of {@link Attachment} computation. */
export interface AttachmentOptions {
  /**
   * Which resources exist in the cluster. A resource that fails the CRD schema or its CEL rules
   * is rejected by the API server and never reaches a controller; the validator passes a
   * predicate that says so. Default: every resource.
   */
  readonly admitted?: (entry: ResourceEntry) => boolean;
}
