import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../store/store.ts';
import { afterCanvasSettles } from './afterCanvasSettles.ts';

describe('afterCanvasSettles', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    // Frames every 16 ms, on the fake clock (tests run without a page).
    vi.stubGlobal('requestAnimationFrame', (draw: (time: number) => void) =>
      setTimeout(() => draw(Date.now()), 16),
    );
    vi.stubGlobal('cancelAnimationFrame', (frame: ReturnType<typeof setTimeout>) =>
      clearTimeout(frame),
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('waits while the canvas lays out and fits, then two frames more', () => {
    const store = createAppStore();
    const then = vi.fn();
    afterCanvasSettles(store, then, 3000);
    // The frame that renders the new graph, whose effects ask for a layout.
    store.getState().setLayoutPending(true);
    vi.advanceTimersByTime(500);
    expect(then).not.toHaveBeenCalled();
    store.getState().requestFit();
    store.getState().setLayoutPending(false);
    vi.advanceTimersByTime(500);
    expect(then).not.toHaveBeenCalled();
    store.getState().finishFit(store.getState().fitRequest);
    vi.advanceTimersByTime(16);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(32);
    expect(then).toHaveBeenCalledOnce();
  });

  it('runs soon when the canvas has nothing to place, and at the latest after the longest wait', () => {
    const store = createAppStore();
    const idle = vi.fn();
    afterCanvasSettles(store, idle, 3000);
    vi.advanceTimersByTime(100);
    expect(idle).toHaveBeenCalledOnce();

    const stuck = vi.fn();
    store.getState().setLayoutPending(true);
    afterCanvasSettles(store, stuck, 3000);
    vi.advanceTimersByTime(2900);
    expect(stuck).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(stuck).toHaveBeenCalledOnce();
  });

  it('does nothing once cancelled', () => {
    const store = createAppStore();
    const then = vi.fn();
    const cancel = afterCanvasSettles(store, then, 3000);
    cancel();
    vi.advanceTimersByTime(5000);
    expect(then).not.toHaveBeenCalled();
  });
});
