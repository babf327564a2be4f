import { useEffect } from 'react';
import { appStore } from '../store/store.ts';
import { downloadYaml } from '../io/exportYaml.ts';
import type * as AutosaveModule from './createAutosave.ts';
import type { Autosave } from './createAutosave.ts';
import { type SessionStart, startSession } from './startSession.ts';

/** Milliseconds of quiet after a change before the work is saved. */
const AUTOSAVE_DELAY_MS = 750;

// The session starts once per page (React's strict mode mounts effects twice in development).
let started: Promise<SessionStart> | null = null;
let active: Autosave | null = null;

/**
 * Saves the work now (Ctrl+S).
 *
 * @returns False when it could not be saved (the person has been told why).
 */
export function saveWorkNow(): boolean {
  return active?.saveNow() ?? false;
}

/**
 * Restores the saved work when the app mounts, then keeps saving it as it changes.
 */
export function usePersistence(): void {
  useEffect(() => {
    let cancelled = false;
    started ??= startSession(appStore);
    void started.then(async (start) => {
      const { storage } = start;
      if (!storage) return;
      const autosave = await loadAutosave();
      if (cancelled || !autosave) return;
      active = autosave.createAutosave({
        store: appStore,
        storage,
        tabId: newTabId(),
        generation: start.generation,
        blocked: start.blocked,
        now: () => Date.now(),
        delayMs: AUTOSAVE_DELAY_MS,
      });
    });
    return () => {
      cancelled = true;
      active?.dispose();
      active = null;
    };
  }, []);
}

/**
 * Loads autosave, once the session has started (the page shows without it). When it cannot load
 * (offline), the work lives in this page only, and the person is told.
 *
 * @returns The module, or null when it could not load.
 */
async function loadAutosave(): Promise<typeof AutosaveModule | null> {
  try {
    return await import('./createAutosave.ts');
  } catch {
    reportAutosaveUnavailable();
    return null;
  }
}

function reportAutosaveUnavailable(): void {
  const state = appStore.getState();
  state.setSaveStatus('unavailable');
  state.notify({
    id: 'storage',
    tone: 'warning',
    message: 'storage.autosaveFailed',
    actions: [{ label: 'storage.downloadYaml', dismisses: false, run: downloadYaml }],
  });
}

// A random id per tab (crypto.randomUUID needs a secure context; getRandomValues does not).
function newTabId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
}
