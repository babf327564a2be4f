import type { ResourceEntry } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { addMatchTo, addRuleTo, deleteElementOf, moveRuleOf } from '../../canvas/elementActions.ts';
import { ruleSummaries } from '../../canvas/ruleSummaries.ts';
import { ProblemList } from '../fields/ProblemList.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useFieldProblems } from '../fields/useFieldProblems.ts';
import { checkDuration, checkSectionName } from '../fieldValidation.ts';
import { listOf, readField, textOf } from '../readField.ts';
import { BackendRefsEditor } from './BackendRefsEditor.tsx';
import { FiltersEditor } from './FiltersEditor.tsx';
import { GrpcMatchFields, HttpMatchFields } from './MatchFields.tsx';

/**
 * The rules of a route, each in a disclosure named by its matches: name, matches, filters,
 * backends with weights, timeouts; move, delete, and add rules and matches.
 */
export function RulesSection({
  entry,
  openRule,
}: {
  readonly entry: ResourceEntry;
  /** The rule to show open (the selected one). */
  readonly openRule: number | null;
}) {
  const t = useT();
  const rules = listOf(readField(entry.raw, ['spec', 'rules']));
  const labels = ruleSummaries(entry, t);
  const multiple = entry.id.kind === 'HTTPRoute' || entry.id.kind === 'GRPCRoute';
  return (
    <div className="sy-section" data-path="spec.rules">
      <h3>{t('inspector.rules')}</h3>
      {rules.map((rule, index) => (
        <Rule
          key={index}
          entry={entry}
          index={index}
          count={rules.length}
          value={rule}
          label={labels[index] ?? String(index + 1)}
          open={openRule === null ? rules.length <= 3 : openRule === index}
          movable={multiple}
        />
      ))}
      {multiple && (
        <button type="button" onClick={() => addRuleTo(entry.key, 'inspector')}>
          {t('canvas.menu.addRule')}
        </button>
      )}
    </div>
  );
}

function Rule({
  entry,
  index,
  count,
  value,
  label,
  open,
  movable,
}: {
  readonly entry: ResourceEntry;
  readonly index: number;
  readonly count: number;
  readonly value: unknown;
  readonly label: string;
  readonly open: boolean;
  readonly movable: boolean;
}) {
  const t = useT();
  const kind = entry.id.kind;
  const base = ['spec', 'rules', index] as const;
  const own = useFieldProblems(base, true);
  const matches = listOf(readField(value, ['matches']));
  const http = kind === 'HTTPRoute';
  const grpc = kind === 'GRPCRoute';
  return (
    <details className="sy-rule" data-path={`spec.rules[${index}]`} open={open}>
      <summary>
        <bdi>{label}</bdi>
      </summary>
      <ProblemList problems={own} />
      <TextField
        label={t('inspector.ruleName')}
        path={[...base, 'name']}
        value={textOf(readField(value, ['name']))}
        optional
        check={checkSectionName}
      />
      {(http || grpc) && (
        <fieldset className="sy-list">
          <legend>{t('inspector.matches')}</legend>
          {matches.length === 0 && <p className="sy-hint">{t('canvas.rules.any')}</p>}
          {matches.map((match, m) => (
            <div className="sy-group" key={m} data-path={`spec.rules[${index}].matches[${m}]`}>
              <div className="sy-group-title">
                <strong>{t('inspector.match', { n: m + 1 })}</strong>
              </div>
              {http ? (
                <HttpMatchFields path={[...base, 'matches', m]} value={match} />
              ) : (
                <GrpcMatchFields path={[...base, 'matches', m]} value={match} />
              )}
              <button
                type="button"
                className="sy-danger"
                onClick={() => deleteElementOf(entry.key, { type: 'match', rule: index, match: m })}
              >
                {t('inspector.removeMatch', { n: m + 1 })}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => addMatchTo(entry.key, index, 'inspector')}>
            {t('inspector.addMatch')}
          </button>
        </fieldset>
      )}
      {(http || grpc) && (
        <FiltersEditor
          entry={entry}
          rule={index}
          path={[...base, 'filters']}
          filters={listOf(readField(value, ['filters']))}
        />
      )}
      <BackendRefsEditor
        entry={entry}
        rule={index}
        refs={listOf(readField(value, ['backendRefs']))}
        filters={http || grpc}
      />
      {http && (
        <fieldset className="sy-list">
          <legend>{t('inspector.timeouts')}</legend>
          <TextField
            label={t('inspector.timeout.request')}
            path={[...base, 'timeouts', 'request']}
            value={textOf(readField(value, ['timeouts', 'request']))}
            optional
            placeholder="10s"
            check={checkDuration}
          />
          <TextField
            label={t('inspector.timeout.backendRequest')}
            path={[...base, 'timeouts', 'backendRequest']}
            value={textOf(readField(value, ['timeouts', 'backendRequest']))}
            optional
            placeholder="2s"
            check={checkDuration}
          />
        </fieldset>
      )}
      <div className="sy-actions">
        {movable && (
          <>
            <button
              type="button"
              disabled={index === 0}
              onClick={() => moveRuleOf(entry.key, index, index - 1)}
            >
              {t('inspector.moveUp')}
            </button>
            <button
              type="button"
              disabled={index === count - 1}
              onClick={() => moveRuleOf(entry.key, index, index + 1)}
            >
              {t('inspector.moveDown')}
            </button>
          </>
        )}
        <button
          type="button"
          className="sy-danger"
          onClick={() => deleteElementOf(entry.key, { type: 'rule', rule: index })}
        >
          {t('inspector.deleteRule', { n: index + 1 })}
        </button>
      </div>
    </details>
  );
}
