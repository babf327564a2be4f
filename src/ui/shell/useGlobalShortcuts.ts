import { useEffect } from 'react';
import type { Translate } from '../i18n/translate.ts';
import { openImportPicker } from '../io/openImportPicker.ts';
import { formatDocument, redoChange, saveNow, undoChange } from './documentActions.ts';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/**
 * The shortcuts people expect, anywhere on the page: Ctrl/Cmd+S saves (in this browser, instead
 * of the browser's "save page" dialog), Ctrl/Cmd+O imports; outside text fields Ctrl/Cmd+Z,
 * Shift+Ctrl/Cmd+Z and Ctrl+Y undo and redo document changes, and Shift+Alt+F formats. (The code
 * editor binds the same keys itself.)
 *
 * @param t - The translator (for the file picker's label).
 */
export function useGlobalShortcuts(t: Translate): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      let action: (() => void) | null = null;
      if (mod && !event.altKey && key === 's') action = saveNow;
      else if (mod && !event.altKey && key === 'o')
        action = () => openImportPicker(t('import.pickerLabel'));
      else if (!isTextField(event.target)) {
        if (mod && !event.altKey && key === 'z') action = event.shiftKey ? redoChange : undoChange;
        else if (mod && !event.altKey && !event.shiftKey && key === 'y') action = redoChange;
        else if (event.shiftKey && event.altKey && !mod && event.code === 'KeyF')
          action = formatDocument;
      }
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [t]);
}
