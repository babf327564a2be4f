import { useId, useState } from 'react';
import {
  type FieldPath,
  type HTTPRouteFilterType,
  type ResourceEntry,
  formatPath,
} from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { addFilterTo, deleteElementOf } from '../../canvas/elementActions.ts';
import { ProblemList } from '../fields/ProblemList.tsx';
import { useFieldProblems } from '../fields/useFieldProblems.ts';
import { readField, textOf } from '../readField.ts';
import { FilterFields } from './FilterFields.tsx';

const HTTP_TYPES: readonly HTTPRouteFilterType[] = [
  'RequestHeaderModifier',
  'ResponseHeaderModifier',
  'RequestRedirect',
  'URLRewrite',
  'RequestMirror',
  'CORS',
  'ExtensionRef',
  'ExternalAuth',
];
const GRPC_TYPES: readonly HTTPRouteFilterType[] = [
  'RequestHeaderModifier',
  'ResponseHeaderModifier',
  'RequestMirror',
  'ExtensionRef',
];

/** The filters of a rule (or of one of its backendRefs): their fields, delete, and add by type. */
export function FiltersEditor({
  entry,
  rule,
  backendRef,
  path,
  filters,
}: {
  readonly entry: ResourceEntry;
  readonly rule: number;
  readonly backendRef?: number;
  readonly path: FieldPath;
  readonly filters: readonly unknown[];
}) {
  const t = useT();
  const types = entry.id.kind === 'GRPCRoute' ? GRPC_TYPES : HTTP_TYPES;
  const [type, setType] = useState<HTTPRouteFilterType>(types[0] ?? 'RequestHeaderModifier');
  const selectId = useId();
  return (
    <fieldset className="sy-list">
      <legend>{t('inspector.filters')}</legend>
      {filters.map((filter, index) => (
        <Filter
          key={index}
          entry={entry}
          rule={rule}
          backendRef={backendRef}
          index={index}
          path={[...path, index]}
          value={filter}
        />
      ))}
      <div className="sy-list-add">
        <label htmlFor={selectId} className="visually-hidden">
          {t('inspector.filterType')}
        </label>
        <select
          id={selectId}
          value={type}
          onChange={(event) => setType(event.target.value as HTTPRouteFilterType)}
        >
          {types.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => addFilterTo(entry.key, rule, type, backendRef)}>
          {t('inspector.addFilter')}
        </button>
      </div>
    </fieldset>
  );
}

function Filter({
  entry,
  rule,
  backendRef,
  index,
  path,
  value,
}: {
  readonly entry: ResourceEntry;
  readonly rule: number;
  readonly backendRef: number | undefined;
  readonly index: number;
  readonly path: FieldPath;
  readonly value: unknown;
}) {
  const t = useT();
  const type = textOf(readField(value, ['type']));
  const own = useFieldProblems(path, true);
  return (
    <div className="sy-group" data-path={formatPath(path)}>
      <div className="sy-group-title">
        <strong>{type || t('inspector.filter', { n: index + 1 })}</strong>
      </div>
      <ProblemList problems={own} />
      <FilterFields path={path} type={type} value={value} />
      <button
        type="button"
        className="sy-danger"
        onClick={() =>
          deleteElementOf(entry.key, {
            type: 'filter',
            rule,
            filter: index,
            ...(backendRef === undefined ? {} : { backendRef }),
          })
        }
      >
        {t('inspector.removeFilter', { name: type || index + 1 })}
      </button>
    </div>
  );
}
