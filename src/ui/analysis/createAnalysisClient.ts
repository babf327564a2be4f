import type { StoreApi } from 'zustand';
import { isBulkLoad } from '../editor/editorSync.ts';
import type { AppState } from '../store/store.ts';
import type { Analysis } from './analysisSlice.ts';
import type {
  AnalysisRequest,
  AnalysisResponse,
  ComputedStatus,
  StatusChanges,
} from './protocol.ts';

/** Something that answers analysis requests: the worker, or the same code on the main thread. */
export interface AnalysisBackend {
  readonly post: (request: AnalysisRequest) => void;
  readonly dispose: () => void;
}

/** Creates a backend that calls `onResponse` with each answer, or `onFailure` when it breaks. */
export type CreateBackend = (
  onResponse: (response: AnalysisResponse) => void,
  onFailure: () => void,
) => AnalysisBackend;

/** How the client runs. */
export interface AnalysisClientOptions {
  readonly store: StoreApi<AppState>;
  /** Backends to try in order (the next when one fails). */
  readonly backends: readonly CreateBackend[];
  /**
   * Delays the analysis of a large loaded text (an import, an example, a link; see `isBulkLoad`):
   * runs `send` later and returns a function that cancels the wait. The page waits for the canvas
   * to draw the new graph first. Without it, every text is analysed at once.
   */
  readonly deferLoad?: (send: () => void) => () => void;
}

/**
 * Keeps the analysis in step with the document: each change of the text (or of the channel)
 * sends the newest text to the analysis backend. One request is in flight at a time; while it
 * runs, further changes only mark the text dirty, and the newest text is sent when the answer
 * arrives. An answer for a text that has changed since is stale and dropped.
 *
 * @param options - The store and the backends.
 * @returns `dispose`.
 */
export function createAnalysisClient(options: AnalysisClientOptions): { dispose: () => void } {
  const { store } = options;
  let backendIndex = 0;
  let backend: AnalysisBackend | null = null;
  let inFlight: AnalysisRequest | null = null;
  let dirty = false;
  let full = false;
  let disposed = false;
  let stopWaiting: (() => void) | null = null;

  const isCurrent = (response: AnalysisResponse) => {
    const state = store.getState();
    return response.revision === state.revision && response.channel === state.channel;
  };

  const onResponse = (response: AnalysisResponse) => {
    inFlight = null;
    if (disposed) return;
    if (isCurrent(response)) {
      if (response.ok) {
        const analysis = complete(response, store.getState().analysis);
        // Results left out that the page no longer holds: ask again, in full.
        if (analysis) store.getState().setAnalysis(analysis);
        else {
          full = true;
          dirty = true;
        }
      } else store.getState().setAnalysisError(response.error);
    }
    if (dirty) send();
  };

  const onFailure = () => {
    // The backend died (the worker could not start or crashed): move to the next one and resend.
    backend?.dispose();
    backend = null;
    backendIndex++;
    inFlight = null;
    if (!disposed) send();
  };

  const send = () => {
    dirty = false;
    if (!backend) {
      const create = options.backends[backendIndex];
      if (!create) {
        store.getState().setAnalysisError('the analysis worker could not start in this browser');
        return;
      }
      backend = create(onResponse, onFailure);
    }
    const state = store.getState();
    const held = state.analysis;
    inFlight = {
      revision: state.revision,
      text: state.text,
      channel: state.channel,
      known:
        held && !full
          ? { problems: held.problemsFingerprint, statuses: held.statusesFingerprint }
          : null,
    };
    full = false;
    backend.post(inFlight);
  };

  const request = () => {
    if (inFlight) {
      dirty = true;
      return;
    }
    stopWaiting?.();
    stopWaiting = null;
    const change = store.getState().lastChange;
    if (options.deferLoad && change && isBulkLoad(change.edits, change.origin)) {
      stopWaiting = options.deferLoad(() => {
        stopWaiting = null;
        if (!disposed && !inFlight) send();
      });
    } else send();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.revision !== previous.revision || state.channel !== previous.channel) request();
  });
  request();

  return {
    dispose() {
      disposed = true;
      stopWaiting?.();
      unsubscribe();
      backend?.dispose();
      backend = null;
    },
  };
}

/**
 * The analysis an answer describes, with the results it left out (because the page held them)
 * taken from what the page holds.
 *
 * @param response - A successful answer.
 * @param held - The analysis the page holds.
 * @returns The analysis, or null when a left-out result is no longer held.
 */
export function complete(
  response: Extract<AnalysisResponse, { ok: true }>,
  held: Analysis | null,
): Analysis | null {
  const problems =
    response.problems ??
    (held?.problemsFingerprint === response.problemsFingerprint ? held.problems : null);
  const statuses =
    response.statuses ??
    (held?.statusesFingerprint === response.statusesFingerprint
      ? held.statuses
      : response.statusChanges && held?.statusesFingerprint === response.statusChanges.base
        ? applyChanges(held.statuses, response.statusChanges)
        : null);
  if (!problems || !statuses) return null;
  return {
    revision: response.revision,
    problems,
    problemsFingerprint: response.problemsFingerprint,
    statuses,
    statusesFingerprint: response.statusesFingerprint,
    durationMs: response.durationMs,
  };
}

/** The held statuses with some changed and some removed, in their order (new ones last). */
function applyChanges(
  held: readonly ComputedStatus[],
  changes: StatusChanges,
): readonly ComputedStatus[] {
  const changed = new Map(changes.changed.map((status) => [status.resourceKey, status]));
  const removed = new Set(changes.removed);
  const out: ComputedStatus[] = [];
  for (const status of held) {
    if (removed.has(status.resourceKey)) continue;
    const next = changed.get(status.resourceKey);
    out.push(next ?? status);
    changed.delete(status.resourceKey);
  }
  out.push(...changed.values());
  return out;
}
