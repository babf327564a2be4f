import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTICLE_SPEED, createParticleField } from './particleField.ts';

/** Runs a field for some seconds at 60 frames a second and counts the particles on each edge. */
function settle(edges: ReadonlyMap<string, { flow: number; length: number }>, seconds = 6) {
  const field = createParticleField();
  for (let frame = 0; frame <= seconds * 60; frame++) field.step(frame / 60, edges);
  const counts = new Map<string, number>();
  field.forEach((edge, distance) => {
    expect(distance).toBeGreaterThanOrEqual(0);
    expect(distance).toBeLessThanOrEqual(edges.get(edge)?.length ?? 0);
    counts.set(edge, (counts.get(edge) ?? 0) + 1);
  });
  return { counts, field };
}

describe('particles', () => {
  it('are as dense on an edge as its flow', () => {
    const length = PARTICLE_SPEED * 2;
    const { counts } = settle(
      new Map([
        ['v1', { flow: 1, length }],
        ['v2', { flow: 0.1, length }],
      ]),
    );
    const v1 = counts.get('v1') ?? 0;
    const v2 = counts.get('v2') ?? 0;
    expect(v1).toBeGreaterThan(0);
    expect(v2 / v1).toBeGreaterThan(0.05);
    expect(v2 / v1).toBeLessThan(0.2);
  });

  it('never appear on an edge without flow, and leave with it', () => {
    const { counts, field } = settle(new Map([['idle', { flow: 0, length: 300 }]]));
    expect(counts.size).toBe(0);
    field.step(10, new Map());
    expect(field.count()).toBe(0);
  });

  it('stay within a bound however many edges carry traffic', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (edges) => {
        const map = new Map(
          Array.from({ length: edges }, (_, i) => [`e${i}`, { flow: 1, length: 2000 }]),
        );
        const { field } = settle(map, 3);
        expect(field.count()).toBeLessThanOrEqual(2600);
      }),
      { numRuns: 8 },
    );
  });
});
