import { describe, expect, it } from 'vitest';
import { chance, createRandom, nextBelow } from './random.ts';

describe('the seeded random source', () => {
  it('replays the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 8 }, () => random.nextUint32());
    };
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
  });

  it('draws every value below a bound about equally often', () => {
    const random = createRandom(99);
    const counts = [0, 0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 70_000; i++) {
      const value = nextBelow(random, 7);
      counts[value] = (counts[value] ?? 0) + 1;
    }
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });

  it('never and always at the ends of chance', () => {
    const random = createRandom(3);
    expect(Array.from({ length: 100 }, () => chance(random, 0, 100)).some(Boolean)).toBe(false);
    expect(Array.from({ length: 100 }, () => chance(random, 100, 100)).every(Boolean)).toBe(true);
  });
});
