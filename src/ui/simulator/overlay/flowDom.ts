/**
 * What the traffic overlay reads from the React Flow canvas in the page: the viewport transform,
 * the drawn edges' paths and the nodes' boxes. Reading the DOM keeps the canvas free of hooks for
 * the overlay; only attribute and style reads happen per frame (no layout).
 */

/** Pan and zoom of the React Flow viewport. */
export interface FlowTransform {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

/** A box in flow coordinates. */
export interface FlowBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const transformPattern =
  /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)\s*scale\(\s*([\d.]+)\s*\)/;
const translatePattern = /translate\(\s*(-?[\d.]+)px\s*,\s*(-?[\d.]+)px\s*\)/;

/**
 * Reads the viewport transform React Flow writes on `.react-flow__viewport`.
 *
 * @param text - The element's `style.transform`.
 * @returns The transform, or null when it is not the form React Flow writes.
 */
export function parseViewportTransform(text: string): FlowTransform | null {
  const match = transformPattern.exec(text);
  if (!match) return null;
  const [, x, y, zoom] = match.map(Number);
  if (x === undefined || y === undefined || zoom === undefined || !(zoom > 0)) return null;
  return { x, y, zoom };
}

/**
 * The React Flow container inside an element (the canvas host).
 *
 * @param host - Where to look.
 */
export function findFlow(host: HTMLElement): {
  readonly container: HTMLElement;
  readonly viewport: HTMLElement;
} | null {
  const container = host.querySelector<HTMLElement>('.react-flow');
  const viewport = container?.querySelector<HTMLElement>('.react-flow__viewport');
  return container && viewport ? { container, viewport } : null;
}

/**
 * The drawn edges by id, with their path elements.
 *
 * @param container - The React Flow container.
 */
export function scanEdges(container: HTMLElement): Map<string, SVGPathElement> {
  const edges = new Map<string, SVGPathElement>();
  for (const element of container.querySelectorAll<SVGGElement>('.react-flow__edge[data-id]')) {
    const id = element.getAttribute('data-id');
    const path = element.querySelector<SVGPathElement>('path.react-flow__edge-path');
    if (id !== null && path) edges.set(id, path);
  }
  return edges;
}

/**
 * A drawn node's box in flow coordinates (its position is the translate React Flow writes).
 *
 * @param container - The React Flow container.
 * @param id - The node id.
 * @returns The box, or null when the node is not drawn.
 */
export function nodeBox(container: HTMLElement, id: string): FlowBox | null {
  const element = container.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${CSS.escape(id)}"]`,
  );
  const at = element && translatePattern.exec(element.style.transform);
  if (!element || !at) return null;
  return {
    x: Number(at[1]),
    y: Number(at[2]),
    width: element.offsetWidth,
    height: element.offsetHeight,
  };
}

/**
 * The box of an element inside a drawn node (a route card's rule row), in flow coordinates.
 *
 * @param container - The React Flow container.
 * @param id - The node id.
 * @param selector - The element within the node.
 */
export function partBox(container: HTMLElement, id: string, selector: string): FlowBox | null {
  const node = nodeBox(container, id);
  const element = container.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${CSS.escape(id)}"]`,
  );
  const part = element?.querySelector<HTMLElement>(selector);
  if (!node || !element || !part) return null;
  // Offsets add up to the node: positions inside it are in flow units (the zoom is outside).
  let x = 0;
  let y = 0;
  let at: HTMLElement | null = part;
  while (at && at !== element) {
    x += at.offsetLeft;
    y += at.offsetTop;
    const parent: Element | null = at.offsetParent;
    at = parent instanceof HTMLElement && element.contains(parent) ? parent : null;
  }
  return { x: node.x + x, y: node.y + y, width: part.offsetWidth, height: part.offsetHeight };
}
