import { useT } from './i18n/useT.ts';
import { Toolbar } from './shell/Toolbar.tsx';
import { PlainTextEditor } from './editor/PlainTextEditor.tsx';
import { useDocumentAttributes } from './shell/useDocumentAttributes.ts';

/** The application shell: toolbar, the route graph, and the YAML pane. */
export function App() {
  const t = useT();
  useDocumentAttributes();
  return (
    <div className="app">
      <Toolbar />
      <main className="workbench">
        <section className="pane canvas-pane" aria-label={t('region.canvas')} />
        <section className="pane editor-pane" aria-label={t('region.editor')}>
          <PlainTextEditor />
        </section>
      </main>
    </div>
  );
}
