import type { ResourceId } from '../model/identity.ts';
import type { BackendObjectReference, ParentReference } from '../model/references.ts';
import { CORE_GROUP, GATEWAY_GROUP } from '../model/resource.ts';

/**
 * Whether a reference's group names the core API group. The mesh documentation writes
 * `group: core` where the conformance manifests write `group: ""`; both are read as the core
 * group for parents (semantics.md (e) E1 and Gaps 5), so the graph shows what the person meant
 * while the validator reports the spelling.
 *
 * @param group - The group as written.
 */
export function isCoreGroup(group: string): boolean {
  return group === CORE_GROUP || group === 'core';
}

/**
 * The object a parentRef names, defaults applied: group `gateway.networking.k8s.io`, kind
 * `Gateway`, namespace of the route (semantics.md (f) F1).
 *
 * @param namespace - The referring resource's namespace.
 * @param ref - The parentRef.
 * @returns Its target identity (core-group spellings normalised to `""`).
 */
export function parentRefTarget(namespace: string, ref: ParentReference): ResourceId {
  const group = ref.group ?? GATEWAY_GROUP;
  return {
    group: isCoreGroup(group) ? CORE_GROUP : group,
    kind: ref.kind ?? 'Gateway',
    namespace: ref.namespace ?? namespace,
    name: ref.name,
  };
}

/**
 * The object a backendRef (or a mirror's backendRef) names, defaults applied: group `""`, kind
 * `Service`, namespace of the route.
 *
 * @param namespace - The route's namespace.
 * @param ref - The backend reference.
 * @returns Its target identity.
 */
export function backendRefTarget(namespace: string, ref: BackendObjectReference): ResourceId {
  return {
    group: ref.group ?? CORE_GROUP,
    kind: ref.kind ?? 'Service',
    namespace: ref.namespace ?? namespace,
    name: ref.name,
  };
}

/**
 * Whether an identity names a core Service.
 *
 * @param id - An identity.
 */
export function isServiceId(id: ResourceId): boolean {
  return id.group === CORE_GROUP && id.kind === 'Service';
}

/**
 * Whether an identity names a Gateway or a ListenerSet (the parents of north-south routes).
 *
 * @param id - An identity.
 */
export function isGatewayParentId(id: ResourceId): boolean {
  return id.group === GATEWAY_GROUP && (id.kind === 'Gateway' || id.kind === 'ListenerSet');
}
