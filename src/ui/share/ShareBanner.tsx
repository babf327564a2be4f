import { useT } from '../i18n/useT.ts';
import { useAppStore } from '../store/store.ts';
import './share.css';
import { selectShareIncoming } from './shareSlice.ts';

/**
 * The banner shown while a share link's documents are on screen and not yet kept: Keep makes
 * them the work, Discard returns to the work as it was.
 */
export function ShareBanner() {
  const t = useT();
  const incoming = useAppStore(selectShareIncoming);
  if (!incoming) return null;
  return (
    <section className="sy-share-banner" aria-label={t('share.bannerLabel')}>
      <p>{t('share.incoming')}</p>
      <button
        type="button"
        className="primary"
        onClick={() => void import('./shareLink.ts').then(({ keepShared }) => keepShared())}
      >
        {t('share.keep')}
      </button>
      <button
        type="button"
        onClick={() => void import('./shareLink.ts').then(({ discardShared }) => discardShared())}
      >
        {t('share.discard')}
      </button>
    </section>
  );
}
