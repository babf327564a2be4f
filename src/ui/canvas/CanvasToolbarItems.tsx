import { useT } from '../i18n/useT.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { selectLayoutPending } from './canvasSelectors.ts';

/** The canvas controls of the main toolbar: `Auto layout` and `Fit view`. */
export function CanvasToolbarItems() {
  const t = useT();
  const pending = useAppStore(selectLayoutPending);
  return (
    <div className="toolbar-group">
      <button
        type="button"
        title={t('canvas.toolbar.autoLayoutHint')}
        disabled={pending}
        onClick={() => appStore.getState().requestLayout()}
      >
        {t('canvas.toolbar.autoLayout')}
      </button>
      <button
        type="button"
        title={t('canvas.toolbar.fitViewHint')}
        onClick={() => appStore.getState().requestFit()}
      >
        {t('canvas.toolbar.fitView')}
      </button>
    </div>
  );
}
