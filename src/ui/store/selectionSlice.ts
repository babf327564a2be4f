import type { StateCreator } from 'zustand';
import type { FieldPath } from '../../core/index.ts';
import type { AppState } from './store.ts';

/** What is selected: a resource (by key), optionally a part of it (a rule, a backendRef, a listener…). */
export interface Selection {
  readonly key: string;
  readonly path: FieldPath;
  /** Where the selection was made, so the side it came from does not react to it again. */
  readonly origin: 'canvas' | 'yaml' | 'problems' | 'inspector' | 'simulator';
}

/** Session state: the current selection (not part of the document). */
export interface SelectionSlice {
  readonly selection: Selection | null;
  readonly select: (selection: Selection | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selection: null,
  select: (selection) => set({ selection }),
});
