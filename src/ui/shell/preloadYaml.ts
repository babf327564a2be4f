import type { StoreApi } from 'zustand';
import type { AppState } from '../store/store.ts';
import { loadYaml } from './yamlOnDemand.ts';

const NOTICE = 'yaml';

/**
 * Loads the `yaml` library, telling the person when it cannot load (offline, say): edits, the
 * formatter and documents with errors wait for it. The notice offers to try again.
 *
 * @param store - The store that shows the notice.
 * @returns Resolves when it has loaded; rejects (after the notice) when it could not.
 */
export async function preloadYaml(store: StoreApi<AppState>): Promise<void> {
  try {
    await loadYaml();
    store.getState().dismiss(NOTICE);
  } catch (error) {
    store.getState().notify({
      id: NOTICE,
      tone: 'error',
      message: 'yaml.loadFailed',
      actions: [
        {
          label: 'yaml.retry',
          dismisses: true,
          run: () => void preloadYaml(store).catch(() => undefined),
        },
      ],
    });
    throw error;
  }
}

/**
 * Starts loading the `yaml` library once the first paint is done and the browser is idle (the
 * code editor has been asked for by then), so it is there before the first edit.
 *
 * @param store - The store that shows the notice when it cannot load.
 * @returns Cancels the load if it has not started.
 */
export function preloadYamlAfterFirstPaint(store: StoreApi<AppState>): () => void {
  const start = () => void preloadYaml(store).catch(() => undefined);
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function')
      idle = requestIdleCallback(start, { timeout: 1000 });
    else timer = setTimeout(start, 100);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
