import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TextEdit, applyEdit, diffTexts, invertEdit, mergeEdits } from './textRange.ts';

/*
 * Property tests of the edits the history keeps: an edit and its inverse take a text there and
 * back, and two edits in a row merge into one that does what both did (typing in a run is one
 * undo step).
 */

// Few letters, so edits often meet, overlap and undo each other.
const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ', 'é'), maxLength: 40 });

/** A text with an edit of it. */
const edited = (base: fc.Arbitrary<string>) =>
  base.chain((before) =>
    fc
      .tuple(fc.nat(before.length), fc.nat(before.length), text)
      .map(([a, b, inserted]): [string, TextEdit] => [
        before,
        { start: Math.min(a, b), end: Math.max(a, b), text: inserted },
      ]),
  );

describe('edits', () => {
  it('an edit and its inverse take a text there and back', () => {
    fc.assert(
      fc.property(edited(text), ([before, edit]) => {
        const after = applyEdit(before, edit);
        expect(applyEdit(after, invertEdit(before, edit))).toBe(before);
      }),
    );
  });

  it('diffTexts finds an edit that makes the new text, and none between equal texts', () => {
    fc.assert(
      fc.property(text, text, (before, after) => {
        const edit = diffTexts(before, after);
        if (before === after) expect(edit).toBeNull();
        else expect(edit && applyEdit(before, edit)).toBe(after);
      }),
    );
  });

  it('two edits in a row merge into one that does both, and back', () => {
    fc.assert(
      fc.property(
        edited(text).chain(([original, first]) =>
          edited(fc.constant(applyEdit(original, first))).map(
            ([middle, second]) => [original, first, middle, second] as const,
          ),
        ),
        ([original, first, middle, second]) => {
          const final = applyEdit(middle, second);
          const merged = mergeEdits(
            middle,
            { forward: first, inverse: invertEdit(original, first) },
            second,
          );
          if (final === original) {
            expect(merged).toBeNull();
            return;
          }
          expect(merged).not.toBeNull();
          if (!merged) return;
          expect(applyEdit(original, merged.forward)).toBe(final);
          expect(applyEdit(final, merged.inverse)).toBe(original);
          // Nothing before what the two edits touched is rewritten.
          expect(merged.forward.start).toBeGreaterThanOrEqual(Math.min(first.start, second.start));
        },
      ),
      { numRuns: 500 },
    );
  });
});
