import { preloadImporter, withImporter } from './withImporter.ts';

/** The files the picker offers first (any file can still be chosen, and is checked). */
const ACCEPT = '.yaml,.yml,.json,application/yaml,text/yaml,application/json';

/**
 * Opens the browser's file picker for YAML files and imports what the person chooses.
 *
 * @param label - The picker input's accessible name.
 */
export function openImportPicker(label: string): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.multiple = true;
  input.accept = ACCEPT;
  input.setAttribute('aria-label', label);
  input.addEventListener('change', () => {
    const files = input.files ? [...input.files] : [];
    if (files.length > 0) withImporter((importer) => importer.importFiles(files));
  });
  preloadImporter();
  input.click();
}
