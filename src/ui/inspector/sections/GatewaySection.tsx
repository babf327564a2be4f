import type { ResourceEntry, Workspace } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { ChoiceField } from '../fields/ChoiceField.tsx';
import { StringListField } from '../fields/StringListField.tsx';
import { listOf, readField, textOf } from '../readField.ts';

/** A Gateway's class (from the GatewayClasses of the documents) and its requested addresses. */
export function GatewaySection({
  entry,
  workspace,
}: {
  readonly entry: ResourceEntry;
  readonly workspace: Workspace;
}) {
  const t = useT();
  const classes = workspace.resources
    .filter((candidate) => candidate.id.kind === 'GatewayClass')
    .map((candidate) => ({ value: candidate.id.name }));
  return (
    <div className="sy-section" data-path="spec">
      <h3>{t('inspector.gateway')}</h3>
      <ChoiceField
        label={t('inspector.gatewayClassName')}
        path={['spec', 'gatewayClassName']}
        value={textOf(readField(entry.raw, ['spec', 'gatewayClassName']))}
        options={classes}
      />
      <StringListField
        label={t('inspector.addresses')}
        itemLabel={(n) => t('inspector.address', { n })}
        path={['spec', 'addresses']}
        items={listOf(readField(entry.raw, ['spec', 'addresses'])).map((address) =>
          readField(address, ['value']),
        )}
        itemPath={(i) => ['spec', 'addresses', i, 'value']}
        newItem={(value) => ({ type: 'IPAddress', value })}
        placeholder="203.0.113.10"
      />
    </div>
  );
}
