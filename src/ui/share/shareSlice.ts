import type { StateCreator } from 'zustand';
import type { SavedWork } from '../persistence/envelope.ts';
import type { AppState } from '../store/store.ts';

/** The state of a share link being looked at. */
export interface ShareSlice {
  /**
   * While a share link's documents are shown and not yet kept: the work they replaced, to go
   * back to on Discard. Null otherwise.
   */
  readonly shareIncoming: SavedWork | null;
  readonly setShareIncoming: (previous: SavedWork | null) => void;
}

export const createShareSlice: StateCreator<AppState, [], [], ShareSlice> = (set) => ({
  shareIncoming: null,
  setShareIncoming: (shareIncoming) => set({ shareIncoming }),
});

/**
 * True while a shared link is shown and not kept: its documents must not replace the saved work
 * until the person keeps them.
 */
export const selectShareIncoming = (state: AppState) => state.shareIncoming !== null;
