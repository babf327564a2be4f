import type { ResourceEntry } from '../../../core/index.ts';
import type { MessageKey } from '../../i18n/translate.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import { TextField } from '../fields/TextField.tsx';
import { listOf, readField, textOf } from '../readField.ts';

/** One side of a grant: `from` names a namespace it trusts, `to` optionally a name. */
interface Side {
  readonly field: 'from' | 'to';
  readonly legend: MessageKey;
  /** The third field of each item, after group and kind. */
  readonly third: {
    readonly field: 'namespace' | 'name';
    readonly label: MessageKey;
    readonly optional: boolean;
  };
  /** What `Add` puts in the list. */
  readonly added: (entry: ResourceEntry) => Readonly<Record<string, string>>;
}

const FROM: Side = {
  field: 'from',
  legend: 'inspector.grant.from',
  third: { field: 'namespace', label: 'inspector.namespace', optional: false },
  added: (entry) => ({
    group: 'gateway.networking.k8s.io',
    kind: 'HTTPRoute',
    namespace: entry.id.namespace,
  }),
};

const TO: Side = {
  field: 'to',
  legend: 'inspector.grant.to',
  third: { field: 'name', label: 'inspector.name', optional: true },
  added: () => ({ group: '', kind: 'Service' }),
};

/**
 * A ReferenceGrant: who may refer (`from`: group, kind, namespace) and to what (`to`: group,
 * kind, optionally a name).
 */
export function ReferenceGrantSection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  return (
    <div className="sy-section" data-path="spec">
      <h3>{t('inspector.grant')}</h3>
      <SideList entry={entry} side={FROM} />
      <SideList entry={entry} side={TO} />
    </div>
  );
}

function SideList({ entry, side }: { readonly entry: ResourceEntry; readonly side: Side }) {
  const t = useT();
  const items = listOf(readField(entry.raw, ['spec', side.field]));
  return (
    <fieldset className="sy-list" data-path={`spec.${side.field}`}>
      <legend>{t(side.legend)}</legend>
      {items.map((item, index) => {
        const base = ['spec', side.field, index] as const;
        return (
          <div className="sy-group" key={index}>
            <TextField
              label={t('inspector.group')}
              path={[...base, 'group']}
              value={textOf(readField(item, ['group']))}
            />
            <TextField
              label={t('inspector.kind')}
              path={[...base, 'kind']}
              value={textOf(readField(item, ['kind']))}
            />
            <TextField
              label={t(side.third.label)}
              path={[...base, side.third.field]}
              value={textOf(readField(item, [side.third.field]))}
              optional={side.third.optional}
            />
            <button
              type="button"
              className="sy-danger"
              onClick={() => deleteFieldOf(entry.key, [...base])}
            >
              {t('inspector.removeItem', { n: index + 1 })}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => setFieldOf(entry.key, ['spec', side.field, items.length], side.added(entry))}
      >
        {t('inspector.add')}
      </button>
    </fieldset>
  );
}
