/**
 * Stable ids of the graph's edges. The canvas draws edges with these ids and the simulator counts
 * traffic per edge with the same ids, so a traffic run can be animated on the canvas.
 */

/**
 * Traffic entering a Gateway listener from outside (the "Internet" entry node).
 *
 * @param gatewayKey - {@link resourceKey} of the Gateway.
 * @param listenerName - The listener's name.
 */
export function entryEdgeId(gatewayKey: string, listenerName: string): string {
  return `entry|${gatewayKey}|${listenerName}`;
}

/**
 * Traffic from mesh callers in a namespace to a Service's frontend.
 *
 * @param callerNamespace - The calling workloads' namespace.
 * @param serviceKey - {@link resourceKey} of the Service.
 */
export function meshEntryEdgeId(callerNamespace: string, serviceKey: string): string {
  return `mesh|${callerNamespace}|${serviceKey}`;
}

/**
 * A route attached to a parent through one parentRef: to a listener (named) of a Gateway or
 * ListenerSet, or to a Service frontend (`target` is the port number, or `*` for every port).
 *
 * @param routeKey - {@link resourceKey} of the route.
 * @param parentRefIndex - Index in `spec.parentRefs`.
 * @param target - The listener name, or the Service port.
 */
export function parentEdgeId(routeKey: string, parentRefIndex: number, target: string): string {
  return `parent|${routeKey}|${parentRefIndex}|${target}`;
}

/**
 * A rule sending to a backend.
 *
 * @param routeKey - {@link resourceKey} of the route.
 * @param ruleIndex - Index in `spec.rules`.
 * @param backendRefIndex - Index in the rule's `backendRefs`.
 */
export function backendEdgeId(
  routeKey: string,
  ruleIndex: number,
  backendRefIndex: number,
): string {
  return `backend|${routeKey}|${ruleIndex}|${backendRefIndex}`;
}

/**
 * A RequestMirror filter copying a rule's requests to a backend (rule-level filters; for a
 * backendRef's own filters, `backendRefIndex` says which).
 *
 * @param routeKey - {@link resourceKey} of the route.
 * @param ruleIndex - Index in `spec.rules`.
 * @param filterIndex - Index in the filters list.
 * @param backendRefIndex - For filters of a backendRef, its index; null for rule filters.
 */
export function mirrorEdgeId(
  routeKey: string,
  ruleIndex: number,
  filterIndex: number,
  backendRefIndex: number | null,
): string {
  return `mirror|${routeKey}|${ruleIndex}|${backendRefIndex ?? '-'}|${filterIndex}`;
}

/**
 * A ReferenceGrant permitting a reference from one namespace into its own.
 *
 * @param grantKey - {@link resourceKey} of the ReferenceGrant.
 * @param fromIndex - Index in `spec.from`.
 * @param referrerKey - {@link resourceKey} of the resource whose reference it permits.
 */
export function grantEdgeId(grantKey: string, fromIndex: number, referrerKey: string): string {
  return `grant|${grantKey}|${fromIndex}|${referrerKey}`;
}
