import type { StateCreator } from 'zustand';
import type { RouteDecision } from '../../core/index.ts';
import type { MessageKey, MessageParams } from '../i18n/translate.ts';
import type { HistoryEntry } from '../store/history.ts';
import type { AppState } from '../store/store.ts';
import type { RequestDraft } from './requestDraft.ts';
import type { ResultRow } from './resultRows.ts';

/** The simulator's settings: the composed request, the traffic mix and the rate. */
export interface SimulatorSettings {
  readonly draft: RequestDraft;
  /** The traffic mix (see `trafficMix.ts`); empty sends the composed request alone. */
  readonly mix: string;
  /** Requests per second. */
  readonly rate: number;
}

/**
 * Which opened document settings belong to: the history entry that opened it (an import, an
 * example, a share link), or null for the document the session started with. A document is the
 * current one while its entry is in the undo stack, so Undo past an opening goes back to the
 * settings of the document before it, and Redo forward again.
 */
export type DocumentAnchor = HistoryEntry | null;

/** What `Traffic results` shows. */
export interface TrafficView {
  /** Requests sent since `Send traffic`. */
  readonly sent: number;
  /** Requests the shares are counted over (the window). */
  readonly counted: number;
  readonly rows: readonly ResultRow[];
}

/** A traced request and its decision. */
export interface TraceView {
  readonly decision: RouteDecision;
  /** The request as sent (`GET http://www.example.com/`). */
  readonly request: string;
}

/** Something the person must fix or know, as a message. */
export interface SimulatorProblem {
  readonly key: MessageKey;
  readonly params: MessageParams;
}

/** The simulator's session state (not part of the document). */
export interface SimulatorState {
  /** The opened documents, oldest first (see {@link DocumentAnchor}). */
  readonly opened: readonly DocumentAnchor[];
  /** Settings by the document they were made for (an example's own, or the person's). */
  readonly settings: ReadonlyMap<DocumentAnchor, SimulatorSettings>;
  readonly running: boolean;
  readonly traffic: TrafficView | null;
  readonly trace: TraceView | null;
  readonly problem: SimulatorProblem | null;
}

/** The simulator slice. */
export interface SimulatorSlice {
  readonly simulator: SimulatorState;
  /** Increases each time the simulator should come into view (its dock tab selected). */
  readonly simulatorShown: number;
  /** Asks the dock to show the `Traffic simulator` tab. */
  readonly showSimulator: () => void;
  /** Stores settings for the current document. */
  readonly setSimulatorSettings: (settings: SimulatorSettings) => void;
  /** Replaces the run's state (the simulator service calls it). */
  readonly setSimulatorRun: (
    run: Partial<Pick<SimulatorState, 'running' | 'traffic' | 'trace' | 'problem'>>,
  ) => void;
}

/**
 * The document shown now: the newest opening still in the undo stack.
 *
 * @param state - The store's state.
 */
export function documentAnchor(state: AppState): DocumentAnchor {
  const { opened } = state.simulator;
  for (let i = opened.length - 1; i >= 0; i--) {
    const anchor = opened[i];
    if (anchor && state.past.includes(anchor)) return anchor;
  }
  return null;
}

export const createSimulatorSlice: StateCreator<AppState, [], [], SimulatorSlice> = (
  set,
  get,
  store,
) => {
  // A new baseline means a document was opened: its history entry is the newest one.
  store.subscribe((state, previous) => {
    if (state.baseline === previous.baseline) return;
    const anchor = state.past[state.past.length - 1] ?? null;
    const { simulator, past, future } = state;
    // Openings that neither Undo nor Redo can reach again are forgotten, with their settings.
    const reachable = simulator.opened.filter(
      (entry) =>
        entry !== null && entry !== anchor && (past.includes(entry) || future.includes(entry)),
    );
    const settings = new Map(
      [...simulator.settings].filter(([key]) => key === null || reachable.includes(key)),
    );
    set({ simulator: { ...simulator, opened: [...reachable, anchor], settings } });
  });
  return {
    simulator: {
      opened: [],
      settings: new Map(),
      running: false,
      traffic: null,
      trace: null,
      problem: null,
    },
    simulatorShown: 0,
    showSimulator: () => set({ simulatorShown: get().simulatorShown + 1 }),
    setSimulatorSettings(settings) {
      const state = get();
      const next = new Map(state.simulator.settings);
      next.set(documentAnchor(state), settings);
      set({ simulator: { ...state.simulator, settings: next } });
    },
    setSimulatorRun(run) {
      const simulator = get().simulator;
      set({
        simulator: {
          ...simulator,
          ...(run.running === undefined ? {} : { running: run.running }),
          ...(run.traffic === undefined ? {} : { traffic: run.traffic }),
          ...(run.trace === undefined ? {} : { trace: run.trace }),
          ...(run.problem === undefined ? {} : { problem: run.problem }),
        },
      });
    },
  };
};

export const selectSimulatorShown = (state: AppState) => state.simulatorShown;
export const selectSimulatorRunning = (state: AppState) => state.simulator.running;
export const selectTraffic = (state: AppState) => state.simulator.traffic;
export const selectTrace = (state: AppState) => state.simulator.trace;
export const selectSimulatorProblem = (state: AppState) => state.simulator.problem;
