import { type ChangeEvent, useCallback, useState } from 'react';
import { useT } from '../i18n/useT.ts';
import { selectText } from '../store/selectors.ts';
import { appStore, useAppStore } from '../store/store.ts';

/** What was typed last, and the store's text it was typed over. */
interface Typed {
  readonly text: string;
  readonly over: string;
}

/**
 * The YAML text as a plain text area: what the YAML pane shows until the code editor has loaded,
 * and if it cannot load.
 */
export function PlainTextEditor() {
  const t = useT();
  const text = useAppStore(selectText);
  const [typed, setTyped] = useState<Typed | null>(null);
  const onChange = useCallback((event: ChangeEvent<HTMLTextAreaElement>) => {
    const value = event.target.value;
    setTyped({ text: value, over: appStore.getState().text });
    appStore.getState().setText(value, 'yaml');
  }, []);
  // The store may take typed text a moment later (while the YAML library loads): until its text
  // changes (it took the typing, or a change came from elsewhere), the area keeps what was typed,
  // so the next keystroke builds on it and nothing typed is lost.
  if (typed && typed.over !== text) setTyped(null);
  const shown = typed && typed.over === text ? typed.text : text;
  return (
    <textarea
      className="plain-editor"
      aria-label={t('editor.label')}
      spellCheck={false}
      value={shown}
      onChange={onChange}
    />
  );
}
