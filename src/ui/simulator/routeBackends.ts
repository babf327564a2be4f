import {
  type ResourceId,
  type Workspace,
  backendKey,
  backendRefTarget,
  resourceKey,
} from '../../core/index.ts';

/**
 * Every backend a route names, in any rule, as `Traffic results` names backends
 * (`namespace/name:port`): a backend a route names but never sends to (weight 0, a rule that
 * cannot match) still gets a row, with its 0 %.
 *
 * @param workspace - The documents.
 * @returns A lookup from a route to its backends' keys.
 */
export function routeBackends(workspace: Workspace): (route: ResourceId) => readonly string[] {
  const cache = new Map<string, readonly string[]>();
  const byKey = new Map(workspace.resources.map((entry) => [entry.key, entry]));
  return (route) => {
    const key = resourceKey(route);
    const known = cache.get(key);
    if (known) return known;
    const entry = byKey.get(key);
    const resource = entry?.resource;
    const keys: string[] = [];
    if (entry && (resource?.kind === 'HTTPRoute' || resource?.kind === 'GRPCRoute')) {
      for (const rule of resource.spec.rules ?? []) {
        for (const ref of rule.backendRefs ?? []) {
          const target = backendRefTarget(entry.id.namespace, ref);
          keys.push(backendKey({ ...target, port: ref.port ?? null }));
        }
      }
    }
    cache.set(key, keys);
    return keys;
  };
}
