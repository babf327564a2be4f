import { type TextEdit, diffTexts, invertEdit, mergeEdits } from '../../core/index.ts';

/** Where a change came from, so views never echo a change back to where it came from. */
export type ChangeOrigin = 'yaml' | 'canvas' | 'inspector' | 'load' | 'history' | 'simulator';

/** One undoable change of the text: the edit that made it and the edit that reverts it. */
export interface HistoryEntry {
  readonly forward: TextEdit;
  readonly inverse: TextEdit;
  readonly origin: ChangeOrigin;
  /** When the change was made (ms), to group fast typing into one step. */
  readonly time: number;
}

/** Typing within this many milliseconds of the previous keystroke is one undo step. */
export const TYPING_GROUP_MS = 1000;

/** At most this many steps are kept. */
export const HISTORY_LIMIT = 500;

/**
 * Records a change from `before` to `after`, merging it into the previous step when it continues
 * a run of typing.
 *
 * @param past - The undo stack.
 * @param before - The text before the change.
 * @param after - The text after it.
 * @param origin - Who made it.
 * @param time - When (ms).
 * @returns The new undo stack.
 */
export function record(
  past: readonly HistoryEntry[],
  before: string,
  after: string,
  origin: ChangeOrigin,
  time: number,
): HistoryEntry[] {
  const forward = diffTexts(before, after);
  if (!forward) return [...past];
  const inverse = invertEdit(before, forward);
  const previous = past[past.length - 1];
  if (
    previous &&
    origin === 'yaml' &&
    previous.origin === 'yaml' &&
    time - previous.time < TYPING_GROUP_MS
  ) {
    const merged = mergeEdits(before, previous, forward);
    const rest = past.slice(0, -1);
    return merged ? [...rest, { ...merged, origin, time }] : rest;
  }
  const next = [...past, { forward, inverse, origin, time }];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}
