import { defineMessages } from './defineMessages.ts';

/**
 * Messages of the application shell: title, toolbar, regions, preferences.
 * English; the Chinese translations (`appTranslations.ts`) load on demand.
 */
export const appMessages = defineMessages({
  'app.name': 'Switchyard',
  'app.tagline': 'Gateway API routing designer',
  'app.loading': 'Loading…',
  'toolbar.label': 'Main toolbar',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',
  'toolbar.undoHint': 'Undo the last change (Ctrl+Z)',
  'toolbar.redoHint': 'Redo (Ctrl+Shift+Z)',
  'toolbar.language': 'Language',
  'toolbar.theme': 'Theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.system': 'System',
  'region.canvas': 'Route graph',
  'region.editor': 'YAML',
  'editor.label': 'YAML editor',
  'language.en': 'English',
  'language.zh-Hans': '简体中文',
  'language.zh-Hant': '繁體中文',
});
