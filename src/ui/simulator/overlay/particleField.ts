/**
 * Particles moving along the drawn edges: each edge emits particles at a rate proportional to its
 * flow, and they travel at one speed, so the particles on an edge are as dense as its traffic.
 * Pure bookkeeping (no drawing), with the time passed in.
 */

/** The busiest edge emits this many particles a second. */
const PEAK_EMISSION = 9;
/** Travel speed along an edge, in flow units per second. */
export const PARTICLE_SPEED = 170;
/** At most this many particles exist at once (emission slows down evenly beyond it). */
const MAX_PARTICLES = 2500;

/** The particles of one edge: their birth times, oldest first. */
interface Stream {
  births: number[];
  /** Fractional particles owed (emission accumulates between frames). */
  owed: number;
}

/** The particle field. */
export interface ParticleField {
  /**
   * Advances to `now` (seconds): emits on each edge by its relative flow, drops particles past
   * their edge's end.
   *
   * @param now - Seconds.
   * @param edges - For each edge: its relative flow (0 to 1, the busiest is 1) and its length.
   */
  readonly step: (
    now: number,
    edges: ReadonlyMap<string, { readonly flow: number; readonly length: number }>,
  ) => void;
  /** Calls `visit` with each particle's distance along its edge. */
  readonly forEach: (visit: (edge: string, distance: number) => void) => void;
  readonly count: () => number;
  readonly clear: () => void;
}

/**
 * Creates an empty particle field.
 *
 * @returns The field.
 */
export function createParticleField(): ParticleField {
  const streams = new Map<string, Stream>();
  let last: number | null = null;
  let total = 0;
  let nextSeed = 0;
  return {
    step(now, edges) {
      const dt = last === null ? 0 : Math.min(0.25, Math.max(0, now - last));
      last = now;
      for (const id of streams.keys()) if (!edges.has(id)) drop(id);
      let demand = 0;
      for (const { flow, length } of edges.values())
        demand += flow * PEAK_EMISSION * (length / PARTICLE_SPEED);
      const scale = demand > MAX_PARTICLES ? MAX_PARTICLES / demand : 1;
      for (const [id, { flow, length }] of edges) {
        let stream = streams.get(id);
        if (!stream) {
          // A different first offset per edge, so edges do not emit in step.
          stream = { births: [], owed: (nextSeed++ * 0.618) % 1 };
          streams.set(id, stream);
        }
        const life = length / PARTICLE_SPEED;
        while (stream.births.length > 0 && now - (stream.births[0] ?? now) > life) {
          stream.births.shift();
          total--;
        }
        stream.owed += flow * PEAK_EMISSION * scale * dt;
        while (stream.owed >= 1) {
          stream.owed -= 1;
          // Spread the births of one frame over the frame, so particles do not bunch up.
          stream.births.push(now - stream.owed / Math.max(flow * PEAK_EMISSION * scale, 1e-9));
          total++;
        }
      }
    },
    forEach(visit) {
      if (last === null) return;
      const now = last;
      for (const [id, stream] of streams) {
        for (const birth of stream.births) visit(id, (now - birth) * PARTICLE_SPEED);
      }
    },
    count: () => total,
    clear() {
      streams.clear();
      total = 0;
      last = null;
    },
  };

  function drop(id: string): void {
    total -= streams.get(id)?.births.length ?? 0;
    streams.delete(id);
  }
}
