import { Suspense, lazy } from 'react';
import { useT } from '../i18n/useT.ts';

const SimulatorPanel = lazy(() =>
  import('./SimulatorPanel.tsx').then((module) => ({ default: module.SimulatorPanel })),
);

/** The dock's `Traffic simulator` tab: the panel, loaded when the tab is first opened. */
export function SimulatorTab() {
  const t = useT();
  return (
    <Suspense fallback={<p className="panel-empty">{t('app.loading')}</p>}>
      <SimulatorPanel />
    </Suspense>
  );
}
