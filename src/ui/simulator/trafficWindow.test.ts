import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TrafficResult } from '../../core/index.ts';
import { createTrafficWindow } from './trafficWindow.ts';

function batch(v1: number, v2: number): TrafficResult {
  return {
    count: v1 + v2,
    backends: { 'default/web-v1:8080': v1, 'default/web-v2:8080': v2 },
    statuses: { '200': v1 + v2 },
    grpcStatuses: {},
    edges: { 'entry|gw|http': v1 + v2 },
  };
}

describe('the observed window', () => {
  it('forgets old batches once newer ones hold the capacity', () => {
    const window = createTrafficWindow(150);
    window.add(batch(90, 10));
    window.add(batch(50, 50));
    expect(window.counts().count).toBe(200);
    window.add(batch(0, 100));
    const counts = window.counts();
    expect(counts.count).toBe(200);
    expect(counts.backends.get('default/web-v1:8080')).toBe(50);
    expect(counts.backends.get('default/web-v2:8080')).toBe(150);
  });

  it('drops names that no longer count anything', () => {
    const window = createTrafficWindow(10);
    window.add(batch(10, 0));
    window.add(batch(0, 10));
    expect([...window.counts().backends.keys()]).toEqual(['default/web-v2:8080']);
  });

  it('treats names from the documents as plain data', () => {
    const window = createTrafficWindow(10);
    const backends = Object.create(null) as Record<string, number>;
    backends['__proto__'] = 3;
    backends['constructor'] = 2;
    window.add({ count: 5, backends, statuses: {}, grpcStatuses: {}, edges: {} });
    expect(window.counts().backends.get('__proto__')).toBe(3);
    expect(window.counts().backends.get('constructor')).toBe(2);
  });

  it('always counts the newest batches that hold at least the capacity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.array(fc.tuple(fc.nat(200), fc.nat(200)), { maxLength: 40 }),
        (capacity, sizes) => {
          const window = createTrafficWindow(capacity);
          const added = sizes.map(([a, b]) => batch(a, b)).filter((b) => b.count > 0);
          for (const b of added) window.add(b);
          // The expected window: newest first, until the capacity is reached.
          let count = 0;
          let v2 = 0;
          for (const b of [...added].reverse()) {
            if (count >= capacity) break;
            count += b.count;
            v2 += b.backends['default/web-v2:8080'] ?? 0;
          }
          const counts = window.counts();
          expect(counts.count).toBe(count);
          expect(counts.backends.get('default/web-v2:8080') ?? 0).toBe(v2);
        },
      ),
    );
  });
});
