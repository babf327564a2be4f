import type { StoreApi } from 'zustand';
import { downloadYaml } from '../io/exportYaml.ts';
import type { AppState } from '../store/store.ts';
import type { SaveStatus } from './persistenceSlice.ts';
import { applyWork, collectWork } from './sessionState.ts';
import { type KeyValueStorage, WORK_KEYS, loadWork, readHead, saveWork } from './workStorage.ts';

/** How autosave runs. */
export interface AutosaveOptions {
  readonly store: StoreApi<AppState>;
  readonly storage: KeyValueStorage;
  /** This tab's id (written beside each save, to tell our saves from other tabs'). */
  readonly tabId: string;
  /** The generation of the save this tab started from. */
  readonly generation: number;
  /** A reason not to save at all (saved work from a newer version must not be overwritten). */
  readonly blocked: Extract<SaveStatus, 'newer'> | null;
  readonly now: () => number;
  /** Milliseconds of quiet before saving. */
  readonly delayMs: number;
}

/** The running autosave. */
export interface Autosave {
  /** Saves at once; false when the work could not be saved (the person has been told why). */
  readonly saveNow: () => boolean;
  readonly dispose: () => void;
}

const STORAGE_NOTICE = 'storage';

/**
 * Saves the work in the browser shortly after each change (and when the page is hidden or
 * closed). Another tab's newer save is never overwritten blindly: saving pauses and the person
 * chooses whose work to keep. A full storage is reported, with the YAML offered for download.
 *
 * @param options - The store, the storage and this tab's identity.
 * @returns `saveNow` and `dispose`.
 */
export function createAutosave(options: AutosaveOptions): Autosave {
  const { store, storage, tabId, now } = options;
  let generation = options.generation;
  let paused: SaveStatus | null = options.blocked;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const status = (next: SaveStatus, at?: number) => store.getState().setSaveStatus(next, at);

  // When another tab's save holds this tab's document, nothing is at stake: take its generation.
  const sameDocument = (theirGeneration: number): boolean => {
    const theirs = loadWork(storage).work;
    const state = store.getState();
    if (!theirs || theirs.text !== state.text || theirs.baseline !== state.baseline) return false;
    generation = theirGeneration;
    return true;
  };

  const conflict = () => {
    paused = 'conflict';
    status('conflict');
    store.getState().notify({
      id: STORAGE_NOTICE,
      tone: 'warning',
      message: 'storage.conflict',
      actions: [
        { label: 'storage.loadOther', dismisses: true, run: takeOther },
        { label: 'storage.keepMine', dismisses: true, run: keepMine },
      ],
    });
  };

  const takeOther = () => {
    const loaded = loadWork(storage);
    generation = loaded.generation;
    paused = null;
    if (loaded.work) applyWork(store, loaded.work, 'replace');
    status('saved', loaded.work?.savedAt);
  };

  const keepMine = () => {
    generation = readHead(storage)?.generation ?? generation;
    paused = null;
    save();
  };

  const save = (): boolean => {
    clearTimeout(timer);
    timer = undefined;
    if (paused) return false;
    const at = now();
    const outcome = saveWork(storage, collectWork(store.getState(), at), tabId, generation);
    if (outcome.ok) {
      generation = outcome.head.generation;
      if (store.getState().saveStatus === 'full') store.getState().dismiss(STORAGE_NOTICE);
      status('saved', at);
      return true;
    }
    if (outcome.reason === 'conflict') {
      if (!sameDocument(outcome.head.generation)) {
        conflict();
        return false;
      }
      // The other tab saved the same document (only its session differs): save over it.
      return save();
    }
    status('full');
    store.getState().notify({
      id: STORAGE_NOTICE,
      tone: 'error',
      message: 'storage.full',
      actions: [{ label: 'storage.downloadYaml', dismisses: false, run: downloadYaml }],
    });
    return false;
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(save, options.delayMs);
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.text !== previous.text ||
      state.baseline !== previous.baseline ||
      state.documentName !== previous.documentName ||
      state.selection !== previous.selection ||
      state.positions !== previous.positions ||
      state.collapsed !== previous.collapsed ||
      state.viewport !== previous.viewport
    )
      schedule();
  });

  // Another tab saved: stop before this tab overwrites it, and ask.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== WORK_KEYS.head || event.newValue === null || paused) return;
    const head = readHead(storage);
    if (head && head.generation !== generation && head.writer !== tabId) {
      if (!sameDocument(head.generation)) conflict();
    }
  };
  const onHide = () => {
    if (timer !== undefined) save();
  };
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') onHide();
  };
  window.addEventListener('storage', onStorage);
  window.addEventListener('pagehide', onHide);
  document.addEventListener('visibilitychange', onVisibility);

  return {
    saveNow: save,
    dispose() {
      if (timer !== undefined) save();
      unsubscribe();
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    },
  };
}
