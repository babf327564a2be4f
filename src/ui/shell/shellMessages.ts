import { defineMessages } from '../i18n/defineMessages.ts';

/**
 * Messages of the workbench shell: toolbar actions, the bottom dock, notices, the empty state.
 * English; the Chinese translations (`shellTranslations.ts`) load on demand.
 */
export const shellMessages = defineMessages({
  'toolbar.import': 'Import',
  'toolbar.importHint': 'Open YAML files, replacing the current document (Ctrl+O)',
  'toolbar.export': 'Export',
  'toolbar.exportHint': 'Download or copy the YAML',
  'toolbar.exportMenu': 'Export',
  'toolbar.format': 'Format',
  'toolbar.formatHint':
    'Format the documents: kubectl key order, two-space indentation, comments kept (Shift+Alt+F)',
  'toolbar.saveStatus': 'Saving',
  'save.saved': 'Saved in this browser',
  'save.conflict': 'Saving paused: changed in another tab',
  'save.full': 'Not saved: storage is full',
  'save.unavailable': 'Not saved: storage is off',
  'save.newer': 'Not saved: a newer version saved here',
  'save.done':
    'Your work is saved in this browser as you type. To keep a file, use Export → Download YAML.',
  'format.unformatted_one': '{count} document does not read as YAML and was left as it is.',
  'format.unformatted_other': '{count} documents do not read as YAML and were left as they are.',
  'dock.label': 'Panels',
  'dock.problems': 'Problems',
  'dock.changes': 'What changed',
  'notice.dismiss': 'Dismiss',
  'notice.region': 'Notifications',
  'yaml.loadFailed':
    'The YAML parser could not load, so edits cannot be made yet. Check the connection and reload the page.',
  'yaml.retry': 'Try again',
  'empty.title': 'No resources yet',
  'empty.body':
    'Import YAML files, drop them on the page, or paste YAML here. You can also type in the YAML pane.',
  'empty.import': 'Import YAML…',
  'drop.hint': 'Drop YAML files to import them',
});
