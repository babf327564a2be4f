import type { TrafficProfile, TrafficResult } from '../../core/index.ts';
import { type TrafficCounts, createTrafficWindow } from './trafficWindow.ts';

/** What a running profile has done so far. */
export interface RunnerProgress {
  /** Requests sent since `Send traffic`. */
  readonly sent: number;
  /** The counts of the most recent requests (the window). */
  readonly window: TrafficCounts;
}

/** What the runner needs from its surroundings (the simulator worker, a clock, a timer). */
export interface TrafficRunnerOptions {
  /** Sends `count` requests of the profile with a seed and resolves with their counts. */
  readonly run: (profile: TrafficProfile, count: number, seed: number) => Promise<TrafficResult>;
  /** Milliseconds, monotonic. */
  readonly now: () => number;
  /** Calls `tick` every `ms` milliseconds until the returned function is called. */
  readonly every: (ms: number, tick: () => void) => () => void;
  /** How many recent requests the observed shares describe. */
  readonly windowSize: number;
  /** Milliseconds between batches. */
  readonly tickMs: number;
  /** Called after each batch's counts arrive. */
  readonly onProgress: (progress: RunnerProgress) => void;
}

/** A traffic profile sent at a steady rate, batch by batch. */
export interface TrafficRunner {
  /** Starts (or restarts, with empty counts) sending the profile at `rate` requests per second. */
  readonly start: (profile: TrafficProfile, rate: number, seed: number) => void;
  /** Changes the rate of the running profile. */
  readonly setRate: (rate: number) => void;
  /** Changes the requests of the running profile; the counts go on. */
  readonly setProfile: (profile: TrafficProfile) => void;
  /** Stops sending; batches already sent are still counted. */
  readonly stop: () => void;
  readonly isRunning: () => boolean;
}

/** At most this many batches wait for the worker; a slower worker lowers the rate instead. */
const MAX_IN_FLIGHT = 2;

/**
 * Creates the runner behind `Send traffic`: every tick it sends the requests due at the chosen
 * rate as one traffic run (a new seed each batch, so the whole stream replays from the first
 * seed), and keeps a sliding window of the newest requests. Each batch is routed by the route
 * table the worker holds when the batch arrives there, so a weight moved while traffic runs
 * changes the split from the next batch on; the window makes the observed shares follow it.
 *
 * @param options - The simulator, clock, timer, window size and progress callback.
 * @returns The runner.
 */
export function createTrafficRunner(options: TrafficRunnerOptions): TrafficRunner {
  const window = createTrafficWindow(options.windowSize);
  let stopTimer: (() => void) | null = null;
  let profile: TrafficProfile = { templates: [] };
  let rate = 0;
  let seed = 1;
  let sent = 0;
  let carry = 0;
  let last = 0;
  let inFlight = 0;
  let generation = 0;

  const tick = () => {
    const now = options.now();
    const due = carry + (rate * Math.max(0, now - last)) / 1000;
    last = now;
    // Never more than a second of requests at once (after the tab slept, for instance).
    const count = Math.min(Math.floor(due), Math.max(1, Math.ceil(rate)));
    carry = Math.min(due - count, rate);
    if (count <= 0 || inFlight >= MAX_IN_FLIGHT || profile.templates.length === 0) return;
    const batchGeneration = generation;
    inFlight++;
    options.run(profile, count, seed++).then(
      (result) => {
        if (batchGeneration !== generation) return;
        inFlight--;
        sent += result.count;
        window.add(result);
        options.onProgress({ sent, window: window.counts() });
      },
      () => {
        if (batchGeneration === generation) inFlight--;
      },
    );
  };

  const stop = () => {
    stopTimer?.();
    stopTimer = null;
  };

  return {
    start(nextProfile, nextRate, firstSeed) {
      stop();
      generation++;
      window.clear();
      profile = nextProfile;
      rate = Math.max(0, nextRate);
      seed = firstSeed;
      sent = 0;
      carry = 0;
      inFlight = 0;
      last = options.now();
      options.onProgress({ sent, window: window.counts() });
      stopTimer = options.every(options.tickMs, tick);
    },
    setRate(nextRate) {
      rate = Math.max(0, nextRate);
    },
    setProfile(nextProfile) {
      profile = nextProfile;
    },
    stop,
    isRunning: () => stopTimer !== null,
  };
}
