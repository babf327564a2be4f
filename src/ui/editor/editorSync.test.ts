import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../core/index.ts';
import type { TextChange } from '../store/documentSlice.ts';
import {
  DEFERRED_LOAD_CHARS,
  type EditorTextState,
  catchUpEdits,
  isBulkLoad,
  TYPING_GAP_MS,
  syncDelay,
} from './editorSync.ts';

const before = 'spec:\n  # keep me\n  weight: 10\n';
const after = 'spec:\n  # keep me\n  weight: 25\n';
const at = before.indexOf('10');
const weightEdit = { start: at, end: at + 2, text: '25' };
const change: TextChange = { origin: 'inspector', edits: [weightEdit], revision: 5 };

function editor(text: string, pending = false, synced = text): EditorTextState & { reads: number } {
  const state = {
    synced,
    pending,
    reads: 0,
    read: () => {
      state.reads++;
      return text;
    },
  };
  return state;
}

describe('catching the editor up with the store', () => {
  it('ignores its own text coming back (no echo), without reading the editor', () => {
    const own = editor(after);
    expect(catchUpEdits(own, before, after, { ...change, origin: 'yaml' }, 5)).toEqual([]);
    expect(own.reads).toBe(0);
  });

  it("applies another view's change as the store's own minimal edits", () => {
    const state = editor(before);
    const edits = catchUpEdits(state, before, after, change, 5);
    expect(edits).toEqual(change.edits);
    expect(applyEdits(before, edits)).toBe(after);
    expect(state.reads).toBe(0);
  });

  it('applies edits in order when a command made several', () => {
    const text = 'a: 1\nb: 2\n';
    const edits = [
      { start: 3, end: 4, text: '10' },
      { start: 9, end: 10, text: '20' },
    ];
    const next = applyEdits(text, edits);
    expect(next).toBe('a: 10\nb: 20\n');
    expect(
      catchUpEdits(editor(text), text, next, { origin: 'canvas', edits, revision: 2 }, 2),
    ).toBe(edits);
  });

  it.each([
    ['the change is not the last one', { ...change, revision: 4 }],
    ['there is no recorded change', null],
  ])('falls back to one diff when %s', (_name, last) => {
    const edits = catchUpEdits(editor(before), before, after, last, 5);
    expect(edits).toEqual([weightEdit]);
  });

  it('diffs against what the editor really shows when it has unsent keystrokes', () => {
    const shown = 'spec:\n  # keep me\n  weight: 1\n';
    const state = editor(shown, true, before);
    const edits = catchUpEdits(state, before, after, change, 5);
    expect(applyEdits(shown, edits)).toBe(after);
    expect(state.reads).toBe(1);
  });

  it('does nothing when the editor already shows the new text', () => {
    expect(catchUpEdits(editor(after, true, before), before, after, change, 5)).toEqual([]);
  });
});

describe('the sync delay', () => {
  it('syncs small documents at once and large ones after a short pause, within a bound', () => {
    expect(syncDelay(10_000, 0)).toEqual({ quiet: 0, max: 0 });
    const large = syncDelay(1_000_000, TYPING_GAP_MS - 1);
    expect(large.quiet).toBeGreaterThan(0);
    expect(large.max).toBeLessThanOrEqual(150);
    expect(large.max).toBeGreaterThanOrEqual(large.quiet);
  });

  it('syncs a keystroke after a pause at once, whatever the size', () => {
    expect(syncDelay(1_000_000, TYPING_GAP_MS)).toEqual({ quiet: 0, max: 0 });
    expect(syncDelay(1_000_000, Number.POSITIVE_INFINITY)).toEqual({ quiet: 0, max: 0 });
  });
});

describe('large loads', () => {
  const big = 'x'.repeat(DEFERRED_LOAD_CHARS + 1);
  it.each([
    ['an import of a large text', [{ start: 0, end: 0, text: big }], 'load', true],
    ['a load that replaces a large text', [{ start: 0, end: big.length, text: 'a' }], 'load', true],
    ['a load that changes a little', [{ start: 0, end: 10, text: 'a: 1' }], 'load', false],
    ['a large paste typed in the canvas', [{ start: 0, end: 0, text: big }], 'canvas', false],
    ['a large undo', [{ start: 0, end: 0, text: big }], 'history', false],
  ] as const)('%s waits for the page to be idle: %s', (_name, edits, origin, bulk) => {
    expect(isBulkLoad(edits, origin)).toBe(bulk);
  });
});
