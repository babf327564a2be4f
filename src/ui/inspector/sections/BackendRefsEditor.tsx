import { useState } from 'react';
import { type FieldPath, type ResourceEntry, formatShare } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { appStore } from '../../store/store.ts';
import { deleteElementOf, setWeightOf } from '../../canvas/elementActions.ts';
import { ProblemList } from '../fields/ProblemList.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useFieldProblems } from '../fields/useFieldProblems.ts';
import { checkPort } from '../fieldValidation.ts';
import { listOf, readField, textOf } from '../readField.ts';
import { FiltersEditor } from './FiltersEditor.tsx';
import { WeightControl } from './WeightControl.tsx';

function weightOf(ref: unknown): number {
  const weight = readField(ref, ['weight']);
  return typeof weight === 'number' ? weight : 1;
}

/**
 * The backends of a rule: each backendRef's target and its weight (number and slider) with its
 * share of the rule's traffic, updated live while a weight is being changed; delete, and
 * "Send to…" to add one.
 */
export function BackendRefsEditor({
  entry,
  rule,
  refs,
  filters,
}: {
  readonly entry: ResourceEntry;
  readonly rule: number;
  readonly refs: readonly unknown[];
  /** Whether backendRefs have their own filters (HTTP and gRPC routes). */
  readonly filters: boolean;
}) {
  const t = useT();
  const [drafts, setDrafts] = useState<ReadonlyMap<number, number>>(new Map());
  const weights = refs.map((ref, index) => drafts.get(index) ?? weightOf(ref));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const max = Math.max(100, ...refs.map(weightOf));
  const setDraft = (index: number, weight: number | null) =>
    setDrafts((previous) => {
      const next = new Map(previous);
      if (weight === null) next.delete(index);
      else next.set(index, weight);
      return next;
    });
  const base: FieldPath = ['spec', 'rules', rule, 'backendRefs'];
  return (
    <fieldset className="sy-list" data-path={`spec.rules[${rule}].backendRefs`}>
      <legend>{t('inspector.backends')}</legend>
      {refs.length === 0 && <p className="sy-hint">{t('inspector.backends.none')}</p>}
      {refs.map((ref, index) => {
        const name = textOf(readField(ref, ['name']));
        const weight = weights[index] ?? 0;
        const share = total > 0 ? weight / total : 0;
        return (
          <BackendRef
            key={index}
            entry={entry}
            path={[...base, index]}
            rule={rule}
            index={index}
            value={ref}
            name={name}
            share={formatShare(share)}
            draft={drafts.get(index) ?? null}
            max={max}
            filters={filters}
            onDraft={(w) => setDraft(index, w)}
          />
        );
      })}
      <button
        type="button"
        onClick={() => appStore.getState().openDialog({ kind: 'sendTo', key: entry.key, rule })}
      >
        {t('canvas.menu.sendTo')}
      </button>
    </fieldset>
  );
}

function BackendRef({
  entry,
  path,
  rule,
  index,
  value,
  name,
  share,
  draft,
  max,
  filters,
  onDraft,
}: {
  readonly entry: ResourceEntry;
  readonly path: FieldPath;
  readonly rule: number;
  readonly index: number;
  readonly value: unknown;
  readonly name: string;
  readonly share: string;
  readonly draft: number | null;
  readonly max: number;
  readonly filters: boolean;
  readonly onDraft: (weight: number | null) => void;
}) {
  const t = useT();
  const own = useFieldProblems(path, true);
  return (
    <div className="sy-group" data-path={`spec.rules[${rule}].backendRefs[${index}]`}>
      <div className="sy-group-title">
        <strong>
          <bdi>{name || index + 1}</bdi>
        </strong>
        <span className="sy-share">{share}</span>
      </div>
      <ProblemList problems={own} />
      <WeightControl
        name={name}
        weight={weightOf(value)}
        draft={draft}
        max={max}
        onDraft={onDraft}
        onCommit={(weight) => setWeightOf(entry.key, rule, index, weight)}
      />
      <TextField label={t('inspector.service')} path={[...path, 'name']} value={name} />
      <TextField
        label={t('inspector.namespace')}
        path={[...path, 'namespace']}
        value={textOf(readField(value, ['namespace']))}
        optional
      />
      <TextField
        label={t('inspector.port')}
        path={[...path, 'port']}
        value={textOf(readField(value, ['port']))}
        optional
        numeric
        check={checkPort}
      />
      {filters && (
        <FiltersEditor
          entry={entry}
          rule={rule}
          backendRef={index}
          path={[...path, 'filters']}
          filters={listOf(readField(value, ['filters']))}
        />
      )}
      <button
        type="button"
        className="sy-danger"
        onClick={() => deleteElementOf(entry.key, { type: 'backendRef', rule, backendRef: index })}
      >
        {t('inspector.removeBackend', { name: name || index + 1 })}
      </button>
    </div>
  );
}
