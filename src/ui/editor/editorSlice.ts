import type { StateCreator } from 'zustand';
import type { TextRange } from '../../core/index.ts';
import type { AppState } from '../store/store.ts';

/** A request to show a span of the text in the YAML pane (from the Problems panel). */
export interface RevealRequest {
  readonly range: TextRange;
  /** Move the keyboard focus to the editor and put the cursor at the start of the range. */
  readonly focus: boolean;
  /** Increases with each request, so asking twice for the same place reveals it twice. */
  readonly sequence: number;
}

/** Which editor the YAML pane shows. */
export type EditorKind = 'loading' | 'code' | 'plain';

/** Session state of the YAML pane. */
export interface EditorSlice {
  readonly revealRequest: RevealRequest | null;
  readonly editorKind: EditorKind;
  readonly revealInEditor: (range: TextRange, focus: boolean) => void;
  readonly setEditorKind: (kind: EditorKind) => void;
}

export const createEditorSlice: StateCreator<AppState, [], [], EditorSlice> = (set, get) => ({
  revealRequest: null,
  editorKind: 'loading',
  revealInEditor(range, focus) {
    const sequence = (get().revealRequest?.sequence ?? 0) + 1;
    set({ revealRequest: { range, focus, sequence } });
  },
  setEditorKind: (editorKind) => set({ editorKind }),
});

export const selectEditorKind = (state: AppState) => state.editorKind;
