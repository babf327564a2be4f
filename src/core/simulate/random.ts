/**
 * A seeded pseudo-random source, so that a traffic run can be replayed exactly: the same seed
 * gives the same sequence on every platform (32-bit integer arithmetic only).
 */
export interface RandomSource {
  /** The next value, uniform in [0, 2^32). */
  readonly nextUint32: () => number;
}

const TWO_TO_32 = 0x1_0000_0000;

/**
 * Creates the simulator's random source: SFC32 (Chris Doty-Humphrey's Small Fast Chaotic
 * generator), seeded from one integer through SplitMix32 so that nearby seeds give unrelated
 * sequences.
 *
 * @param seed - Any integer; only its low 32 bits are used.
 * @returns A random source that replays exactly for the same seed.
 * @example
 * const random = createRandom(1);
 * nextBelow(random, 10); // the same number on every run
 */
export function createRandom(seed: number): RandomSource {
  let state = seed >>> 0;
  const splitMix = (): number => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = splitMix();
  let b = splitMix();
  let c = splitMix();
  let counter = 1;
  const nextUint32 = (): number => {
    const t = (((a + b) | 0) + counter) | 0;
    counter = (counter + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
  // The first outputs of a freshly seeded SFC32 are poorly mixed; the reference implementation
  // discards them.
  for (let i = 0; i < 12; i++) nextUint32();
  return { nextUint32 };
}

/**
 * A uniform integer in [0, bound), without modulo bias (rejection sampling).
 *
 * @param random - The random source.
 * @param bound - An integer from 1 to 2^32.
 * @returns An integer in [0, bound); 0 when bound is less than 1.
 */
export function nextBelow(random: RandomSource, bound: number): number {
  if (bound <= 1) return 0;
  // Values at or above `limit` would make the low residues more likely; draw again.
  const limit = TWO_TO_32 - (TWO_TO_32 % bound);
  for (;;) {
    const value = random.nextUint32();
    if (value < limit) return value % bound;
  }
}

/**
 * Whether an event with probability `numerator / denominator` happens.
 *
 * @param random - The random source.
 * @param numerator - At least 0.
 * @param denominator - At least 1.
 * @returns True with the given probability (always for numerator ≥ denominator, never for 0).
 */
export function chance(random: RandomSource, numerator: number, denominator: number): boolean {
  if (numerator <= 0) return false;
  if (numerator >= denominator) return true;
  return nextBelow(random, denominator) < numerator;
}
