import type { TrafficResult } from '../../core/index.ts';

/** Counts of requests, by backend, status, gRPC status and graph edge. */
export interface TrafficCounts {
  readonly count: number;
  readonly backends: ReadonlyMap<string, number>;
  readonly statuses: ReadonlyMap<string, number>;
  readonly grpcStatuses: ReadonlyMap<string, number>;
  readonly edges: ReadonlyMap<string, number>;
}

/** The most recent requests of a traffic run, batch by batch. */
export interface TrafficWindow {
  /** Adds a batch; the oldest batches leave once the newer ones hold `capacity` requests. */
  readonly add: (batch: TrafficResult) => void;
  /** The counts of the batches in the window. */
  readonly counts: () => TrafficCounts;
  readonly clear: () => void;
}

type Tally = Map<string, number>;

interface Totals {
  count: number;
  readonly backends: Tally;
  readonly statuses: Tally;
  readonly grpcStatuses: Tally;
  readonly edges: Tally;
}

const EMPTY: TrafficCounts = {
  count: 0,
  backends: new Map(),
  statuses: new Map(),
  grpcStatuses: new Map(),
  edges: new Map(),
};

/**
 * Creates a sliding window over a traffic run: what it counts describes the routing of the last
 * `capacity` requests (in whole batches), so after a weight changes the observed shares move to
 * the new split within one window instead of being averaged with everything sent before.
 *
 * @param capacity - How many recent requests the window holds (at least; batches are not split).
 * @returns The window.
 */
export function createTrafficWindow(capacity: number): TrafficWindow {
  const batches: TrafficResult[] = [];
  let totals = emptyTotals();
  return {
    add(batch) {
      if (batch.count <= 0) return;
      batches.push(batch);
      apply(totals, batch, 1);
      let oldest = batches[0];
      while (oldest && batches.length > 1 && totals.count - oldest.count >= capacity) {
        batches.shift();
        apply(totals, oldest, -1);
        oldest = batches[0];
      }
    },
    counts: () => (totals.count === 0 ? EMPTY : snapshot(totals)),
    clear() {
      batches.length = 0;
      totals = emptyTotals();
    },
  };
}

function emptyTotals(): Totals {
  return {
    count: 0,
    backends: new Map(),
    statuses: new Map(),
    grpcStatuses: new Map(),
    edges: new Map(),
  };
}

function apply(totals: Totals, batch: TrafficResult, sign: 1 | -1): void {
  totals.count += sign * batch.count;
  add(totals.backends, batch.backends, sign);
  add(totals.statuses, batch.statuses, sign);
  add(totals.grpcStatuses, batch.grpcStatuses, sign);
  add(totals.edges, batch.edges, sign);
}

// The records come from the documents (backend and edge names): read only their own keys.
function add(tally: Tally, record: Readonly<Record<string, number>>, sign: 1 | -1): void {
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(record, key)) continue;
    const next = (tally.get(key) ?? 0) + sign * (record[key] ?? 0);
    if (next > 0) tally.set(key, next);
    else tally.delete(key);
  }
}

function snapshot(totals: Totals): TrafficCounts {
  return {
    count: totals.count,
    backends: new Map(totals.backends),
    statuses: new Map(totals.statuses),
    grpcStatuses: new Map(totals.grpcStatuses),
    edges: new Map(totals.edges),
  };
}
