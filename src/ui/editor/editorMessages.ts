import { defineMessages } from '../i18n/defineMessages.ts';

/**
 * Messages of the YAML pane and the "What changed" view.
 * English; the Chinese translations (`editorTranslations.ts`) load on demand.
 */
export const editorMessages = defineMessages({
  'editor.commandUndo': 'Undo',
  'editor.commandRedo': 'Redo',
  'editor.commandFormat': 'Format document',
  'editor.commandSave': 'Save in this browser',
  'editor.loadFailed':
    'The code editor could not load, so the YAML is shown as plain text. Everything still works.',
  'editor.broken':
    'The text does not read as YAML at line {line}. The route graph shows the last version that did.',
  'editor.brokenNoLine':
    'The text does not read as YAML. The route graph shows the last version that did.',
  'editor.goToError': 'Go to the error',
  'changes.none': 'No changes since the document was opened or imported.',
  'changes.label': 'Differences from the document as opened or imported',
  'changes.summary': 'Left: as opened or imported. Right: now.',
});
