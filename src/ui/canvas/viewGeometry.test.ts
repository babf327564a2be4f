import { describe, expect, it } from 'vitest';
import { type ViewBox, centredOn, isInView } from './viewGeometry.ts';

const view = (width: number, transform: [number, number, number] = [0, 0, 1]): ViewBox => ({
  width,
  height: 400,
  transform,
});

const node = { x: 500, y: 100, width: 200, height: 80 };

describe('isInView', () => {
  it('takes the pan and the zoom into account', () => {
    expect(isInView(node, view(800))).toBe(true);
    expect(isInView(node, view(600))).toBe(false);
    expect(isInView(node, view(600, [-150, 0, 1]))).toBe(true);
    expect(isInView(node, view(600, [0, 0, 0.5]))).toBe(true);
  });
});

describe('centredOn', () => {
  it('puts the middle of a node in the middle of the view, at the same zoom', () => {
    // The canvas narrowed from 800 to 600 pixels, cutting the node off on the right.
    expect(centredOn(node, view(600))).toEqual({ x: -300, y: 60 });
    expect(centredOn(node, view(600, [0, 0, 0.5]))).toEqual({ x: 0, y: 130 });
  });
});
