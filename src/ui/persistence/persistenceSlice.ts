import type { StateCreator } from 'zustand';
import type { AppState } from '../store/store.ts';

/** Whether the work is kept in this browser, and if not, why. */
export type SaveStatus =
  /** Nothing to report yet (the session is starting, or nothing changed). */
  | 'idle'
  | 'saved'
  /** Another tab saved newer work; saving waits until the person chooses. */
  | 'conflict'
  /** The browser's storage is full. */
  | 'full'
  /** Storage is switched off or blocked: the work lives in this page only. */
  | 'unavailable'
  /** The saved work comes from a newer version of Switchyard; it is not overwritten. */
  | 'newer';

/** Session state of local saving. */
export interface PersistenceSlice {
  /** True once saved work (or the example) has been loaded at start-up. */
  readonly sessionReady: boolean;
  readonly saveStatus: SaveStatus;
  /** When the work was last saved (ms since the epoch). */
  readonly lastSavedAt: number | null;
  /** The name of the file the document came from, for the name of a download. */
  readonly documentName: string | null;
  readonly setSessionReady: () => void;
  readonly setSaveStatus: (status: SaveStatus, savedAt?: number) => void;
  readonly setDocumentName: (name: string | null) => void;
}

export const createPersistenceSlice: StateCreator<AppState, [], [], PersistenceSlice> = (
  set,
  get,
) => ({
  sessionReady: false,
  saveStatus: 'idle',
  lastSavedAt: null,
  documentName: null,
  setSessionReady: () => set({ sessionReady: true }),
  setSaveStatus(saveStatus, savedAt) {
    set({ saveStatus, lastSavedAt: savedAt ?? get().lastSavedAt });
  },
  setDocumentName: (documentName) => set({ documentName }),
});

export const selectSessionReady = (state: AppState) => state.sessionReady;
export const selectSaveStatus = (state: AppState) => state.saveStatus;
export const selectDocumentName = (state: AppState) => state.documentName;
