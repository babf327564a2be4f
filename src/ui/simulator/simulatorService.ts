import {
  type RouteDecision,
  type SimRequest,
  type TrafficTemplate,
  formatRequestLine,
} from '../../core/index.ts';
import type { Simulator } from '../../worker/createSimulator.ts';
import { appStore } from '../store/store.ts';
import { type TrafficRunner, createTrafficRunner } from './createTrafficRunner.ts';
import { MAX_RATE, selectSimulatorSettings } from './currentSettings.ts';
import { composeRequest } from './requestDraft.ts';
import { type ExpectedShares, expectedShares, resultRows } from './resultRows.ts';
import { routeBackends } from './routeBackends.ts';
import { type SimulatorProblem, type SimulatorSettings, documentAnchor } from './simulatorSlice.ts';
import { tracedPath } from './tracedPath.ts';
import { trafficFlow } from './trafficFlow.ts';
import { parseMix } from './trafficMix.ts';
import type { TrafficCounts } from './trafficWindow.ts';

/** The observed shares describe this many of the most recent requests. */
export const OBSERVED_WINDOW = 2000;
/** Milliseconds between batches of requests. */
const TICK_MS = 100;
/**
 * Profiles with more requests than this are sent every {@link LARGE_TICK_MS}: each batch carries
 * the whole profile to the worker, and copying a long one ten times a second costs frames.
 */
const LARGE_PROFILE = 200;
const LARGE_TICK_MS = 250;
/** The results table is redrawn at most this often (the canvas animates every frame regardless). */
const TABLE_EVERY_MS = 250;

/**
 * The page's simulator: the worker (started on first use), the traffic runner behind `Send
 * traffic`, and the trace. Everything a person sees of it goes through the store's simulator
 * slice and, for the canvas animation, through `trafficFlow`. It outlives the panel, so traffic
 * keeps running while another dock tab is open or a demo is presented.
 */

let loading: Promise<Simulator> | null = null;
let runner: TrafficRunner | null = null;
let running: readonly TrafficTemplate[] | null = null;
let expected: ExpectedShares | null = null;
let observed: TrafficCounts | null = null;
let sent = 0;
let tableAt = 0;
let synced: string | null = null;
let syncing: Promise<void> | null = null;
let traced: SimRequest | null = null;
// Increase when traffic restarts, and when a new document opens: late answers are dropped.
let generation = 0;
let documents = 0;

function simulatorReady(): Promise<Simulator> {
  loading ??= import('../../worker/createSimulator.ts').then(({ createSimulator }) => {
    const simulator = createSimulator();
    appStore.subscribe((state, previous) => {
      if (documentAnchor(state) !== documentAnchor(previous)) closeDocument();
      if (state.lastGood !== previous.lastGood) void sync(simulator);
    });
    return sync(simulator).then(() => simulator);
  });
  return loading;
}

/**
 * Sends the documents to the worker: one update at a time, always the newest text. Requests sent
 * after it are answered with the new route table (the worker answers in order).
 */
function sync(simulator: Simulator): Promise<void> {
  if (syncing) return syncing;
  const text = appStore.getState().lastGood.text;
  if (text === synced) return Promise.resolve();
  syncing = simulator.update(text).then(
    () => {
      synced = text;
      syncing = null;
      void refresh(simulator);
      return sync(simulator);
    },
    (error: unknown) => {
      syncing = null;
      fail(error);
    },
  );
  return syncing;
}

/** After the documents changed: new expected shares for the running profile, a new trace. */
async function refresh(simulator: Simulator): Promise<void> {
  if (traced) void traceNow(simulator, traced, documents);
  if (!running) return;
  const at = generation;
  const templates = running;
  const decisions = await traceAll(simulator, templates);
  if (at !== generation || !decisions) return;
  expected = expectedShares(templates, decisions, routeBackends(appStore.getState().lastGood));
  publishTable(true);
}

/** Another document is shown (opened, or back to by Undo): what ran for the last one stops. */
function closeDocument(): void {
  stopTraffic();
  if (appStore.getState().demo) appStore.getState().setDemo(null);
  generation++;
  documents++;
  running = null;
  traced = null;
  trafficFlow.setTrace(null);
  appStore.getState().setSimulatorRun({ traffic: null, trace: null, problem: null });
}

function fail(error: unknown): void {
  report({
    key: 'simulator.problem.failed',
    params: { detail: error instanceof Error ? error.message : String(error) },
  });
}

function report(problem: SimulatorProblem | null): void {
  appStore.getState().setSimulatorRun({ problem });
}

