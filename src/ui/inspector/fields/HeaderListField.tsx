import type { FieldPath } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import { checkHeaderName, checkRegex } from '../fieldValidation.ts';
import { useInspectorScope } from '../InspectorContext.ts';
import { readField, textOf } from '../readField.ts';
import { ChoiceField } from './ChoiceField.tsx';
import { PairAddRow } from './PairAddRow.tsx';
import { RemoveButton } from './RemoveButton.tsx';
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
            <RemoveButton
              name={itemName || index + 1}
              onRemove={() => deleteFieldOf(key, [...path, index])}
            />
          </div>
        );
      })}
      <PairAddRow
        nameLabel={t('inspector.headerName')}
        valueLabel={t('inspector.headerValue')}
        problemOf={(name) => {
          const problem = checkHeaderName(name);
          return problem ? { message: t(problem.key, problem.params) } : null;
        }}
        onAdd={(name, value) => setFieldOf(key, [...path, items.length], { name, value })}
      />
    </fieldset>
  );
}
