import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { appStore } from '../store/store.ts';
import { BrokenTextBar } from './BrokenTextBar.tsx';
import { EditorErrorBoundary } from './EditorErrorBoundary.tsx';
import { PlainTextEditor } from './PlainTextEditor.tsx';

const MonacoYamlEditor = lazy(() =>
  import('./MonacoYamlEditor.tsx').then((module) => ({ default: module.MonacoYamlEditor })),
);

/**
 * The YAML pane: the code editor once its chunk has loaded (it starts loading after the first
 * paint), the plain text editor until then and whenever the code editor cannot load.
 */
export function YamlPane() {
  const [afterFirstPaint, setAfterFirstPaint] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setAfterFirstPaint(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const onError = useCallback(() => {
    appStore.getState().setEditorKind('plain');
    appStore.getState().notify({ id: 'editor', tone: 'warning', message: 'editor.loadFailed' });
  }, []);
  const plain = <PlainTextEditor />;
  return (
    <>
      <div className="yaml-pane-body">
        {afterFirstPaint ? (
          <EditorErrorBoundary fallback={plain} onError={onError}>
            <Suspense fallback={plain}>
              <MonacoYamlEditor />
            </Suspense>
          </EditorErrorBoundary>
        ) : (
          plain
        )}
      </div>
      <BrokenTextBar />
    </>
  );
}
