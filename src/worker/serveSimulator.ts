import type { SimulatorChannel, SimulatorRequest, SimulatorResponse } from './protocol.ts';
import { createSimulatorEngine } from './simulatorEngine.ts';

/**
 * Serves simulator requests on a channel: inside the Web Worker, on a Node worker thread, or on
 * the main thread when there is no Worker. Traffic runs go in chunks; between chunks the loop
 * yields, so progress is posted and a `cancel` message is seen.
 *
 * @param channel - Where requests come from and answers go.
 * @returns `close`, which stops running traffic and ignores later requests (a Worker is
 *   terminated instead; the main-thread simulator has no thread to stop).
 */
export function serveSimulator(channel: SimulatorChannel): { readonly close: () => void } {
  const engine = createSimulatorEngine();
  let closed = false;
  const running = new Set<number>();
  const cancelled = new Set<number>();
  const post = (message: SimulatorResponse): void => {
    channel.postMessage(message);
  };
  const runTraffic = async (message: Extract<SimulatorRequest, { type: 'run' }>): Promise<void> => {
    const run = engine.startRun(message.profile, message.seed);
    running.add(message.id);
    const chunk = Math.max(1, message.chunkSize);
    while (run.sent() < message.count && !cancelled.has(message.id)) {
      if (closed) return;
      run.advance(Math.min(chunk, message.count - run.sent()));
      if (run.sent() < message.count) {
        post({ type: 'progress', id: message.id, result: run.result() });
        // Let the `cancel` message (and updates) in before the next chunk.
        await yieldToEvents();
      }
    }
    running.delete(message.id);
    post({
      type: 'done',
      id: message.id,
      result: run.result(),
      cancelled: cancelled.delete(message.id),
    });
  };
  channel.addEventListener('message', (event) => {
    if (closed) return;
    const message = event.data as SimulatorRequest;
    try {
      switch (message.type) {
        case 'update':
          engine.update(message.text, message.defaultNamespace);
          post({ type: 'updated', id: message.id });
          return;
        case 'trace':
          post({ type: 'traced', id: message.id, decision: engine.trace(message.request) });
          return;
        case 'run':
          runTraffic(message).catch((error: unknown) => {
            post({ type: 'failed', id: message.id, message: errorText(error) });
          });
          return;
        case 'cancel':
          if (running.has(message.id)) cancelled.add(message.id);
          return;
      }
    } catch (error) {
      post({ type: 'failed', id: message.id, message: errorText(error) });
    }
  });
  return {
    close: () => {
      closed = true;
    },
  };
}

/**
 * Resolves after pending events are handled. A message to oneself does not wait like
 * `setTimeout(0)`, which browsers clamp to 4 ms once timers nest.
 */
function yieldToEvents(): Promise<void> {
  if (typeof MessageChannel === 'undefined') {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
