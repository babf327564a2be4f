import { Suspense, lazy, useState } from 'react';
import { useT } from '../i18n/useT.ts';

const ExamplesDialog = lazy(() =>
  import('./ExamplesDialog.tsx').then((module) => ({ default: module.ExamplesDialog })),
);

/** The toolbar's `Examples` button and the gallery it opens. */
export function ExamplesButton() {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        title={t('examples.buttonHint')}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('examples.button')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExamplesDialog onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
