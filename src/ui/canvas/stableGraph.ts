import type { Graph } from '../../core/index.ts';
import { samePlainData } from './samePlainData.ts';

/**
 * Keeps what did not change between two projections as the same objects: an unchanged node or
 * edge keeps its previous object, and a graph that is the same as the previous one in everything
 * is the previous graph. Re-reading a document (a keystroke that mends the text, an analysis that
 * finds the same problems) makes new records with the same content; with the old objects kept,
 * the visible graph, the React Flow elements and the drawn nodes are not computed again.
 *
 * @param previous - The graph shown until now, or null.
 * @param next - The new projection.
 * @returns `previous` when nothing differs, else `next` with unchanged records taken from `previous`.
 */
export function stableGraph(previous: Graph | null, next: Graph): Graph {
  if (!previous || previous === next) return next;
  const nodes = stableList(previous.nodes, next.nodes);
  const edges = stableList(previous.edges, next.edges);
  const groups = stableList(previous.groups, next.groups);
  if (nodes === previous.nodes && edges === previous.edges && groups === previous.groups) {
    return previous;
  }
  return { nodes, edges, groups };
}

/** The records of `next`, each replaced by its equal in `previous` (same id); `previous` when all are. */
function stableList<T extends { readonly id: string }>(
  previous: readonly T[],
  next: readonly T[],
): readonly T[] {
  let byId: Map<string, T> | null = null;
  let same = previous.length === next.length;
  const out = next.map((item, i) => {
    const at = previous[i];
    if (at === item) return item;
    // Records usually keep their order; look others up by id.
    let old = at?.id === item.id ? at : undefined;
    if (!old) {
      byId ??= new Map(previous.map((record) => [record.id, record]));
      old = byId.get(item.id);
    }
    if (old && samePlainData(old, item)) {
      if (old !== at) same = false;
      return old;
    }
    same = false;
    return item;
  });
  return same ? previous : out;
}

/**
 * A function that passes each new projection through {@link stableGraph} against the one it
 * returned last (one per canvas, like the React Flow converter).
 *
 * @returns The stabiliser.
 */
export function createGraphStabilizer(): (next: Graph) => Graph {
  let input: Graph | null = null;
  let shown: Graph | null = null;
  return (next) => {
    // The same projection again (a new analysis that changed no count): what it gave last time.
    if (next !== input || !shown) {
      input = next;
      shown = stableGraph(shown, next);
    }
    return shown;
  };
}
