import { type Workspace, formatShare } from '../../../core/index.ts';
import { trafficFlow } from '../trafficFlow.ts';
import { type EdgePath, parseEdgePath, pointAt } from './edgePath.ts';
import {
  type FlowBox,
  type FlowTransform,
  findFlow,
  nodeBox,
  parseViewportTransform,
  partBox,
  scanEdges,
} from './flowDom.ts';
import { createParticleField } from './particleField.ts';
import { type EntryLookup, type TrafficEdgeKind, entryLookup } from './trafficEdgeEnds.ts';
import {
  type DrawnAs,
  type VisibleFlow,
  collapsedAlias,
  createDrawnEdgeIndex,
  visibleFlows,
} from './visibleFlows.ts';

/** What the overlay draws on and from. */
export interface TrafficOverlayOptions {
  /** The element around the canvas (the overlay is placed over the React Flow pane inside it). */
  readonly host: HTMLElement;
  readonly canvas: HTMLCanvasElement;
  /** The documents the canvas shows (to find a route's parents and backends). */
  readonly workspace: () => Workspace;
}

/** The running overlay. */
export interface TrafficOverlay {
  /** Re-reads the theme's colours (after the theme changes). */
  readonly update: () => void;
  readonly dispose: () => void;
}

interface Palette {
  readonly flow: string;
  readonly mesh: string;
  readonly mirror: string;
  readonly trace: string;
  readonly text: string;
  readonly label: string;
  readonly font: string;
}

interface Drawn {
  readonly flow: VisibleFlow;
  readonly path: EdgePath;
}

/** Frames between re-reading which edges and nodes the canvas draws. */
const SCAN_EVERY = 20;
const PARTICLE_RADIUS = 2.4;

/**
 * Creates the traffic overlay: one canvas over the React Flow pane, drawn with
 * `requestAnimationFrame` outside React. It follows the viewport's pan and zoom, animates
 * particles along each edge in proportion to the edge's observed flow, highlights a traced
 * request's path, and with `prefers-reduced-motion` shows each edge's flow as a band width and a
 * percentage instead of moving particles. The frame loop runs only while there is something to
 * draw.
 *
 * @param options - Where to draw and the documents.
 * @returns `update` and `dispose`.
 */
