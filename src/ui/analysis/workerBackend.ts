import type { AnalysisBackend } from './createAnalysisClient.ts';
import AnalysisWorker from './analysis.worker.ts?worker';
import type { AnalysisRequest, AnalysisResponse } from './protocol.ts';

/** An analysis that has not answered after this long is abandoned and its worker replaced. */
const TIMEOUT_MS = 20_000;

/**
 * The analysis backend that runs in a Web Worker, so validating a large document never blocks
 * typing. A worker that cannot start reports a failure (the client says so in the Problems
 * panel); one that crashes or hangs later is replaced, and the request it was on is answered
 * with an error.
 *
 * @param onResponse - Receives each answer.
 * @param onFailure - Called when workers cannot run here.
 */
export function createWorkerBackend(
  onResponse: (response: AnalysisResponse) => void,
  onFailure: () => void,
): AnalysisBackend {
  let worker: Worker | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: AnalysisRequest | null = null;
  let answered = false;

  const fail = (error: string) => {
    clearTimeout(timer);
    worker?.terminate();
    worker = null;
    const request = pending;
    pending = null;
    if (!answered) onFailure();
    else if (request)
      onResponse({ ok: false, revision: request.revision, channel: request.channel, error });
  };

  const start = (): Worker => {
    const created = new AnalysisWorker({ name: 'switchyard-analysis' });
    created.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      clearTimeout(timer);
      answered = true;
      pending = null;
      onResponse(event.data);
    };
    created.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'The analysis worker stopped');
    };
    return created;
  };

  return {
    post(request) {
      try {
        worker ??= start();
      } catch {
        onFailure();
        return;
      }
      pending = request;
      clearTimeout(timer);
      timer = setTimeout(() => {
        fail(`The analysis did not finish within ${TIMEOUT_MS / 1000} s`);
      }, TIMEOUT_MS);
      worker.postMessage(request);
    },
    dispose() {
      clearTimeout(timer);
      worker?.terminate();
      worker = null;
    },
  };
}
