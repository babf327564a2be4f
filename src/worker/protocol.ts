import type { RouteDecision, SimRequest, TrafficProfile, TrafficResult } from '../core/index.ts';

/**
 * The messages between the page and the simulator worker. Everything is plain data: the worker
 * receives the YAML text and builds its own workspace, because parsed YAML documents cannot be
 * structured-cloned.
 */
export type SimulatorRequest =
  | {
      readonly type: 'update';
      readonly id: number;
      readonly text: string;
      readonly defaultNamespace: string;
    }
  | { readonly type: 'trace'; readonly id: number; readonly request: SimRequest }
  | {
      readonly type: 'run';
      readonly id: number;
      readonly profile: TrafficProfile;
      readonly count: number;
      readonly seed: number;
      readonly chunkSize: number;
    }
  | { readonly type: 'cancel'; readonly id: number };

/** The worker's answers, each naming the request it answers. */
export type SimulatorResponse =
  | { readonly type: 'updated'; readonly id: number }
  | { readonly type: 'traced'; readonly id: number; readonly decision: RouteDecision }
  | { readonly type: 'progress'; readonly id: number; readonly result: TrafficResult }
  | {
      readonly type: 'done';
      readonly id: number;
      readonly result: TrafficResult;
      readonly cancelled: boolean;
    }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };

/** One end of a message channel: a Worker, a worker's global scope, or a MessagePort. */
export interface SimulatorChannel {
  readonly postMessage: (message: unknown) => void;
  readonly addEventListener: (
    type: 'message',
    listener: (event: { readonly data: unknown }) => void,
  ) => void;
}
