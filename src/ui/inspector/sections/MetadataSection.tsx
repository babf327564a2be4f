import type { ResourceEntry } from '../../../core/index.ts';
import { useT } from '../../i18n/useT.ts';
import { KeyValueField } from '../fields/KeyValueField.tsx';
import { entriesOf, readField } from '../readField.ts';

/** Labels and annotations of any resource. */
export function MetadataSection({ entry }: { readonly entry: ResourceEntry }) {
  const t = useT();
  return (
    <div className="sy-section" data-path="metadata">
      <h3>{t('inspector.metadata')}</h3>
      <KeyValueField
        label={t('inspector.labels')}
        path={['metadata', 'labels']}
        entries={entriesOf(readField(entry.raw, ['metadata', 'labels']))}
      />
      <KeyValueField
        label={t('inspector.annotations')}
        path={['metadata', 'annotations']}
        entries={entriesOf(readField(entry.raw, ['metadata', 'annotations']))}
      />
    </div>
  );
}
