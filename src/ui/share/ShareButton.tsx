import { useState } from 'react';
import { useT } from '../i18n/useT.ts';

/** The toolbar's `Share` button: a link to these documents and their layout, copied. */
export function ShareButton() {
  const t = useT();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      title={t('share.hint')}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void import('./shareLink.ts')
          .then(({ shareCurrentWork }) => shareCurrentWork())
          .finally(() => setBusy(false));
      }}
    >
      {t('share.button')}
    </button>
  );
}
