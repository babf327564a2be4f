import type { StoreApi } from 'zustand';
import { createWorkspace } from '../../core/index.ts';
import { flushPendingEdits } from '../editor/pendingEdits.ts';
import { downloadText, downloadYaml } from '../io/exportYaml.ts';
import { withYaml } from '../shell/yamlOnDemand.ts';
import type { MessageKey } from '../i18n/translate.ts';
import type { AppState } from '../store/store.ts';
import { syncPreferences } from './preferencesStorage.ts';
import { applyWork } from './sessionState.ts';
import {
  type KeyValueStorage,
  type LoadOutcome,
  type Unreadable,
  loadWork,
} from './workStorage.ts';

/** What the session started from, for autosave. */
export interface SessionStart {
  /** The browser's storage, or null when it cannot be used. */
  readonly storage: KeyValueStorage | null;
  readonly generation: number;
  /** Saved work from a newer version: it must not be overwritten. */
  readonly blocked: 'newer' | null;
}

/** The example shown when nothing was saved (the gallery serves it from `public/examples`). */
const FIRST_EXAMPLE_URL = './examples/canary.yaml';

/**
 * Starts the session: applies the saved preferences, then restores the saved work (text,
 * baseline, selection, canvas layout). Saved data that cannot be read is reported with a
 * download of it, never thrown away. With nothing saved, the first example opens; without it,
 * the page starts empty (the empty state offers Import).
 *
 * @param store - The store.
 * @returns What autosave needs to continue from here.
 */
export async function startSession(store: StoreApi<AppState>): Promise<SessionStart> {
  const storage = openStorage();
  syncPreferences(store, storage);
  let loaded: LoadOutcome | null = null;
  if (storage) {
    try {
      loaded = loadWork(storage);
    } catch {
      loaded = null;
    }
  }
  if (!storage || !loaded) {
    store.getState().setSaveStatus('unavailable');
    store.getState().notify({
      id: 'storage',
      tone: 'warning',
      message: 'storage.unavailable',
      actions: [{ label: 'storage.downloadYaml', dismisses: false, run: downloadYaml }],
    });
    await openFirstExample(store);
    store.getState().setSessionReady();
    return { storage: null, generation: 0, blocked: null };
  }
  if (loaded.unreadable) reportUnreadable(store, loaded.unreadable, loaded.fellBack);
  const { work } = loaded;
  if (work) await withYaml(() => applyWork(store, work, 'restore'));
  else if (!loaded.unreadable) await openFirstExample(store);
  const blocked = loaded.unreadable?.reason === 'newer' ? 'newer' : null;
  if (blocked) store.getState().setSaveStatus('newer');
  store.getState().setSessionReady();
  return { storage, generation: loaded.generation, blocked };
}

function openStorage(): KeyValueStorage | null {
  try {
    // Reading the property throws where site data is blocked; a read proves it works.
    const storage = window.localStorage;
    storage.getItem('switchyard:probe');
    return storage;
  } catch {
    return null;
  }
}

function reportUnreadable(store: StoreApi<AppState>, unreadable: Unreadable, fellBack: boolean) {
  const message: MessageKey =
    unreadable.reason === 'newer'
      ? 'storage.newer'
      : unreadable.reason === 'foreign'
        ? 'storage.foreign'
        : fellBack
          ? 'storage.corruptFellBack'
          : 'storage.corrupt';
  store.getState().notify({
    id: 'storage-unreadable',
    tone: unreadable.reason === 'newer' ? 'warning' : 'error',
    message,
    actions: [
      {
        label: 'storage.downloadData',
        dismisses: false,
        run: () => downloadText(unreadable.raw, 'switchyard-saved-data.json', 'application/json'),
      },
    ],
  });
}

async function openFirstExample(store: StoreApi<AppState>): Promise<void> {
  let text: string;
  try {
    const response = await fetch(FIRST_EXAMPLE_URL);
    if (!response.ok) return;
    text = await response.text();
  } catch {
    return;
  }
  // A static host may answer any path with the page itself: only resources are an example.
  if ((await withYaml(() => createWorkspace(text))).resources.length === 0) return;
  await withYaml(() => {
    // The person may have started typing while the example loaded: their text wins.
    flushPendingEdits();
    if (store.getState().text !== '') return;
    store.getState().loadText(text);
    store.setState({ past: [], future: [] });
  });
}
