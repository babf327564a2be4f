import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { columnLayout } from '../layout/columnLayout.ts';
import { type LayoutEngine, createLayoutEngine } from '../layout/createLayoutEngine.ts';
import type { LayoutInput } from '../layout/layoutInput.ts';
import { placeNewNodes } from '../layout/placeNewNodes.ts';
import { selectFitRequest, selectLayoutRequest, selectPositions } from './canvasSelectors.ts';
import { appStore, useAppStore } from '../store/store.ts';
import type { XY } from '../store/viewSlice.ts';
import { layoutInputOf } from './layoutInputOf.ts';
import { fitViewportOf } from './viewGeometry.ts';
import type { VisibleGraph } from './visibleGraph.ts';

/** How long the canvas waits for ELK before drawing a quick column layout in the meantime. */
const PROVISIONAL_AFTER_MS = 1500;

/**
 * Keeps every drawn node placed. A graph that is new or mostly new gets a full automatic layout
 * (ELK in a worker); a few new nodes are placed next to what they connect to, or in the middle of
 * the view; `Auto layout` lays out everything again. Positions go to the view slice, by node id.
 *
 * @param visible - What the canvas draws.
 */
export function useGraphLayout(visible: VisibleGraph): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  const engine = useRef<LayoutEngine | null>(null);
  // The nodes of the full layout asked for last: a change of their data alone (problems, labels)
  // does not ask again.
  const requested = useRef('');
  const provisional = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(visible);
  const positions = useAppStore(selectPositions);
  const layoutRequest = useAppStore(selectLayoutRequest);

  useEffect(() => {
    latest.current = visible;
  }, [visible]);

  useEffect(() => {
    const created = createLayoutEngine({
      onLayout(result) {
        const state = appStore.getState();
        state.setPositions(result);
        // The fit is asked for first, so the canvas never looks settled in between.
        state.requestFit();
        state.setLayoutPending(false);
      },
      onError(error, input) {
        console.warn('Automatic layout failed; using the column layout', error);
        placeMissing(input);
        appStore.getState().setLayoutPending(false);
      },
    });
    engine.current = created;
    return () => {
      created.dispose();
      engine.current = null;
    };
  }, []);

  useEffect(() => {
    const missing = visible.nodes.filter((node) => !positions.has(node.id)).length;
    if (missing === 0) return;
    const signature = visible.nodes.map((node) => node.id).join('\n');
    if (requested.current === signature) return;
    const input = layoutInputOf(visible);
    const placed = visible.nodes.length - missing;
    if (placed > 0 && missing <= Math.max(8, visible.nodes.length / 2)) {
      appStore.getState().setPositions(placeNewNodes(input, positions, viewCenter(store)));
      return;
    }
    requested.current = signature;
    appStore.getState().setLayoutPending(true);
    engine.current?.update(input);
    clearTimeout(provisional.current);
    provisional.current = setTimeout(() => {
      if (appStore.getState().layoutPending) placeMissing(input);
    }, PROVISIONAL_AFTER_MS);
  }, [visible, positions, store]);

  useEffect(() => () => clearTimeout(provisional.current), []);

  useEffect(() => {
    if (layoutRequest === 0) return;
    appStore.getState().setLayoutPending(true);
    engine.current?.update(layoutInputOf(latest.current));
  }, [layoutRequest]);

  const fitRequest = useAppStore(selectFitRequest);
  useEffect(() => {
    if (fitRequest === 0) return;
    // After React Flow has taken the new positions in (its store updates in an effect).
    const frame = requestAnimationFrame(() => {
      const viewport = fitViewportOf(store.getState());
      const done = () => appStore.getState().finishFit(fitRequest);
      if (viewport) void flow.setViewport(viewport).then(done);
      else done();
    });
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, flow, store]);
}

/** Gives the nodes still without a position a place in the quick column layout. */
function placeMissing(input: LayoutInput): void {
  const state = appStore.getState();
  const missing = input.nodes.filter((node) => !state.positions.has(node.id));
  if (missing.length === 0) return;
  const result = columnLayout({ nodes: missing, edges: [] });
  state.setPositions(result);
}

function viewCenter(store: ReturnType<typeof useStoreApi>): XY {
  const { width, height, transform } = store.getState();
  const [x, y, zoom] = transform;
  return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom };
}
