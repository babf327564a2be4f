import { isRouteKind } from '../../model/resource.ts';
import { isPlainObject, ownField } from '../../util/object.ts';
import type { FieldPath } from '../../yaml/fieldPath.ts';
import type { ResourceEntry } from '../../yaml/workspace.ts';
import type { Finding } from '../finding.ts';

/** A route's parentRefs as written, with their paths. */
export interface RawParentRef {
  readonly ref: Readonly<Record<string, unknown>>;
  readonly path: FieldPath;
}

/**
 * The parentRefs of a route, read from its raw data (unreadable items are skipped).
 *
 * @param entry - A resource.
 * @returns Its parentRefs, or none for other kinds.
 */
export function rawParentRefs(entry: ResourceEntry): RawParentRef[] {
  if (!isRouteKind(entry.id.kind)) return [];
  const list = ownField(ownField(entry.raw, 'spec'), 'parentRefs');
  if (!Array.isArray(list)) return [];
  return (list as readonly unknown[]).flatMap((ref, i) =>
    isPlainObject(ref) ? [{ ref, path: ['spec', 'parentRefs', i] }] : [],
  );
}

/**
 * `ServiceParentRefWithoutCoreGroup`: a parentRef to a `Service` whose group is not `""`. The
 * CRD defaults `group` to `gateway.networking.k8s.io`, which has no Service kind, so the route
 * silently attaches to nothing (semantics.md E1). The mesh documentation writes `group: core`,
 * which some meshes accept; the conformance tests and the API use `""` (semantics.md Gaps 5).
 *
 * @param entry - A resource.
 * @returns A warning per such parentRef.
 */
export function serviceParentRefGroupFindings(entry: ResourceEntry): Finding[] {
  return rawParentRefs(entry).flatMap(({ ref, path }): Finding[] => {
    if (ownField(ref, 'kind') !== 'Service') return [];
    const group = ownField(ref, 'group');
    if (group === '') return [];
    const name = ownField(ref, 'name');
    const service = typeof name === 'string' ? name : '';
    const written = typeof group === 'string' ? `group: ${JSON.stringify(group)}` : 'no group';
    const meaning =
      group === 'core'
        ? '"core" is not an API group: the core group is written as an empty string (some meshes accept "core", the Gateway API conformance tests use "")'
        : 'it means the Gateway API group (the default, gateway.networking.k8s.io), which has no Service kind, so the route attaches to nothing';
    return [
      {
        severity: 'warning',
        code: 'ServiceParentRefWithoutCoreGroup',
        message: `parentRef to Service "${service}" has ${written}: ${meaning}; write group: "" for a mesh route`,
        path: typeof group === 'string' ? [...path, 'group'] : path,
        params: { service, group: typeof group === 'string' ? group : '' },
      },
    ];
  });
}

/**
 * `MeshRouteHostnames`: `hostnames` on a route bound to a Service. Mesh routes match requests by
 * the Service's address, not the Host header, so the hostnames are ignored there
 * (semantics.md B6, E8).
 *
 * @param entry - A resource.
 * @returns A warning when the route has hostnames and a Service parentRef.
 */
export function meshHostnameFindings(entry: ResourceEntry): Finding[] {
  const hostnames = ownField(ownField(entry.raw, 'spec'), 'hostnames');
  if (!Array.isArray(hostnames) || hostnames.length === 0) return [];
  const refs = rawParentRefs(entry);
  const services = refs.filter(({ ref }) => ownField(ref, 'kind') === 'Service').length;
  if (services === 0) return [];
  const onlyMesh = services === refs.length;
  return [
    {
      severity: 'warning',
      code: 'MeshRouteHostnames',
      message: onlyMesh
        ? 'hostnames are ignored on mesh routes: a Service parentRef matches requests by the Service address, not the Host header; use a Host header match to filter by host'
        : 'hostnames apply to the Gateway parentRefs only: the Service parentRefs match requests by the Service address and ignore them; use a Host header match to filter mesh traffic by host',
      path: ['spec', 'hostnames'],
      params: { count: hostnames.length },
    },
  ];
}
