import type { ELK } from 'elkjs/lib/elk-api';
import type { LayoutInput, LayoutResult } from './layoutInput.ts';
import { fromElkGraphs, toElkGraphs } from './toElkGraph.ts';

/** Computes layouts off the main thread; the newest request wins. */
export interface LayoutEngine {
  /** Asks for a layout of this input; replaces a request that has not started yet. */
  readonly update: (input: LayoutInput) => void;
  readonly dispose: () => void;
}

/** How the engine reports. */
export interface LayoutEngineOptions {
  /** A finished layout and the input it belongs to. */
  readonly onLayout: (result: LayoutResult, input: LayoutInput) => void;
  /** A layout failed (the canvas keeps the positions it has). */
  readonly onError: (error: unknown, input: LayoutInput) => void;
  /** Creates the ELK instance (tests pass the bundled, in-thread build). */
  readonly createElk?: () => Promise<ELK>;
}

/**
 * ELK's layered algorithm in a Web Worker: elk-api on this side (10 KB), the ELK build in the
 * worker, both loaded on first use, so the main thread never parses or runs the 1.6 MB layout
 * engine and large graphs do not block input.
 */
async function createWorkerElk(): Promise<ELK> {
  const [{ default: ElkConstructor }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url'),
  ]);
  return new ElkConstructor({ workerFactory: () => new Worker(workerUrl) });
}

/**
 * Creates the layout engine. The ELK worker starts loading at once, so the first layout does
 * not wait for it.
 *
 * @param options - Callbacks, and the ELK factory.
 * @returns The engine: `update(input)` and `dispose()`.
 */
export function createLayoutEngine(options: LayoutEngineOptions): LayoutEngine {
  const elk = (options.createElk ?? createWorkerElk)();
  let pending: LayoutInput | null = null;
  let running = false;
  let disposed = false;

  const run = async (input: LayoutInput) => {
    running = true;
    try {
      const instance = await elk;
      const graphs = toElkGraphs(input);
      const laidOut = await Promise.all(graphs.map((graph) => instance.layout(graph)));
      if (!disposed) options.onLayout(fromElkGraphs(laidOut, input), input);
    } catch (error) {
      if (!disposed) options.onError(error, input);
    } finally {
      running = false;
      const next = pending;
      pending = null;
      if (next && !disposed) void run(next);
    }
  };

  return {
    update(input) {
      if (disposed) return;
      if (running) pending = input;
      else void run(input);
    },
    dispose() {
      disposed = true;
      pending = null;
      void elk.then((instance) => instance.terminateWorker()).catch(() => undefined);
    },
  };
}
