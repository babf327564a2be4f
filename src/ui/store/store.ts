import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { type DocumentSlice, createDocumentSlice } from './documentSlice.ts';
import { type PreferencesSlice, createPreferencesSlice } from './preferencesSlice.ts';
import { type SelectionSlice, createSelectionSlice } from './selectionSlice.ts';
import { type ViewSlice, createViewSlice } from './viewSlice.ts';
import { type AnalysisSlice, createAnalysisSlice } from '../analysis/analysisSlice.ts';
import { type EditorSlice, createEditorSlice } from '../editor/editorSlice.ts';
import { type NoticesSlice, createNoticesSlice } from '../shell/noticesSlice.ts';
import { type PersistenceSlice, createPersistenceSlice } from '../persistence/persistenceSlice.ts';
import { type SimulatorSlice, createSimulatorSlice } from '../simulator/simulatorSlice.ts';
import { type DemoSlice, createDemoSlice } from '../demo/demoSlice.ts';
import { type ShareSlice, createShareSlice } from '../share/shareSlice.ts';

/**
 * The application state: one store built from typed slices (zustand's slices pattern). Document
 * state (the YAML) and session state (selection, view, preferences) are separate slices.
 */
export type AppState = DocumentSlice &
  SelectionSlice &
  PreferencesSlice &
  ViewSlice &
  AnalysisSlice &
  EditorSlice &
  NoticesSlice &
  PersistenceSlice &
  SimulatorSlice &
  DemoSlice &
  ShareSlice;

/**
 * Creates the store (one per page; tests create their own).
 *
 * @returns A vanilla zustand store.
 */
export function createAppStore() {
  return createStore<AppState>()((...a) => ({
    ...createDocumentSlice(...a),
    ...createSelectionSlice(...a),
    ...createPreferencesSlice(...a),
    ...createViewSlice(...a),
    ...createAnalysisSlice(...a),
    ...createEditorSlice(...a),
    ...createNoticesSlice(...a),
    ...createPersistenceSlice(...a),
    ...createSimulatorSlice(...a),
    ...createDemoSlice(...a),
    ...createShareSlice(...a),
  }));
}

/** The page's store. */
export const appStore = createAppStore();

/**
 * Reads from the page's store in a component; re-renders when the selected value changes.
 *
 * @param selector - A module-level `selectX` function.
 */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
