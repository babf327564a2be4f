import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.ts';
import { checkWeight } from '../fieldValidation.ts';
import { COMMIT_DELAY_MS } from '../fields/useDraft.ts';

/**
 * A backend's weight: a number field named `Weight <backend>` and a slider beside it, sharing
 * one draft. Both show the change at once (the rule's percentages follow live); the document is
 * written once the person stops — on release of the slider, Enter, leaving the field, or a
 * pause — so a slider drag is one undo step.
 */
export function WeightControl({
  name,
  weight,
  draft,
  max,
  onDraft,
  onCommit,
}: {
  readonly name: string;
  /** The weight in the document (1 when not written). */
  readonly weight: number;
  /** The weight being chosen and not yet written, or null. */
  readonly draft: number | null;
  /** The slider's top. */
  readonly max: number;
  readonly onDraft: (weight: number | null) => void;
  readonly onCommit: (weight: number) => void;
}) {
  const t = useT();
  const inputId = useId();
  const problemId = useId();
  const [text, setText] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ weight, draft, onCommit, onDraft });
  useEffect(() => {
    latest.current = { weight, draft, onCommit, onDraft };
  });
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = () => {
    clearTimeout(timer.current);
    const { draft: value, weight: written } = latest.current;
    if (value !== null && value !== written) latest.current.onCommit(value);
    latest.current.onDraft(null);
  };
  const change = (value: number, later: boolean) => {
    latest.current = { ...latest.current, draft: value };
    onDraft(value);
    clearTimeout(timer.current);
    if (later) timer.current = setTimeout(commit, COMMIT_DELAY_MS);
  };
  const problem = text === null ? null : checkWeight(text);
  const current = draft ?? weight;
  const finish = () => {
    commit();
    if (problem === null) setText(null);
  };

  return (
    <div className="sy-weight">
      <label htmlFor={inputId}>{t('inspector.weight', { name })}</label>
      <input
        id={inputId}
        type="number"
        min={0}
        max={1_000_000}
        step={1}
        value={text ?? String(current)}
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(event) => {
          const value = event.target.value;
          setText(value);
          if (checkWeight(value) === null) change(Number(value), true);
        }}
        onBlur={finish}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            finish();
          }
        }}
      />
      <input
        type="range"
        min={0}
        max={Math.max(max, current)}
        step={1}
        value={current}
        aria-label={t('inspector.weightSlider', { name })}
        onChange={(event) => {
          setText(null);
          change(Number(event.target.value), false);
        }}
        onPointerUp={commit}
        onKeyUp={commit}
        onBlur={commit}
      />
      {problem && (
        <p id={problemId} className="sy-field-problem is-error">
          {t(problem.key, problem.params)}
        </p>
      )}
    </div>
  );
}
