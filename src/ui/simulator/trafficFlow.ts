/**
 * What the traffic overlay draws, kept outside React state: the animation reads it every frame
 * and nothing re-renders when it changes. The simulator writes it; the overlay subscribes only to
 * learn when to start or stop its frame loop.
 */

/** The traced request's path: the graph edges it travelled and the resources it concerned. */
export interface TracedPath {
  /** Graph edge ids (`src/core/graph/edgeIds.ts`). */
  readonly edges: readonly string[];
  /** Canvas node ids (resource keys, entry nodes) on the path. */
  readonly nodes: readonly string[];
  /** The rule of the route that decided, as the route card's row path (`spec.rules[0]`). */
  readonly rule: { readonly node: string; readonly path: string } | null;
}

/** The flows and the traced path. */
export interface TrafficFlowState {
  /** Each graph edge's share of the requests in the window (0 to 1); empty when nothing runs. */
  readonly edges: ReadonlyMap<string, number>;
  /** Requests per second being sent (0 when stopped). */
  readonly rate: number;
  readonly trace: TracedPath | null;
}

type Listener = () => void;

let state: TrafficFlowState = { edges: new Map(), rate: 0, trace: null };
const listeners = new Set<Listener>();

function publish(next: TrafficFlowState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The traffic flow as it is now. */
export const trafficFlow = {
  get: (): TrafficFlowState => state,
  /** Sets the flows of the running profile (edge counts of the window, and their total). */
  setFlows(edges: ReadonlyMap<string, number>, total: number, rate: number): void {
    const shares = new Map<string, number>();
    if (total > 0) for (const [edge, count] of edges) shares.set(edge, count / total);
    publish({ ...state, edges: shares, rate });
  },
  clearFlows(): void {
    publish({ ...state, edges: new Map(), rate: 0 });
  },
  setTrace(trace: TracedPath | null): void {
    publish({ ...state, trace });
  },
  /**
   * Calls `listener` after every change.
   *
   * @returns A function that stops the calls.
   */
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
