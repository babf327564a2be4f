import { useId } from 'react';
import type { FieldPath } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import { useInspectorScope } from '../InspectorContext.ts';
import { ProblemList } from './ProblemList.tsx';
import { useFieldProblems } from './useFieldProblems.ts';

/** A choice of one value from a list; written at once. An optional field can be unset. */
export function ChoiceField({
  label,
  path,
  value,
  options,
  optional = false,
  parse = (text) => text,
  commit,
}: {
  readonly label: string;
  readonly path: FieldPath;
  readonly value: string;
  readonly options: readonly { readonly value: string; readonly label?: string }[];
  readonly optional?: boolean;
  /** How the chosen text is written (numbers for status codes, booleans for flags). */
  readonly parse?: (text: string) => unknown;
  readonly commit?: (value: string) => void;
}) {
  const t = useT();
  const { key } = useInspectorScope();
  const id = useId();
  const problemsId = useId();
  const found = useFieldProblems(path);
  const known = options.some((option) => option.value === value);
  return (
    <div className="sy-field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        aria-describedby={found.length > 0 ? problemsId : undefined}
        onChange={(event) => {
          const next = event.target.value;
          if (commit) commit(next);
          else if (next === '') deleteFieldOf(key, path);
          else setFieldOf(key, path, parse(next));
        }}
      >
        {(optional || value === '') && <option value="">{t('inspector.unset')}</option>}
        {!known && value !== '' && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label ?? option.value}
          </option>
        ))}
      </select>
      <div id={problemsId}>
        <ProblemList problems={found} />
      </div>
    </div>
  );
}
