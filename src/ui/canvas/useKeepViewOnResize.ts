import { type ReactFlowState, type Transform, useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { appStore } from '../store/store.ts';
import { READABLE_ZOOM, centredOn, fitViewportOf, isInView, rectOf } from './viewGeometry.ts';

function sameTransform(a: Transform, b: Transform): boolean {
  return a.every((value, index) => Math.abs(value - (b[index] ?? Number.NaN)) < 1e-6);
}

/** The selected node's place and size, in flow coordinates, when it is drawn. */
function selectedRect(state: ReactFlowState) {
  const key = appStore.getState().selection?.key;
  const node = key === undefined ? undefined : state.nodeLookup.get(key);
  return node ? rectOf(node) : null;
}

/** Whether fitting the graph into the canvas as it is now leaves its nodes readable. */
function fitsReadably(state: ReactFlowState): boolean {
  const fit = fitViewportOf(state);
  return fit !== null && fit.zoom >= Math.min(READABLE_ZOOM, state.transform[2]);
}

/**
 * Keeps what a person was looking at in view when the canvas changes size (the inspector opens or
 * closes, a pane is resized, the window changes): a view that still shows the last fit is fitted
 * again, unless that would make the nodes too small to read; otherwise a selected node that was in
 * view and no longer is moves to the middle.
 */
export function useKeepViewOnResize(): void {
  const flow = useReactFlow();
  const store = useStoreApi();
  // The transform the last fit left; a pan or a zoom since then means the view is the person's.
  const fitted = useRef<Transform | null>(null);

  useEffect(
    () =>
      appStore.subscribe((state, previous) => {
        if (state.fitDone !== previous.fitDone) fitted.current = store.getState().transform;
      }),
    [store],
  );

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        if (state.width === previous.width && state.height === previous.height) return;
        // Not drawn yet, or hidden: there is nothing in view to keep.
        if (Math.min(state.width, state.height, previous.width, previous.height) === 0) return;
        const stillFitted = fitted.current && sameTransform(fitted.current, state.transform);
        if (stillFitted && fitsReadably(state)) {
          appStore.getState().requestFit();
          return;
        }
        const rect = selectedRect(state);
        if (!rect || !isInView(rect, previous) || isInView(rect, state)) return;
        // In the middle, as a selection made elsewhere is revealed: with its neighbours around it.
        void flow.setViewport({ ...centredOn(rect, state), zoom: state.transform[2] });
      }),
    [flow, store],
  );
}
