import { useEffect, useMemo, useRef } from 'react';
import { useT } from '../i18n/useT.ts';
import { diagnosticMessage } from '../problems/diagnosticMessage.ts';
import { documentCommands } from '../shell/documentActions.ts';
import { useResolvedTheme } from '../shell/useResolvedTheme.ts';
import { selectLanguage } from '../store/selectors.ts';
import { appStore, useAppStore } from '../store/store.ts';
import { type YamlEditor, type YamlEditorView, createYamlEditor } from './createYamlEditor.ts';
import { applyChannelSchema } from './monacoSetup.ts';

const selectChannel = (state: { channel: 'standard' | 'experimental' }) => state.channel;

/**
 * The YAML pane's code editor (Monaco with monaco-yaml). Loaded lazily: this module and Monaco
 * are a separate chunk that loads after the page has first painted.
 */
export function MonacoYamlEditor() {
  const t = useT();
  const language = useAppStore(selectLanguage);
  const channel = useAppStore(selectChannel);
  const theme = useResolvedTheme();
  const container = useRef<HTMLDivElement>(null);
  const editor = useRef<YamlEditor | null>(null);
  const view = useMemo<YamlEditorView>(
    () => ({
      ariaLabel: t('editor.label'),
      commandLabels: {
        undo: t('editor.commandUndo'),
        redo: t('editor.commandRedo'),
        format: t('editor.commandFormat'),
        save: t('editor.commandSave'),
      },
      theme,
      message: (problem) => diagnosticMessage(problem.diagnostic, language),
    }),
    [t, theme, language],
  );
  const initialView = useRef(view);

  useEffect(() => {
    if (!container.current) return;
    const created = createYamlEditor({
      container: container.current,
      store: appStore,
      commands: documentCommands,
      view: initialView.current,
    });
    editor.current = created;
    appStore.getState().setEditorKind('code');
    return () => {
      created.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    editor.current?.update(view);
  }, [view]);

  useEffect(() => {
    void applyChannelSchema(channel);
  }, [channel]);

  return <div ref={container} className="code-editor" />;
}
