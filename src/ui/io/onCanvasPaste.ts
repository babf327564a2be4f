import type { ClipboardEvent } from 'react';
import { withYaml } from '../shell/yamlOnDemand.ts';
import { withImporter } from './withImporter.ts';

/**
 * Handles a paste into the route graph: YAML resources on the clipboard are added to the
 * document. Pastes into the canvas's own text fields (rename, inspector) are left alone.
 *
 * @param event - The paste event on the route graph region.
 */
export function onCanvasPaste(event: ClipboardEvent<HTMLElement>): void {
  const target = event.target;
  if (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  )
    return;
  const text = event.clipboardData.getData('text/plain');
  if (text.trim() === '') return;
  event.preventDefault();
  // Pasted text with errors is read by the `yaml` library, which may not have loaded yet.
  withImporter((importer) => withYaml(() => importer.pasteDocuments(text)));
}
