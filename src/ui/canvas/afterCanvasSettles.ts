import type { StoreApi } from 'zustand';
import type { AppState } from '../store/store.ts';
import { selectFitting, selectLayoutPending } from './canvasSelectors.ts';

/** Whether the canvas is still placing a graph or moving the view onto it. */
const selectCanvasBusy = (state: AppState): boolean =>
  selectLayoutPending(state) || selectFitting(state);

/**
 * Runs something once the canvas has drawn the newest graph: after the frame that renders it (by
 * then the canvas has asked for a layout, if it needs one), once no layout or fit is pending, and
 * two frames on, so the settled graph is on the screen. Work that can wait for it, such as giving
 * a large text to the editor or analysing it, then does not compete with the drawing for the
 * processor. It runs anyway after `maxMs`.
 *
 * @param store - The app's store.
 * @param then - What to run.
 * @param maxMs - The longest wait.
 * @returns A function that cancels the wait.
 */
export function afterCanvasSettles(
  store: StoreApi<AppState>,
  then: () => void,
  maxMs: number,
): () => void {
  let done = false;
  let frame: number | undefined;
  let check: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | undefined;
  const deadline = setTimeout(run, maxMs);
  function cancel(): void {
    done = true;
    if (frame !== undefined) cancelAnimationFrame(frame);
    clearTimeout(check);
    clearTimeout(deadline);
    unsubscribe?.();
  }
  function run(): void {
    if (done) return;
    cancel();
    then();
  }
  const twoFramesOn = () => {
    unsubscribe?.();
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(run);
    });
  };
  frame = requestAnimationFrame(() => {
    // After the frame's effects, in which the canvas asks for the layout of a new graph.
    check = setTimeout(() => {
      if (!selectCanvasBusy(store.getState())) {
        twoFramesOn();
        return;
      }
      unsubscribe = store.subscribe((state) => {
        if (!selectCanvasBusy(state)) twoFramesOn();
      });
    }, 0);
  });
  return cancel;
}
