import { defineMessages } from '../i18n/defineMessages.ts';

/**
 * Messages of import and export.
 * English; the Chinese translations (`ioTranslations.ts`) load on demand.
 */
export const ioMessages = defineMessages({
  'import.pickerLabel': 'YAML files to import',
  'import.tooLarge': '{file} is {size}, more than the limit of {limit}. It was not imported.',
  'import.binary': '{file} is not a text file. It was not imported.',
  'import.notUtf8': '{file} is not UTF-8 text. It was not imported.',
  'import.empty': '{file} is empty. Nothing was imported.',
  'import.notYaml': '{file} does not read as YAML (line {line}: {detail}). It was not imported.',
  'import.noResources': '{file} holds no Kubernetes resources. It was not imported.',
  'import.unreadable': '{file} could not be read: {detail}',
  'import.loadFailed':
    'The importer could not load, so nothing was imported. Check the connection and reload the page.',
  'import.done': 'Imported {file}. Undo brings back what you had before.',
  'paste.noResources': 'The pasted text holds no Kubernetes resources, so nothing was added.',
  'paste.done_one': 'Added {count} resource from the clipboard.',
  'paste.done_other': 'Added {count} resources from the clipboard.',
  'export.download': 'Download YAML',
  'export.copy': 'Copy YAML',
  'export.copied': 'The YAML is on the clipboard.',
  'export.copyFailed': 'The browser did not allow copying: {detail}',
});
