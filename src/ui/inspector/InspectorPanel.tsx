import { Suspense, lazy } from 'react';
import { useT } from '../i18n/useT.ts';
import type { AppState } from '../store/store.ts';
import { useAppStore } from '../store/store.ts';
import './inspector.css';

const InspectorForms = lazy(() => import('./InspectorForms.tsx'));

const selectHasResource = (state: AppState) => {
  const key = state.selection?.key;
  return key !== undefined && state.lastGood.resources.some((entry) => entry.key === key);
};

/**
 * The inspector, the region `Inspector`: shown while a resource of the documents is selected.
 * Its forms load on the first selection, so they cost nothing before the page is usable.
 */
export function InspectorPanel() {
  const t = useT();
  const shown = useAppStore(selectHasResource);
  if (!shown) return null;
  return (
    <section className="sy-inspector" aria-label={t('inspector.region')}>
      <Suspense fallback={<p className="sy-hint">{t('app.loading')}</p>}>
        <InspectorForms />
      </Suspense>
    </section>
  );
}
