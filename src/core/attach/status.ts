import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { StatusParentReference } from './outcomes.ts';

/**
 * A status condition as Kubernetes writes it (without `lastTransitionTime`, which needs a clock).
 *
 * @see https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/object-meta/
 */
export interface StatusCondition {
  readonly type: string;
  readonly status: 'True' | 'False' | 'Unknown';
  readonly reason: string;
  readonly message: string;
  /** The resource's `metadata.generation`, when the documents set it. */
  readonly observedGeneration?: number;
}

/**
 * The status a controller writes for one parentRef of a route.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#routeparentstatus
 */
export interface RouteParentStatus {
  readonly parentRef: StatusParentReference;
  readonly controllerName: string;
  readonly conditions: readonly StatusCondition[];
}

/**
 * The status of a route: one entry per declared parentRef.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#routestatus
 */
export interface RouteStatus {
  readonly parents: readonly RouteParentStatus[];
}

/**
 * A route group and kind, as `supportedKinds` lists them.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#routegroupkind
 */
export interface StatusRouteGroupKind {
  readonly group: string;
  readonly kind: string;
}

/**
 * The status of one listener of a Gateway or ListenerSet.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#listenerstatus
 */
export interface ListenerStatus {
  readonly name: string;
  readonly attachedRoutes: number;
  readonly supportedKinds: readonly StatusRouteGroupKind[];
  readonly conditions: readonly StatusCondition[];
}

/**
 * The status of a Gateway: its conditions and its own listeners.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#gatewaystatus
 */
export interface GatewayStatus {
  readonly conditions: readonly StatusCondition[];
  readonly listeners: readonly ListenerStatus[];
  /** How many ListenerSets are attached; present when the Gateway allows or is named by ListenerSets. */
  readonly attachedListenerSets?: number;
}

/**
 * The status of a ListenerSet: its conditions and its listeners.
 *
 * @see https://gateway-api.sigs.k8s.io/reference/spec/#listenersetstatus
 */
export interface ListenerSetStatus {
  readonly conditions: readonly StatusCondition[];
  readonly listeners: readonly ListenerStatus[];
}

/** One resource with the status a conformant controller would write (contract.md 1.1 `resources[]`). */
export interface ResourceStatus {
  readonly apiVersion: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
  readonly status: RouteStatus | GatewayStatus | ListenerSetStatus;
}

/** The computed status of every route, Gateway and ListenerSet, and the findings to fix. */
export interface StatusReport {
  /** In document order. */
  readonly resources: readonly ResourceStatus[];
  /** One per False condition a person must fix (and warnings where the cluster still serves the rest). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Builds a condition.
 *
 * @param type - The condition type (`Accepted`, `ResolvedRefs`…).
 * @param status - Its status.
 * @param reason - Its reason.
 * @param message - Its message (`""` when there is nothing to say).
 * @param generation - The resource's `metadata.generation`, if set.
 */
export function condition(
  type: string,
  status: boolean,
  reason: string,
  message: string,
  generation: number | undefined,
): StatusCondition {
  return {
    type,
    status: status ? 'True' : 'False',
    reason,
    message,
    ...(generation === undefined ? {} : { observedGeneration: generation }),
  };
}
