import type { Workspace } from '../../core/index.ts';
import type { AppState } from '../store/store.ts';
import { defaultRequest } from './defaultRequest.ts';
import { type SimulatorSettings, documentAnchor } from './simulatorSlice.ts';

/** Requests per second when nothing says otherwise. */
export const DEFAULT_RATE = 500;

/** The highest rate the composer accepts. */
export const MAX_RATE = 100_000;

const derived = new WeakMap<Workspace, SimulatorSettings>();

/**
 * The simulator's settings for the document shown: those made for it (an example's own request,
 * mix and rate, or what the person chose), else a request derived from the documents (see
 * `defaultRequest`). Settings belong to the document they were made for, so opening another
 * document starts from its own, and Undo past the opening returns to the earlier ones.
 *
 * @param state - The store's state.
 * @returns The settings (the same object while nothing they depend on changes).
 */
export function selectSimulatorSettings(state: AppState): SimulatorSettings {
  const chosen = state.simulator.settings.get(documentAnchor(state));
  if (chosen) return chosen;
  let fallback = derived.get(state.lastGood);
  if (!fallback) {
    fallback = { draft: defaultRequest(state.lastGood), mix: '', rate: DEFAULT_RATE };
    derived.set(state.lastGood, fallback);
  }
  return fallback;
}
