import {
  type RouteDecision,
  type RouteTable,
  type SimRequest,
  type TrafficProfile,
  type TrafficRun,
  type Workspace,
  compileRouteTable,
  createTrafficRun,
  createWorkspace,
  route,
  updateWorkspace,
} from '../core/index.ts';

/** The simulator's state: the workspace of the latest text and its compiled route table. */
export interface SimulatorEngine {
  /** Reads a new text (documents that did not change are not parsed again) and compiles the table. */
  readonly update: (text: string, defaultNamespace: string) => void;
  /** Routes one request with its explanation. */
  readonly trace: (request: SimRequest) => RouteDecision;
  /** Starts a traffic run on the current table. */
  readonly startRun: (profile: TrafficProfile, seed: number) => TrafficRun;
}

/**
 * Creates the engine the worker and the main-thread fallback share.
 *
 * @returns An engine with an empty document set.
 */
export function createSimulatorEngine(): SimulatorEngine {
  let workspace: Workspace = createWorkspace('');
  let table: RouteTable = compileRouteTable(workspace);
  return {
    update(text, defaultNamespace) {
      const next = updateWorkspace(workspace, text, { defaultNamespace });
      if (next === workspace) return;
      workspace = next;
      table = compileRouteTable(workspace);
    },
    trace: (request) => route(table, request),
    startRun: (profile, seed) => createTrafficRun(table, profile, seed),
  };
}
