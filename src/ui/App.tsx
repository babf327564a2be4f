import { useAnalysis } from './analysis/useAnalysis.ts';
import { CanvasPane } from './canvas/CanvasPane.tsx';
import { DemoBar } from './demo/DemoBar.tsx';
import { useExampleFromUrl } from './examples/useExampleFromUrl.ts';
import { YamlPane } from './editor/YamlPane.tsx';
import { InspectorPanel } from './inspector/InspectorPanel.tsx';
import { useT } from './i18n/useT.ts';
import { onCanvasPaste } from './io/onCanvasPaste.ts';
import { useFileDrop } from './io/useFileDrop.ts';
import { usePersistence } from './persistence/usePersistence.ts';
import { BottomDock } from './shell/BottomDock.tsx';
import { EmptyState } from './shell/EmptyState.tsx';
import { Notices } from './shell/Notices.tsx';
import { Toolbar } from './shell/Toolbar.tsx';
import { useDocumentAttributes } from './shell/useDocumentAttributes.ts';
import { useGlobalShortcuts } from './shell/useGlobalShortcuts.ts';
import { ShareBanner } from './share/ShareBanner.tsx';
import { useShareLink } from './share/useShareLink.ts';
import { TrafficOverlay } from './simulator/overlay/TrafficOverlay.tsx';

/**
 * The application shell: the toolbar; the route graph (left, largest, with the inspector docked
 * at its right edge) and the YAML pane (right); the dock with Problems and What changed below.
 */
export function App() {
  const t = useT();
  useDocumentAttributes();
  usePersistence();
  useAnalysis();
  useGlobalShortcuts(t);
  useExampleFromUrl();
  useShareLink();
  const dragging = useFileDrop();
  return (
    <div className="app">
      <Toolbar />
      <Notices />
      <ShareBanner />
      <main className="workbench">
        <section
          className="pane canvas-pane"
          aria-label={t('region.canvas')}
          tabIndex={-1}
          onPaste={onCanvasPaste}
        >
          <div className="canvas-host">
            <CanvasPane />
            <EmptyState />
            <TrafficOverlay />
            <DemoBar />
          </div>
          <InspectorPanel />
        </section>
        <section className="pane editor-pane" aria-label={t('region.editor')}>
          <YamlPane />
        </section>
        <BottomDock />
      </main>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('drop.hint')}
        </div>
      )}
    </div>
  );
}
