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
import { preloadYaml } from '../shell/preloadYaml.ts';
import { YamlNotLoadedError } from '../shell/yamlOnDemand.ts';
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
  /**
   * Replaces the whole document (import, example, share link); a new baseline, undoable. A
   * workspace already read from the same text (an import checks its file that way) is taken as
   * it is instead of reading the text again.
   */
  readonly loadText: (text: string, read?: Workspace) => void;
  /** A change of the text made by the YAML pane (or anything else that edits text). */
  readonly setText: (text: string, origin: ChangeOrigin) => void;
  /** Applies core patches (a command's result); returns an error message when they cannot apply. */
  readonly applyPatches: (patches: readonly Patch[], origin: ChangeOrigin) => string | null;
  readonly undo: () => void;
  readonly redo: () => void;
}

/** The clock the store uses for grouping typing into undo steps (replaceable in tests). */
export const clock = { now: (): number => Date.now() };

export const createDocumentSlice: StateCreator<AppState, [], [], DocumentSlice> = (
  set,
  get,
  store,
) => {
  const initial = createWorkspace('');

  /**
   * Runs an action that may need the `yaml` library (edits keep comments with it; text with
   * errors is read with it): at once, or, before the library has loaded, again once it has, in
   * the order the actions came. When it cannot load, the document stays as it is and the notice
   * says why. The actions change nothing before they throw, so running one again is safe.
   *
   * @param action - The action.
   * @param later - What runs once the library has loaded (the action itself unless given).
   */
  const whenYaml = (action: () => void, later: () => void = action): void => {
    try {
      action();
    } catch (error) {
      if (!(error instanceof YamlNotLoadedError)) throw error;
      void preloadYaml(store).then(later, () => undefined);
    }
  };

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
    loadText(text, read) {
      flushPendingEdits();
      const state = get();
      const reusable =
        read?.text === text &&
        read.options.defaultNamespace === state.workspace.options.defaultNamespace;
      const workspace = reusable ? read : updateWorkspace(state.workspace, text);
      const edit = diffTexts(state.text, text);
      change(workspace, edit ? [edit] : [], 'load');
      set({ baseline: text });
    },
    setText(text, origin) {
      whenYaml(() => {
        // The editor's own unsent keystrokes go first, so a change from elsewhere never drops them.
        if (origin !== 'yaml') flushPendingEdits();
        const state = get();
        if (text === state.text) return;
        const edit = diffTexts(state.text, text);
        change(updateWorkspace(state.workspace, text), edit ? [edit] : [], origin);
      });
    },
    applyPatches(patches, origin) {
      const apply = (): string | null => {
        flushPendingEdits();
        const result = applyPatches(get().workspace, patches);
        if (!result.ok) return result.error;
        if (result.edits.length > 0) change(result.workspace, result.edits, origin);
        return null;
      };
      let error: string | null = null;
      whenYaml(
        () => {
          error = apply();
        },
        // Applied later, no caller is waiting for the error: it goes to the designer's notice.
        () => {
          const message = apply();
          if (message !== null)
            get().notify({
              id: 'designer',
              tone: 'error',
              message: 'canvas.error',
              params: { message },
            });
        },
      );
      return error;
    },
    undo: () => whenYaml(() => step('past')),
    redo: () => whenYaml(() => step('future')),
  };
};
