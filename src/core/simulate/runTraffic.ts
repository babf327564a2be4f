import { createDictionary } from '../util/object.ts';
import { backendKey } from './decision.ts';
import { locate } from './locate.ts';
import { type RandomSource, chance, createRandom, nextBelow } from './random.ts';
import type { SimRequest } from './request.ts';
import type { Outcome } from './outcome.ts';
import { resolve } from './resolve.ts';
import type { RouteTable } from './routeTable.ts';
import { type CompiledSplit, drawBackend } from './weights.ts';

/** One kind of request in a traffic profile, and how often it is sent relative to the others. */
export interface TrafficTemplate {
  readonly request: SimRequest;
  /** Relative frequency (default 1; 0 never sends it). */
  readonly weight?: number;
}

/** A mix of requests to send. */
export interface TrafficProfile {
  readonly templates: readonly TrafficTemplate[];
}

/**
 * Counts of a traffic run. Keys are plain data from the documents, so the records have no
 * prototype.
 */
export interface TrafficResult {
  /** Requests sent. */
  readonly count: number;
  /** Requests per backend, by `namespace/name:port` (the chosen backend, valid or not). */
  readonly backends: Readonly<Record<string, number>>;
  /** Requests per HTTP status the client saw (`"200"`, `"404"`…; gRPC calls count as 200). */
  readonly statuses: Readonly<Record<string, number>>;
  /** gRPC calls per gRPC status (`OK`, `UNIMPLEMENTED`, `UNAVAILABLE`). */
  readonly grpcStatuses: Readonly<Record<string, number>>;
  /**
   * Requests per graph edge, with the ids of `src/core/graph/edgeIds.ts`: `entry|…` (Internet to
   * listener), `mesh|…` (mesh callers to a Service frontend), `parent|…` (the route's parentRef
   * the request came through), `backend|…` (rule to the backend that got the request, only when
   * it was forwarded) and `mirror|…` (copies actually sent).
   */
  readonly edges: Readonly<Record<string, number>>;
}

/** A traffic run that can be advanced in chunks (for progress and cancellation). */
export interface TrafficRun {
  /** Sends up to `count` more requests. */
  readonly advance: (count: number) => void;
  /** Requests sent so far. */
  readonly sent: () => number;
  /** The counts so far. */
  readonly result: () => TrafficResult;
}

interface Slot {
  readonly status: number;
  readonly grpc: number;
  readonly backend: number;
  readonly edges: readonly number[];
  readonly mirrors: readonly {
    readonly edge: number;
    readonly numerator: number;
    readonly denominator: number;
  }[];
}

/** A request of the profile, resolved: one slot for every request, or one per drawn backend. */
type Template =
  | { readonly fixed: Slot }
  | {
      readonly fixed: null;
      readonly split: CompiledSplit;
      readonly slots: readonly [Slot, ...Slot[]];
    };

/** Interns strings as dense indices, so counting is array arithmetic. */
class Keys {
  readonly names: string[] = [];
  private readonly index = new Map<string, number>();
  of(name: string): number {
    let i = this.index.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.index.set(name, i);
    }
    return i;
  }
}

/**
 * Starts a traffic run: each distinct request of the profile is routed once (listener, match,
 * filters, per-backend outcomes), after which every request only draws its template and its
 * backend from the seeded generator. The same table, profile and seed give the same counts.
 *
 * @param table - The compiled route table.
 * @param profile - The requests to mix.
 * @param seed - The random seed.
 * @returns The run, to advance in chunks.
 */
