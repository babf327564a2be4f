import { useEffect } from 'react';
import { selectSessionReady } from '../persistence/persistenceSlice.ts';
import { appStore } from '../store/store.ts';

/** The query parameter that names an example to open (contract.md section 2). */
const EXAMPLE_PARAM = 'example';
/** With `?example=<id>&demo`, the example's demo starts at once. */
const DEMO_PARAM = 'demo';

/**
 * `?example=<id>` opens a built-in example instead of the last session (once the session has
 * started, so the example is one Undo away from the saved work), and `&demo` starts its demo.
 * The parameters are then taken out of the address, so a reload keeps the work as it is now.
 * A share link (`#share=…`) takes precedence.
 */
export function useExampleFromUrl(): void {
  useEffect(() => {
    const url = new URL(window.location.href);
    const id = url.searchParams.get(EXAMPLE_PARAM);
    if (id === null || url.hash.startsWith('#share=')) return;
    const demo = url.searchParams.has(DEMO_PARAM);
    let done = false;
    const open = () => {
      if (done) return;
      done = true;
      url.searchParams.delete(EXAMPLE_PARAM);
      url.searchParams.delete(DEMO_PARAM);
      window.history.replaceState(window.history.state, '', url);
      void (async () => {
        const { openExample } = await import('./openExample.ts');
        const example = await openExample(id);
        if (!example || !demo) return;
        const { startDemo } = await import('../demo/startDemo.ts');
        await startDemo(example, { opened: true });
      })();
    };
    if (selectSessionReady(appStore.getState())) {
      open();
      return;
    }
    const unsubscribe = appStore.subscribe((state) => {
      if (!selectSessionReady(state)) return;
      unsubscribe();
      open();
    });
    return unsubscribe;
  }, []);
}
