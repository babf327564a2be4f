import type { BackendResolution } from '../attach/types.ts';
import { type ResourceId, resourceKey } from '../model/identity.ts';
import type { BackendObjectReference } from '../model/references.ts';
import type { ResourceEntry } from '../yaml/workspace.ts';
import { type EntryFacts, factsOf } from './entryFacts.ts';
import type { ConditionStatus, GraphEdge, Lane } from './graph.ts';
import { type GrantIndex, createGrantIndex } from './grantIndex.ts';

/** A route's Accepted condition for one parentRef, as the status computation decides it. */
export interface ParentRefStatus {
  readonly status: ConditionStatus;
  readonly reason?: string;
}

/** What the caller may pass to {@link projectGraph}. */
export interface ProjectGraphOptions {
  /**
   * The Accepted condition of a route for one of its parentRefs (from the computed status);
   * parentRef edges carry it so the canvas can colour them. A route's edges are reused while
   * its answers stay the same, so a new lookup with mostly the same answers is cheap.
   */
  readonly accepted?: (routeKey: string, parentRefIndex: number) => ParentRefStatus | undefined;
  /**
   * How backendRefs resolve (the attachment model's `resolveBackend`; like `accepted`, a new
   * function when the answers change). Without it, a backendRef
   * is valid when it names a core Service of the documents in its own namespace, or in another
   * namespace with a ReferenceGrant that permits it.
   */
  readonly resolveBackend?: (
    route: ResourceEntry,
    ref: BackendObjectReference,
  ) => BackendResolution;
  /** Findings to count per node (`problems`). */
  readonly diagnostics?: readonly {
    readonly severity: string;
    readonly resource: {
      readonly kind: string;
      readonly namespace: string;
      readonly name: string;
    } | null;
  }[];
}

/** A resource of the projection with its facts. */
export interface Known {
  readonly entry: ResourceEntry;
  readonly facts: EntryFacts;
}

/** Why a referenced-but-missing object is referenced: as a parent, or as a backend. */
export type MissingRole = 'parent' | 'backend' | 'other';

/** A referenced object the documents do not define. */
export interface MissingTarget {
  readonly id: ResourceId;
  readonly role: MissingRole;
  references: number;
}

/** How the references to a Service (or a missing object) vote for its lane. */
export interface Usage {
  northSouth: number;
  eastWest: number;
  /** parentRefs of mesh routes to its frontend. */
  meshParents: number;
  /** backendRefs and mirrors to its backend. */
  backendRefs: number;
}

/** The state of one projection: the resources by key, and what the edges found. */
export interface GraphContext {
  readonly options: ProjectGraphOptions;
  /** The namespace of resources that do not name one. */
  readonly defaultNamespace: string;
  /** The resources with their facts, one per identity (the last definition, as kubectl apply keeps). */
  readonly known: readonly Known[];
  readonly byKey: ReadonlyMap<string, Known>;
  readonly grants: GrantIndex;
  /** Stays the same object while the ReferenceGrants are the same entries (a cache key). */
  readonly grantsToken: object;
  readonly routeLanes: Map<string, Lane>;
  readonly edges: GraphEdge[];
  readonly edgeIds: Set<string>;
  readonly missing: Map<string, MissingTarget>;
  readonly usage: Map<string, Usage>;
  /** Lane votes of ReferenceGrants, from the references they permit. */
  readonly grantVotes: Map<string, Usage>;
  /** Mesh caller namespace → the routed Services its workloads call. */
  readonly meshCallers: Map<string, Set<string>>;
}

/**
 * Starts a projection.
 *
 * @param resources - The workspace's resources in document order.
 * @param defaultNamespace - The workspace's default namespace.
 * @param options - The caller's lookups.
 */
export function createGraphContext(
  resources: readonly ResourceEntry[],
  defaultNamespace: string,
  options: ProjectGraphOptions,
): GraphContext {
  const byKey = new Map<string, Known>();
  for (const entry of resources) {
    // A later definition replaces an earlier one; it takes the later place in the order too.
    byKey.delete(entry.key);
    byKey.set(entry.key, { entry, facts: factsOf(entry) });
  }
  const known = [...byKey.values()];
  const grantEntries = known.flatMap(({ entry, facts }) =>
    facts.type === 'referenceGrant' ? [entry] : [],
  );
  return {
    options,
    defaultNamespace,
    known,
    byKey,
    grants: createGrantIndex(grantEntries),
    grantsToken: grantsToken(grantEntries),
    routeLanes: new Map(),
    edges: [],
    edgeIds: new Set(),
    missing: new Map(),
    usage: new Map(),
    grantVotes: new Map(),
    meshCallers: new Map(),
  };
}

/**
 * Adds an edge unless one with the same id is already there (an invalid document can name a
 * listener twice; the graph keeps the first).
 *
 * @param context - The projection.
 * @param edge - The edge.
 */
export function addEdge(context: GraphContext, edge: GraphEdge): void {
  if (context.edgeIds.has(edge.id)) return;
  context.edgeIds.add(edge.id);
  context.edges.push(edge);
}

/**
 * The facts of a resource in the documents, if it is there.
 *
 * @param context - The projection.
 * @param key - {@link resourceKey} of the resource.
 */
export function factsAt(context: GraphContext, key: string): Known | undefined {
  return context.byKey.get(key);
}

/**
 * Records a reference to an object the documents do not define; it becomes a missing node.
 *
 * @param context - The projection.
 * @param id - The referenced identity.
 * @param role - How it is referenced (the first reference decides).
 * @returns Its node id.
 */
export function referenceMissing(context: GraphContext, id: ResourceId, role: MissingRole): string {
  const key = resourceKey(id);
  const known = context.missing.get(key);
  if (known) known.references++;
  else context.missing.set(key, { id, role, references: 1 });
  return key;
}

/**
 * The lane votes of a Service or missing object.
 *
 * @param votes - The vote table.
 * @param key - Its key.
 */
export function usageOf(votes: Map<string, Usage>, key: string): Usage {
  let usage = votes.get(key);
  if (!usage) {
    usage = { northSouth: 0, eastWest: 0, meshParents: 0, backendRefs: 0 };
    votes.set(key, usage);
  }
  return usage;
}

/**
 * Adds one vote for a lane.
 *
 * @param usage - The votes.
 * @param lane - The lane of the referrer.
 */
export function vote(usage: Usage, lane: Lane): void {
  if (lane === 'north-south') usage.northSouth++;
  else usage.eastWest++;
}

let lastGrants: { readonly entries: readonly ResourceEntry[]; readonly token: object } = {
  entries: [],
  token: {},
};

/** The same token as last time when the ReferenceGrants are the same entries, else a new one. */
function grantsToken(entries: readonly ResourceEntry[]): object {
  const same =
    entries.length === lastGrants.entries.length &&
    entries.every((entry, i) => entry === lastGrants.entries[i]);
  if (!same) lastGrants = { entries, token: {} };
  return lastGrants.token;
}
