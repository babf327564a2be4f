/** A span of the workspace text, as offsets: `start` inclusive, `end` exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** A replacement of one span of text: what patches produce and what the editor applies. */
export interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A 1-based line and column. */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/**
 * Applies one edit to a text.
 *
 * @param text - The text before.
 * @param edit - The edit, in offsets of `text`.
 * @returns The text after.
 */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

/**
 * Applies edits one after the other; each edit's offsets refer to the text after the ones before it.
 *
 * @param text - The text before.
 * @param edits - Edits in application order.
 * @returns The text after.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return edits.reduce(applyEdit, text);
}

/**
 * The smallest single edit that turns one text into another (common prefix and suffix kept).
 *
 * @param before - The old text.
 * @param after - The new text.
 * @returns The edit, or null when the texts are equal.
 */
export function diffTexts(before: string, after: string): TextEdit | null {
  // A change is diffed by the store, the workspace and the history in turn: the same two texts
  // (the same string objects, so the check is cheap) give the edit found last time.
  if (before === lastDiff.before && after === lastDiff.after) return lastDiff.edit;
  const edit = findEdit(before, after);
  lastDiff = { before, after, edit };
  return edit;
}

let lastDiff: {
  readonly before: string | null;
  readonly after: string | null;
  readonly edit: TextEdit | null;
} = { before: null, after: null, edit: null };

function findEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  // Skip equal chunks with native string comparison first; it is much faster than a loop over
  // characters on large texts. Then narrow down character by character.
  const chunk = 1024;
  let start = 0;
  while (
    start + chunk <= max &&
    before.slice(start, start + chunk) === after.slice(start, start + chunk)
  ) {
    start += chunk;
  }
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (
    endBefore - chunk >= start &&
    endAfter - chunk >= start &&
    before.slice(endBefore - chunk, endBefore) === after.slice(endAfter - chunk, endAfter)
  ) {
    endBefore -= chunk;
    endAfter -= chunk;
  }
  while (
    endBefore > start &&
    endAfter > start &&
    before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)
  ) {
    endBefore--;
    endAfter--;
  }
  return { start, end: endBefore, text: after.slice(start, endAfter) };
}

/**
 * The edit that undoes an edit.
 *
 * @param before - The text the edit applies to.
 * @param edit - The edit.
 * @returns The edit that turns the edited text back into `before`.
 */
export function invertEdit(before: string, edit: TextEdit): TextEdit {
  return {
    start: edit.start,
    end: edit.start + edit.text.length,
    text: before.slice(edit.start, edit.end),
  };
}

/** An edit with the edit that undoes it. */
export interface ReversibleEdit {
  readonly forward: TextEdit;
  readonly inverse: TextEdit;
}

/**
 * One reversible edit that does what two in a row do, as small as the texts allow, found without
 * reading the whole text: typing merges each keystroke into the step before it this way.
 *
 * @param middle - The text between the two edits.
 * @param first - An edit that made `middle` (and its inverse, back to the text before it).
 * @param second - An edit of `middle`.
 * @returns The merged edit, or null when the second edit undoes the first.
 */
export function mergeEdits(
  middle: string,
  first: ReversibleEdit,
  second: TextEdit,
): ReversibleEdit | null {
  // The part of `middle` that either edit touches: outside it, all three texts are the same.
  const made = { start: first.forward.start, end: first.forward.start + first.forward.text.length };
  const start = Math.min(made.start, second.start);
  const end = Math.max(made.end, second.end);
  const original =
    middle.slice(start, made.start) + first.inverse.text + middle.slice(made.end, end);
  const final = middle.slice(start, second.start) + second.text + middle.slice(second.end, end);
  const forward = findEdit(original, final);
  if (!forward) return null;
  const at = (edit: TextEdit): TextEdit => ({
    start: start + edit.start,
    end: start + edit.end,
    text: edit.text,
  });
  return { forward: at(forward), inverse: at(invertEdit(original, forward)) };
}

/** Offsets of the start of every line of a text, for offset → line/column lookups. */
export type LineIndex = readonly number[];

/**
 * Indexes the line starts of a text.
 *
 * @param text - Any text (LF or CRLF line ends).
 */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/**
 * The 1-based line and column of an offset.
 *
 * @param index - The text's line index.
 * @param offset - An offset in the text.
 */
export function lineColumnAt(index: LineIndex, offset: number): LineColumn {
  let low = 0;
  let high = index.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((index[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (index[low] ?? 0) + 1 };
}

/**
 * The offset of a 1-based line and column (clamped to the text).
 *
 * @param index - The text's line index.
 * @param position - The line and column.
 * @param length - The text's length.
 */
export function offsetAt(index: LineIndex, position: LineColumn, length: number): number {
  const line = Math.min(Math.max(position.line, 1), index.length);
  return Math.min((index[line - 1] ?? 0) + Math.max(position.column, 1) - 1, length);
}
