import type { AppState } from './store.ts';

/** Module-level selectors: components subscribe to exactly what they draw. */
export const selectText = (state: AppState) => state.text;
export const selectWorkspace = (state: AppState) => state.workspace;
export const selectLastGood = (state: AppState) => state.lastGood;
export const selectCanUndo = (state: AppState) => state.past.length > 0;
export const selectCanRedo = (state: AppState) => state.future.length > 0;
export const selectSelection = (state: AppState) => state.selection;
export const selectLanguage = (state: AppState) => state.language;
export const selectTheme = (state: AppState) => state.theme;
