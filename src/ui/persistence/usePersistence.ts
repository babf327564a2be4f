import { useEffect } from 'react';
import { appStore } from '../store/store.ts';
import { type Autosave, createAutosave } from './createAutosave.ts';
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
    void started.then((start) => {
      if (cancelled || !start.storage) return;
      active = createAutosave({
        store: appStore,
        storage: start.storage,
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

// A random id per tab (crypto.randomUUID needs a secure context; getRandomValues does not).
function newTabId(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('');
}
