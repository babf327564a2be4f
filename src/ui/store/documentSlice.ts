import type { StateCreator } from 'zustand';
import {
  type Patch,
  type TextEdit,
  type Workspace,
  applyEdit,
  applyPatches,
  createWorkspace,
  diffTexts,
  updateWorkspace,
} from '../../core/index.ts';
import { flushPendingEdits } from '../editor/pendingEdits.ts';
import { type ChangeOrigin, type HistoryEntry, record } from './history.ts';
import type { AppState } from './store.ts';

/** The last change of the text: who made it and the edits that made it (for the YAML pane). */
export interface TextChange {
  readonly origin: ChangeOrigin;
  readonly edits: readonly TextEdit[];
  readonly revision: number;
}

/** The document: the YAML text (the document of record), its workspace, and its history. */
export interface DocumentSlice {
  readonly text: string;
  readonly workspace: Workspace;
  /** The newest workspace that read without errors; the canvas shows it while the text is broken. */
  readonly lastGood: Workspace;
  /** Increases with every change of the text. */
  readonly revision: number;
  readonly lastChange: TextChange | null;
  /** The text as last imported or opened, for "What changed". */
  readonly baseline: string;
  readonly past: readonly HistoryEntry[];
  readonly future: readonly HistoryEntry[];
  /** Replaces the whole document (import, example, share link); a new baseline, undoable. */
  readonly loadText: (text: string) => void;
  /** A change of the text made by the YAML pane (or anything else that edits text). */
  readonly setText: (text: string, origin: ChangeOrigin) => void;
  /** Applies core patches (a command's result); returns an error message when they cannot apply. */
  readonly applyPatches: (patches: readonly Patch[], origin: ChangeOrigin) => string | null;
  readonly undo: () => void;
  readonly redo: () => void;
}

/** The clock the store uses for grouping typing into undo steps (replaceable in tests). */
export const clock = { now: (): number => Date.now() };

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (set, get) => {
  const initial = createWorkspace('');

  const commit = (
    workspace: Workspace,
    edits: readonly TextEdit[],
    origin: ChangeOrigin,
    history: Partial<Pick<DocumentSlice, 'past' | 'future'>>,
  ) => {
    const state = get();
    set({
      text: workspace.text,
      workspace,
      lastGood: workspace.broken ? state.lastGood : workspace,
      revision: state.revision + 1,
      lastChange: { origin, edits, revision: state.revision + 1 },
      ...history,
    });
  };

  const change = (next: Workspace, edits: readonly TextEdit[], origin: ChangeOrigin) => {
    const { text, past } = get();
    commit(next, edits, origin, {
      past: record(past, text, next.text, origin, clock.now()),
      future: [],
    });
  };

  const step = (from: 'past' | 'future') => {
    flushPendingEdits();
    const state = get();
    const stack = state[from];
    const entry = stack[stack.length - 1];
    if (!entry) return;
    const edit = from === 'past' ? entry.inverse : entry.forward;
    const text = applyEdit(state.text, edit);
    const workspace = updateWorkspace(state.workspace, text);
    const moved = [...(from === 'past' ? state.future : state.past), entry];
    commit(
      workspace,
      [edit],
      'history',
      from === 'past'
        ? { past: stack.slice(0, -1), future: moved }
        : { future: stack.slice(0, -1), past: moved },
    );
  };

  return {
    text: '',
    workspace: initial,
    lastGood: initial,
    revision: 0,
    lastChange: null,
    baseline: '',
    past: [],
    future: [],
    loadText(text) {
      flushPendingEdits();
      const state = get();
      const workspace = updateWorkspace(state.workspace, text);
      const edit = diffTexts(state.text, text);
      change(workspace, edit ? [edit] : [], 'load');
      set({ baseline: text });
    },
    setText(text, origin) {
      // The editor's own unsent keystrokes go first, so a change from elsewhere never drops them.
      if (origin !== 'yaml') flushPendingEdits();
      const state = get();
      if (text === state.text) return;
      const edit = diffTexts(state.text, text);
      change(updateWorkspace(state.workspace, text), edit ? [edit] : [], origin);
    },
    applyPatches(patches, origin) {
      flushPendingEdits();
      const result = applyPatches(get().workspace, patches);
      if (!result.ok) return result.error;
      if (result.edits.length > 0) change(result.workspace, result.edits, origin);
      return null;
    },
    undo: () => step('past'),
    redo: () => step('future'),
  };
};
