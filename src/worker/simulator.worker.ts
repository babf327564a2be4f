/**
 * The simulator's Web Worker: compiles the route table and runs traffic off the main thread.
 * Created by `createSimulator` with `new Worker(new URL('./simulator.worker.ts', import.meta.url),
 * { type: 'module' })`.
 */
import { serveSimulator } from './serveSimulator.ts';

// In a worker, `self` is the worker's global scope: its `postMessage` and `message` events are the
// channel to the page.
serveSimulator(self);
