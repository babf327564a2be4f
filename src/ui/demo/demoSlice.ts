import type { StateCreator } from 'zustand';
import type { ExampleEntry } from '../examples/exampleIndex.ts';
import type { AppState } from '../store/store.ts';

/** A demo being presented: the example and the step shown. */
export interface DemoState {
  readonly example: ExampleEntry;
  /** Index in the example's story. */
  readonly step: number;
  /** Why the step's weights could not be applied (the documents were changed), or null. */
  readonly problem: string | null;
}

/** The demo mode (session state). */
export interface DemoSlice {
  readonly demo: DemoState | null;
  readonly setDemo: (demo: DemoState | null) => void;
}

export const createDemoSlice: StateCreator<AppState, [], [], DemoSlice> = (set) => ({
  demo: null,
  setDemo: (demo) => set({ demo }),
});

export const selectDemo = (state: AppState) => state.demo;
