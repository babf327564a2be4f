import { describe, expect, it } from 'vitest';
import { parseEdgePath, pointAt } from './edgePath.ts';

describe('edge paths', () => {
  it('reads the bezier React Flow draws and samples it end to end', () => {
    const path = parseEdgePath('M10,20 C60,20 60,120 110,120');
    expect(path).not.toBeNull();
    if (!path) return;
    const at = { x: 0, y: 0 };
    pointAt(path, 0, at);
    expect(at).toEqual({ x: 10, y: 20 });
    pointAt(path, path.length, at);
    expect(at.x).toBeCloseTo(110);
    expect(at.y).toBeCloseTo(120);
    // A symmetric curve passes its middle at half its length.
    pointAt(path, path.length / 2, at);
    expect(at.x).toBeCloseTo(60, 0);
    expect(at.y).toBeCloseTo(70, 0);
  });

  it('reads straight segments', () => {
    const path = parseEdgePath('M0 0 L30 40 L30 100');
    expect(path?.length).toBeCloseTo(110);
  });

  it.each(['', 'M0,0 Q10,10 20,20', 'm0,0 c1,1 2,2 3,3', 'M0,0 C1,1 2,2', 'garbage'])(
    'refuses %j',
    (d) => {
      expect(parseEdgePath(d)).toBeNull();
    },
  );

  it('clamps distances outside the path', () => {
    const path = parseEdgePath('M0 0 L10 0');
    const at = { x: 0, y: 0 };
    if (!path) throw new Error('no path');
    pointAt(path, -5, at);
    expect(at.x).toBe(0);
    pointAt(path, 50, at);
    expect(at.x).toBe(10);
  });
});
