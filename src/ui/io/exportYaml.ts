import { flushPendingEdits } from '../editor/pendingEdits.ts';
import { appStore } from '../store/store.ts';

/** The name a download gets when the document did not come from a file. */
const DEFAULT_NAME = 'switchyard.yaml';

/**
 * Offers a text as a file download.
 *
 * @param text - The content (saved as UTF-8).
 * @param fileName - The suggested name.
 * @param type - The media type.
 */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Downloads the whole document set, exactly the editor's text, as a `.yaml` file. */
export function downloadYaml(): void {
  flushPendingEdits();
  const { text, documentName } = appStore.getState();
  downloadText(text, yamlFileName(documentName), 'application/yaml');
}

/** Copies the whole document set to the clipboard and says so. */
export async function copyYaml(): Promise<void> {
  flushPendingEdits();
  const state = appStore.getState();
  try {
    await navigator.clipboard.writeText(state.text);
    state.notify({ tone: 'info', message: 'export.copied', transient: true });
  } catch (error) {
    state.notify({
      tone: 'error',
      message: 'export.copyFailed',
      params: { detail: error instanceof Error ? error.message : String(error) },
    });
  }
}

/**
 * The name of a download: the imported file's name when it was YAML, else `switchyard.yaml`.
 *
 * @param documentName - The name of the file the document came from, if any.
 */
export function yamlFileName(documentName: string | null): string {
  if (!documentName) return DEFAULT_NAME;
  return /\.ya?ml$/i.test(documentName)
    ? documentName
    : `${documentName.replace(/\.[^.]*$/, '')}.yaml`;
}
