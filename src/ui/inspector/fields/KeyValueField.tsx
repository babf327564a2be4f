import { useId, useState } from 'react';
import type { FieldPath } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import { useInspectorScope } from '../InspectorContext.ts';
import { TextField } from './TextField.tsx';

/** A map of strings (labels, annotations, a selector): a field per entry, and a row to add one. */
export function KeyValueField({
  label,
  path,
  entries,
}: {
  readonly label: string;
  readonly path: FieldPath;
  readonly entries: readonly (readonly [string, string])[];
}) {
  const t = useT();
  const { key } = useInspectorScope();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const nameId = useId();
  const valueId = useId();
  const taken = entries.some(([entry]) => entry === name);
  const add = () => {
    if (name === '' || taken) return;
    if (setFieldOf(key, [...path, name], value)) {
      setName('');
      setValue('');
    }
  };
  return (
    <fieldset className="sy-list">
      <legend>{label}</legend>
      {entries.map(([entry, text]) => (
        <div className="sy-list-item" key={entry}>
          <TextField label={entry} path={[...path, entry]} value={text} />
          <button
            type="button"
            className="sy-remove"
            aria-label={t('inspector.remove', { name: entry })}
            title={t('inspector.remove', { name: entry })}
            onClick={() => deleteFieldOf(key, [...path, entry])}
          >
            ×
          </button>
        </div>
      ))}
      <div className="sy-list-add">
        <label htmlFor={nameId} className="visually-hidden">
          {t('inspector.key')}
        </label>
        <input
          id={nameId}
          type="text"
          value={name}
          placeholder={t('inspector.key')}
          spellCheck={false}
          aria-invalid={taken}
          onChange={(event) => setName(event.target.value)}
        />
        <label htmlFor={valueId} className="visually-hidden">
          {t('inspector.value')}
        </label>
        <input
          id={valueId}
          type="text"
          value={value}
          placeholder={t('inspector.value')}
          spellCheck={false}
          onChange={(event) => setValue(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              add();
            }
          }}
        />
        <button type="button" disabled={name === '' || taken} onClick={add}>
          {t('inspector.add')}
        </button>
      </div>
    </fieldset>
  );
}
