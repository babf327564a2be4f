import type { FieldPath } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import { useInspectorScope } from '../InspectorContext.ts';
import { PairAddRow } from './PairAddRow.tsx';
import { RemoveButton } from './RemoveButton.tsx';
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
  return (
    <fieldset className="sy-list">
      <legend>{label}</legend>
      {entries.map(([entry, text]) => (
        <div className="sy-list-item" key={entry}>
          <TextField label={entry} path={[...path, entry]} value={text} />
          <RemoveButton name={entry} onRemove={() => deleteFieldOf(key, [...path, entry])} />
        </div>
      ))}
      <PairAddRow
        nameLabel={t('inspector.key')}
        valueLabel={t('inspector.value')}
        // A key that is there already is edited in its own field.
        problemOf={(name) => (entries.some(([entry]) => entry === name) ? {} : null)}
        onAdd={(name, value) => setFieldOf(key, [...path, name], value)}
      />
    </fieldset>
  );
}
