/**
 * The code editor gives its text to the store after a short pause in typing (see `syncDelay`).
 * Actions that read or replace the whole text (undo, format, export, save) first call
 * {@link flushPendingEdits}, so no keystroke is left behind.
 */
let flusher: (() => void) | null = null;

/**
 * Registers the function that hands the editor's unsent edits to the store (null when the editor
 * goes away).
 *
 * @param flush - The editor's flush.
 */
export function setPendingEditsFlusher(flush: (() => void) | null): void {
  flusher = flush;
}

/** Hands any edits the editor has not sent yet to the store. */
export function flushPendingEdits(): void {
  flusher?.();
}
