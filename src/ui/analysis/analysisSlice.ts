import type { StateCreator } from 'zustand';
import type { AppState } from '../store/store.ts';
import type { ComputedStatus, Problem } from './protocol.ts';

/** The newest analysis of the document: what the validator found, for which revision. */
export interface Analysis {
  readonly revision: number;
  readonly problems: readonly Problem[];
  /** Equal for equal lists of problems (see the analysis worker). */
  readonly problemsFingerprint: string;
  readonly statuses: readonly ComputedStatus[];
  readonly statusesFingerprint: string;
  readonly durationMs: number;
}

/** The analysis results (derived from the document by the analysis worker). */
export interface AnalysisSlice {
  readonly analysis: Analysis | null;
  /** Why the last analysis failed (a defect, shown so it is not silent), or null. */
  readonly analysisError: string | null;
  /** Stores a result; a result older than the one held is dropped. */
  readonly setAnalysis: (analysis: Analysis) => void;
  readonly setAnalysisError: (error: string | null) => void;
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set, get) => ({
  analysis: null,
  analysisError: null,
  setAnalysis(analysis) {
    const held = get().analysis;
    if (held && held.revision > analysis.revision) return;
    // The same results as before keep the same lists, so what shows them does not redraw.
    const kept: Analysis = {
      ...analysis,
      problems:
        held?.problemsFingerprint === analysis.problemsFingerprint
          ? held.problems
          : analysis.problems,
      statuses:
        held?.statusesFingerprint === analysis.statusesFingerprint
          ? held.statuses
          : analysis.statuses,
    };
    set({ analysis: kept, analysisError: null });
  },
  setAnalysisError: (analysisError) => set({ analysisError }),
});

const noProblems: readonly Problem[] = [];

/** The problems of the newest analysis (a stable empty list before the first one). */
export const selectProblems = (state: AppState) => state.analysis?.problems ?? noProblems;

/** True when the analysis shown belongs to an older revision than the text (one is on its way). */
export const selectAnalysisBehind = (state: AppState) =>
  state.analysis?.revision !== state.revision;
