import { type ResourceId, resourceKey } from '../model/identity.ts';
import {
  CORE_GROUP,
  type KnownKind,
  type KnownResource,
  type ResourceOfKind,
  type Route,
  groupOfKind,
  isRouteKind,
} from '../model/resource.ts';
import type { ResourceEntry, Workspace } from '../yaml/workspace.ts';

/** The label every namespace carries with its own name (Kubernetes ≥ 1.21). */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';

/**
 * The resources of a workspace that exist in the cluster, looked up by identity and by kind in
 * constant time. Built once per document change.
 */
export interface ResourceIndex {
  readonly workspace: Workspace;
  /** Admitted resources, one per identity (the last definition wins, as `kubectl apply` keeps it). */
  readonly entries: readonly ResourceEntry[];
  /** The admitted resource with an identity, if any. */
  readonly find: (id: ResourceId) => ResourceEntry | undefined;
  /** The admitted resource with a {@link resourceKey}, if any. */
  readonly findKey: (key: string) => ResourceEntry | undefined;
  /** The admitted resources of a known kind, in document order. */
  readonly ofKind: (kind: KnownKind) => readonly ResourceEntry[];
  /** A namespace's labels: its Namespace resource's labels plus `kubernetes.io/metadata.name`. */
  readonly namespaceLabels: (namespace: string) => ReadonlyMap<string, string>;
  /** Whether any admitted resource has this group and kind (Secrets are often left out). */
  readonly hasKind: (group: string, kind: string) => boolean;
}

/**
 * Indexes the resources of a workspace.
 *
 * @param workspace - The workspace.
 * @param admitted - Which resources exist in the cluster (the others are ignored entirely).
 * @returns The index.
 */
export function indexResources(
  workspace: Workspace,
  admitted: (entry: ResourceEntry) => boolean,
): ResourceIndex {
  const byKey = new Map<string, ResourceEntry>();
  for (const entry of workspace.resources) {
    if (!admitted(entry)) continue;
    // Re-inserting moves a duplicate to its last definition's place in document order.
    byKey.delete(entry.key);
    byKey.set(entry.key, entry);
  }
  const entries = [...byKey.values()];
  const byKind = new Map<string, ResourceEntry[]>();
  for (const entry of entries) {
    if (!entry.resource) continue;
    const list = byKind.get(entry.resource.kind);
    if (list) list.push(entry);
    else byKind.set(entry.resource.kind, [entry]);
  }
  const kinds = new Map<string, boolean>();
  const labelCache = new Map<string, ReadonlyMap<string, string>>();
  const namespaceLabels = (namespace: string): ReadonlyMap<string, string> => {
    let labels = labelCache.get(namespace);
    if (!labels) {
      const found = byKey.get(
        resourceKey({ group: CORE_GROUP, kind: 'Namespace', namespace: '', name: namespace }),
      );
      const declared = found?.resource?.metadata.labels;
      const map = new Map<string, string>();
      if (declared) for (const key of Object.keys(declared)) map.set(key, declared[key] ?? '');
      // The API server sets this label on every namespace and it cannot be changed.
      map.set(NAMESPACE_NAME_LABEL, namespace);
      labels = map;
      labelCache.set(namespace, labels);
    }
    return labels;
  };
  return {
    workspace,
    entries,
    find: (id) => byKey.get(resourceKey(id)),
    findKey: (key) => byKey.get(key),
    ofKind: (kind) => byKind.get(kind) ?? [],
    namespaceLabels,
    hasKind: (group, kind) => {
      // Asked for few kinds (Secrets), and only while listeners are decided: answered on demand.
      const key = `${group}/${kind}`;
      let has = kinds.get(key);
      if (has === undefined) {
        has = entries.some((entry) => entry.id.group === group && entry.id.kind === kind);
        kinds.set(key, has);
      }
      return has;
    },
  };
}

/**
 * The typed record of an entry when it is of a kind.
 *
 * @param entry - A resource entry, or undefined.
 * @param kind - The expected kind.
 * @returns The typed record, or undefined for another kind.
 */
export function recordOf<K extends KnownKind>(
  entry: ResourceEntry | undefined,
  kind: K,
): ResourceOfKind<K> | undefined {
  const resource = entry?.resource;
  return resource?.kind === kind && entry?.id.group === groupOfKind(kind)
    ? (resource as ResourceOfKind<K>)
    : undefined;
}

/**
 * The typed record of an entry when it is a route (HTTPRoute, GRPCRoute, TLSRoute, TCPRoute,
 * UDPRoute).
 *
 * @param entry - A resource entry.
 * @returns The route, or undefined for another kind.
 */
export function routeRecordOf(entry: ResourceEntry): Route | undefined {
  const resource = entry.resource;
  return isRoute(resource) ? resource : undefined;
}

function isRoute(resource: KnownResource | undefined): resource is Route {
  return resource !== undefined && isRouteKind(resource.kind);
}

/**
 * Whether two lists hold the same entries in the same order (entries are stable across edits of
 * other documents, so this tells that nothing in the lists changed).
 *
 * @param a - A list of entries.
 * @param b - Another.
 */
export function sameEntries(a: readonly ResourceEntry[], b: readonly ResourceEntry[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
