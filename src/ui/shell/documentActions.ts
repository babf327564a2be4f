import { formatDocuments } from '../../core/index.ts';
import { flushPendingEdits } from '../editor/pendingEdits.ts';
import { pluralKey } from '../i18n/translate.ts';
import { saveWorkNow } from '../persistence/usePersistence.ts';
import { appStore } from '../store/store.ts';
import { withYaml } from './yamlOnDemand.ts';

// The document commands the toolbar, the keyboard shortcuts and the editor share. Each first
// takes any keystrokes the editor has not handed over yet, so the command sees the whole text.

/** Undoes the last change of the document, whichever view made it. */
export function undoChange(): void {
  flushPendingEdits();
  appStore.getState().undo();
}

/** Redoes the last undone change. */
export function redoChange(): void {
  flushPendingEdits();
  appStore.getState().redo();
}

/**
 * Formats every document (kubectl key order, two-space indentation, comments kept) as one
 * undoable step. Documents that do not parse are kept byte for byte, and the person is told.
 */
export function formatDocument(): void {
  void withYaml(() => formatText());
}

function formatText(): void {
  flushPendingEdits();
  const state = appStore.getState();
  const { text, unformatted } = formatDocuments(state.text);
  // NOTE: the history knows no "format" origin; 'load' marks a whole-text change that no view
  // made, so every view (the editor included) applies it, and it is its own undo step.
  if (text !== state.text) state.setText(text, 'load');
  const message = pluralKey('format.unformatted', unformatted.length, state.language);
  if (unformatted.length > 0 && message)
    state.notify({
      id: 'format',
      tone: 'warning',
      message,
      params: { count: unformatted.length },
    });
}

/** Ctrl+S: the work is already saved as it changes; save now and say where it is kept. */
export function saveNow(): void {
  flushPendingEdits();
  if (saveWorkNow())
    appStore.getState().notify({ id: 'save', tone: 'info', message: 'save.done', transient: true });
}

/** The commands the code editor's shortcuts run. */
export const documentCommands = {
  undo: undoChange,
  redo: redoChange,
  format: formatDocument,
  save: saveNow,
} as const;
