import type { AppState } from '../store/store.ts';

/** Module-level selectors of the canvas: each component subscribes to exactly what it draws. */
export const selectPositions = (state: AppState) => state.positions;
export const selectCollapsed = (state: AppState) => state.collapsed;
export const selectFilter = (state: AppState) => state.filter;
export const selectLayoutRequest = (state: AppState) => state.layoutRequest;
export const selectLayoutPending = (state: AppState) => state.layoutPending;
export const selectFitRequest = (state: AppState) => state.fitRequest;
/** True from a fit request until the canvas has carried it out. */
export const selectFitting = (state: AppState) => state.fitDone < state.fitRequest;
export const selectSelectedKey = (state: AppState) => state.selection?.key ?? null;
export const selectStale = (state: AppState) => state.workspace.broken;
