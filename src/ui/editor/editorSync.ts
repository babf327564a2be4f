import { type TextEdit, diffTexts } from '../../core/index.ts';
import type { TextChange } from '../store/documentSlice.ts';
import type { ChangeOrigin } from '../store/history.ts';

/** What the editor knows about its own text when the store's text changes. */
export interface EditorTextState {
  /** The text the editor last sent to the store or last received from it. */
  readonly synced: string;
  /** True when the editor has edits the store has not seen yet. */
  readonly pending: boolean;
  /** Reads the editor's whole text (only called when the cheaper checks cannot decide). */
  readonly read: () => string;
}

/**
 * The edits that bring the editor's text up to a new store text, as small as the store's own
 * change allows: a canvas or inspector edit arrives as the few characters it changed, so the
 * cursor, selection, scroll, folding and the rest of the text stay as they are.
 *
 * @param editor - The editor's view of its text.
 * @param previous - The store's text before the change.
 * @param next - The store's text after it.
 * @param change - The store's last change (its edits turn `previous` into `next` when it is current).
 * @param revision - The store's revision after the change.
 * @returns Edits to apply one after the other (each in offsets of the text the ones before made);
 *   empty when the editor already shows `next`.
 */
export function catchUpEdits(
  editor: EditorTextState,
  previous: string,
  next: string,
  change: TextChange | null,
  revision: number,
): readonly TextEdit[] {
  // The store echoing the editor's own text back: nothing to do, and no need to read the model.
  if (!editor.pending && editor.synced === next) return [];
  const upToDate = !editor.pending && editor.synced === previous;
  if (upToDate && change?.revision === revision && change.edits.length > 0) return change.edits;
  const current = upToDate ? previous : editor.read();
  const edit = diffTexts(current, next);
  return edit ? [edit] : [];
}

/** How long the editor waits after a keystroke before it gives the text to the store. */
export interface SyncDelay {
  /** Milliseconds after the last change. */
  readonly quiet: number;
  /** Milliseconds after the first unsent change, so long runs of typing still show. */
  readonly max: number;
}

/** Texts up to this size are parsed on the next tick; larger ones wait for a pause in typing. */
export const IMMEDIATE_SYNC_CHARS = 64 * 1024;

/** How long typing in a run waits for a pause before a large text syncs. */
const QUIET_MS = 40;

/**
 * Keystrokes closer together than this are typing in a run (key repeat, a fast burst); a keystroke
 * after a longer gap syncs at once. Waiting only pays when the next key comes before the wait
 * would end: at any slower pace every keystroke would sync anyway, just later.
 */
export const TYPING_GAP_MS = QUIET_MS;

/**
 * The debounce for a text of some length: small documents sync at once. In large ones (where a
 * parse and a new canvas cost more than a keystroke's budget) a keystroke on its own syncs at once
 * too, while typing in a run waits for a short pause, and at most `max` milliseconds, so the
 * canvas follows within the 150 ms a person reads as immediate.
 *
 * @param length - The text's length in characters.
 * @param sinceLastChange - Milliseconds since the text last changed in the editor.
 */
export function syncDelay(length: number, sinceLastChange: number): SyncDelay {
  if (length <= IMMEDIATE_SYNC_CHARS || sinceLastChange >= TYPING_GAP_MS)
    return { quiet: 0, max: 0 };
  return { quiet: QUIET_MS, max: 120 };
}

/** A loaded text that changes more characters than this reaches the editor once the page is idle. */
export const DEFERRED_LOAD_CHARS = IMMEDIATE_SYNC_CHARS;

/**
 * Whether a change replaces so much of the text (an import, an example, a restored session) that
 * the editor should take it after the page has drawn it: building and drawing a megabyte in the
 * editor takes longer than the canvas needs to show the new graph, and nobody is typing in a
 * document that has just been replaced.
 *
 * @param edits - The change's edits.
 * @param origin - Who made it.
 */
export function isBulkLoad(edits: readonly TextEdit[], origin: ChangeOrigin): boolean {
  if (origin !== 'load') return false;
  let changed = 0;
  for (const edit of edits) changed += edit.end - edit.start + edit.text.length;
  return changed > DEFERRED_LOAD_CHARS;
}
