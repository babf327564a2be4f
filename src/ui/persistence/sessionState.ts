import type { StoreApi } from 'zustand';
import type { AppState } from '../store/store.ts';
import type { SavedSession, SavedWork } from './envelope.ts';

/**
 * The work to save: the text, its baseline, and the session beside it (selection, viewport,
 * node positions, collapsed namespaces).
 *
 * @param state - The store's state.
 * @param savedAt - The time of saving (ms since the epoch).
 */
export function collectWork(state: AppState, savedAt: number): SavedWork {
  const session: SavedSession = {
    selection: state.selection ? { key: state.selection.key, path: state.selection.path } : null,
    viewport: state.viewport,
    positions: [...state.positions],
    collapsed: [...state.collapsed],
  };
  return {
    text: state.text,
    baseline: state.baseline,
    documentName: state.documentName,
    session,
    savedAt,
  };
}

/** How saved work enters the store. */
export type ApplyMode =
  /** At start-up: the work as it was, with no undo step back to an empty page. */
  | 'restore'
  /** Taking another tab's work: an undoable change of the document. */
  | 'replace';

/**
 * Puts saved work into the store: the text, its baseline and its session.
 *
 * @param store - The store.
 * @param work - The saved work.
 * @param mode - Whether this restores the page or replaces the current work (undoable).
 */
export function applyWork(store: StoreApi<AppState>, work: SavedWork, mode: ApplyMode): void {
  const state = store.getState();
  state.loadText(work.text);
  // Only known, fixed keys go into setState: nothing keyed by the user's data.
  store.setState(
    mode === 'restore'
      ? { baseline: work.baseline, past: [], future: [] }
      : { baseline: work.baseline },
  );
  state.setDocumentName(work.documentName);
  const { session } = work;
  state.setPositions(new Map(session.positions), true);
  for (const [namespace, collapsed] of session.collapsed) state.setCollapsed(namespace, collapsed);
  if (session.viewport) state.setViewport(session.viewport);
  state.select(session.selection ? { ...session.selection, origin: 'canvas' } : null);
}
