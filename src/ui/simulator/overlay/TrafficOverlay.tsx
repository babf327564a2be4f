import { useEffect, useRef } from 'react';
import { useResolvedTheme } from '../../shell/useResolvedTheme.ts';
import { appStore } from '../../store/store.ts';
import { trafficFlow } from '../trafficFlow.ts';
import type { TrafficOverlay as Overlay } from './createTrafficOverlay.ts';
import './overlay.css';

function hasSomethingToDraw(): boolean {
  const state = trafficFlow.get();
  return state.edges.size > 0 || state.trace !== null;
}

/**
 * The canvas over the route graph on which traffic flows and a traced path are drawn (decorative:
 * the `Traffic results` table and the trace's steps say the same in text). Place it inside the
 * element that holds the graph. Its engine loads the first time there is something to draw.
 */
export function TrafficOverlay() {
  const canvas = useRef<HTMLCanvasElement>(null);
  const overlay = useRef<Overlay | null>(null);
  const theme = useResolvedTheme();
  useEffect(() => {
    const element = canvas.current;
    const host = element?.parentElement;
    if (!element || !host) return;
    let disposed = false;
    let loading = false;
    const start = () => {
      if (loading || !hasSomethingToDraw()) return;
      loading = true;
      void import('./createTrafficOverlay.ts').then(({ createTrafficOverlay }) => {
        if (disposed) return;
        overlay.current = createTrafficOverlay({
          host,
          canvas: element,
          workspace: () => appStore.getState().lastGood,
        });
      });
    };
    const unsubscribe = trafficFlow.subscribe(start);
    start();
    return () => {
      disposed = true;
      unsubscribe();
      overlay.current?.dispose();
      overlay.current = null;
    };
  }, []);
  useEffect(() => {
    overlay.current?.update();
  }, [theme]);
  return <canvas ref={canvas} className="sy-traffic-overlay" aria-hidden="true" />;
}