/** The profile the settings describe, or the problem that prevents it. */
function profileOf(settings: SimulatorSettings): readonly TrafficTemplate[] | SimulatorProblem {
  const composed = composeRequest(settings.draft);
  const mix = parseMix(settings.mix, settings.draft.entry);
  if (!mix.ok) {
    return {
      key: 'simulator.problem.mix',
      params: { line: mix.problem.line, detail: mix.problem.detail },
    };
  }
  if (mix.templates.length > 0) return mix.templates;
  if (!composed.ok)
    return { key: composed.problem.key, params: { detail: composed.problem.detail } };
  return [{ request: composed.request }];
}

async function traceAll(
  simulator: Simulator,
  templates: readonly TrafficTemplate[],
): Promise<RouteDecision[] | null> {
  try {
    return await Promise.all(templates.map((template) => simulator.trace(template.request)));
  } catch (error) {
    fail(error);
    return null;
  }
}

function publishTable(force: boolean): void {
  const now = performance.now();
  if (!observed || (!force && now - tableAt < TABLE_EVERY_MS)) return;
  tableAt = now;
  appStore.getState().setSimulatorRun({
    traffic: { sent, counted: observed.count, rows: resultRows(observed, expected) },
  });
}

/**
 * `Send traffic`: sends the traffic mix (or the composed request) at the chosen rate until
 * `Stop`, counting where the requests go. Moving a weight while it runs changes the split from
 * the next batch on.
 */
export async function sendTraffic(): Promise<void> {
  const settings = selectSimulatorSettings(appStore.getState());
  const templates = profileOf(settings);
  if ('key' in templates) {
    report(templates);
    return;
  }
  report(null);
  const at = ++generation;
  const simulator = await simulatorReady();
  if (at !== generation) return;
  runner?.stop();
  running = templates;
  expected = null;
  observed = null;
  sent = 0;
  const rate = Math.min(MAX_RATE, Math.max(1, settings.rate));
  runner = createTrafficRunner({
    run: (batch, count, seed) => simulator.run(batch, count, seed).done,
    now: () => performance.now(),
    every: (ms, tick) => {
      const timer = setInterval(tick, ms);
      return () => clearInterval(timer);
    },
    windowSize: OBSERVED_WINDOW,
    tickMs: templates.length > LARGE_PROFILE ? LARGE_TICK_MS : TICK_MS,
    onProgress: (progress) => {
      if (at !== generation) return;
      sent = progress.sent;
      observed = progress.window;
      // Batches sent before Stop still count, but the animation has stopped.
      if (runner?.isRunning())
        trafficFlow.setFlows(progress.window.edges, progress.window.count, rate);
      publishTable(progress.sent === 0);
    },
  });
  runner.start({ templates }, rate, 1);
  appStore.getState().setSimulatorRun({ running: true });
  const decisions = await traceAll(simulator, templates);
  if (at !== generation || !decisions) return;
  expected = expectedShares(templates, decisions, routeBackends(appStore.getState().lastGood));
  publishTable(true);
}

/** `Stop`: stops sending; the table keeps the last counts. */
export function stopTraffic(): void {
  if (!runner?.isRunning()) return;
  runner.stop();
  trafficFlow.clearFlows();
  publishTable(true);
  appStore.getState().setSimulatorRun({ running: false });
}

/** Changes the rate of running traffic (the rate field while traffic runs). */
export function changeRate(rate: number): void {
  runner?.setRate(Math.min(MAX_RATE, Math.max(1, rate)));
}

/**
 * `Trace request`: routes the composed request once and shows the decision, its explanation and
 * its path on the canvas. The trace follows later changes of the documents.
 */
export async function traceRequest(): Promise<void> {
  const settings = selectSimulatorSettings(appStore.getState());
  const composed = composeRequest(settings.draft);
  if (!composed.ok) {
    report({ key: composed.problem.key, params: { detail: composed.problem.detail } });
    return;
  }
  report(null);
  const at = documents;
  const simulator = await simulatorReady();
  traced = composed.request;
  await traceNow(simulator, composed.request, at);
}

async function traceNow(simulator: Simulator, request: SimRequest, at: number): Promise<void> {
  try {
    const decision = await simulator.trace(request);
    if (at !== documents || traced !== request) return;
    appStore.getState().setSimulatorRun({
      trace: { decision, request: formatRequestLine(request) },
    });
    trafficFlow.setTrace(tracedPath(decision, request.entry));
  } catch (error) {
    fail(error);
  }
}

/** Removes the traced path from the canvas and the panel. */
export function clearTrace(): void {
  traced = null;
  trafficFlow.setTrace(null);
  appStore.getState().setSimulatorRun({ trace: null });
}
