import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import type { Graph } from '../../core/index.ts';
import { appStore } from '../store/store.ts';
import { NO_FILTER } from '../store/viewSlice.ts';
import { isInView, rectOf } from './viewGeometry.ts';
import { isCollapsed, matchesFilter } from './visibleGraph.ts';

/** How many frames the canvas waits for a revealed node to be placed. */
const MAX_FRAMES = 30;

/**
 * A selection made elsewhere (the YAML cursor, the Problems list, the inspector) selects the node
 * here and brings it into view: its namespace is expanded, a filter that hides it is cleared, and
 * the view moves to it when it is outside.
 *
 * @param graph - The graph on the canvas.
 */
export function useRevealSelection(graph: Graph): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  const latest = useRef(graph);
  useEffect(() => {
    latest.current = graph;
  }, [graph]);

  useEffect(() => {
    let frame = 0;
    const reveal = (key: string, tries: number) => {
      const internal = store.getState().nodeLookup.get(key);
      if (!internal) {
        if (tries < MAX_FRAMES) frame = requestAnimationFrame(() => reveal(key, tries + 1));
        return;
      }
      const view = store.getState();
      const rect = rectOf(internal);
      if (!isInView(rect, view)) {
        const zoom = Math.max(view.transform[2], 0.5);
        const { x, y, width, height } = rect;
        void flow.setCenter(x + width / 2, y + height / 2, { zoom, duration: 250 });
      }
    };
    const unsubscribe = appStore.subscribe((state, previous) => {
      const selection = state.selection;
      if (!selection || selection === previous.selection || selection.origin === 'canvas') return;
      if (selection.key === previous.selection?.key) return;
      const node = latest.current.nodes.find((candidate) => candidate.id === selection.key);
      if (!node) return;
      if (node.group !== null && isCollapsed(latest.current, node.group, state.collapsed)) {
        state.setCollapsed(node.group, false);
      }
      if (!matchesFilter(node, state.filter)) state.setFilter(NO_FILTER);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => reveal(selection.key, 0));
    });
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [flow, store]);
}
