/**
 * Who a resource is: group, kind, namespace and name. The namespace is `""` for cluster-scoped
 * kinds; a namespaced resource without one gets the workspace's default, as kubectl does.
 */
export interface ResourceId {
  readonly group: string;
  readonly kind: string;
  readonly namespace: string;
  readonly name: string;
}

/**
 * A stable string key for a resource identity, for maps and persisted layout.
 *
 * @param id - The identity.
 * @returns `group/kind/namespace/name`.
 */
export function resourceKey(id: ResourceId): string {
  return `${id.group}/${id.kind}/${id.namespace}/${id.name}`;
}

/**
 * The name a person reads: `Kind namespace/name`, or `Kind name` for cluster-scoped kinds.
 *
 * @param id - The identity.
 * @example
 * displayName({ group: '', kind: 'Service', namespace: 'default', name: 'web' }) // 'Service default/web'
 */
export function displayName(id: ResourceId): string {
  return id.namespace ? `${id.kind} ${id.namespace}/${id.name}` : `${id.kind} ${id.name}`;
}

/**
 * Whether two identities name the same resource.
 *
 * @param a - One identity.
 * @param b - Another.
 */
export function sameResource(a: ResourceId, b: ResourceId): boolean {
  return (
    a.group === b.group && a.kind === b.kind && a.namespace === b.namespace && a.name === b.name
  );
}
