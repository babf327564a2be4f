import { defineMessages } from '../i18n/defineMessages.ts';

/**
 * Messages about the work kept in this browser.
 * English; the Chinese translations (`persistenceTranslations.ts`) load on demand.
 */
export const persistenceMessages = defineMessages({
  'storage.corrupt':
    'The work saved in this browser could not be read (it is damaged). It was kept: download it to look at it.',
  'storage.corruptFellBack':
    'The newest work saved in this browser could not be read (it is damaged), so the save before it was restored. The damaged data was kept: download it to look at it.',
  'storage.foreign':
    'Data saved under Switchyard’s name in this browser is not Switchyard work. It was kept: download it to look at it.',
  'storage.newer':
    'The work saved in this browser comes from a newer version of Switchyard. It is kept as it is and changes made here are not saved: reload the page to use the newer version, or download your work.',
  'storage.full':
    'Your work could not be saved in this browser: its storage is full. Download the YAML to keep a copy.',
  'storage.unavailable':
    'This browser does not allow Switchyard to save here, so your work lives in this page only. Download the YAML to keep a copy.',
  'storage.autosaveFailed':
    'Saving in this browser could not start, so your work lives in this page only. Download the YAML to keep a copy, and reload the page.',
  'storage.conflict':
    'Switchyard was changed in another tab. Saving here is paused so that neither tab overwrites the other.',
  'storage.loadOther': 'Load the other tab’s work',
  'storage.keepMine': 'Keep this tab’s work',
  'storage.downloadData': 'Download the saved data',
  'storage.downloadYaml': 'Download YAML',
});
