import { useId, useState } from 'react';
import type { FieldPath } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import { checkHeaderName, checkRegex } from '../fieldValidation.ts';
import { useInspectorScope } from '../InspectorContext.ts';
import { readField, textOf } from '../readField.ts';
import { ChoiceField } from './ChoiceField.tsx';
import { TextField } from './TextField.tsx';

const MATCH_TYPES = ['Exact', 'RegularExpression'].map((value) => ({ value }));

/**
 * A list of name/value pairs: headers a filter sets or adds, or header and query-parameter
 * matches (with their match type). A row at the end adds one.
 */
export function HeaderListField({
  label,
  path,
  items,
  matchType = false,
}: {
  readonly label: string;
  readonly path: FieldPath;
  readonly items: readonly unknown[];
  /** Matches have a type (Exact or RegularExpression). */
  readonly matchType?: boolean;
}) {
  const t = useT();
  const { key } = useInspectorScope();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const nameId = useId();
  const valueId = useId();
  const problem = name === '' ? null : checkHeaderName(name);
  const add = () => {
    if (name === '' || problem) return;
    if (setFieldOf(key, [...path, items.length], { name, value })) {
      setName('');
      setValue('');
    }
  };
  return (
    <fieldset className="sy-list">
      <legend>{label}</legend>
      {items.map((item, index) => {
        const itemName = textOf(readField(item, ['name']));
        const type = textOf(readField(item, ['type']));
        return (
          <div className="sy-pair" key={index}>
            {matchType && (
              <ChoiceField
                label={t('inspector.matchType')}
                path={[...path, index, 'type']}
                value={type}
                options={MATCH_TYPES}
                optional
              />
            )}
            <TextField
              label={t('inspector.headerName')}
              path={[...path, index, 'name']}
              value={itemName}
              check={checkHeaderName}
            />
            <TextField
              label={t('inspector.headerValue')}
              path={[...path, index, 'value']}
              value={textOf(readField(item, ['value']))}
              {...(type === 'RegularExpression' ? { check: checkRegex } : {})}
            />
            <button
              type="button"
              className="sy-remove"
              aria-label={t('inspector.remove', { name: itemName || index + 1 })}
              title={t('inspector.remove', { name: itemName || index + 1 })}
              onClick={() => deleteFieldOf(key, [...path, index])}
            >
              ×
            </button>
          </div>
        );
      })}
      <div className="sy-list-add">
        <label htmlFor={nameId} className="visually-hidden">
          {t('inspector.headerName')}
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          placeholder={t('inspector.headerName')}
          spellCheck={false}
          aria-invalid={problem !== null}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={valueId} className="visually-hidden">
          {t('inspector.headerValue')}
        </label>
        <input
          id={valueId}
          type="text"
          value={value}
          placeholder={t('inspector.headerValue')}
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
      {problem && <p className="sy-field-problem is-error">{t(problem.key, problem.params)}</p>}
    </fieldset>
  );
}
