import { type KeyboardEvent, useId } from 'react';
import type { FieldPath } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import type { FieldProblem } from '../fieldValidation.ts';
import { useInspectorScope } from '../InspectorContext.ts';
import { ProblemList } from './ProblemList.tsx';
import { useDraft } from './useDraft.ts';
import { useFieldProblems } from './useFieldProblems.ts';

/** Options of a text field. */
export interface TextFieldProps {
  readonly label: string;
  readonly path: FieldPath;
  /** The value in the document, as text. */
  readonly value: string;
  /** Empty removes the field instead of writing `""`. */
  readonly optional?: boolean;
  /** Checks the text as it is typed; a problem is shown and the text is not written. */
  readonly check?: (text: string) => FieldProblem;
  readonly placeholder?: string;
  /** Writes numbers as numbers (ports, weights). */
  readonly numeric?: boolean;
  /** Writes the value another way than setting the field (a rename, a weight command). */
  readonly commit?: (text: string) => void;
  readonly disabled?: boolean;
}

/**
 * A text (or number) field of the inspector: checked as it is typed, written to the document
 * when typing pauses or the field is left, with the findings about its path below it.
 */
export function TextField(props: TextFieldProps) {
  const t = useT();
  const { key } = useInspectorScope();
  const id = useId();
  const problemsId = useId();
  const { label, path, value, optional = false, check, numeric = false } = props;
  const validity = (text: string): FieldProblem =>
    optional && text === '' ? null : (check?.(text) ?? null);
  const draft = useDraft(
    value,
    (text) => {
      if (props.commit) props.commit(text);
      else if (optional && text === '') deleteFieldOf(key, path);
      else setFieldOf(key, path, numeric ? Number(text) : text);
    },
    (text) => validity(text) === null,
  );
  const problem = draft.editing ? validity(draft.text) : null;
  const found = useFieldProblems(path);
  const invalid = problem !== null || found.some((p) => p.diagnostic.severity === 'error');
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      draft.flush();
    } else if (event.key === 'Escape' && draft.editing) {
      event.preventDefault();
      event.stopPropagation();
      draft.reset();
    }
  };
  return (
    <div className="sy-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={numeric ? 'number' : 'text'}
        inputMode={numeric ? 'numeric' : undefined}
        value={draft.text}
        placeholder={props.placeholder}
        spellCheck={false}
        disabled={props.disabled}
        aria-invalid={invalid}
        aria-describedby={problem || found.length > 0 ? problemsId : undefined}
        onChange={(event) => draft.change(event.target.value)}
        onBlur={draft.flush}
        onKeyDown={onKeyDown}
      />
      <div id={problemsId}>
        {problem && <p className="sy-field-problem is-error">{t(problem.key, problem.params)}</p>}
        <ProblemList problems={found} />
      </div>
    </div>
  );
}
