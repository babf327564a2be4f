import type { Severity } from '../diagnostics/diagnostic.ts';
import type { Listener } from '../model/gateway.ts';
import type { RouteKind } from '../model/resource.ts';
import type { FieldPath } from '../yaml/fieldPath.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import type { Explanation } from './explanation.ts';
import type { Attachment, BackendResolution, ResolvedListener } from './types.ts';

/** The controller name status is written under when no GatewayClass names one (mesh parents, missing classes). */
export const SIMULATED_CONTROLLER_NAME = 'switchyard.dev/simulated-controller';

/**
 * A problem of a listener and the listener condition it sets: `Accepted=False`,
 * `ResolvedRefs=False` or `Conflicted=True` (semantics.md F10).
 */
export interface ListenerProblem {
  readonly condition: 'Accepted' | 'ResolvedRefs' | 'Conflicted';
  /** The condition reason (UnsupportedProtocol, InvalidRouteKinds, HostnameConflict…). */
  readonly reason: string;
  readonly explanation: Explanation;
  /** The offending field, relative to the resource that declares the listener. */
  readonly path: FieldPath;
  /** Warning when the listener still serves (one invalid route kind among valid ones). */
  readonly severity: Severity;
}

/** A listener and what a controller decided about it. */
export interface ListenerOutcome {
  readonly listener: ResolvedListener;
  /** The listener as written. */
  readonly spec: Listener;
  /** The Gateway or ListenerSet that declares it. */
  readonly owner: ResourceEntry;
  readonly problems: readonly ListenerProblem[];
  /** Accepted: no Accepted or Conflicted problem (routes may attach to it even when it is not). */
  readonly accepted: boolean;
  /** Accepted, refs resolved and some route kind supported. */
  readonly programmed: boolean;
}

/** Why a ListenerSet is not attached to its Gateway. */
export interface ListenerSetRejection {
  readonly reason: 'NotAllowed' | 'ParentNotAccepted' | 'ListenersNotValid';
  readonly explanation: Explanation;
  readonly path: FieldPath;
  readonly severity: Severity;
}

/** A ListenerSet and whether its Gateway accepted it (semantics.md F12). */
export interface ListenerSetOutcome {
  readonly listenerSet: ResourceEntry;
  /** The parent Gateway, when it is in the documents. */
  readonly gateway: ResourceEntry | undefined;
  /** Undefined when the ListenerSet is attached. */
  readonly rejection: ListenerSetRejection | undefined;
  readonly listeners: readonly ListenerOutcome[];
}

/** A Gateway and its own listeners (ListenerSet listeners are in {@link ListenerSetOutcome}). */
export interface GatewayOutcome {
  readonly gateway: ResourceEntry;
  /** The GatewayClass, when it is in the documents. */
  readonly gatewayClass: ResourceEntry | undefined;
  /** The class's `spec.controllerName`, or {@link SIMULATED_CONTROLLER_NAME}. */
  readonly controllerName: string;
  readonly listeners: readonly ListenerOutcome[];
  /** The ListenerSets that name this Gateway as parent, in precedence order. */
  readonly listenerSets: readonly ListenerSetOutcome[];
}

/**
 * A parentRef with its defaults applied, as `status.parents[].parentRef` writes it.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#parentreference
 */
export interface StatusParentReference {
  readonly group: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly sectionName?: string;
  readonly port?: number;
}

/** Why a parentRef is not accepted. */
export interface ParentRefFailure {
  readonly accepted: false;
  /** NotAllowedByListeners, NoMatchingListenerHostname, NoMatchingParent, UnsupportedValue, Conflicted. */
  readonly reason: string;
  readonly explanation: Explanation;
  /** Warning when the parent is simply not in the documents (it may be managed elsewhere). */
  readonly severity: Severity;
}

/** The outcome of one parentRef of a route. */
export interface ParentRefOutcome {
  readonly index: number;
  readonly parentRef: StatusParentReference;
  readonly controllerName: string;
  readonly result: { readonly accepted: true } | ParentRefFailure;
  /** Mesh: Service ports this parentRef covers but lost to a route of a higher kind (E7). */
  readonly lostPorts?: { readonly ports: readonly number[]; readonly explanation: Explanation };
}

/** One backend reference of a route: a rule's backendRef or a RequestMirror filter's. */
export interface BackendRefOutcome {
  readonly ruleIndex: number;
  /** Path of the reference in the route (`spec.rules[0].backendRefs[1]`). */
  readonly path: FieldPath;
  /** Its weight (default 1); undefined for a mirror. */
  readonly weight: number | undefined;
  readonly resolution: BackendResolution;
  readonly explanation: Explanation | undefined;
  /** Warning when the cluster still serves the rule's traffic (a mirror, weight 0, or other valid backends). */
  readonly severity: Severity;
}

/** A rule a controller drops (it is not programmed); the route reports PartiallyInvalid. */
export interface DroppedRule {
  readonly index: number;
  /** The offending field. */
  readonly path: FieldPath;
  readonly explanation: Explanation;
}

/** A route and what a controller decided about each parentRef and backendRef. */
export interface RouteOutcome {
  readonly route: ResourceEntry;
  readonly kind: RouteKind;
  readonly parents: readonly ParentRefOutcome[];
  readonly backendRefs: readonly BackendRefOutcome[];
  readonly droppedRules: readonly DroppedRule[];
}

/**
 * The attachment with everything status needs: each Gateway, ListenerSet and route with the
 * decisions and their reasons. What {@link computeAttachment} returns.
 */
export interface ComputedAttachment extends Attachment {
  readonly gateways: readonly GatewayOutcome[];
  /** Every ListenerSet, including those whose parent Gateway is not in the documents. */
  readonly listenerSets: readonly ListenerSetOutcome[];
  readonly routes: readonly RouteOutcome[];
}
