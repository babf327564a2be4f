import {
  type BackendObjectReference,
  INTERNET_NODE_ID,
  type ParentReference,
  type ResourceEntry,
  type Workspace,
  backendRefTarget,
  meshEntryNodeId,
  parentRefTarget,
  resourceKey,
} from '../../../core/index.ts';

/** The graph edge kinds traffic travels on (as `GraphEdge['kind']` names them). */
export type TrafficEdgeKind = 'entry' | 'meshEntry' | 'parentRef' | 'backendRef' | 'mirror';

/** A traffic edge's kind and the canvas node ids at its two ends. */
export interface EdgeEnds {
  readonly kind: TrafficEdgeKind;
  readonly source: string;
  readonly target: string;
}

/** Finds resources of a workspace by key (built once per workspace). */
export type EntryLookup = (key: string) => ResourceEntry | undefined;

/**
 * A lookup of a workspace's resources by their key.
 *
 * @param workspace - The documents.
 */
export function entryLookup(workspace: Workspace): EntryLookup {
  const byKey = new Map<string, ResourceEntry>();
  for (const entry of workspace.resources) byKey.set(entry.key, entry);
  return (key) => byKey.get(key);
}

/**
 * The ends of a traffic edge, read from its id (the formats of `src/core/graph/edgeIds.ts`) and
 * the route it belongs to. The canvas merges the edges of collapsed namespaces, so a flow counted
 * on a graph edge is drawn on the merged edge between the same ends.
 *
 * @param edgeId - A traffic edge id.
 * @param lookup - The workspace's resources by key.
 * @returns The kind and ends, or null when the id or its route does not resolve.
 */
export function trafficEdgeEnds(edgeId: string, lookup: EntryLookup): EdgeEnds | null {
  const parts = edgeId.split('|');
  const [prefix = '', key = '', second = '', third = '', fourth = ''] = parts;
  switch (prefix) {
    case 'entry':
      return { kind: 'entry', source: INTERNET_NODE_ID, target: key };
    case 'mesh':
      return { kind: 'meshEntry', source: meshEntryNodeId(key), target: second };
    case 'parent': {
      const route = lookup(key);
      const ref = refAt(route, ['spec', 'parentRefs', Number(second)]);
      if (!route || !isParentRef(ref)) return null;
      return { kind: 'parentRef', source: parentKey(route, ref), target: key };
    }
    case 'backend': {
      const route = lookup(key);
      const ref = refAt(route, ['spec', 'rules', Number(second), 'backendRefs', Number(third)]);
      if (!route || !isBackendRef(ref)) return null;
      return { kind: 'backendRef', source: key, target: backendKeyOf(route, ref) };
    }
    case 'mirror': {
      const route = lookup(key);
      const filters =
        third === '-'
          ? ['spec', 'rules', Number(second), 'filters']
          : ['spec', 'rules', Number(second), 'backendRefs', Number(third), 'filters'];
      const ref = refAt(route, [...filters, Number(fourth), 'requestMirror', 'backendRef']);
      if (!route || !isBackendRef(ref)) return null;
      return { kind: 'mirror', source: key, target: backendKeyOf(route, ref) };
    }
    default:
      return null;
  }
}

// Walks the parsed resource (`raw`) by own properties only: it is the user's data.
function refAt(entry: ResourceEntry | undefined, path: readonly (string | number)[]): unknown {
  let value: unknown = entry?.resource;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    if (typeof segment === 'number') {
      if (!Array.isArray(value) || !Number.isInteger(segment)) return undefined;
      value = (value as readonly unknown[])[segment];
    } else {
      if (!Object.hasOwn(value, segment)) return undefined;
      value = (value as Readonly<Record<string, unknown>>)[segment];
    }
  }
  return value;
}

function isParentRef(value: unknown): value is ParentReference {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ParentReference).name === 'string'
  );
}

function isBackendRef(value: unknown): value is BackendObjectReference {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as BackendObjectReference).name === 'string'
  );
}

function parentKey(route: ResourceEntry, ref: ParentReference): string {
  return resourceKey(parentRefTarget(route.id.namespace, ref));
}

function backendKeyOf(route: ResourceEntry, ref: BackendObjectReference): string {
  return resourceKey(backendRefTarget(route.id.namespace, ref));
}
