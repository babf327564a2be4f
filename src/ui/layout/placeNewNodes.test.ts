import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { XY } from '../store/viewSlice.ts';
import { columnLayout } from './columnLayout.ts';
import type { LayoutInput, LayoutNode } from './layoutInput.ts';
import { placeNewNodes } from './placeNewNodes.ts';

function node(id: string, layer = 0, lane: LayoutNode['lane'] = 'north-south'): LayoutNode {
  return { id, width: 200, height: 80, lane, group: null, layer, ports: [] };
}

function overlapping(input: LayoutInput, positions: ReadonlyMap<string, XY>): boolean {
  const boxes = input.nodes.flatMap((n) => {
    const at = positions.get(n.id);
    return at ? [{ ...at, width: n.width, height: n.height }] : [];
  });
  return boxes.some((a, i) =>
    boxes.some(
      (b, j) =>
        i < j &&
        a.x < b.x + b.width &&
        b.x < a.x + a.width &&
        a.y < b.y + b.height &&
        b.y < a.y + a.height,
    ),
  );
}

describe('placeNewNodes', () => {
  it.each([
    ['right of the node traffic comes from', { source: 'old', target: 'new' }, { x: 496, y: 100 }],
    ['left of the node traffic goes to', { source: 'new', target: 'old' }, { x: -96, y: 100 }],
  ])('places a connected node %s', (_name, edge, expected) => {
    const input: LayoutInput = {
      nodes: [node('old'), node('new')],
      edges: [{ id: 'e', ...edge }],
    };
    const placed = placeNewNodes(input, new Map([['old', { x: 200, y: 100 }]]), { x: 0, y: 0 });
    expect(placed.get('new')).toEqual(expected);
    expect(placed.has('old')).toBe(false);
  });

  it('puts an unconnected node at the fallback point, below what is already there', () => {
    const input: LayoutInput = { nodes: [node('old'), node('new')], edges: [] };
    const placed = placeNewNodes(input, new Map([['old', { x: 0, y: 0 }]]), { x: 50, y: 20 });
    expect(placed.get('new')).toEqual({ x: 50, y: 104 });
  });

  it('never places a new node over another node (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: -500, max: 500 }),
            y: fc.integer({ min: -500, max: 500 }),
          }),
          {
            maxLength: 12,
          },
        ),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(17), fc.nat(17)), { maxLength: 10 }),
        (existing, added, links) => {
          const positions = new Map<string, XY>();
          const nodes: LayoutNode[] = [];
          // Existing nodes are laid out without overlaps, as the canvas keeps them.
          existing.forEach((_at, i) => {
            nodes.push(node(`old${i}`));
            positions.set(`old${i}`, { x: (i % 4) * 300, y: Math.floor(i / 4) * 120 });
          });
          for (let i = 0; i < added; i++) nodes.push(node(`new${i}`));
          const ids = nodes.map((n) => n.id);
          const edges = links.flatMap(([a, b], i) => {
            const source = ids[a % ids.length];
            const target = ids[b % ids.length];
            return source && target && source !== target ? [{ id: `e${i}`, source, target }] : [];
          });
          const input = { nodes, edges };
          const placed = placeNewNodes(input, positions, existing[0] ?? { x: 0, y: 0 });
          expect(placed.size).toBe(added);
          expect(overlapping(input, new Map([...positions, ...placed]))).toBe(false);
        },
      ),
    );
  });
});

describe('columnLayout', () => {
  it('puts each layer in its column and the east-west lane below, without overlaps', () => {
    const input: LayoutInput = {
      nodes: [node('a', 0), node('b', 1), node('c', 1), node('d', 2, 'east-west')],
      edges: [],
    };
    const result = columnLayout(input);
    expect(result.get('b')?.x).toBe(result.get('c')?.x);
    expect(result.get('a')?.x).toBeLessThan(result.get('b')?.x ?? 0);
    expect(result.get('d')?.y).toBeGreaterThan((result.get('c')?.y ?? 0) + 80);
    expect(overlapping(input, result)).toBe(false);
  });
});
