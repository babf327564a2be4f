import { flushPendingEdits } from '../editor/pendingEdits.ts';
import { withYaml } from '../shell/yamlOnDemand.ts';
import { appStore } from '../store/store.ts';
import { type ExampleEntry, fetchExampleText, loadExampleIndex } from './exampleIndex.ts';
import { exampleSettings } from './exampleSettings.ts';

/**
 * Opens a built-in example: its text replaces the documents as one undoable change (the work
 * before it is one Undo away, and the saved work follows the document as with an import), the
 * simulator's request, mix and rate become the example's, and the `Traffic simulator` comes into
 * view. Failures are told in a notice; the documents are then left as they were.
 *
 * @param id - The example's id (`canary`, `mesh-canary`…).
 * @returns The example, or null when it could not be opened.
 */
export async function openExample(id: string): Promise<ExampleEntry | null> {
  const examples = await loadExampleIndex();
  const example = examples.find((candidate) => candidate.id === id);
  if (!example) {
    appStore
      .getState()
      .notify({ id: 'example', tone: 'error', message: 'examples.notFound', params: { id } });
    return null;
  }
  let text: string;
  try {
    text = await fetchExampleText(example);
  } catch (error) {
    appStore.getState().notify({
      id: 'example',
      tone: 'error',
      message: 'examples.openFailed',
      params: { id, detail: error instanceof Error ? error.message : String(error) },
    });
    return null;
  }
  await withYaml(() => {
    flushPendingEdits();
    appStore.getState().loadText(text);
  });
  const state = appStore.getState();
  state.setDocumentName(example.file);
  state.select(null);
  state.setSimulatorSettings(exampleSettings(example));
  state.showSimulator();
  return example;
}
