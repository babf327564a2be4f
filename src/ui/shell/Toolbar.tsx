import { type ChangeEvent, useCallback } from 'react';
import { CanvasToolbarItems } from '../canvas/CanvasToolbarItems.tsx';
import { ExamplesButton } from '../examples/ExamplesButton.tsx';
import { LANGUAGES, type Language } from '../i18n/translate.ts';
import { useT } from '../i18n/useT.ts';
import { ExportMenu } from '../io/ExportMenu.tsx';
import { openImportPicker } from '../io/openImportPicker.ts';
import { ShareButton } from '../share/ShareButton.tsx';
import type { ThemePreference } from '../store/preferencesSlice.ts';
import { selectCanRedo, selectCanUndo, selectLanguage, selectTheme } from '../store/selectors.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { formatDocument, redoChange, undoChange } from './documentActions.ts';
import { SaveStatus } from './SaveStatus.tsx';

const themes: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** The main toolbar: import and export, history, format, language and theme. */
export function Toolbar() {
  const t = useT();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  const language = useAppStore(selectLanguage);
  const theme = useAppStore(selectTheme);
  const onLanguage = useCallback((event: ChangeEvent<HTMLSelectElement>) => {
    appStore.getState().setLanguage(event.target.value as Language);
  }, []);
  const onTheme = useCallback((event: ChangeEvent<HTMLSelectElement>) => {
    appStore.getState().setTheme(event.target.value as ThemePreference);
  }, []);
  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <div className="brand">
        <img src="./favicon.svg" alt="" width={22} height={22} />
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-tagline">{t('app.tagline')}</span>
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          title={t('toolbar.importHint')}
          onClick={() => openImportPicker(t('import.pickerLabel'))}
        >
          {t('toolbar.import')}
        </button>
        <ExportMenu />
        <ShareButton />
        <ExamplesButton />
      </div>
      <div className="toolbar-group">
        <button
          type="button"
          disabled={!canUndo}
          title={t('toolbar.undoHint')}
          onClick={undoChange}
        >
          {t('toolbar.undo')}
        </button>
        <button
          type="button"
          disabled={!canRedo}
          title={t('toolbar.redoHint')}
          onClick={redoChange}
        >
          {t('toolbar.redo')}
        </button>
        <button type="button" title={t('toolbar.formatHint')} onClick={formatDocument}>
          {t('toolbar.format')}
        </button>
      </div>
      <CanvasToolbarItems />
      <div className="toolbar-spacer" />
      <SaveStatus />
      <label className="toolbar-select">
        <span className="visually-hidden">{t('toolbar.language')}</span>
        <select value={language} onChange={onLanguage}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {t(`language.${code}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="toolbar-select">
        <span className="visually-hidden">{t('toolbar.theme')}</span>
        <select value={theme} onChange={onTheme}>
          {themes.map((value) => (
            <option key={value} value={value}>
              {t(`theme.${value}`)}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
