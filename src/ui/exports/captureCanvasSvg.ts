const SVG = 'http://www.w3.org/2000/svg';
/** Room around the drawn graph. */
const MARGIN = 24;

/** A picture of the route graph. */
export interface CanvasPicture {
  readonly svg: SVGSVGElement;
  /** Size in CSS pixels. */
  readonly width: number;
  readonly height: number;
}

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const translatePattern = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/;
const scalePattern = /scale\(\s*([\d.]+)\s*\)/;

function element<K extends keyof SVGElementTagNameMap>(
  name: K,
  attributes: Readonly<Record<string, string | number>>,
): SVGElementTagNameMap[K] {
  const created = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, String(value));
  return created;
}

function visible(colour: string): boolean {
  return colour !== '' && colour !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(colour);
}

/**
 * Draws the route graph as the canvas shows it into a standalone SVG, in flow coordinates (the
 * whole graph the canvas has drawn, whatever the pan and zoom): namespace and lane frames, the
 * edges with their labels, and each node's card with its text, coloured by the current theme.
 * Every text is set with `textContent` and every value with `setAttribute`, so the serialiser
 * escapes names and labels: nothing from the documents becomes markup. A graph so large that the
 * canvas draws only what is in view (over 300 nodes) is pictured as far as it is drawn.
 *
 * @param region - The element holding the React Flow canvas.
 * @returns The picture, or null when no node is drawn.
 */
export function captureCanvasSvg(region: HTMLElement): CanvasPicture | null {
  const container = region.querySelector<HTMLElement>('.react-flow');
  const viewport = container?.querySelector<HTMLElement>('.react-flow__viewport');
  if (!container || !viewport) return null;
  const zoom = Number(scalePattern.exec(viewport.style.transform)?.[1] ?? 1) || 1;
  const nodes = [...viewport.querySelectorAll<HTMLElement>('.react-flow__node')].flatMap((node) => {
    const at = translatePattern.exec(node.style.transform);
    if (!at) return [];
    const box = {
      x: Number(at[1]),
      y: Number(at[2]),
      width: node.offsetWidth,
      height: node.offsetHeight,
    };
    return [{ node, box, z: Number(getComputedStyle(node).zIndex) || 0 }];
  });
  if (nodes.length === 0) return null;
  const left = Math.min(...nodes.map(({ box }) => box.x)) - MARGIN;
  const top = Math.min(...nodes.map(({ box }) => box.y)) - MARGIN;
  const width = Math.max(...nodes.map(({ box }) => box.x + box.width)) + MARGIN - left;
  const height = Math.max(...nodes.map(({ box }) => box.y + box.height)) + MARGIN - top;
  const containerStyle = getComputedStyle(container);
  const svg = element('svg', {
    xmlns: SVG,
    width: Math.ceil(width),
    height: Math.ceil(height),
    viewBox: `${left} ${top} ${width} ${height}`,
    'font-family': containerStyle.fontFamily,
  });
  svg.append(
    element('rect', {
      x: left,
      y: top,
      width,
      height,
      fill: getComputedStyle(region).backgroundColor || '#ffffff',
    }),
  );
  const ordered = nodes.sort((a, b) => a.z - b.z);
  const defs = element('defs', {});
  svg.append(defs);
  const draw = ({ node, box }: (typeof ordered)[number], index: number) => {
    // Text stays inside its card, as the card's own overflow rule keeps it on the canvas.
    const clip = element('clipPath', { id: `sy-clip-${index}` });
    clip.append(element('rect', { x: box.x, y: box.y, width: box.width, height: box.height }));
    defs.append(clip);
    svg.append(drawNode(node, box, zoom, `url(#sy-clip-${index})`));
  };
  ordered.forEach((item, index) => {
    if (item.z < 0) draw(item, index);
  });
  for (const edge of viewport.querySelectorAll<SVGGElement>('.react-flow__edge'))
    svg.append(drawEdge(edge));
  ordered.forEach((item, index) => {
    if (item.z >= 0) draw(item, index);
  });
  return { svg, width: Math.ceil(width), height: Math.ceil(height) };
}

