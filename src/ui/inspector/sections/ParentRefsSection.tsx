import type { ResourceEntry } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { appStore } from '../../store/store.ts';
import { deleteElementOf } from '../../canvas/elementActions.ts';
import { ChoiceField } from '../fields/ChoiceField.tsx';
import { ProblemList } from '../fields/ProblemList.tsx';
import { TextField } from '../fields/TextField.tsx';
import { useFieldProblems } from '../fields/useFieldProblems.ts';
import { checkPort, checkSectionName } from '../fieldValidation.ts';
import { listOf, readField, textOf } from '../readField.ts';

const KINDS = ['Gateway', 'ListenerSet', 'Service'].map((value) => ({ value }));

/** A route's parentRefs: one group of fields each, delete, and "Attach to…". */
export function ParentRefsSection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  const refs = listOf(readField(entry.raw, ['spec', 'parentRefs']));
  return (
    <div className="sy-section" data-path="spec.parentRefs">
      <h3>{t('inspector.parentRefs')}</h3>
      {refs.length === 0 && <p className="sy-hint">{t('inspector.parentRefs.none')}</p>}
      {refs.map((ref, index) => (
        <ParentRef key={index} entry={entry} index={index} value={ref} />
      ))}
      <button
        type="button"
        onClick={() => appStore.getState().openDialog({ kind: 'attach', key: entry.key })}
      >
        {t('canvas.menu.attach')}
      </button>
    </div>
  );
}

function ParentRef({
  entry,
  index,
  value,
}: {
  readonly entry: ResourceEntry;
  readonly index: number;
  readonly value: unknown;
}) {
  const t = useT();
  const base = ['spec', 'parentRefs', index] as const;
  const name = textOf(readField(value, ['name']));
  const own = useFieldProblems(base, true);
  return (
    <fieldset className="sy-group" data-path={`spec.parentRefs[${index}]`}>
      <legend>{t('inspector.parentRef', { name: name || index + 1 })}</legend>
      <ProblemList problems={own} />
      <ChoiceField
        label={t('inspector.kind')}
        path={[...base, 'kind']}
        value={textOf(readField(value, ['kind']))}
        options={KINDS}
        optional
      />
      <TextField
        label={t('inspector.group')}
        path={[...base, 'group']}
        value={textOf(readField(value, ['group']))}
        optional
        placeholder="gateway.networking.k8s.io"
      />
      <TextField label={t('inspector.name')} path={[...base, 'name']} value={name} />
      <TextField
        label={t('inspector.namespace')}
        path={[...base, 'namespace']}
        value={textOf(readField(value, ['namespace']))}
        optional
      />
      <TextField
        label={t('inspector.sectionName')}
        path={[...base, 'sectionName']}
        value={textOf(readField(value, ['sectionName']))}
        optional
        check={checkSectionName}
      />
      <TextField
        label={t('inspector.port')}
        path={[...base, 'port']}
        value={textOf(readField(value, ['port']))}
        optional
        numeric
        check={checkPort}
      />
      <button
        type="button"
        className="sy-danger"
        onClick={() => deleteElementOf(entry.key, { type: 'parentRef', parentRef: index })}
      >
        {t('inspector.detach', { name: name || index + 1 })}
      </button>
    </fieldset>
  );
}
