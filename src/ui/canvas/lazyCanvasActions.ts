import { appStore } from '../store/store.ts';
import type * as CanvasActions from './canvasActions.ts';

/** The canvas's editing actions (and the core's commands behind them). */
export type Actions = typeof CanvasActions;

let loading: Promise<Actions> | null = null;

/**
 * Loads the editing actions once. They are not part of the first paint: the page preloads them
 * when it is idle, so they are there before the first edit (see {@link preloadCanvasActions}).
 *
 * @returns The actions.
 */
export function loadCanvasActions(): Promise<Actions> {
  if (!loading) {
    const started = import('./canvasActions.ts');
    // A failed load (offline) is tried again on the next use.
    started.catch(() => {
      if (loading === started) loading = null;
    });
    loading = started;
  }
  return loading;
}

/**
 * Runs an editing action of the canvas: at once when the actions have loaded, else as soon as
 * they have. When they cannot load, the person is told and nothing changes.
 *
 * @param use - What to do with them.
 */
export function withCanvasActions(use: (actions: Actions) => void): void {
  void loadCanvasActions().then(use, () =>
    appStore
      .getState()
      .notify({ id: 'designer', tone: 'error', message: 'canvas.actionsLoadFailed' }),
  );
}

/** Starts loading the editing actions when the page is idle after its first paint. */
export function preloadCanvasActions(): void {
  const start = () => void loadCanvasActions().catch(() => undefined);
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 2000 });
    else setTimeout(start, 200);
  });
}
