import { lineColumnOf, sortDiagnostics } from '../../core/index.ts';
import { useT } from '../i18n/useT.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { selectWorkspace } from '../store/selectors.ts';

/**
 * Under the editor while the text does not read: where the first error is, that the route graph
 * shows the last version that did, and a way to go to the error.
 */
export function BrokenTextBar() {
  const t = useT();
  const workspace = useAppStore(selectWorkspace);
  if (!workspace.broken) return null;
  const first = sortDiagnostics(workspace.diagnostics).find(
    (diagnostic) => diagnostic.severity === 'error' && diagnostic.range,
  );
  const range = first?.range ?? null;
  const line = range ? lineColumnOf(workspace, range.start).line : null;
  return (
    <div className="broken-text-bar" role="status">
      <span>{line === null ? t('editor.brokenNoLine') : t('editor.broken', { line })}</span>
      {range && (
        <button type="button" onClick={() => appStore.getState().revealInEditor(range, true)}>
          {t('editor.goToError')}
        </button>
      )}
    </div>
  );
}
