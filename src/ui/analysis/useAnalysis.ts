import { useEffect } from 'react';
import { afterCanvasSettles } from '../canvas/afterCanvasSettles.ts';
import { appStore } from '../store/store.ts';
import { createAnalysisClient } from './createAnalysisClient.ts';
import { createWorkerBackend } from './workerBackend.ts';

/** The longest a large loaded text waits for the canvas before it is analysed anyway. */
const LOAD_ANALYSIS_MAX_WAIT_MS = 3000;

/**
 * Keeps the analysis (validation, computed status) in step with the document while the app is
 * mounted, in a Web Worker. (There is no main-thread fallback: the validator is a large part of
 * the code, and loading it on the page would double the JavaScript the first paint waits for.)
 */
export function useAnalysis(): void {
  useEffect(() => {
    const client = createAnalysisClient({
      store: appStore,
      backends: [createWorkerBackend],
      // The graph of a large import is drawn first: analysing it meanwhile takes a processor core
      // the drawing needs, and its answer makes the canvas draw again.
      deferLoad: (send) => afterCanvasSettles(appStore, send, LOAD_ANALYSIS_MAX_WAIT_MS),
    });
    return () => client.dispose();
  }, []);
}
