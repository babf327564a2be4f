import { useT } from '../i18n/useT.ts';
import { type SaveStatus as Status, selectSaveStatus } from '../persistence/persistenceSlice.ts';
import { useAppStore } from '../store/store.ts';

const labels = {
  saved: 'save.saved',
  conflict: 'save.conflict',
  full: 'save.full',
  unavailable: 'save.unavailable',
  newer: 'save.newer',
} as const satisfies Record<Exclude<Status, 'idle'>, string>;

/** Whether the work is kept in this browser (a quiet line in the toolbar; announced politely). */
export function SaveStatus() {
  const t = useT();
  const status = useAppStore(selectSaveStatus);
  return (
    <span
      className={`save-status save-${status}`}
      role="status"
      aria-label={t('toolbar.saveStatus')}
    >
      {status === 'idle' ? '' : t(labels[status])}
    </span>
  );
}
