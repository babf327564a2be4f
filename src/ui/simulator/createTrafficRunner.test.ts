import { describe, expect, it } from 'vitest';
import type { TrafficProfile, TrafficResult } from '../../core/index.ts';
import { type RunnerProgress, createTrafficRunner } from './createTrafficRunner.ts';

/** A runner with a hand-driven clock and timer, and a simulator that answers at once. */
function setup(windowSize = 1000) {
  let now = 0;
  let tick: (() => void) | null = null;
  const calls: { count: number; seed: number; profile: TrafficProfile }[] = [];
  const progress: RunnerProgress[] = [];
  const runner = createTrafficRunner({
    run: (profile, count, seed) => {
      calls.push({ count, seed, profile });
      const result: TrafficResult = {
        count,
        backends: { a: count },
        statuses: { '200': count },
        grpcStatuses: {},
        edges: {},
      };
      return Promise.resolve(result);
    },
    now: () => now,
    every: (_ms, fn) => {
      tick = fn;
      return () => {
        tick = null;
      };
    },
    windowSize,
    tickMs: 100,
    onProgress: (p) => progress.push(p),
  });
  const advance = async (ms: number) => {
    now += ms;
    tick?.();
    await Promise.resolve();
    await Promise.resolve();
  };
  return { runner, calls, progress, advance, ticking: () => tick !== null };
}

const profile: TrafficProfile = {
  templates: [
    {
      request: {
        method: 'GET',
        scheme: 'http',
        host: 'x',
        port: 80,
        path: '/',
        headers: [],
        entry: { kind: 'mesh', from: 'default' },
      },
    },
  ],
};

describe('the traffic runner', () => {
  it('sends the requests due at the rate, each batch with the next seed', async () => {
    const { runner, calls, advance } = setup();
    runner.start(profile, 500, 1);
    await advance(100);
    await advance(100);
    await advance(250);
    expect(calls.map((call) => call.count)).toEqual([50, 50, 125]);
    expect(calls.map((call) => call.seed)).toEqual([1, 2, 3]);
  });

  it('keeps fractions of a request for later', async () => {
    const { runner, calls, advance } = setup();
    runner.start(profile, 15, 1);
    for (let i = 0; i < 10; i++) await advance(100);
    expect(calls.reduce((sum, call) => sum + call.count, 0)).toBe(15);
  });

  it('reports what was sent, and the counts of the window', async () => {
    const { runner, progress, advance } = setup(100);
    runner.start(profile, 1000, 1);
    await advance(100);
    await advance(100);
    await advance(100);
    const last = progress[progress.length - 1];
    expect(last?.sent).toBe(300);
    expect(last?.window.count).toBe(100);
  });

  it('takes a new rate and a new profile while running', async () => {
    const { runner, calls, advance } = setup();
    runner.start(profile, 100, 1);
    await advance(100);
    const other: TrafficProfile = { templates: [] };
    runner.setRate(1000);
    await advance(100);
    runner.setProfile(other);
    await advance(100);
    expect(calls.map((call) => call.count)).toEqual([10, 100]);
  });

  it('stops sending on Stop, and starts afresh with empty counts', async () => {
    const { runner, calls, progress, advance, ticking } = setup();
    runner.start(profile, 100, 1);
    await advance(100);
    runner.stop();
    expect(ticking()).toBe(false);
    expect(runner.isRunning()).toBe(false);
    runner.start(profile, 100, 1);
    expect(progress[progress.length - 1]).toMatchObject({ sent: 0, window: { count: 0 } });
    await advance(100);
    expect(calls.map((call) => call.seed)).toEqual([1, 1]);
  });
});
