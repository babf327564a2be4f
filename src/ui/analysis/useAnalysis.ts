import { useEffect } from 'react';
import { appStore } from '../store/store.ts';
import { createAnalysisClient } from './createAnalysisClient.ts';
import { createWorkerBackend } from './workerBackend.ts';

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
    });
    return () => client.dispose();
  }, []);
}
