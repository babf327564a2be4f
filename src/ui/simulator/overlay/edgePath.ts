/** A curve as a polyline with its arc length, for placing points along it at even speed. */
export interface EdgePath {
  /** x0, y0, x1, y1, … in flow coordinates. */
  readonly points: Float64Array;
  /** The arc length from the start to each point. */
  readonly lengths: Float64Array;
  /** The whole length. */
  readonly length: number;
}

/** Points per curve: enough for a smooth path at any zoom the canvas allows. */
const SAMPLES = 24;

const numberPattern = /-?(?:\d+\.?\d*|\.\d+)/g;

/**
 * Reads an SVG path as React Flow draws a bezier edge (`M x,y C x1,y1 x2,y2 x,y`) or as straight
 * segments (`M x,y L x,y …`), and samples it into a polyline.
 *
 * @param d - The path's `d` attribute.
 * @returns The polyline, or null for any other path.
 */
export function parseEdgePath(d: string): EdgePath | null {
  const commands = d
    .replace(/([MLC])/g, ' $1 ')
    .replace(/[\s,]+/g, ' ')
    .trim();
  const numbers = (commands.match(numberPattern) ?? []).map(Number);
  if (numbers.some((value) => !Number.isFinite(value))) return null;
  if (/^M [^A-Za-z]+ C [^A-Za-z]+$/.test(commands) && numbers.length === 8) {
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0, x2 = 0, y2 = 0, x3 = 0, y3 = 0] = numbers;
    const points = new Float64Array(SAMPLES * 2);
    for (let i = 0; i < SAMPLES; i++) {
      const t = i / (SAMPLES - 1);
      const u = 1 - t;
      const a = u * u * u;
      const b = 3 * u * u * t;
      const c = 3 * u * t * t;
      const e = t * t * t;
      points[i * 2] = a * x0 + b * x1 + c * x2 + e * x3;
      points[i * 2 + 1] = a * y0 + b * y1 + c * y2 + e * y3;
    }
    return withLengths(points);
  }
  if (
    /^M [^A-Za-z]+( L [^A-Za-z]+)+$/.test(commands) &&
    numbers.length >= 4 &&
    numbers.length % 2 === 0
  ) {
    return withLengths(Float64Array.from(numbers));
  }
  return null;
}

function withLengths(points: Float64Array): EdgePath {
  const count = points.length / 2;
  const lengths = new Float64Array(count);
  for (let i = 1; i < count; i++) {
    const dx = (points[i * 2] ?? 0) - (points[i * 2 - 2] ?? 0);
    const dy = (points[i * 2 + 1] ?? 0) - (points[i * 2 - 1] ?? 0);
    lengths[i] = (lengths[i - 1] ?? 0) + Math.hypot(dx, dy);
  }
  return { points, lengths, length: lengths[count - 1] ?? 0 };
}

/**
 * The point at a distance along the path.
 *
 * @param path - The polyline.
 * @param distance - From 0 to `path.length` (clamped).
 * @param out - Receives x and y (no allocation per point: the overlay places thousands a frame).
 */
export function pointAt(path: EdgePath, distance: number, out: { x: number; y: number }): void {
  const { points, lengths } = path;
  const count = lengths.length;
  const target = Math.max(0, Math.min(distance, path.length));
  let low = 1;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((lengths[mid] ?? 0) < target) low = mid + 1;
    else high = mid;
  }
  const start = lengths[low - 1] ?? 0;
  const span = (lengths[low] ?? start) - start;
  const t = span > 0 ? (target - start) / span : 0;
  const x0 = points[(low - 1) * 2] ?? 0;
  const y0 = points[(low - 1) * 2 + 1] ?? 0;
  out.x = x0 + ((points[low * 2] ?? x0) - x0) * t;
  out.y = y0 + ((points[low * 2 + 1] ?? y0) - y0) * t;
}
