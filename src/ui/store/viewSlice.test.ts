import { describe, expect, it } from 'vitest';
import { createAppStore } from './store.ts';

describe('view slice', () => {
  it('merges positions, or replaces them all after a full layout', () => {
    const store = createAppStore();
    store.getState().setPositions(
      new Map([
        ['a', { x: 1, y: 2 }],
        ['b', { x: 3, y: 4 }],
      ]),
    );
    store.getState().setPositions(new Map([['b', { x: 5, y: 6 }]]));
    expect([...store.getState().positions]).toEqual([
      ['a', { x: 1, y: 2 }],
      ['b', { x: 5, y: 6 }],
    ]);
    store.getState().setPositions(new Map([['c', { x: 0, y: 0 }]]), true);
    expect([...store.getState().positions.keys()]).toEqual(['c']);
  });

  it('moves a position to a renamed resource', () => {
    const store = createAppStore();
    store.getState().setPositions(new Map([['old', { x: 1, y: 2 }]]));
    store.getState().movePosition('old', 'new');
    expect(store.getState().positions.get('new')).toEqual({ x: 1, y: 2 });
    expect(store.getState().positions.has('old')).toBe(false);
  });

  it('keeps user-named namespaces as plain map keys', () => {
    const store = createAppStore();
    store.getState().setCollapsed(['namespace:__proto__', 'namespace:constructor'], true);
    store.getState().setCollapsed('namespace:constructor', false);
    expect(store.getState().collapsed.get('namespace:__proto__')).toBe(true);
    expect(store.getState().collapsed.get('namespace:constructor')).toBe(false);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
