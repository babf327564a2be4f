import type { ExampleEntry } from '../examples/exampleIndex.ts';
import { openExample } from '../examples/openExample.ts';
import { sendTraffic } from '../simulator/simulatorService.ts';
import { appStore } from '../store/store.ts';
import { demoPatches } from './demoPatches.ts';

/**
 * Applies a step of the demo being presented: its weights, as one undoable change made by the
 * simulator (so Undo takes the step back like any edit), while traffic keeps running.
 *
 * @param step - The step's index (clamped to the story).
 */
export function goToStep(step: number): void {
  const state = appStore.getState();
  const demo = state.demo;
  if (!demo) return;
  const index = Math.max(0, Math.min(step, demo.example.demo.length - 1));
  const story = demo.example.demo[index];
  if (!story) return;
  const result = demoPatches(state.workspace, story);
  const problem =
    'error' in result ? result.error : state.applyPatches(result.patches, 'simulator');
  appStore.getState().setDemo({ ...demo, step: index, problem });
}

/**
 * Starts presenting an example's story: opens the example (unless it was just opened), applies
 * the first step and sends traffic.
 *
 * @param example - An example with a story.
 * @param options - `opened` when the example is already the document.
 */
export async function startDemo(
  example: ExampleEntry,
  options: { readonly opened: boolean },
): Promise<void> {
  if (example.demo.length === 0) return;
  if (!options.opened && !(await openExample(example.id))) return;
  appStore.getState().setDemo({ example, step: 0, problem: null });
  goToStep(0);
  await sendTraffic();
}

/** Leaves the demo (traffic keeps running until `Stop`). */
export function endDemo(): void {
  appStore.getState().setDemo(null);
}
