import ElkConstructor from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { createWorkspace, projectGraph } from '../../core/index.ts';
import { layoutInputOf } from '../canvas/layoutInputOf.ts';
import { CANARY, MESH } from '../canvas/testDocuments.ts';
import { visibleGraph } from '../canvas/visibleGraph.ts';
import { NO_FILTER } from '../store/viewSlice.ts';
import { createLayoutEngine } from './createLayoutEngine.ts';
import type { LayoutInput, LayoutResult } from './layoutInput.ts';

function inputOf(text: string): LayoutInput {
  const graph = projectGraph(createWorkspace(text));
  return layoutInputOf(visibleGraph(graph, { collapsed: new Map(), filter: NO_FILTER }));
}

function layout(input: LayoutInput): Promise<LayoutResult> {
  return new Promise((resolve, reject) => {
    const engine = createLayoutEngine({
      createElk: () => Promise.resolve(new ElkConstructor()),
      onLayout: (result) => {
        engine.dispose();
        resolve(result);
      },
      onError: reject,
    });
    engine.update(input);
  });
}

function overlaps(input: LayoutInput, result: LayoutResult): boolean {
  const boxes = input.nodes.map((node) => ({ ...node, ...result.get(node.id) }));
  return boxes.some((a, i) =>
    boxes.some(
      (b, j) =>
        i < j &&
        (a.x ?? 0) < (b.x ?? 0) + b.width &&
        (b.x ?? 0) < (a.x ?? 0) + a.width &&
        (a.y ?? 0) < (b.y ?? 0) + b.height &&
        (b.y ?? 0) < (a.y ?? 0) + a.height,
    ),
  );
}

describe('ELK layout', () => {
  it('lays traffic out left to right: Internet, Gateway, route, backends', async () => {
    const input = inputOf(CANARY);
    const result = await layout(input);
    expect(result.size).toBe(input.nodes.length);
    const x = (id: string) => result.get(id)?.x ?? Number.NaN;
    expect(x('entry:internet')).toBeLessThan(x('gateway.networking.k8s.io/Gateway/default/edge'));
    expect(x('gateway.networking.k8s.io/Gateway/default/edge')).toBeLessThan(
      x('gateway.networking.k8s.io/HTTPRoute/default/web'),
    );
    expect(x('gateway.networking.k8s.io/HTTPRoute/default/web')).toBeLessThan(
      x('/Service/default/web-v1'),
    );
    expect(overlaps(input, result)).toBe(false);
  });

  it('puts the east-west lane below the north-south lane', async () => {
    const input = inputOf(`${CANARY}---\n${MESH}`);
    const result = await layout(input);
    const lowest = Math.max(
      ...input.nodes
        .filter((node) => node.lane === 'north-south')
        .map((node) => (result.get(node.id)?.y ?? 0) + node.height),
    );
    for (const node of input.nodes.filter((candidate) => candidate.lane === 'east-west')) {
      expect(result.get(node.id)?.y).toBeGreaterThan(lowest);
    }
    expect(overlaps(input, result)).toBe(false);
  });

  it('runs only the newest of requests made while it was busy', async () => {
    const seen: number[] = [];
    const first = inputOf(CANARY);
    const second = inputOf(MESH);
    const third = inputOf(`${CANARY}---\n${MESH}`);
    await new Promise<void>((resolve, reject) => {
      const engine = createLayoutEngine({
        createElk: () => Promise.resolve(new ElkConstructor()),
        onLayout: (_result, input) => {
          seen.push(input.nodes.length);
          if (input === third) {
            engine.dispose();
            resolve();
          }
        },
        onError: reject,
      });
      engine.update(first);
      engine.update(second);
      engine.update(third);
    });
    expect(seen).toEqual([first.nodes.length, third.nodes.length]);
  });
});
