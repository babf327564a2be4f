import { useId, useState } from 'react';
import { useT } from '../../i18n/useT.ts';

/** Why a name cannot be added: marks the name field invalid, with a message under the row if given. */
export interface PairProblem {
  readonly message?: string;
}

/**
 * The row at the end of a list of name/value pairs that adds one: a name, a value (Enter adds),
 * and `Add`. The fields empty once the pair has been added.
 */
export function PairAddRow({
  nameLabel,
  valueLabel,
  problemOf,
  onAdd,
}: {
  readonly nameLabel: string;
  readonly valueLabel: string;
  /** Why a (non-empty) name cannot be added, or null. */
  readonly problemOf: (name: string) => PairProblem | null;
  /** Adds the pair; true when it was added. */
  readonly onAdd: (name: string, value: string) => boolean;
}) {
  const t = useT();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const nameId = useId();
  const valueId = useId();
  const problem = name === '' ? null : problemOf(name);
  const add = () => {
    if (name === '' || problem) return;
    if (onAdd(name, value)) {
      setName('');
      setValue('');
    }
  };
  return (
    <>
      <div className="sy-list-add">
        <label htmlFor={nameId} className="visually-hidden">
          {nameLabel}
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          placeholder={nameLabel}
          spellCheck={false}
          aria-invalid={problem !== null}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={valueId} className="visually-hidden">
          {valueLabel}
        </label>
        <input
          id={valueId}
          type="text"
          value={value}
          placeholder={valueLabel}
          spellCheck={false}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" disabled={name === '' || problem !== null} onClick={add}>
          {t('inspector.add')}
        </button>
      </div>
      {problem?.message && <p className="sy-field-problem is-error">{problem.message}</p>}
    </>
  );
}