export function createTrafficRun(
  table: RouteTable,
  profile: TrafficProfile,
  seed: number,
): TrafficRun {
  const random = createRandom(seed);
  const keys = { statuses: new Keys(), grpc: new Keys(), backends: new Keys(), edges: new Keys() };
  const { templates, cumulative, total } = resolveProfile(table, profile, keys);
  // Every key is interned above, so the counters can be sized once.
  const statusCounts = new Float64Array(keys.statuses.names.length);
  const grpcCounts = new Float64Array(keys.grpc.names.length);
  const backendCounts = new Float64Array(keys.backends.names.length);
  const edgeCounts = new Float64Array(keys.edges.names.length);
  let sent = 0;
  const advance = (count: number): void => {
    const [first] = templates;
    if (!first) return;
    for (let i = 0; i < count; i++) {
      const template = templates[pickIndex(cumulative, total, random)] ?? first;
      const slot =
        template.fixed ?? template.slots[drawBackend(template.split, random)] ?? template.slots[0];
      increment(statusCounts, slot.status);
      if (slot.grpc >= 0) increment(grpcCounts, slot.grpc);
      if (slot.backend >= 0) increment(backendCounts, slot.backend);
      for (const edge of slot.edges) increment(edgeCounts, edge);
      for (const mirror of slot.mirrors) {
        if (chance(random, mirror.numerator, mirror.denominator)) {
          increment(edgeCounts, mirror.edge);
        }
      }
      sent++;
    }
  };
  return {
    advance,
    sent: () => sent,
    result: () => ({
      count: sent,
      backends: toRecord(keys.backends.names, backendCounts),
      statuses: toRecord(keys.statuses.names, statusCounts),
      grpcStatuses: toRecord(keys.grpc.names, grpcCounts),
      edges: toRecord(keys.edges.names, edgeCounts),
    }),
  };
}

interface KeySets {
  readonly statuses: Keys;
  readonly grpc: Keys;
  readonly backends: Keys;
  readonly edges: Keys;
}

/** Routes each request of the profile once and turns its outcomes into counting slots. */
function resolveProfile(
  table: RouteTable,
  profile: TrafficProfile,
  keys: KeySets,
): { readonly templates: Template[]; readonly cumulative: number[]; readonly total: number } {
  const templates: Template[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const template of profile.templates) {
    const weight = Math.max(0, template.weight ?? 1);
    if (weight === 0) continue;
    const resolution = resolve(locate(table, template.request));
    const entry = [resolution.entryEdge, resolution.parentEdge].filter((e) => e !== null);
    const slot = (outcome: Outcome) => toSlot(outcome, entry, keys);
    if (resolution.fixed !== null) templates.push({ fixed: slot(resolution.fixed) });
    else {
      const [first, ...rest] = resolution.outcomes;
      templates.push({
        fixed: null,
        split: resolution.split,
        slots: [slot(first), ...rest.map(slot)],
      });
    }
    total += weight;
    cumulative.push(total);
  }
  return { templates, cumulative, total };
}

function toSlot(outcome: Outcome, entryEdges: readonly string[], keys: KeySets): Slot {
  const forwardedEdge = outcome.backend && outcome.forwarded ? [outcome.backend.edgeId] : [];
  return {
    status: keys.statuses.of(String(outcome.status)),
    grpc: outcome.grpcStatus ? keys.grpc.of(outcome.grpcStatus) : -1,
    backend: outcome.target ? keys.backends.of(backendKey(outcome.target)) : -1,
    edges: [...entryEdges, ...forwardedEdge].map((edge) => keys.edges.of(edge)),
    // A mirror whose backend does not resolve is not configured (D4): it copies nothing.
    mirrors: outcome.mirrors
      .filter((mirror) => mirror.backend.valid)
      .map((m) => ({
        edge: keys.edges.of(m.edgeId),
        numerator: m.numerator,
        denominator: m.denominator,
      })),
  };
}

/**
 * Sends `count` requests of a profile and counts where they went.
 *
 * @param table - The compiled route table.
 * @param profile - The requests to mix.
 * @param count - How many requests.
 * @param seed - The random seed; the same seed gives the same counts.
 * @returns The counts per backend, status and graph edge.
 */
export function runTraffic(
  table: RouteTable,
  profile: TrafficProfile,
  count: number,
  seed: number,
): TrafficResult {
  const run = createTrafficRun(table, profile, seed);
  run.advance(count);
  return run.result();
}

function pickIndex(cumulative: readonly number[], total: number, random: RandomSource): number {
  if (cumulative.length === 1) return 0;
  const value = nextBelow(random, total);
  // The first running sum above the drawn value (binary search: profiles can be long).
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((cumulative[mid] ?? Infinity) <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}

function increment(counts: Float64Array, index: number): void {
  counts[index] = (counts[index] ?? 0) + 1;
}

function toRecord(names: readonly string[], counts: Float64Array): Record<string, number> {
  const out = createDictionary<number>();
  names.forEach((name, i) => {
    const value = counts[i] ?? 0;
    if (value > 0) out[name] = value;
  });
  return out;
}
