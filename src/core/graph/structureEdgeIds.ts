/**
 * Ids of the graph's structural edges, which carry no traffic (the traffic edges' ids are in
 * `edgeIds.ts`).
 */

/**
 * A Gateway's link to its GatewayClass.
 *
 * @param gatewayKey - {@link resourceKey} of the Gateway.
 */
export function gatewayClassEdgeId(gatewayKey: string): string {
  return `class|${gatewayKey}`;
}

/**
 * A ListenerSet's link to its parent Gateway.
 *
 * @param listenerSetKey - {@link resourceKey} of the ListenerSet.
 */
export function listenerSetEdgeId(listenerSetKey: string): string {
  return `listenerset|${listenerSetKey}`;
}

/**
 * A policy's link to one of its targets.
 *
 * @param policyKey - {@link resourceKey} of the policy.
 * @param targetIndex - Index in `spec.targetRefs`.
 */
export function policyEdgeId(policyKey: string, targetIndex: number): string {
  return `policy|${policyKey}|${targetIndex}`;
}