export function createTrafficOverlay(options: TrafficOverlayOptions): TrafficOverlay {
  const { host, canvas } = options;
  const context = canvas.getContext('2d');
  const field = createParticleField();
  const motion = window.matchMedia('(prefers-reduced-motion: reduce)');
  let palette = readPalette(host);
  let paletteStale = false;
  let frame = 0;
  let handle = 0;
  let flow: ReturnType<typeof findFlow> = null;
  let drawnEdges = new Map<string, SVGPathElement>();
  let flows = new Map<string, VisibleFlow>();
  let traceEdges: string[] = [];
  let traceBoxes: FlowBox[] = [];
  let ruleBox: FlowBox | null = null;
  const paths = new Map<string, { d: string; path: EdgePath | null }>();
  let lookup: { workspace: Workspace; find: EntryLookup } | null = null;
  let scanned = -SCAN_EVERY;
  let dirty = true;
  let size = { width: 0, height: 0, ratio: 1 };

  const resize = new ResizeObserver(() => {
    dirty = true;
    place();
  });
  resize.observe(host);

  const place = () => {
    flow = findFlow(host);
    if (!flow) return;
    const outer = host.getBoundingClientRect();
    const inner = flow.container.getBoundingClientRect();
    const ratio = window.devicePixelRatio || 1;
    canvas.style.left = `${inner.left - outer.left}px`;
    canvas.style.top = `${inner.top - outer.top}px`;
    canvas.style.width = `${inner.width}px`;
    canvas.style.height = `${inner.height}px`;
    if (size.width !== inner.width || size.height !== inner.height || size.ratio !== ratio) {
      size = { width: inner.width, height: inner.height, ratio };
      canvas.width = Math.round(inner.width * ratio);
      canvas.height = Math.round(inner.height * ratio);
    }
  };

  let drawnAs: { key: string; workspace: Workspace; find: (edge: string) => DrawnAs } | null = null;

  const scan = () => {
    if (!flow?.container.isConnected) place();
    if (!flow) return;
    resize.observe(flow.container);
    const workspace = options.workspace();
    if (lookup?.workspace !== workspace) lookup = { workspace, find: entryLookup(workspace) };
    drawnEdges = scanEdges(flow.container);
    // Where graph edges are drawn changes only with the drawn edges or the documents.
    const key = [...drawnEdges.keys()].join('\n');
    if (drawnAs?.key !== key || drawnAs.workspace !== workspace) {
      drawnAs = { key, workspace, find: createDrawnEdgeIndex(drawnEdges, lookup.find) };
    }
    const state = trafficFlow.get();
    flows = visibleFlows(state.edges, drawnAs.find);
    const trace = state.trace;
    traceEdges = trace
      ? [...visibleFlows(new Map(trace.edges.map((edge) => [edge, 1])), drawnAs.find).keys()]
      : [];
    const container = flow.container;
    traceBoxes = (trace?.nodes ?? []).flatMap((id) => {
      const box = nodeBox(container, id) ?? aliasBox(container, id);
      return box ? [box] : [];
    });
    ruleBox = trace?.rule
      ? partBox(container, trace.rule.node, `[data-path="${trace.rule.path}"]`)
      : null;
    scanned = frame;
  };

  const geometry = (id: string): EdgePath | null => {
    const element = drawnEdges.get(id);
    if (!element) return null;
    const d = element.getAttribute('d') ?? '';
    const cached = paths.get(id);
    if (cached?.d === d) return cached.path;
    const path = parseEdgePath(d);
    paths.set(id, { d, path });
    return path;
  };

  const draw = (now: number) => {
    handle = 0;
    frame++;
    const state = trafficFlow.get();
    const active = state.edges.size > 0 || state.trace !== null;
    if (!active || !context) {
      context?.clearRect(0, 0, canvas.width, canvas.height);
      field.clear();
      return;
    }
    if (paletteStale) {
      palette = readPalette(host);
      paletteStale = false;
    }
    if (dirty || !flow?.viewport.isConnected) {
      place();
      dirty = false;
    }
    if (frame - scanned >= SCAN_EVERY) scan();
    const transform = flow && parseViewportTransform(flow.viewport.style.transform);
    if (transform) render(context, transform, now / 1000);
    schedule();
  };

  const render = (ctx: CanvasRenderingContext2D, at: FlowTransform, seconds: number) => {
    ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
    ctx.clearRect(0, 0, size.width, size.height);
    drawTrace(ctx, at);
    const drawn: Drawn[] = [];
    let peak = 0;
    for (const visible of flows.values()) {
      const path = geometry(visible.id);
      if (!path || path.length <= 0) continue;
      drawn.push({ flow: visible, path });
      peak = Math.max(peak, visible.share);
    }
    if (peak <= 0) {
      field.clear();
      return;
    }
    if (motion.matches) drawBands(ctx, at, drawn, peak);
    else drawParticles(ctx, at, drawn, peak, seconds);
  };

  const drawTrace = (ctx: CanvasRenderingContext2D, at: FlowTransform) => {
    if (traceEdges.length === 0 && traceBoxes.length === 0) return;
    ctx.strokeStyle = palette.trace;
    ctx.globalAlpha = 0.55;
    ctx.lineWidth = 6;
    ctx.lineCap = 'round';
    for (const id of traceEdges) {
      const path = geometry(id);
      if (path) strokePath(ctx, at, path);
    }
    ctx.globalAlpha = 1;
    ctx.lineWidth = 3;
    for (const box of traceBoxes) strokeBox(ctx, at, box, 4);
    if (ruleBox) {
      ctx.globalAlpha = 0.18;
      ctx.fillStyle = palette.trace;
      ctx.fillRect(...screenBox(at, ruleBox, 0));
      ctx.globalAlpha = 1;
      ctx.lineWidth = 2;
      strokeBox(ctx, at, ruleBox, 0);
    }
  };

  const drawParticles = (
    ctx: CanvasRenderingContext2D,
    at: FlowTransform,
    drawn: readonly Drawn[],
    peak: number,
    seconds: number,
  ) => {
    const byId = new Map(drawn.map((item) => [item.flow.id, item]));
    const emitting = new Map<string, { flow: number; length: number }>();
    for (const item of drawn)
      emitting.set(item.flow.id, { flow: item.flow.share / peak, length: item.path.length });
    field.step(seconds, emitting);
    const batches = new Map<string, Path2D>();
    const point = { x: 0, y: 0 };
    const radius = PARTICLE_RADIUS * Math.min(1.4, Math.max(0.7, Math.sqrt(at.zoom)));
    field.forEach((id, distance) => {
      const item = byId.get(id);
      if (!item) return;
      pointAt(item.path, distance, point);
      const x = point.x * at.zoom + at.x;
      const y = point.y * at.zoom + at.y;
      if (x < -4 || y < -4 || x > size.width + 4 || y > size.height + 4) return;
      const colour = colourOf(item.flow.kind, palette);
      let batch = batches.get(colour);
      if (!batch) {
        batch = new Path2D();
        batches.set(colour, batch);
      }
      batch.moveTo(x + radius, y);
      batch.arc(x, y, radius, 0, Math.PI * 2);
    });
    for (const [colour, batch] of batches) {
      ctx.fillStyle = colour;
      ctx.fill(batch);
    }
  };

  const drawBands = (
    ctx: CanvasRenderingContext2D,
    at: FlowTransform,
    drawn: readonly Drawn[],
    peak: number,
  ) => {
    field.clear();
    ctx.lineCap = 'round';
    for (const item of drawn) {
      ctx.strokeStyle = colourOf(item.flow.kind, palette);
      ctx.globalAlpha = 0.4;
      ctx.lineWidth = 2 + 10 * (item.flow.share / peak);
      strokePath(ctx, at, item.path);
    }
    ctx.globalAlpha = 1;
    ctx.font = `600 11px ${palette.font}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    const point = { x: 0, y: 0 };
    for (const item of drawn) {
      pointAt(item.path, item.path.length * 0.3, point);
      const x = point.x * at.zoom + at.x;
      const y = point.y * at.zoom + at.y;
      const text = formatShare(item.flow.share);
      const width = ctx.measureText(text).width + 8;
      ctx.fillStyle = palette.label;
      ctx.fillRect(x - width / 2, y - 8, width, 16);
      ctx.fillStyle = palette.text;
      ctx.fillText(text, x, y);
    }
  };

  const schedule = () => {
    if (handle === 0) handle = requestAnimationFrame(draw);
  };

  const unsubscribe = trafficFlow.subscribe(() => {
    scanned = -SCAN_EVERY;
    schedule();
  });
  const onMotion = () => schedule();
  motion.addEventListener('change', onMotion);
  schedule();

  return {
    update() {
      // Read on the next frame: the page's theme attribute may change after this call.
      paletteStale = true;
      schedule();
    },
    dispose() {
      cancelAnimationFrame(handle);
      handle = 0;
      unsubscribe();
      motion.removeEventListener('change', onMotion);
      resize.disconnect();
    },
  };
}

function aliasBox(container: HTMLElement, id: string): FlowBox | null {
  const alias = collapsedAlias(id);
  return alias ? nodeBox(container, alias) : null;
}

function colourOf(kind: TrafficEdgeKind, palette: Palette): string {
  switch (kind) {
    case 'meshEntry':
      return palette.mesh;
    case 'mirror':
      return palette.mirror;
    case 'entry':
    case 'parentRef':
    case 'backendRef':
      return palette.flow;
  }
}

function strokePath(ctx: CanvasRenderingContext2D, at: FlowTransform, path: EdgePath): void {
  const { points } = path;
  ctx.beginPath();
  for (let i = 0; i < points.length; i += 2) {
    const x = (points[i] ?? 0) * at.zoom + at.x;
    const y = (points[i + 1] ?? 0) * at.zoom + at.y;
    if (i === 0) ctx.moveTo(x, y);
    else ctx.lineTo(x, y);
  }
  ctx.stroke();
}

function screenBox(at: FlowTransform, box: FlowBox, pad: number): [number, number, number, number] {
  return [
    box.x * at.zoom + at.x - pad,
    box.y * at.zoom + at.y - pad,
    box.width * at.zoom + 2 * pad,
    box.height * at.zoom + 2 * pad,
  ];
}

function strokeBox(
  ctx: CanvasRenderingContext2D,
  at: FlowTransform,
  box: FlowBox,
  pad: number,
): void {
  ctx.strokeRect(...screenBox(at, box, pad));
}

// The theme's colours, so the overlay reads well in light and dark.
function readPalette(host: HTMLElement): Palette {
  const style = getComputedStyle(host);
  const token = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    flow: token('--north-south', '#1f6feb'),
    mesh: token('--east-west', '#8250df'),
    mirror: token('--warning', '#9a6700'),
    trace: token('--accent', '#1f6feb'),
    text: token('--text', '#1c2330'),
    label: token('--bg-elevated', '#ffffff'),
    font: style.fontFamily || 'sans-serif',
  };
}
