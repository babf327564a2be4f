import { type ChangeEvent, useCallback } from 'react';
import { useT } from '../i18n/useT.ts';
import { selectText } from '../store/selectors.ts';
import { appStore, useAppStore } from '../store/store.ts';

/**
 * The YAML text as a plain text area: what the YAML pane shows until the code editor has loaded,
 * and if it cannot load.
 */
export function PlainTextEditor() {
  const t = useT();
  const text = useAppStore(selectText);
  const onChange = useCallback((event: ChangeEvent<HTMLTextAreaElement>) => {
    appStore.getState().setText(event.target.value, 'yaml');
  }, []);
  return (
    <textarea
      className="plain-editor"
      aria-label={t('editor.label')}
      spellCheck={false}
      value={text}
      onChange={onChange}
    />
  );
}
