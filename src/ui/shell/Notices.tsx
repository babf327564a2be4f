import { useEffect } from 'react';
import { useT } from '../i18n/useT.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { type Notice, selectNotices } from './noticesSlice.ts';

/** Confirmations ("Copied") close by themselves after this long. */
const TRANSIENT_MS = 5000;

/**
 * The notices: what the person must know (a refused import, storage trouble, another tab's
 * changes), each with its actions and a Dismiss button. Errors are announced at once, the rest
 * politely.
 */
export function Notices() {
  const t = useT();
  const notices = useAppStore(selectNotices);
  return (
    <section className="notices" aria-label={t('notice.region')}>
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </section>
  );
}

function NoticeItem({ notice }: { readonly notice: Notice }) {
  const t = useT();
  useEffect(() => {
    if (!notice.transient) return;
    const timer = setTimeout(() => appStore.getState().dismiss(notice.id), TRANSIENT_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div
      className={`notice notice-${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <p>{t(notice.message, notice.params)}</p>
      <div className="notice-actions">
        {notice.actions.map((action) => (
          <button
            key={action.label}
            type="button"
            onClick={() => {
              action.run();
              if (action.dismisses) appStore.getState().dismiss(notice.id);
            }}
          >
            {t(action.label)}
          </button>
        ))}
        <button type="button" onClick={() => appStore.getState().dismiss(notice.id)}>
          {t('notice.dismiss')}
        </button>
      </div>
    </div>
  );
}
