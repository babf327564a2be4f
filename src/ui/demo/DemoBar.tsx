import { Suspense, lazy } from 'react';
import { useAppStore } from '../store/store.ts';
import { selectDemo } from './demoSlice.ts';

const DemoControls = lazy(() =>
  import('./DemoControls.tsx').then((module) => ({ default: module.DemoControls })),
);

/** The demo's caption bar while a demo is presented (its code loads with the first demo). */
export function DemoBar() {
  const active = useAppStore(selectDemo) !== null;
  if (!active) return null;
  return (
    <Suspense fallback={null}>
      <DemoControls />
    </Suspense>
  );
}
