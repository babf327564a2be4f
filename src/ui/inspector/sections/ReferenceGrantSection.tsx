import type { ResourceEntry } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { deleteFieldOf, setFieldOf } from '../../canvas/elementActions.ts';
import { TextField } from '../fields/TextField.tsx';
import { listOf, readField, textOf } from '../readField.ts';

/**
 * A ReferenceGrant: who may refer (`from`: group, kind, namespace) and to what (`to`: group,
 * kind, optionally a name).
 */
export function ReferenceGrantSection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  const from = listOf(readField(entry.raw, ['spec', 'from']));
  const to = listOf(readField(entry.raw, ['spec', 'to']));
  return (
    <div className="sy-section" data-path="spec">
      <h3>{t('inspector.grant')}</h3>
      <fieldset className="sy-list" data-path="spec.from">
        <legend>{t('inspector.grant.from')}</legend>
        {from.map((item, index) => {
          const base = ['spec', 'from', index] as const;
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
                label={t('inspector.namespace')}
                path={[...base, 'namespace']}
                value={textOf(readField(item, ['namespace']))}
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
          onClick={() =>
            setFieldOf(entry.key, ['spec', 'from', from.length], {
              group: 'gateway.networking.k8s.io',
              kind: 'HTTPRoute',
              namespace: entry.id.namespace,
            })
          }
        >
          {t('inspector.add')}
        </button>
      </fieldset>
      <fieldset className="sy-list" data-path="spec.to">
        <legend>{t('inspector.grant.to')}</legend>
        {to.map((item, index) => {
          const base = ['spec', 'to', index] as const;
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
                label={t('inspector.name')}
                path={[...base, 'name']}
                value={textOf(readField(item, ['name']))}
                optional
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
          onClick={() =>
            setFieldOf(entry.key, ['spec', 'to', to.length], { group: '', kind: 'Service' })
          }
        >
          {t('inspector.add')}
        </button>
      </fieldset>
    </div>
  );
}
