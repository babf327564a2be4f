import { type Workspace, createWorkspace } from '../../core/index.ts';
import { flushPendingEdits } from '../editor/pendingEdits.ts';
import { pluralKey } from '../i18n/translate.ts';
import { withYaml } from '../shell/yamlOnDemand.ts';
import { appStore } from '../store/store.ts';
import { checkImportedFile } from './checkImportedFile.ts';

/**
 * Imports files chosen in the file picker or dropped on the page: the readable ones replace the
 * document (one undoable step, and the new baseline for "What changed"); each refused file gets a
 * notice naming it and the problem. When no file can be imported, nothing changes.
 *
 * @param files - The files, in the order they were given.
 */
export async function importFiles(files: readonly File[]): Promise<void> {
  const texts: string[] = [];
  const names: string[] = [];
  let read: Workspace | undefined;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      appStore.getState().notify({
        tone: 'error',
        message: 'import.unreadable',
        params: { file: file.name, detail: error instanceof Error ? error.message : String(error) },
      });
      continue;
    }
    const check = checkImportedFile(file.name, bytes);
    if (!check.ok) {
      appStore.getState().notify({ tone: 'error', message: check.message, params: check.params });
      continue;
    }
    texts.push(check.text);
    names.push(file.name);
    read = check.workspace;
  }
  if (texts.length === 0) return;
  await withYaml(() => {
    flushPendingEdits();
    // One file is taken exactly as it is, so exporting it again gives the same bytes; and as the
    // check read it, not read again.
    if (texts.length === 1) appStore.getState().loadText(texts[0] ?? '', read);
    else appStore.getState().loadText(joinDocuments(texts));
  });
  const state = appStore.getState();
  state.setDocumentName(names.length === 1 ? (names[0] ?? null) : null);
  state.notify({
    tone: 'info',
    message: 'import.done',
    params: { file: names.join(', ') },
    transient: true,
  });
}

/**
 * Adds YAML pasted onto the canvas as new documents at the end of the text (one undoable step).
 *
 * @param text - The pasted text.
 * @returns True when it held resources and was added.
 */
export function pasteDocuments(text: string): boolean {
  const count = createWorkspace(text).resources.length;
  const state = appStore.getState();
  if (count === 0) {
    state.notify({ tone: 'warning', message: 'paste.noResources' });
    return false;
  }
  flushPendingEdits();
  const current = appStore.getState().text;
  appStore
    .getState()
    .setText(current.trim() === '' ? text : joinDocuments([current, text]), 'canvas');
  const message = pluralKey('paste.done', count, state.language);
  if (message) state.notify({ tone: 'info', message, params: { count }, transient: true });
  return true;
}

/** Joins texts of YAML documents into one multi-document text. */
function joinDocuments(texts: readonly string[]): string {
  return texts
    .map((text, i) => {
      const body = text.endsWith('\n') ? text : `${text}\n`;
      return i === 0 || /^---(?:\s|$)/.test(text) ? body : `---\n${body}`;
    })
    .join('');
}
