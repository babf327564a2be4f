import { Suspense, lazy } from 'react';
import { useT } from '../i18n/useT.ts';
import { useAppStore } from '../store/store.ts';

const DiffView = lazy(() =>
  import('./DiffView.tsx').then((module) => ({ default: module.DiffView })),
);

const selectUnchanged = (state: { text: string; baseline: string }) =>
  state.text === state.baseline;

/** "What changed": the differences from the document as it was last opened or imported. */
export function WhatChangedPanel() {
  const t = useT();
  const unchanged = useAppStore(selectUnchanged);
  return (
    <section className="what-changed" aria-label={t('dock.changes')}>
      {unchanged ? (
        <p className="panel-empty">{t('changes.none')}</p>
      ) : (
        <>
          <p className="visually-hidden">{t('changes.summary')}</p>
          <Suspense fallback={<p className="panel-empty">{t('app.loading')}</p>}>
            <DiffView />
          </Suspense>
        </>
      )}
    </section>
  );
}