function drawEdge(edge: SVGGElement): SVGGElement {
  const group = element('g', {});
  const path = edge.querySelector<SVGPathElement>('path.react-flow__edge-path');
  if (path) {
    const style = getComputedStyle(path);
    group.append(
      element('path', {
        d: path.getAttribute('d') ?? '',
        fill: 'none',
        stroke: style.stroke,
        'stroke-width': style.strokeWidth,
        'stroke-dasharray': style.strokeDasharray === 'none' ? '' : style.strokeDasharray,
      }),
    );
  }
  for (const label of edge.querySelectorAll<SVGTextElement>('text')) {
    const style = getComputedStyle(label);
    // A plate in the halo's colour under the label, so the edge does not show between its words.
    const bounds = label.getBBox();
    if (bounds.width > 0) {
      group.append(
        element('rect', {
          x: bounds.x - 2,
          y: bounds.y - 1,
          width: bounds.width + 4,
          height: bounds.height + 2,
          rx: 3,
          fill: style.stroke,
        }),
      );
    }
    const text = element('text', {
      x: label.getAttribute('x') ?? 0,
      y: label.getAttribute('y') ?? 0,
      dy: label.getAttribute('dy') ?? 0,
      'text-anchor': label.getAttribute('text-anchor') ?? 'middle',
      fill: style.fill,
      'font-size': style.fontSize,
      'font-weight': style.fontWeight,
      'paint-order': 'stroke',
      stroke: style.stroke,
      'stroke-width': style.strokeWidth,
    });
    text.textContent = label.textContent;
    group.append(text);
  }
  return group;
}

function drawNode(node: HTMLElement, box: Box, zoom: number, clip: string): SVGGElement {
  const group = element('g', {});
  const texts = element('g', { 'clip-path': clip });
  const card = node.firstElementChild instanceof HTMLElement ? node.firstElementChild : node;
  const style = getComputedStyle(card);
  const fill = visible(style.backgroundColor) ? style.backgroundColor : 'none';
  const stroke = visible(style.borderTopColor) ? style.borderTopColor : 'none';
  group.append(
    element('rect', {
      x: box.x,
      y: box.y,
      width: box.width,
      height: box.height,
      rx: Number.parseFloat(style.borderTopLeftRadius) || 0,
      fill,
      stroke,
      'stroke-width': Number.parseFloat(style.borderTopWidth) || 0,
      'stroke-dasharray': style.borderTopStyle === 'dashed' ? '5 3' : '',
    }),
  );
  // The coloured left edge of resource cards (north-south or east-west).
  const leftWidth = Number.parseFloat(style.borderLeftWidth) || 0;
  if (leftWidth > 1 && visible(style.borderLeftColor)) {
    group.append(
      element('rect', {
        x: box.x,
        y: box.y,
        width: leftWidth,
        height: box.height,
        fill: style.borderLeftColor,
      }),
    );
  }
  const origin = node.getBoundingClientRect();
  for (const part of node.querySelectorAll<HTMLElement>('*')) {
    if (part.closest('.react-flow__handle')) continue;
    const own = [...part.childNodes]
      .filter((child) => child.nodeType === Node.TEXT_NODE)
      .map((child) => child.textContent ?? '')
      .join('')
      .trim();
    if (own === '') continue;
    const rect = part.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    const partStyle = getComputedStyle(part);
    const text = element('text', {
      x: box.x + (rect.left - origin.left) / zoom,
      y: box.y + (rect.top - origin.top + rect.height / 2) / zoom,
      'dominant-baseline': 'central',
      fill: partStyle.color,
      'font-size': partStyle.fontSize,
      'font-weight': partStyle.fontWeight,
      ...(partStyle.fontFamily.includes('mono') ? { 'font-family': partStyle.fontFamily } : {}),
    });
    text.textContent = own;
    texts.append(text);
  }
  group.append(texts);
  return group;
}
