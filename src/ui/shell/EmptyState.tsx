import { useT } from '../i18n/useT.ts';
import { openImportPicker } from '../io/openImportPicker.ts';
import { selectSessionReady } from '../persistence/persistenceSlice.ts';
import { useAppStore } from '../store/store.ts';

const selectEmpty = (state: { text: string }) => state.text.trim() === '';

/** What the route graph shows when there is no document yet: how to start, and Import. */
export function EmptyState() {
  const t = useT();
  const ready = useAppStore(selectSessionReady);
  const empty = useAppStore(selectEmpty);
  if (!ready || !empty) return null;
  return (
    <div className="empty-state">
      <h2>{t('empty.title')}</h2>
      <p>{t('empty.body')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => openImportPicker(t('import.pickerLabel'))}
      >
        {t('empty.import')}
      </button>
    </div>
  );
}
