import {
  type EdgeEnds,
  type EntryLookup,
  type TrafficEdgeKind,
  trafficEdgeEnds,
} from './trafficEdgeEnds.ts';

/** The flow on one drawn edge. */
export interface VisibleFlow {
  /** The drawn edge's id. */
  readonly id: string;
  readonly kind: TrafficEdgeKind;
  /** The share of all requests that travel it (merged edges add up their graph edges). */
  readonly share: number;
}

/**
 * The node a canvas node id is drawn as when its namespace is collapsed (`collapsed:<group>`, as
 * the canvas names the summary node of a namespace group).
 *
 * @param id - A node id: a resource key (`group/kind/namespace/name`) or `entry:mesh:<namespace>`.
 * @returns The collapsed namespace's node id, or null for nodes outside namespaces.
 */
export function collapsedAlias(id: string): string | null {
  if (id.startsWith('entry:mesh:')) return `collapsed:namespace:${id.slice('entry:mesh:'.length)}`;
  if (id.startsWith('entry:')) return null;
  const namespace = id.split('/')[2];
  return namespace ? `collapsed:namespace:${namespace}` : null;
}

/**
 * Indexes the drawn merged edges (`merged|<kind>|<from>|<handle>|<to>|<handle>`, the ids the canvas
 * gives edges into collapsed namespaces) by kind and ends.
 *
 * @param drawn - The ids of the drawn edges.
 */
export function mergedIndex(drawn: Iterable<string>): Map<string, string> {
  const index = new Map<string, string>();
  for (const id of drawn) {
    if (!id.startsWith('merged|')) continue;
    const [, kind, from, , to] = id.split('|');
    const key = `${kind ?? ''}|${from ?? ''}|${to ?? ''}`;
    if (!index.has(key)) index.set(key, id);
  }
  return index;
}

/** Where a graph edge is drawn: the drawn edge's id and the traffic kind, or null when it is not. */
export type DrawnAs = { readonly id: string; readonly kind: TrafficEdgeKind } | null;

/**
 * Finds where graph edges are drawn, remembering each answer: a large profile counts thousands of
 * edges, and the answers only change when the drawn edges or the documents do (then make a new
 * one).
 *
 * @param drawn - The ids of the drawn edges.
 * @param lookup - The workspace's resources by key (to find a route's parents and backends).
 * @returns `drawnAs(graphEdgeId)`.
 */
export function createDrawnEdgeIndex(
  drawn: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  lookup: EntryLookup,
): (edge: string) => DrawnAs {
  const merged = mergedIndex(drawn.keys());
  const answers = new Map<string, DrawnAs>();
  return (edge) => {
    const known = answers.get(edge);
    if (known !== undefined) return known;
    const ends = trafficEdgeEnds(edge, lookup);
    let answer: DrawnAs = null;
    if (ends && drawn.has(edge)) answer = { id: edge, kind: ends.kind };
    else if (ends) {
      const id = mergedEdgeFor(ends, merged);
      if (id) answer = { id, kind: ends.kind };
    }
    answers.set(edge, answer);
    return answer;
  };
}

/**
 * Puts the flows counted on graph edges onto the edges the canvas draws: an edge drawn as itself
 * keeps its flow; one whose end is inside a collapsed namespace adds to the merged edge between
 * the same ends; one not drawn (filtered out, outside the rendered part of a large graph) is left
 * out.
 *
 * @param flows - Shares by graph edge id.
 * @param drawnAs - Where each graph edge is drawn ({@link createDrawnEdgeIndex}).
 * @returns The flows by drawn edge id.
 */
export function visibleFlows(
  flows: ReadonlyMap<string, number>,
  drawnAs: (edge: string) => DrawnAs,
): Map<string, VisibleFlow> {
  const out = new Map<string, VisibleFlow>();
  for (const [edge, share] of flows) {
    if (share <= 0) continue;
    const drawn = drawnAs(edge);
    if (drawn) out.set(drawn.id, { ...drawn, share: (out.get(drawn.id)?.share ?? 0) + share });
  }
  return out;
}

function mergedEdgeFor(ends: EdgeEnds, merged: ReadonlyMap<string, string>): string | null {
  const sources = [ends.source, collapsedAlias(ends.source)];
  const targets = [ends.target, collapsedAlias(ends.target)];
  for (const source of sources) {
    for (const target of targets) {
      if (source === null || target === null || source === target) continue;
      const id = merged.get(`${ends.kind}|${source}|${target}`);
      if (id) return id;
    }
  }
  return null;
}
