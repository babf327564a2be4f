import { useId, useState } from 'react';
import type { FieldPath } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import type { FieldProblem } from '../fieldValidation.ts';
import { useInspectorScope } from '../InspectorContext.ts';
import { textOf } from '../readField.ts';
import { ProblemList } from './ProblemList.tsx';
import { RemoveButton } from './RemoveButton.tsx';
import { TextField } from './TextField.tsx';
import { useFieldProblems } from './useFieldProblems.ts';

/**
 * A list of strings (hostnames, certificate names…): one field per item with a remove button,
 * and a field to add one (checked before it is added). Lists of objects edited by one field
 * each (certificateRefs by name) give where that field is and how to make a new item.
 */
export function StringListField({
  label,
  itemLabel,
  path,
  items,
  check,
  placeholder,
  itemPath = (index) => [...path, index],
  newItem = (text) => text,
}: {
  readonly label: string;
  /** The label of item n (1-based). */
  readonly itemLabel: (n: number) => string;
  readonly path: FieldPath;
  readonly items: readonly unknown[];
  readonly check?: (text: string) => FieldProblem;
  readonly placeholder?: string;
  /** The path of item n's text (by default the item itself). */
  readonly itemPath?: (index: number) => FieldPath;
  /** The value a new item is written as (by default the text). */
  readonly newItem?: (text: string) => unknown;
}) {
  const t = useT();
  const { key } = useInspectorScope();
  const [adding, setAdding] = useState('');
  const addId = useId();
  const problem = adding === '' ? null : (check?.(adding) ?? null);
  const own = useFieldProblems(path, true);
  const add = () => {
    if (adding === '' || problem) return;
    if (setFieldOf(key, [...path, items.length], newItem(adding))) setAdding('');
  };
  return (
    <fieldset className="sy-list">
      <legend>{label}</legend>
      <ProblemList problems={own} />
      {items.map((item, index) => (
        <div className="sy-list-item" key={index}>
          <TextField
            label={itemLabel(index + 1)}
            path={itemPath(index)}
            value={textOf(item)}
            {...(check ? { check } : {})}
          />
          <RemoveButton
            name={itemLabel(index + 1)}
            onRemove={() => deleteFieldOf(key, [...path, index])}
          />
        </div>
      ))}
      <div className="sy-list-add">
        <label htmlFor={addId} className="visually-hidden">
          {t('inspector.addTo', { name: label })}
        </label>
        <input
          id={addId}
          type="text"
          value={adding}
          placeholder={placeholder}
          spellCheck={false}
          aria-invalid={problem !== null}
          onChange={(event) => setAdding(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" disabled={adding === '' || problem !== null} onClick={add}>
          {t('inspector.add')}
        </button>
      </div>
      {problem && <p className="sy-field-problem is-error">{t(problem.key, problem.params)}</p>}
    </fieldset>
  );
}
