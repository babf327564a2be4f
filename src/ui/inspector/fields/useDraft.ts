import { useCallback, useEffect, useRef, useState } from 'react';

/** How long typing must pause before the inspector writes the value into the document. */
export const COMMIT_DELAY_MS = 400;

/** A field's text while it is being edited, and the ways to commit it. */
export interface Draft {
  /** What the input shows: the draft while editing, else the document's value. */
  readonly text: string;
  /** Whether the person is editing (a draft differs from the document). */
  readonly editing: boolean;
  readonly change: (text: string) => void;
  /** Commits a pending draft now (on blur and Enter) and stops editing; an invalid one stays. */
  readonly flush: () => void;
  /** Drops the draft (Escape). */
  readonly reset: () => void;
}

/**
 * Keeps a field's draft separate from the document: typing shows at once and is written to the
 * document (one command, one undo step) when the person pauses, presses Enter or leaves the
 * field; an invalid draft is shown but never written. While not editing, the field follows the
 * document (an undo or a YAML edit shows in it at once).
 *
 * @param value - The field's value in the document, as text.
 * @param commit - Writes a text to the document.
 * @param valid - Whether a text may be written.
 */
export function useDraft(
  value: string,
  commit: (text: string) => void,
  valid: (text: string) => boolean,
): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const latest = useRef({ commit, valid, value, draft });
  useEffect(() => {
    latest.current = { commit, valid, value, draft };
  });
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const write = useCallback(() => {
    clearTimeout(timer.current);
    const current = latest.current;
    if (current.draft !== null && current.draft !== current.value && current.valid(current.draft)) {
      current.commit(current.draft);
    }
  }, []);

  const change = useCallback(
    (text: string) => {
      setDraft(text);
      latest.current = { ...latest.current, draft: text };
      clearTimeout(timer.current);
      timer.current = setTimeout(write, COMMIT_DELAY_MS);
    },
    [write],
  );

  const flush = useCallback(() => {
    write();
    const { draft: pending, valid: isValid } = latest.current;
    if (pending === null || isValid(pending)) setDraft(null);
  }, [write]);

  const reset = useCallback(() => {
    clearTimeout(timer.current);
    setDraft(null);
  }, []);

  return { text: draft ?? value, editing: draft !== null, change, flush, reset };
}
