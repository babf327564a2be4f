import type { RouteDecision, SimRequest, TrafficProfile, TrafficResult } from '../core/index.ts';
import type { SimulatorChannel, SimulatorRequest, SimulatorResponse } from './protocol.ts';
import { serveSimulator } from './serveSimulator.ts';

/** A channel to a simulator that can be shut down (a Worker). */
export interface SimulatorWorker extends SimulatorChannel {
  readonly terminate: () => void;
}

/** Options of {@link createSimulator}. */
export interface SimulatorOptions {
  /** Namespace of resources that do not name one (default `default`). */
  readonly defaultNamespace?: string;
  /**
   * Starts the worker. Default: the module worker `simulator.worker.ts` when `Worker` exists;
   * `null` runs the simulator on the main thread (still chunked and cancellable).
   */
  readonly createWorker?: (() => SimulatorWorker) | null;
  /** Requests per chunk of a traffic run, between progress reports (default 25,000). */
  readonly chunkSize?: number;
}

/** A traffic run in progress. */
export interface RunningTraffic {
  /** Stops the run after the current chunk; `done` then resolves with the counts so far. */
  readonly cancel: () => void;
  /** Resolves with the counts: of every request, or of those sent before a cancel (`count` tells). */
  readonly done: Promise<TrafficResult>;
}

/** The simulator as the page uses it. */
export interface Simulator {
  /** Gives the simulator the documents' text; resolves when the route table is compiled. */
  readonly update: (text: string) => Promise<void>;
  /** Routes one request and explains the decision. */
  readonly trace: (request: SimRequest) => Promise<RouteDecision>;
  /** Sends `count` requests of a profile; `onProgress` gets the counts after each chunk. */
  readonly run: (
    profile: TrafficProfile,
    count: number,
    seed: number,
    onProgress?: (result: TrafficResult) => void,
  ) => RunningTraffic;
  /** Stops the worker; pending calls reject. */
  readonly dispose: () => void;
}

interface Pending {
  readonly resolve: (response: SimulatorResponse) => void;
  readonly reject: (error: Error) => void;
  readonly onProgress?: (result: TrafficResult) => void;
}

/**
 * Creates the simulator: a Web Worker around the core simulator, or the same code on the main
 * thread when there is no `Worker` (tests, old environments). Requests are answered in order, so
 * a trace after an update sees the updated documents.
 *
 * @param options - Namespace defaulting, worker factory and chunk size.
 * @returns The simulator.
 * @example
 * const simulator = createSimulator();
 * await simulator.update(yamlText);
 * const decision = await simulator.trace(request);
 * const { cancel, done } = simulator.run({ templates: [{ request }] }, 10_000, 1, showCounts);
 */
export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const defaultNamespace = options.defaultNamespace ?? 'default';
  const chunkSize = options.chunkSize ?? 25_000;
  const worker = startWorker(options.createWorker);
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let disposed = false;
  worker.addEventListener('message', (event) => {
    const response = event.data as SimulatorResponse;
    const waiting = pending.get(response.id);
    if (!waiting) return;
    if (response.type === 'progress') {
      waiting.onProgress?.(response.result);
      return;
    }
    pending.delete(response.id);
    if (response.type === 'failed') waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  });
  const send = (
    request: SimulatorRequest,
    onProgress?: (result: TrafficResult) => void,
  ): Promise<SimulatorResponse> => {
    if (disposed) return Promise.reject(new Error('the simulator was disposed'));
    const answer = new Promise<SimulatorResponse>((resolve, reject) => {
      pending.set(request.id, { resolve, reject, ...(onProgress ? { onProgress } : {}) });
    });
    worker.postMessage(request);
    return answer;
  };
  return {
    async update(text) {
      await send({ type: 'update', id: nextId++, text, defaultNamespace });
    },
    async trace(request) {
      const response = await send({ type: 'trace', id: nextId++, request });
      if (response.type !== 'traced') throw new Error(`unexpected answer ${response.type}`);
      return response.decision;
    },
    run(profile, count, seed, onProgress) {
      const id = nextId++;
      const done = send({ type: 'run', id, profile, count, seed, chunkSize }, onProgress).then(
        (response) => {
          if (response.type !== 'done') throw new Error(`unexpected answer ${response.type}`);
          return response.result;
        },
      );
      return {
        cancel: () => {
          if (!disposed) worker.postMessage({ type: 'cancel', id } satisfies SimulatorRequest);
        },
        done,
      };
    },
    dispose() {
      disposed = true;
      worker.terminate();
      for (const waiting of pending.values())
        waiting.reject(new Error('the simulator was disposed'));
      pending.clear();
    },
  };
}

function startWorker(factory: SimulatorOptions['createWorker']): SimulatorWorker {
  if (factory) return factory();
  if (factory === undefined && typeof Worker !== 'undefined') {
    const worker = new Worker(new URL('./simulator.worker.ts', import.meta.url), {
      type: 'module',
    });
    return {
      postMessage: (message) => {
        worker.postMessage(message);
      },
      addEventListener: (type, listener) => {
        worker.addEventListener(type, listener);
      },
      terminate: () => {
        worker.terminate();
      },
    };
  }
  return createMainThreadWorker();
}

/**
 * The simulator served on the main thread: messages are delivered asynchronously, as to a
 * worker, and traffic runs still yield between chunks.
 */
function createMainThreadWorker(): SimulatorWorker {
  type Listener = (event: { readonly data: unknown }) => void;
  const toPage: Listener[] = [];
  const toSimulator: Listener[] = [];
  let open = true;
  const deliver = (listeners: readonly Listener[], data: unknown): void => {
    setTimeout(() => {
      if (open) for (const listener of listeners) listener({ data });
    }, 0);
  };
  const served = serveSimulator({
    postMessage: (message) => {
      deliver(toPage, message);
    },
    addEventListener: (_type, listener) => toSimulator.push(listener),
  });
  return {
    postMessage: (message) => {
      deliver(toSimulator, message);
    },
    addEventListener: (_type, listener) => toPage.push(listener),
    terminate: () => {
      open = false;
      served.close();
    },
  };
}
